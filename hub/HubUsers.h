#pragma once

#include "models/journal/AccessPolicy.h"

#include <QList>
#include <QString>

namespace xs {

class HubStore;

/// An administrator's view and hands on the hub's users (`xiangshu-hub users ...`): who there is,
/// who is signed in where, and disabling, enabling, resetting a password and ending sessions. Each
/// change is one statement or one transaction, effective at once for every hub process on the store:
/// a disabled user's tokens are deleted with the flag, and the token check reads the flag too.
/// Every change is written to the hub's trail (HubTrail) in its transaction, under actor.
class HubUsers
{
public:
    /// actor: who acts (HubTrail::commandActor() on the hub's machine).
    HubUsers(HubStore& store, QString actor);

    struct Entry
    {
        QString name;
        Role role = Role::Cataloguer;
        QString department;
        QString createdAt;
        bool disabled = false;
        int sessions = 0;       // tokens not expired
        int recentFailures = 0; // failed logins within the last hour, from any address
    };
    QList<Entry> list() const;

    /// A session is a token; it is named by the start of its hash (the token itself is never kept).
    struct Session
    {
        QString id;
        qint64 createdAt = 0; // seconds since the epoch
        qint64 expiresAt = 0;
    };
    /// The user's sessions not expired, newest first.
    QList<Session> sessions(const QString& name) const;

    /// Disabling ends every session of the user in the same transaction.
    bool setDisabled(const QString& name, bool disabled, QString* error);
    /// Sets a new password hash and ends every session: whoever knew the old password is signed out.
    bool resetPassword(const QString& name, const QString& passwordHash, QString* error);
    /// Ends one session (sessionId: as sessions() names it, or a unique start of it) or, with an
    /// empty id, all of the user's; returns how many ended, or -1 with error.
    int revoke(const QString& name, const QString& sessionId, QString* error);

    static constexpr int SessionIdLength = 12;

private:
    QList<Session> sessionsOf(const QString& uid) const;
    /// Runs the statements and appends the trail row (action on the user) in one write transaction.
    bool writeAll(const QList<std::pair<QString, QVariantList>>& statements, const QString& action,
                  const QString& user, const QString& detail, QString* error);

    HubStore& m_store;
    QString m_actor;
};

} // namespace xs
