#pragma once

#include "models/storage/Database.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace xs {

/// Creates a new encrypted database together with its recovery file.
///
/// The database is built under a temporary name and appears at its real path only after the
/// recovery file is on disk, so a crash never leaves a database that nothing can unlock. Storing
/// the key in the keychain is the caller's part (the app does it asynchronously, the CLI waits).
class DatabaseCreator
{
    Q_DECLARE_TR_FUNCTIONS(xs::DatabaseCreator)

public:
    struct Result
    {
        std::unique_ptr<Database> database; // open, when requested
        QString databaseId;
        DatabaseKey key;
        QString recoveryPath;
        DatabaseError error;
    };

    /// passphrase is what the recovery file is wrapped under (a chosen passphrase or a generated
    /// recovery code, not yet normalised). Refuses if the database or its recovery file exists.
    /// With keepOpen, the new database is returned open with options.
    static Result create(const QString& path, const QString& passphrase, bool keepOpen,
                         const Database::Options& options = {});
};

} // namespace xs
