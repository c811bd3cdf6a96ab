#include "models/storage/DatabaseError.h"

#include <QSqlError>

#include <cerrno>
#include <sqlite3.h>

namespace xs {

DatabaseError::DatabaseError(Kind kind, QString detail, int nativeCode)
    : m_kind(kind)
    , m_detail(std::move(detail))
    , m_nativeCode(nativeCode)
{}

DatabaseError DatabaseError::fromSqliteCode(int code, const QString& detail)
{
    switch (code & 0xff) {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE:
        return {};
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
    // SQLCipher 4.14 reports a page that fails its HMAC check while reading as SQLITE_NOMEM
    // (its codec returns no page, which the pager can only call out of memory). A real
    // allocation failure is far rarer on a desktop than a damaged page, so call it damage.
    case SQLITE_NOMEM:
        return DatabaseError(Kind::Corrupt, detail, code);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return DatabaseError(Kind::Locked, detail, code);
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return DatabaseError(Kind::ReadOnly, detail, code);
    case SQLITE_FULL:
        return DatabaseError(Kind::DiskFull, detail, code);
    case SQLITE_INTERRUPT:
        return DatabaseError(Kind::Cancelled, detail, code);
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return DatabaseError(Kind::Io, detail, code);
    default:
        return DatabaseError(Kind::Internal, detail, code);
    }
}

DatabaseError DatabaseError::fromSqlError(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const QString detail = error.text();
    if (!ok)
        return DatabaseError(Kind::Internal, detail);
    return fromSqliteCode(code, detail);
}

DatabaseError DatabaseError::fromErrno(int errorNumber, const QString& detail)
{
    switch (errorNumber) {
    case 0:
        return {};
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
        return DatabaseError(Kind::DiskFull, detail, errorNumber);
    case EROFS:
    case EACCES:
    case EPERM:
        return DatabaseError(Kind::ReadOnly, detail, errorNumber);
    case ENOENT:
        return DatabaseError(Kind::NotFound, detail, errorNumber);
    case EEXIST:
        return DatabaseError(Kind::AlreadyExists, detail, errorNumber);
    default:
        return DatabaseError(Kind::Io, detail, errorNumber);
    }
}

QString DatabaseError::message() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::WrongKey:
        return tr("The key does not open this database. Unlock it with the recovery passphrase.");
    case Kind::Corrupt:
        return tr(
            "The file is not a Xiangshu Workbench database, or it is damaged. Restore it from a backup.");
    case Kind::SchemaTooNew:
        return tr("The database was written by a newer version of Xiangshu Workbench. Update this program "
                  "before opening it.");
    case Kind::Locked:
        return tr("The database is in use by another process. Close the other Xiangshu Workbench window or "
                  "command, then try again.");
    case Kind::ReadOnly:
        return tr("The database file or its folder is read-only. Check the permissions or choose another "
                  "location.");
    case Kind::DiskFull:
        return tr("The disk is full. Free some space and try again; nothing was changed.");
    case Kind::NotFound:
        return tr("The database file does not exist.");
    case Kind::AlreadyExists:
        return tr("A file already exists at this location; it was left untouched.");
    case Kind::Cancelled:
        return tr("Cancelled; nothing was changed.");
    case Kind::Invalid:
        return tr("The values break a rule; nothing was changed.");
    case Kind::Io:
        return tr("The disk could not be read or written. Check the drive and try again.");
    case Kind::Internal:
        return tr("An unexpected database error occurred.");
    }
    return {};
}

QString DatabaseError::fullText() const
{
    if (m_detail.isEmpty())
        return message();
    return tr("%1 (%2)").arg(message(), m_detail);
}

QString DatabaseError::code() const
{
    switch (m_kind) {
    case Kind::None:
        return QStringLiteral("ok");
    case Kind::WrongKey:
        return QStringLiteral("wrong_key");
    case Kind::Corrupt:
        return QStringLiteral("corrupt");
    case Kind::SchemaTooNew:
        return QStringLiteral("schema_too_new");
    case Kind::Locked:
        return QStringLiteral("locked");
    case Kind::ReadOnly:
        return QStringLiteral("read_only");
    case Kind::DiskFull:
        return QStringLiteral("disk_full");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::AlreadyExists:
        return QStringLiteral("already_exists");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Invalid:
        return QStringLiteral("invalid");
    case Kind::Io:
        return QStringLiteral("io_error");
    case Kind::Internal:
        return QStringLiteral("internal");
    }
    return {};
}

} // namespace xs
