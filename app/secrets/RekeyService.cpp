#include "app/secrets/RekeyService.h"

#include "app/secrets/BlockingKeyStore.h"
#include "app/secrets/KeyReconciler.h"
#include "app/secrets/KeyStore.h"
#include "app/secrets/RecoveryFile.h"
#include "models/storage/DatabaseFile.h"
#include "models/storage/DurableFile.h"

#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>

namespace xs {

Q_DECLARE_LOGGING_CATEGORY(lcRekey)
Q_LOGGING_CATEGORY(lcRekey, "xs.keys.rekey")

RekeyService::RekeyService(KeyStore& keychain)
    : m_keychain(keychain)
{}

RekeyService::Result RekeyService::rekey(std::unique_ptr<Database> database, const QByteArray& wrapPassphrase,
                                         const DatabaseBackup::Progress& progress)
{
    Result result;
    const QString path = database->path();
    const QString databaseId = database->databaseId();
    const DatabaseKey oldKey = database->key();
    const DatabaseKey newKey = DatabaseKey::generate();
    const QString recoveryPath = RecoveryFile::pathFor(path);
    const QString copyPath = KeyReconciler::rekeyCopyPath(path);

    // 1. Record the pending key where an interrupted run will find it. The old key is wrapped too,
    //    so that until the swap the passphrase opens the file whatever the recovery file held.
    RecoveryFile::LoadStatus status = RecoveryFile::LoadStatus::Missing;
    RecoveryFile recovery = RecoveryFile::load(recoveryPath, &status);
    if (status != RecoveryFile::LoadStatus::Ok || recovery.databaseId() != databaseId)
        recovery = RecoveryFile(databaseId);
    recovery.keepOnly(oldKey);
    if (!recovery.contains(oldKey))
        recovery.addKey(oldKey, wrapPassphrase, RecoveryFile::State::Current);
    recovery.addKey(newKey, wrapPassphrase, RecoveryFile::State::Pending);
    if (DatabaseError error = recovery.save(recoveryPath); error.isError()) {
        result.error = error;
        return result;
    }
    // The keychain must hold the key that opens the file before it learns the next one: then one of
    // its two entries opens the file at every instant. (After a passphrase unlock it may not.)
    const KeyStore::Result currentKept =
        BlockingKeyStore::write(m_keychain, KeyStore::currentAccount(databaseId), oldKey.bytes());
    if (!currentKept.ok())
        qCWarning(lcRekey) << "could not store the current key in the keychain:" << currentKept.detail;
    const KeyStore::Result pendingStored =
        BlockingKeyStore::write(m_keychain, KeyStore::pendingAccount(databaseId), newKey.bytes());
    if (!pendingStored.ok()) {
        qCWarning(lcRekey) << "could not record the pending key in the keychain:" << pendingStored.detail;
        result.keychainWarning = KeyStore::describe(pendingStored.status);
    }

    const auto rollBack = [&](DatabaseError error) {
        DatabaseBackup::removePartial(copyPath);
        QFile::remove(copyPath);
        recovery.keepOnly(oldKey);
        recovery.save(recoveryPath);
        if (pendingStored.ok())
            BlockingKeyStore::remove(m_keychain, KeyStore::pendingAccount(databaseId));
        result.error = std::move(error);
        return result;
    };

    // 2. A verified copy under the new key, next to the database.
    DatabaseBackup::removePartial(copyPath);
    QFile::remove(copyPath);
    if (DatabaseError error = DatabaseBackup::write(*database, copyPath, newKey, progress); error.isError())
        return rollBack(error);

    // 3. Close, keeping the lock, and make sure nothing is left in a WAL that the copy lacks.
    if (DatabaseError error = database->checkpoint(); error.isError())
        return rollBack(error);
    const std::unique_ptr<QLockFile> lock = database->releaseLock();
    database.reset();
    if (QFileInfo(DatabaseFile::walPath(path)).size() > 0)
        return rollBack(
            DatabaseError(DatabaseError::Kind::Locked,
                          QStringLiteral("another process wrote to the database during the rekey")));

    // 4. The commit point: one atomic rename.
    if (DatabaseError error = DurableFile::renameDurably(copyPath, path); error.isError())
        return rollBack(error);

    // 5. Forget the old key.
    recovery.keepOnly(newKey);
    if (DatabaseError error = recovery.save(recoveryPath); error.isError())
        result.keychainWarning = error.fullText(); // the pending entry still opens the file
    const KeyStore::Result currentStored =
        BlockingKeyStore::write(m_keychain, KeyStore::currentAccount(databaseId), newKey.bytes());
    if (currentStored.ok())
        BlockingKeyStore::remove(m_keychain, KeyStore::pendingAccount(databaseId));
    else {
        qCWarning(lcRekey) << "could not store the new key in the keychain:" << currentStored.detail;
        result.keychainWarning = KeyStore::describe(currentStored.status);
    }
    result.newKey = newKey;
    return result;
}

} // namespace xs
