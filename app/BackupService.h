#pragma once

#include "models/storage/DatabaseBackup.h"
#include "models/storage/DatabaseKey.h"

#include <QString>

namespace xs {

class Database;

/// A backup as a bureau administrator expects it: the verified database copy plus its recovery
/// file, so the backup can be unlocked with the recovery passphrase on any computer.
class BackupService
{
public:
    struct Result
    {
        DatabaseError error;
        QString recoveryPath; // empty if the database had no recovery file to copy
    };

    static Result backup(const Database& database, const QString& destination,
                         const DatabaseBackup::Progress& progress = {});
};

/// A backup of the open database to run on a worker thread: it opens a connection of its own
/// (connections belong to one thread) to the same file with the same key. Whoever runs it never
/// holds the key itself.
class BackupJob
{
public:
    BackupJob(QString databasePath, DatabaseKey key);
    BackupService::Result run(const QString& destination, const DatabaseBackup::Progress& progress) const;

private:
    QString m_databasePath;
    DatabaseKey m_key;
};

} // namespace xs
