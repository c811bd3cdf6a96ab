#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace xs {

/// What went wrong with a database, in terms a user can act on. The kind decides the message and
/// the CLI exit code; the detail keeps SQLite's own words for logs and bug reports.
class DatabaseError
{
    Q_DECLARE_TR_FUNCTIONS(xs::DatabaseError)

public:
    enum class Kind
    {
        None,
        WrongKey,     // the key does not decrypt this file
        Corrupt,      // not a database, or damaged (integrity or HMAC check failed)
        SchemaTooNew, // written by a newer version of the program
        Locked,       // another process holds the database
        ReadOnly,     // the file or its folder cannot be written
        DiskFull,
        NotFound,
        AlreadyExists,
        Cancelled,
        Invalid, // the values break a rule (detail says which); nothing was written
        Io,
        Internal,
    };

    DatabaseError() = default;
    explicit DatabaseError(Kind kind, QString detail = {}, int nativeCode = 0);

    /// Maps an SQLite (extended) result code.
    static DatabaseError fromSqliteCode(int code, const QString& detail);
    /// Maps a QSqlError whose native code is an SQLite result code (as QSQLCIPHER reports them).
    static DatabaseError fromSqlError(const QSqlError& error);
    /// Maps an errno value from a file operation.
    static DatabaseError fromErrno(int errorNumber, const QString& detail);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int nativeCode() const { return m_nativeCode; }
    QString detail() const { return m_detail; }

    /// A plain sentence in the UI language that names the problem and the next step.
    QString message() const;
    /// The detail when there is one (a refusal's reason, a missing record named), else message():
    /// what a page shows when the detail was written for people.
    QString detailOrMessage() const { return m_detail.isEmpty() ? message() : m_detail; }
    /// message() plus the technical detail, for logs and the CLI.
    QString fullText() const;

    /// Stable English identifier for JSON output and logs ("wrong_key", "corrupt", ...).
    QString code() const;

private:
    Kind m_kind = Kind::None;
    QString m_detail;
    int m_nativeCode = 0;
};

} // namespace xs
