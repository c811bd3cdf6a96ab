#pragma once

#include "app/secrets/KeyStore.h"
#include "models/storage/DatabaseError.h"

#include <QCoreApplication>
#include <QString>

namespace xs {

/// Why a database could not be unlocked: the keychain, the recovery passphrase or file, or the
/// database itself (wrong key, damaged, newer schema, ...).
class UnlockError
{
    Q_DECLARE_TR_FUNCTIONS(xs::UnlockError)

public:
    enum class Kind
    {
        None,
        Keychain,            // the keychain could not supply a key; see keychainStatus()
        WrongPassphrase,     // the passphrase unwraps no key in the recovery file
        RecoveryFileMissing, // no "<database>.recovery" next to the database
        RecoveryFileDamaged,
        Database, // see databaseError()
    };

    UnlockError() = default;
    static UnlockError keychain(KeyStore::Status status, QString detail = {});
    static UnlockError database(DatabaseError error);
    explicit UnlockError(Kind kind, QString detail = {});

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    KeyStore::Status keychainStatus() const { return m_keychainStatus; }
    const DatabaseError& databaseError() const { return m_databaseError; }

    /// True when a key was tried and did not fit: another key or passphrase might.
    bool isWrongKey() const;

    QString message() const;
    QString detail() const;
    /// Stable identifier for JSON output ("wrong_passphrase", "keychain_locked", "corrupt", ...).
    QString code() const;

private:
    Kind m_kind = Kind::None;
    KeyStore::Status m_keychainStatus = KeyStore::Status::Ok;
    DatabaseError m_databaseError;
    QString m_detail;
};

} // namespace xs

Q_DECLARE_METATYPE(xs::UnlockError)
