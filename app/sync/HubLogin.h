#pragma once

#include "app/secrets/KeyStore.h"
#include "app/sync/HubClient.h"
#include "app/sync/HubToken.h"

#include <functional>

namespace xs {

/// Logging in to the hub, the one way the app and the CLI both do it: the hub checks the password,
/// and the token goes to the keychain (never anywhere else). On success the caller saves the
/// connection (HubConnection::save) in its database. Asynchronous.
class HubLogin
{
    Q_DECLARE_TR_FUNCTIONS(xs::HubLogin)

public:
    struct Outcome
    {
        HubError hubError;       // the hub refused or could not be reached
        QString keychainProblem; // logged in, but the keychain would not keep the token
        QString keychainDetail;
        HubToken token;

        bool ok() const { return !hubError.isError() && keychainProblem.isEmpty(); }
        QString message() const;
    };

    /// `client` must outlive the call; `connection.user` is the user name.
    static void run(HubClient& client, KeyStore& keychain, const QString& databaseId,
                    const HubConnection& connection, const QString& password,
                    std::function<void(const Outcome&)> done);

    /// Reads this database's token from the keychain: nothing if there is none or it cannot be read.
    static void loadToken(KeyStore& keychain, const QString& databaseId,
                          std::function<void(const std::optional<HubToken>&, const KeyStore::Result&)> done);
    static void forgetToken(KeyStore& keychain, const QString& databaseId, KeyStore::Callback done);
};

} // namespace xs
