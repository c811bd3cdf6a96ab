#pragma once

#include "models/storage/Database.h"
#include "models/storage/DatabaseBackup.h"

#include <QCoreApplication>

#include <memory>

namespace xs {

class KeyStore;

/// Replaces a database's key, crash-safely.
///
/// The new key is first recorded as "pending" in the recovery file and the keychain; then a
/// verified copy under the new key is written and renamed over the database (the single atomic
/// commit point); then the old key is dropped. Killed at any instant, the file opens with the old
/// key or the new one, and both are reachable from the keychain and from the passphrase.
///
/// Blocking: run it from the command line or a worker thread, never on the GUI thread.
class RekeyService
{
    Q_DECLARE_TR_FUNCTIONS(xs::RekeyService)

public:
    struct Result
    {
        DatabaseError error;
        DatabaseKey newKey;
        QString keychainWarning; // the keychain could not be updated; the passphrase still works
    };

    explicit RekeyService(KeyStore& keychain);

    /// database must be open exclusively; it is closed by the time this returns.
    /// wrapPassphrase (normalised) wraps the new key in the recovery file.
    Result rekey(std::unique_ptr<Database> database, const QByteArray& wrapPassphrase,
                 const DatabaseBackup::Progress& progress = {});

private:
    KeyStore& m_keychain;
};

} // namespace xs
