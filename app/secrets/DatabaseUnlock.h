#pragma once

#include "app/secrets/UnlockError.h"
#include "models/storage/Database.h"

#include <QList>
#include <QString>

#include <memory>

namespace xs {

/// The synchronous steps of unlocking, shared by the app (which fetches keychain keys
/// asynchronously) and the command-line tool (which waits for them).
class DatabaseUnlock
{
public:
    struct Outcome
    {
        std::unique_ptr<Database> database;
        DatabaseKey key; // the key that opened it
        UnlockError error;
    };

    /// The key check values the recovery file knows, so a failed first read can be told apart
    /// as "wrong key" or "damaged". Empty when there is no readable recovery file.
    static QByteArrayList knownKeyChecks(const QString& databasePath);

    /// Tries each key in turn. Stops at the first that opens the file, or at the first error that is
    /// not a wrong key (damage, newer schema, lock), since another key cannot cure those.
    static Outcome openWithKeys(const QString& databasePath, const QList<DatabaseKey>& keys,
                                Database::Options options);

    /// Unwraps the recovery file with the passphrase (Argon2id: about a second; run it off the
    /// UI thread) and opens the database with what it holds.
    static Outcome openWithPassphrase(const QString& databasePath, const QString& passphrase,
                                      Database::Options options);
};

} // namespace xs
