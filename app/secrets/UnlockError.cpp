#include "app/secrets/UnlockError.h"

namespace xs {

UnlockError::UnlockError(Kind kind, QString detail)
    : m_kind(kind)
    , m_detail(std::move(detail))
{}

UnlockError UnlockError::keychain(KeyStore::Status status, QString detail)
{
    UnlockError error(Kind::Keychain, std::move(detail));
    error.m_keychainStatus = status;
    return error;
}

UnlockError UnlockError::database(DatabaseError databaseError)
{
    UnlockError error(Kind::Database, databaseError.detail());
    error.m_databaseError = std::move(databaseError);
    return error;
}

bool UnlockError::isWrongKey() const
{
    return m_kind == Kind::WrongPassphrase ||
           (m_kind == Kind::Database && m_databaseError.kind() == DatabaseError::Kind::WrongKey);
}

QString UnlockError::message() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Keychain:
        return KeyStore::describe(m_keychainStatus);
    case Kind::WrongPassphrase:
        return tr("The recovery passphrase is not correct. Check it and try again.");
    case Kind::RecoveryFileMissing:
        return tr("The recovery file (%1) is missing, so the passphrase cannot unlock this database. Put the "
                  "recovery file back next to the database.")
            .arg(m_detail);
    case Kind::RecoveryFileDamaged:
        return tr("The recovery file (%1) is damaged. Restore it from the copy kept with your backups.")
            .arg(m_detail);
    case Kind::Database:
        return m_databaseError.message();
    }
    return {};
}

QString UnlockError::detail() const
{
    return m_detail;
}

QString UnlockError::code() const
{
    switch (m_kind) {
    case Kind::None:
        return QStringLiteral("ok");
    case Kind::Keychain:
        switch (m_keychainStatus) {
        case KeyStore::Status::NotFound:
            return QStringLiteral("keychain_no_key");
        case KeyStore::Status::NoService:
            return QStringLiteral("keychain_unavailable");
        case KeyStore::Status::Locked:
            return QStringLiteral("keychain_locked");
        case KeyStore::Status::AccessDenied:
            return QStringLiteral("keychain_access_denied");
        default:
            return QStringLiteral("keychain_error");
        }
    case Kind::WrongPassphrase:
        return QStringLiteral("wrong_passphrase");
    case Kind::RecoveryFileMissing:
        return QStringLiteral("recovery_file_missing");
    case Kind::RecoveryFileDamaged:
        return QStringLiteral("recovery_file_damaged");
    case Kind::Database:
        return m_databaseError.code();
    }
    return {};
}

} // namespace xs
