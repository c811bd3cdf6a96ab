#pragma once

#include "models/storage/DatabaseError.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3_stmt;

namespace xs {

/// A prepared statement straight on SQLCipher, for the few hot paths where QSqlQuery's per-row
/// QVariant list costs more than the query (the catalog table's pages, the rows of a pulled page):
/// text comes back as UTF-8 views that the caller may turn into strings only when it needs to, and
/// a write binds typed values without a QVariant each. Forward only; reset() runs it again.
class SqlStatement
{
public:
    /// database must be a QSQLCIPHER connection.
    SqlStatement(const QSqlDatabase& database, const QString& sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;

    DatabaseError error() const { return m_error; }
    /// Binds (1-based) text, integers, reals or null, by the variant's type.
    void bind(int index, const QVariant& value);
    void bindNull(int index);
    void bindInteger(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindText(int index, QStringView value);
    /// Steps to the next row; false at the end or on an error (see error()).
    bool next();
    /// Runs a statement that returns no rows (an INSERT) to its end.
    DatabaseError run();
    /// Ready to run again, with nothing bound.
    void reset();

    qint64 integer(int column) const;
    /// The column's UTF-8 bytes, valid until the next step (no copy).
    QByteArrayView utf8(int column) const;
    QString text(int column) const { return QString::fromUtf8(utf8(column)); }

private:
    sqlite3_stmt* m_statement = nullptr;
    void* m_handle = nullptr;
    DatabaseError m_error;
    QList<QByteArray> m_texts; // bound text stays alive until the statement is done
};

} // namespace xs
