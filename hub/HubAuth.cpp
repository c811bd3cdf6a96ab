#include "hub/HubAuth.h"

#include "hub/HubStore.h"
#include "hub/HubTrail.h"
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
    // RFC 9110: the scheme is case-insensitive ("bearer", "BEARER" and "Bearer" are one).
    const QByteArray header = authorizationHeader.trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space <= 0 || header.left(space).compare("bearer", Qt::CaseInsensitive) != 0)
        return {};
    const QByteArray token = header.mid(space + 1).trimmed();
    return token.size() <= 256 ? token : QByteArray();
}

qint64 HubAuth::waitFor(const QString& user, const QString& address)
{
    const qint64 now = m_store.clock().secondsSinceEpoch();
    const qint64 since = now - m_settings.windowSeconds;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM login_failures WHERE user_name = ? AND address = ? AND at > ?), "
        "(SELECT max(at) FROM login_failures WHERE user_name = ? AND address = ? AND at > ?), "
        "(SELECT count(*) FROM login_failures WHERE address = ? AND at > ?), "
        "(SELECT max(at) FROM login_failures WHERE address = ? AND at > ?), "
        "(SELECT count(*) FROM login_failures WHERE user_name = ? AND at > ?), "
        "(SELECT max(at) FROM login_failures WHERE user_name = ? AND at > ?)"));
    for (const QVariant& value : QVariantList{user, address, since, user, address, since, address, since,
                                              address, since, user, since, user, since})
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return m_settings.maxDelaySeconds; // cannot tell: refuse rather than allow unlimited guessing
    // Past the free failures, each further one doubles the wait, counted from the last failure.
    const auto delay = [&](int column, int free) -> qint64 {
        const qint64 failures = query.value(column).toLongLong();
        if (failures < free)
            return 0;
        const qint64 doubling = std::min<qint64>(failures - free, 20);
        const qint64 wait = std::min(m_settings.firstDelaySeconds << doubling, m_settings.maxDelaySeconds);
        return std::max<qint64>(0, query.value(column + 1).toLongLong() + wait - now);
    };
    return std::max({delay(0, m_settings.freeFailuresPerUserAndAddress),
                     delay(2, m_settings.freeFailuresPerAddress), delay(4, m_settings.freeFailuresPerUser)});
}

HubAuth::LoginAttempt HubAuth::beginLogin(const QString& user, const QString& address)
{
    LoginAttempt attempt;
    attempt.user = user;
    attempt.address = address;
    attempt.retryAfter = waitFor(user, address);
    if (attempt.retryAfter > 0) // the lockout, in the trail like every other login
        attempt.trailError =
            recordLogin(QStringLiteral("login_throttled"), user,
                        QStringLiteral("address=%1 retry_after=%2").arg(address).arg(attempt.retryAfter));
    const std::optional<HubStore::User> found = m_store.user(user);
    // Unknown users cost the same Argon2id time as known ones: no timing hint of who exists.
    attempt.passwordHash = found ? found->passwordHash : PasswordHash::decoy();
    attempt.uid = found ? found->uid : QString();
    return attempt;
}

HubAuth::LoginResult HubAuth::finishLogin(const LoginAttempt& attempt, bool passwordMatches)
{
    LoginResult result;
    const qint64 now = m_store.clock().secondsSinceEpoch();
    // The user may have been removed while the password was checked: the uid decides.
    const std::optional<HubStore::User> found = m_store.userByUid(attempt.uid);
    // A login is answered even if its trail row cannot be written; the server logs trailError.
    const auto record = [&](const char* action) {
        result.trailError = recordLogin(QString::fromLatin1(action), attempt.user,
                                        QStringLiteral("address=") + attempt.address);
    };
    if (!passwordMatches || !found) {
        m_store.exec(QStringLiteral("INSERT INTO login_failures (user_name, address, at) VALUES (?, ?, ?)"),
                     {attempt.user, attempt.address, now}, nullptr);
        result.outcome = LoginResult::Outcome::BadCredentials;
        record("login_failed");
        return result;
    }
    if (found->disabled) {
        result.outcome = LoginResult::Outcome::Disabled;
        record("login_disabled");
        return result;
    }
    const QByteArray token =
        secureRandomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    result.expiresAt = now + m_settings.tokenLifetimeSeconds;
    QString error;
    if (!m_store.exec(
            QStringLiteral("INSERT INTO tokens (token_hash, user_name, expires_at, created_at, user_uid) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {tokenHash(token), found->name, result.expiresAt, now, found->uid}, &error)) {
        result.detail = error;
        return result;
    }
    // A good login clears this pair's failures; old failures and expired tokens are of no use.
    m_store.exec(QStringLiteral("DELETE FROM login_failures WHERE (user_name = ? AND address = ?) OR at < ?"),
                 {attempt.user, attempt.address, now - m_settings.windowSeconds}, nullptr);
    m_store.exec(QStringLiteral("DELETE FROM tokens WHERE expires_at < ?"), {now}, nullptr);
    result.outcome = LoginResult::Outcome::Ok;
    record("login");
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
    query.prepare(QStringLiteral("SELECT user_uid, expires_at FROM tokens WHERE token_hash = ?"));
    query.addBindValue(tokenHash(token));
    if (!query.exec() || !query.next()) {
        *problem = TokenProblem::Invalid;
        return std::nullopt;
    }
    if (query.value(1).toLongLong() < m_store.clock().secondsSinceEpoch()) {
        *problem = TokenProblem::Expired;
        return std::nullopt;
    }
    // Bound to the uid, not the name: a user removed and added again does not get old tokens back.
    const std::optional<HubStore::User> user = m_store.userByUid(query.value(0).toString());
    if (!user || user->disabled) {
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

QString HubAuth::recordLogin(const QString& action, const QString& user, const QString& detail)
{
    QString error;
    HubTrail(m_store).appendAlone(HubTrail::event(user, action, QStringLiteral("user"), user, detail),
                                  &error);
    return error;
}

bool HubAuth::unlock(const QString& user, QString* error)
{
    return m_store.exec(QStringLiteral("DELETE FROM login_failures WHERE user_name = ?"), {user}, error);
}

} // namespace xs
