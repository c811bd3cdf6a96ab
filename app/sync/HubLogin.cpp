#include "app/sync/HubLogin.h"

#include "models/journal/FieldLabels.h"

namespace xs {

QString HubLogin::Outcome::message() const
{
    if (hubError.isError())
        return hubError.message();
    if (!keychainProblem.isEmpty())
        return tr("Logged in, but the keychain cannot keep the token, and it is never stored anywhere "
                  "else. %1")
            .arg(keychainProblem);
    return tr("Logged in as %1 (%2).").arg(token.user, roleLabel(token.role));
}

void HubLogin::run(HubClient& client, KeyStore& keychain, const QString& databaseId,
                   const HubConnection& connection, const QString& password,
                   std::function<void(const Outcome&)> done)
{
    if (const HubError error = client.configure(connection); error.isError()) {
        done(Outcome{error, {}, {}, {}});
        return;
    }
    // The callbacks may outlive the caller's database (replies and keychain jobs are deleted
    // later), so they hold no database handle.
    client.login(
        connection.user, password,
        [&keychain, databaseId, done = std::move(done)](const HubError& error,
                                                        const HubClient::Login& login) {
            if (error.isError()) {
                done(Outcome{error, {}, {}, {}});
                return;
            }
            const HubToken token{login.token, login.expiresAt, login.user, login.role, login.department};
            keychain.write(HubConnection::tokenAccount(databaseId), token.encode(),
                           [token, done](const KeyStore::Result& stored) {
                               if (!stored.ok()) {
                                   done(Outcome{{}, KeyStore::describe(stored.status), stored.detail, token});
                                   return;
                               }
                               done(Outcome{{}, {}, {}, token});
                           });
        });
}

void HubLogin::loadToken(KeyStore& keychain, const QString& databaseId,
                         std::function<void(const std::optional<HubToken>&, const KeyStore::Result&)> done)
{
    keychain.read(HubConnection::tokenAccount(databaseId),
                  [done = std::move(done)](const KeyStore::Result& result) {
                      done(result.ok() ? HubToken::decode(result.secret) : std::nullopt, result);
                  });
}

void HubLogin::forgetToken(KeyStore& keychain, const QString& databaseId, KeyStore::Callback done)
{
    keychain.remove(HubConnection::tokenAccount(databaseId), std::move(done));
}

} // namespace xs
