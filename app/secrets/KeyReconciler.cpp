#include "app/secrets/KeyReconciler.h"

#include "app/secrets/RecoveryFile.h"
#include "models/storage/Database.h"
#include "models/storage/DatabaseBackup.h"

#include <QFile>

namespace xs {

QString KeyReconciler::rekeyCopyPath(const QString& databasePath)
{
    return databasePath + QLatin1String(".rekey");
}

KeyReconciler::KeychainActions KeyReconciler::reconcile(const Database& database, KeySource source,
                                                        bool rememberKey)
{
    const QString copy = rekeyCopyPath(database.path());
    DatabaseBackup::removePartial(copy);
    QFile::remove(copy);

    const QString recoveryPath = RecoveryFile::pathFor(database.path());
    RecoveryFile::LoadStatus status = RecoveryFile::LoadStatus::Missing;
    RecoveryFile recovery = RecoveryFile::load(recoveryPath, &status);
    if (status == RecoveryFile::LoadStatus::Ok && recovery.contains(database.key()) &&
        (recovery.keys().size() > 1 || recovery.keys().constFirst().state != RecoveryFile::State::Current)) {
        recovery.keepOnly(database.key());
        recovery.save(recoveryPath); // best effort: an extra stale entry is harmless, just untidy
    }

    KeychainActions actions;
    switch (source) {
    case KeySource::KeychainCurrent: // the current entry works, so a pending one is stale
        break;
    case KeySource::KeychainPending: // the file switched; the keychain catches up
        actions.storeAsCurrent = database.key();
        break;
    case KeySource::Passphrase:
        // Not remembering means not touching the keychain at all: its pending entry may be the
        // one keychain entry that opens this file.
        if (rememberKey)
            actions.storeAsCurrent = database.key();
        else
            actions.removePending = false;
        break;
    }
    return actions;
}

} // namespace xs
