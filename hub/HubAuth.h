#pragma once

#include "models/journal/AccessPolicy.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <optional>

namespace xs {

class HubStore;

/// Logins, bearer tokens and the brakes on password guessing. Tokens are random, stored only as
/// SHA-256 hashes, bound to the user's uid (never reused), and expire. Failed logins are rows in
/// the store, so every hub process sees them.
///
/// Guessing slows down instead of locking anyone out for good: after a few failures for one user
/// from one address, that pair waits, twice as long after each further failure (up to a cap); an
/// address that tries many users waits the same way, and so does a user tried from many addresses,
/// at higher thresholds. The real user at another address keeps logging in; an administrator can
/// clear a user's failures (`xiangshu-hub users unlock NAME`).
class HubAuth
{
public:
    struct Settings
    {
        qint64 tokenLifetimeSeconds = 12 * 3600;
        int freeFailuresPerUserAndAddress = 5;
        int freeFailuresPerAddress = 20;
        int freeFailuresPerUser = 50;
        qint64 firstDelaySeconds = 30;
        qint64 maxDelaySeconds = 15 * 60;
        qint64 windowSeconds = 60 * 60; // failures older than this are forgotten
    };

    struct LoginResult
    {
        enum class Outcome
        {
            Ok,
            BadCredentials,
            Disabled, // the password was right, but an administrator disabled the user
            RateLimited,
            Error,
        };
        Outcome outcome = Outcome::Error;
        QString token;
        qint64 expiresAt = 0;  // seconds since the epoch
        qint64 retryAfter = 0; // RateLimited: seconds to wait
        Principal principal;
        QString detail;
        QString trailError; // the hub's trail could not take the login's row (the answer stands)
    };

    /// The first half of a login, on the thread that owns the store: whether the caller must wait,
    /// and the hash the password is to be checked against (a decoy for an unknown user, so the
    /// time taken tells nothing). The check itself (Argon2id, a second of CPU) may run elsewhere.
    struct LoginAttempt
    {
        QString user;
        QString address;
        QString passwordHash;
        qint64 retryAfter = 0; // > 0: refused, wait this long
        QString uid;           // empty for an unknown user
        QString trailError;    // refused: the trail could not take the throttled attempt's row
    };

    HubAuth(HubStore& store, Settings settings);

    LoginAttempt beginLogin(const QString& user, const QString& address);
    /// The second half, back on the store's thread, with the result of the password check.
    LoginResult finishLogin(const LoginAttempt& attempt, bool passwordMatches);

    enum class TokenProblem
    {
        None,
        Missing,
        Invalid,
        Expired,
    };
    /// The principal behind "Authorization: Bearer <token>" (the scheme in any case).
    std::optional<Principal> authenticate(const QByteArray& authorizationHeader, TokenProblem* problem);
    bool logout(const QByteArray& authorizationHeader);
    /// An administrator's release: the user's failed logins are forgotten.
    bool unlock(const QString& user, QString* error);

private:
    static QString tokenHash(const QByteArray& token);
    static QByteArray bearerToken(const QByteArray& authorizationHeader);
    /// Seconds to wait before another try (0: go ahead).
    qint64 waitFor(const QString& user, const QString& address);
    /// Writes a login's row to the hub's trail; what went wrong, or nothing.
    QString recordLogin(const QString& action, const QString& user, const QString& detail);

    HubStore& m_store;
    Settings m_settings;
};

} // namespace xs
