#include "app/secrets/DatabaseCreator.h"

#include "app/secrets/RecoveryCode.h"
#include "app/secrets/RecoveryFile.h"
#include "models/storage/DatabaseBackup.h"
#include "models/storage/DurableFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace xs {

DatabaseCreator::Result DatabaseCreator::create(const QString& requestedPath, const QString& passphrase,
                                                bool keepOpen, const Database::Options& options)
{
    Result result;
    const QString path = QFileInfo(requestedPath).absoluteFilePath();
    result.recoveryPath = RecoveryFile::pathFor(path);
    for (const QString& existing : {path, result.recoveryPath}) {
        if (QFileInfo::exists(existing)) {
            result.error = DatabaseError(DatabaseError::Kind::AlreadyExists, existing);
            return result;
        }
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        result.error =
            DatabaseError(DatabaseError::Kind::ReadOnly,
                          QStringLiteral("cannot create the folder %1").arg(QFileInfo(path).absolutePath()));
        return result;
    }

    const QString building = path + QLatin1String(".creating");
    DatabaseBackup::removePartial(building);
    QFile::remove(building); // a leftover of an interrupted creation: never a usable database
    result.key = DatabaseKey::generate();
    {
        Database::Options buildOptions;
        buildOptions.exclusive = true;
        std::unique_ptr<Database> database =
            Database::create(building, result.key, buildOptions, &result.error);
        if (!database)
            return result;
        result.databaseId = database->databaseId();
        result.error = database->checkpoint();
    }
    RecoveryFile recovery(result.databaseId);
    recovery.addKey(result.key, RecoveryCode::normalise(passphrase), RecoveryFile::State::Current);
    if (!result.error.isError())
        result.error = recovery.save(result.recoveryPath);
    if (!result.error.isError())
        result.error = DurableFile::renameNoReplace(building, path);
    if (result.error.isError()) {
        QFile::remove(building);
        QFile::remove(result.recoveryPath);
        return result;
    }
    if (keepOpen) {
        Database::Options openOptions = options;
        openOptions.knownKeyChecks = recovery.keyChecks();
        result.database = Database::open(path, result.key, openOptions, &result.error);
    }
    return result;
}

} // namespace xs
