#pragma once

#include "models/storage/DatabaseKey.h"

#include <optional>

namespace xs {

class Database;

/// Finishes or rolls back a rekey that was interrupted (crash, power cut, kill).
///
/// Whichever key opened the database is the truth: the recovery file is cut back to that key,
/// a half-written copy is removed, and the keychain is told what to keep. Only run it while
/// holding the database exclusively, or it could undo a rekey that another process is running.
class KeyReconciler
{
public:
    enum class KeySource
    {
        KeychainCurrent,
        KeychainPending, // a rekey had switched the file before it could update the keychain
        Passphrase,
    };

    /// What the keychain should be told. Remove the pending entry only once the current one is known
    /// to open the file (it did, or storeAsCurrent succeeded).
    struct KeychainActions
    {
        std::optional<DatabaseKey> storeAsCurrent;
        bool removePending = true;
    };

    static KeychainActions reconcile(const Database& database, KeySource source, bool rememberKey);

    /// The file a rekey writes its re-encrypted copy to before swapping it in.
    static QString rekeyCopyPath(const QString& databasePath);
};

} // namespace xs
