#pragma once

#include "models/journal/AccessPolicy.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <optional>

namespace xs {

class HubStore;

/// Logins, bearer tokens and the login rate limit. Tokens are random, stored only as SHA-256
/// hashes, and expire; failed logins are counted in the database, so every hub process sees them.
class HubAuth
{
public:
    struct Settings
    {
        qint64 tokenLifetimeSeconds = 12 * 3600;
        int failuresPerUser = 5;     // within the window, then 429
        int failuresPerAddress = 20; // within the window, then 429
        qint64 windowSeconds = 15 * 60;
    };

    struct LoginResult
    {
        enum class Outcome
        {
            Ok,
            BadCredentials,
            RateLimited,
            Error,
        };
        Outcome outcome = Outcome::Error;
        QString token;
        qint64 expiresAt = 0; // seconds since the epoch
        Principal principal;
        QString detail;
    };

    HubAuth(HubStore& store, Settings settings);

    LoginResult login(const QString& user, const QByteArray& password, const QHostAddress& address);

    enum class TokenProblem
    {
        None,
        Missing,
        Invalid,
        Expired,
    };
    /// The principal behind "Authorization: Bearer <token>".
    std::optional<Principal> authenticate(const QByteArray& authorizationHeader, TokenProblem* problem);
    bool logout(const QByteArray& authorizationHeader);

private:
    static QString tokenHash(const QByteArray& token);
    static QByteArray bearerToken(const QByteArray& authorizationHeader);
    bool limited(const QString& user, const QString& address);

    HubStore& m_store;
    Settings m_settings;
};

} // namespace xs
