#include "app/secrets/DatabaseUnlock.h"

#include "app/secrets/RecoveryCode.h"
#include "app/secrets/RecoveryFile.h"

namespace xs {

QByteArrayList DatabaseUnlock::knownKeyChecks(const QString& databasePath)
{
    RecoveryFile::LoadStatus status = RecoveryFile::LoadStatus::Missing;
    const RecoveryFile recovery = RecoveryFile::load(RecoveryFile::pathFor(databasePath), &status);
    return status == RecoveryFile::LoadStatus::Ok ? recovery.keyChecks() : QByteArrayList();
}

DatabaseUnlock::Outcome DatabaseUnlock::openWithKeys(const QString& databasePath,
                                                     const QList<DatabaseKey>& keys,
                                                     Database::Options options)
{
    Outcome outcome;
    if (options.knownKeyChecks.isEmpty())
        options.knownKeyChecks = knownKeyChecks(databasePath);
    outcome.error = UnlockError::database(DatabaseError(DatabaseError::Kind::WrongKey));
    QByteArrayList triedChecks;
    for (const DatabaseKey& key : keys) {
        DatabaseError error;
        outcome.database = Database::open(databasePath, key, options, &error);
        if (outcome.database) {
            outcome.key = key;
            outcome.error = UnlockError();
            return outcome;
        }
        outcome.error = UnlockError::database(error);
        if (error.kind() != DatabaseError::Kind::WrongKey)
            return outcome;
        triedChecks.append(key.checkValue());
    }
    // Every key this file can have was tried and none reads it: the file is damaged.
    const bool triedAllKnown =
        !options.knownKeyChecks.isEmpty() &&
        std::all_of(options.knownKeyChecks.cbegin(), options.knownKeyChecks.cend(),
                    [&](const QByteArray& check) { return triedChecks.contains(check); });
    if (triedAllKnown)
        outcome.error = UnlockError::database(
            DatabaseError(DatabaseError::Kind::Corrupt, QStringLiteral("no known key reads the first page")));
    return outcome;
}

DatabaseUnlock::Outcome DatabaseUnlock::openWithPassphrase(const QString& databasePath,
                                                           const QString& passphrase,
                                                           Database::Options options)
{
    Outcome outcome;
    const QString recoveryPath = RecoveryFile::pathFor(databasePath);
    RecoveryFile::LoadStatus status = RecoveryFile::LoadStatus::Missing;
    const RecoveryFile recovery = RecoveryFile::load(recoveryPath, &status);
    if (status == RecoveryFile::LoadStatus::Missing) {
        outcome.error = UnlockError(UnlockError::Kind::RecoveryFileMissing, recoveryPath);
        return outcome;
    }
    if (status == RecoveryFile::LoadStatus::Damaged) {
        outcome.error = UnlockError(UnlockError::Kind::RecoveryFileDamaged, recoveryPath);
        return outcome;
    }
    const QList<DatabaseKey> keys = recovery.unwrap(RecoveryCode::normalise(passphrase));
    if (keys.isEmpty()) {
        outcome.error = UnlockError(UnlockError::Kind::WrongPassphrase);
        return outcome;
    }
    options.knownKeyChecks = recovery.keyChecks();
    return openWithKeys(databasePath, keys, options);
}

} // namespace xs
