#include "hub/HubUsers.h"

#include "hub/HubStore.h"
#include "hub/HubTrail.h"

#include <QSqlQuery>

#include <algorithm>

namespace xs {

HubUsers::HubUsers(HubStore& store, QString actor)
    : m_store(store)
    , m_actor(std::move(actor))
{}

QList<HubUsers::Entry> HubUsers::list() const
{
    const qint64 now = m_store.clock().secondsSinceEpoch();
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("SELECT u.name, u.role, u.department, u.created_at, u.disabled,"
                       " (SELECT count(*) FROM tokens t WHERE t.user_uid = u.uid AND t.expires_at >= ?),"
                       " (SELECT count(*) FROM login_failures f WHERE f.user_name = u.name AND f.at >= ?)"
                       " FROM users u ORDER BY u.name"));
    query.addBindValue(now);
    query.addBindValue(now - 3600);
    QList<Entry> entries;
    if (!query.exec())
        return entries;
    while (query.next()) {
        const std::optional<Role> role = roleFromName(query.value(1).toString());
        if (!role)
            continue;
        entries.append({query.value(0).toString(), *role, query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toInt() != 0, query.value(5).toInt(),
                        query.value(6).toInt()});
    }
    return entries;
}

QList<HubUsers::Session> HubUsers::sessions(const QString& name) const
{
    const std::optional<HubStore::User> user = m_store.user(name);
    return user ? sessionsOf(user->uid) : QList<Session>();
}

QList<HubUsers::Session> HubUsers::sessionsOf(const QString& uid) const
{
    QList<Session> found;
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("SELECT token_hash, created_at, expires_at FROM tokens WHERE user_uid = ? AND "
                       "expires_at >= ? ORDER BY created_at DESC, token_hash"));
    query.addBindValue(uid);
    query.addBindValue(m_store.clock().secondsSinceEpoch());
    if (!query.exec())
        return found;
    while (query.next())
        found.append({query.value(0).toString().left(SessionIdLength), query.value(1).toLongLong(),
                      query.value(2).toLongLong()});
    return found;
}

bool HubUsers::setDisabled(const QString& name, bool disabled, QString* error)
{
    const std::optional<HubStore::User> user = m_store.user(name);
    if (!user) {
        *error = QStringLiteral("no such user");
        return false;
    }
    QList<std::pair<QString, QVariantList>> statements{
        {QStringLiteral("UPDATE users SET disabled = ? WHERE uid = ?"), {disabled ? 1 : 0, user->uid}}};
    if (disabled)
        statements.append({QStringLiteral("DELETE FROM tokens WHERE user_uid = ?"), {user->uid}});
    return writeAll(statements, disabled ? QStringLiteral("user_disabled") : QStringLiteral("user_enabled"),
                    name, {}, error);
}

bool HubUsers::resetPassword(const QString& name, const QString& passwordHash, QString* error)
{
    const std::optional<HubStore::User> user = m_store.user(name);
    if (!user) {
        *error = QStringLiteral("no such user");
        return false;
    }
    return writeAll(
        {{QStringLiteral("UPDATE users SET password_hash = ? WHERE uid = ?"), {passwordHash, user->uid}},
         {QStringLiteral("DELETE FROM tokens WHERE user_uid = ?"), {user->uid}},
         {QStringLiteral("DELETE FROM login_failures WHERE user_name = ?"), {name}}},
        QStringLiteral("password_reset"), name, {}, error);
}

int HubUsers::revoke(const QString& name, const QString& sessionId, QString* error)
{
    const std::optional<HubStore::User> user = m_store.user(name);
    if (!user) {
        *error = QStringLiteral("no such user");
        return -1;
    }
    const QString wanted = sessionId.toLower();
    const auto isHex = [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
               (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    };
    if (!std::all_of(wanted.cbegin(), wanted.cend(), isHex)) {
        *error = QStringLiteral("a session id is hexadecimal, as `users sessions` shows it");
        return -1;
    }
    int matching = 0;
    for (const Session& session : sessionsOf(user->uid))
        matching += session.id.startsWith(wanted) ? 1 : 0;
    if (!wanted.isEmpty() && matching > 1) {
        *error = QStringLiteral("%1 names %2 sessions; give more of its id").arg(sessionId).arg(matching);
        return -1;
    }
    // A session id is hex: a LIKE pattern made of it matches only what starts with it.
    const bool ok = writeAll(
        {{QStringLiteral("DELETE FROM tokens WHERE user_uid = ? AND token_hash LIKE ?"),
          {user->uid, wanted + QLatin1Char('%')}}},
        QStringLiteral("sessions_revoked"), name,
        QStringLiteral("%1 %2").arg(matching).arg(wanted.isEmpty() ? QStringLiteral("all") : wanted), error);
    return ok ? matching : -1;
}

bool HubUsers::writeAll(const QList<std::pair<QString, QVariantList>>& statements, const QString& action,
                        const QString& user, const QString& detail, QString* error)
{
    if (!m_store.beginWrite(error))
        return false;
    for (const auto& [sql, bindings] : statements) {
        if (!m_store.exec(sql, bindings, error)) {
            m_store.rollback();
            return false;
        }
    }
    if (!HubTrail(m_store).append(HubTrail::event(m_actor, action, QStringLiteral("user"), user, detail),
                                  error)) {
        m_store.rollback();
        return false;
    }
    return m_store.commit(error);
}

} // namespace xs
