#include "models/storage/DatabaseBackup.h"

#include "models/storage/Database.h"
#include "models/storage/DatabaseFile.h"
#include "models/storage/DatabaseVerifier.h"
#include "models/storage/DurableFile.h"
#include "models/storage/SqlCipherDriver.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <sqlite3.h>

namespace xs {

namespace {

constexpr int BusyRetryMs = 20;

/// Copies every page of source into the (new, keyed) destination connection.
DatabaseError copyPages(sqlite3* source, sqlite3* destination, const DatabaseBackup::Progress& progress)
{
    sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup)
        return DatabaseError::fromSqliteCode(sqlite3_extended_errcode(destination),
                                             QString::fromUtf8(sqlite3_errmsg(destination)));
    DatabaseError error;
    for (;;) {
        const int rc = sqlite3_backup_step(backup, DatabaseBackup::PagesPerStep);
        const qint64 total = sqlite3_backup_pagecount(backup);
        const qint64 done = total - sqlite3_backup_remaining(backup);
        if (rc == SQLITE_DONE) {
            if (progress)
                progress(total, total);
            break;
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlite3_sleep(BusyRetryMs); // a writer holds the source; the step is retried
        } else if (rc != SQLITE_OK) {
            error = DatabaseError::fromSqliteCode(rc, QString::fromUtf8(sqlite3_errstr(rc)));
            break;
        }
        if (progress && !progress(done, total)) {
            error = DatabaseError(DatabaseError::Kind::Cancelled);
            break;
        }
    }
    const int finishRc = sqlite3_backup_finish(backup);
    if (!error.isError() && finishRc != SQLITE_OK)
        error = DatabaseError::fromSqliteCode(finishRc, QString::fromUtf8(sqlite3_errmsg(destination)));
    return error;
}

DatabaseError writeCopy(const Database& source, const QString& partial, const DatabaseKey& key,
                        const DatabaseBackup::Progress& progress)
{
    SqlCipherDriver destination;
    if (!destination.openFile(partial, key.sqlcipherKeySpec(source.salt()), false, true))
        return DatabaseError::fromSqlError(destination.lastError());
    for (const QString& pragma : Database::cipherPragmas()) {
        if (!destination.executeScript(pragma))
            return DatabaseError::fromSqlError(destination.lastError());
    }
    DatabaseError error = copyPages(source.driver().nativeHandle(), destination.nativeHandle(), progress);
    destination.close();
    return error;
}

DatabaseError verifyCopy(const QString& partial, const DatabaseKey& key)
{
    Database::Options options;
    options.migrate = false;
    options.knownKeyChecks = {key.checkValue()};
    DatabaseError error;
    const std::unique_ptr<Database> copy = Database::open(partial, key, options, &error);
    if (!copy)
        return error;
    const VerificationReport report = DatabaseVerifier::verify(*copy);
    if (!report.ok())
        return DatabaseError(DatabaseError::Kind::Corrupt,
                             QStringLiteral("the copy failed verification: %1").arg(report.firstFailure()));
    // Fold the WAL written while verifying into the file, so the file alone is the backup.
    return copy->checkpoint();
}

} // namespace

QString DatabaseBackup::partialPath(const QString& destination)
{
    return destination + QLatin1String(".partial");
}

void DatabaseBackup::removePartial(const QString& destination)
{
    const QString partial = partialPath(destination);
    QFile::remove(partial);
    QFile::remove(DatabaseFile::walPath(partial));
    QFile::remove(DatabaseFile::shmPath(partial));
    // The copy is written in rollback-journal mode: a journal left by a crash would be "hot" and
    // SQLite would play it back into the next copy made under this name.
    QFile::remove(partial + QLatin1String("-journal"));
}

DatabaseError DatabaseBackup::write(const Database& source, const QString& destination,
                                    const DatabaseKey& destinationKey, const Progress& progress)
{
    if (QFileInfo::exists(destination))
        return DatabaseError(DatabaseError::Kind::AlreadyExists, destination);
    const QString partial = partialPath(destination);
    removePartial(destination); // a leftover from an interrupted run is ours and incomplete

    DatabaseError error = writeCopy(source, partial, destinationKey, progress);
    if (!error.isError())
        error = DurableFile::syncFile(partial);
    if (!error.isError())
        error = verifyCopy(partial, destinationKey);
    if (!error.isError())
        error = DurableFile::syncFile(partial);
    if (!error.isError())
        error = DurableFile::renameNoReplace(partial, destination);
    if (error.isError())
        removePartial(destination);
    return error;
}

} // namespace xs
