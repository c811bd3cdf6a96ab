#pragma once

#include <QString>

namespace xs {

/// The few places where SQLite and PostgreSQL differ, in one spot. Everything else the hub says
/// in SQL is the same on both.
class SqlDialect
{
public:
    enum class Kind
    {
        Sqlite,
        Postgres,
    };

    explicit SqlDialect(Kind kind);
    Kind kind() const { return m_kind; }

    /// The Qt SQL driver (QSQLITE for the embedded store, QPSQL for PostgreSQL).
    QString driverName() const;
    /// A 64-bit auto-incrementing primary key column.
    QString autoIncrementKey() const;
    /// A column of raw bytes (attachment chunks).
    QString blobType() const;
    /// Starts a transaction that writes: on SQLite it takes the write lock at once, so two hub
    /// processes on one file never deadlock upgrading a read lock.
    QString beginWrite() const;
    /// Appended to a SELECT that reads a row about to be changed (row lock on PostgreSQL).
    QString lockRowSuffix() const;
    /// Serialises schema creation between hub processes starting together (empty if not needed).
    QString schemaLock() const;
    /// Adds a column to a table created by an earlier version, if it is not there yet. On SQLite the
    /// caller checks first (columnsOf); PostgreSQL says IF NOT EXISTS itself.
    QString addColumn(const QString& table, const QString& column, const QString& type) const;

private:
    Kind m_kind;
};

} // namespace xs
