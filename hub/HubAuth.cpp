#include "hub/HubAuth.h"

#include "hub/HubStore.h"
#include "models/crypto/PasswordHash.h"
#include "models/storage/DatabaseKey.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace xs {

HubAuth::HubAuth(HubStore& store, Settings settings)
    : m_store(store)
    , m_settings(settings)
{}

QString HubAuth::tokenHash(const QByteArray& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

QByteArray HubAuth::bearerToken(const QByteArray& authorizationHeader)
{
    const QByteArray prefix = "Bearer ";
    if (!authorizationHeader.startsWith(prefix))
        return {};
    const QByteArray token = authorizationHeader.mid(prefix.size()).trimmed();
    return token.size() <= 256 ? token : QByteArray();
}

bool HubAuth::limited(const QString& user, const QString& address)
{
    const qint64 since = m_store.clock().secondsSinceEpoch() - m_settings.windowSeconds;
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM login_failures WHERE user_name = ? AND at > ?), "
                       "(SELECT count(*) FROM login_failures WHERE address = ? AND at > ?)"));
    query.addBindValue(user);
    query.addBindValue(since);
    query.addBindValue(address);
    query.addBindValue(since);
    if (!query.exec() || !query.next())
        return true; // cannot tell: refuse rather than allow unlimited guessing
    return query.value(0).toInt() >= m_settings.failuresPerUser ||
           query.value(1).toInt() >= m_settings.failuresPerAddress;
}

HubAuth::LoginResult HubAuth::login(const QString& user, const QByteArray& password,
                                    const QHostAddress& address)
{
    LoginResult result;
    const QString addressText = address.toString();
    if (limited(user, addressText)) {
        result.outcome = LoginResult::Outcome::RateLimited;
        return result;
    }
    const std::optional<HubStore::User> found = m_store.user(user);
    // Unknown users cost the same Argon2id time as known ones: no timing hint of who exists.
    const bool good =
        PasswordHash::verify(found ? found->passwordHash : PasswordHash::decoy(), password) && found;
    if (!good) {
        m_store.exec(QStringLiteral("INSERT INTO login_failures (user_name, address, at) VALUES (?, ?, ?)"),
                     {user, addressText, m_store.clock().secondsSinceEpoch()}, nullptr);
        result.outcome = LoginResult::Outcome::BadCredentials;
        return result;
    }
    const QByteArray token =
        secureRandomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    result.expiresAt = m_store.clock().secondsSinceEpoch() + m_settings.tokenLifetimeSeconds;
    QString error;
    if (!m_store.exec(
            QStringLiteral(
                "INSERT INTO tokens (token_hash, user_name, expires_at, created_at) VALUES (?, ?, ?, ?)"),
            {tokenHash(token), found->name, result.expiresAt, m_store.clock().secondsSinceEpoch()}, &error)) {
        result.detail = error;
        return result;
    }
    // Old failures and expired tokens are of no use to anyone.
    m_store.exec(QStringLiteral("DELETE FROM login_failures WHERE at < ?"),
                 {m_store.clock().secondsSinceEpoch() - m_settings.windowSeconds}, nullptr);
    m_store.exec(QStringLiteral("DELETE FROM tokens WHERE expires_at < ?"),
                 {m_store.clock().secondsSinceEpoch()}, nullptr);
    result.outcome = LoginResult::Outcome::Ok;
    result.token = QString::fromLatin1(token);
    result.principal = found->principal;
    return result;
}

std::optional<Principal> HubAuth::authenticate(const QByteArray& authorizationHeader, TokenProblem* problem)
{
    const QByteArray token = bearerToken(authorizationHeader);
    if (token.isEmpty()) {
        *problem = TokenProblem::Missing;
        return std::nullopt;
    }
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT user_name, expires_at FROM tokens WHERE token_hash = ?"));
    query.addBindValue(tokenHash(token));
    if (!query.exec() || !query.next()) {
        *problem = TokenProblem::Invalid;
        return std::nullopt;
    }
    if (query.value(1).toLongLong() < m_store.clock().secondsSinceEpoch()) {
        *problem = TokenProblem::Expired;
        return std::nullopt;
    }
    const std::optional<HubStore::User> user = m_store.user(query.value(0).toString());
    if (!user) {
        *problem = TokenProblem::Invalid;
        return std::nullopt;
    }
    *problem = TokenProblem::None;
    return user->principal;
}

bool HubAuth::logout(const QByteArray& authorizationHeader)
{
    const QByteArray token = bearerToken(authorizationHeader);
    return !token.isEmpty() && m_store.exec(QStringLiteral("DELETE FROM tokens WHERE token_hash = ?"),
                                            {tokenHash(token)}, nullptr);
}

} // namespace xs
