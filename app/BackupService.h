#pragma once

#include "models/storage/DatabaseBackup.h"

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

} // namespace xs
