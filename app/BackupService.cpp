#include "app/BackupService.h"

#include "app/secrets/RecoveryFile.h"
#include "models/storage/Database.h"
#include "models/storage/DurableFile.h"

#include <QFile>

namespace xs {

BackupService::Result BackupService::backup(const Database& database, const QString& destination,
                                            const DatabaseBackup::Progress& progress)
{
    Result result;
    result.error = DatabaseBackup::write(database, destination, database.key(), progress);
    if (result.error.isError())
        return result;
    // The copy opens with the same key, so the same recovery file unlocks it.
    QFile recovery(RecoveryFile::pathFor(database.path()));
    if (!recovery.open(QIODevice::ReadOnly))
        return result;
    const QString recoveryDestination = RecoveryFile::pathFor(destination);
    result.error = DurableFile::writeAtomically(recoveryDestination, recovery.readAll());
    if (!result.error.isError())
        result.recoveryPath = recoveryDestination;
    return result;
}

BackupJob::BackupJob(QString databasePath, DatabaseKey key)
    : m_databasePath(std::move(databasePath))
    , m_key(std::move(key))
{}

BackupService::Result BackupJob::run(const QString& destination,
                                     const DatabaseBackup::Progress& progress) const
{
    DatabaseError error;
    const std::unique_ptr<Database> database = Database::open(m_databasePath, m_key, {}, &error);
    if (!database)
        return {error, {}};
    return BackupService::backup(*database, destination, progress);
}

} // namespace xs
