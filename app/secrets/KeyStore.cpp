#include "app/secrets/KeyStore.h"

namespace xs {

QString KeyStore::describe(Status status)
{
    switch (status) {
    case Status::Ok:
        return {};
    case Status::NotFound:
        return tr("No key for this database is stored in the keychain on this computer. Unlock it with the "
                  "recovery passphrase.");
    case Status::NoService:
        return tr("No keychain service is running (Secret Service, such as GNOME Keyring or KWallet). Unlock "
                  "with the recovery passphrase, or start the keychain and try again.");
    case Status::Locked:
        return tr("The keychain is locked. Unlock it (log in again or open the keyring), or use the recovery "
                  "passphrase.");
    case Status::AccessDenied:
        return tr(
            "Access to the keychain was denied. Allow Xiangshu Workbench to use it, or use the recovery "
            "passphrase.");
    case Status::Failed:
        return tr("The keychain could not be used. Unlock with the recovery passphrase.");
    }
    return {};
}

QString KeyStore::currentAccount(const QString& databaseId)
{
    return QStringLiteral("database/%1").arg(databaseId);
}

QString KeyStore::pendingAccount(const QString& databaseId)
{
    return QStringLiteral("database/%1/pending").arg(databaseId);
}

} // namespace xs
