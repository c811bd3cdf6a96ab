#include "models/storage/SqlStatement.h"

#include "models/storage/SqlCipherDriver.h"

#include <sqlite3.h>

namespace xs {

namespace {

DatabaseError errorOf(sqlite3* handle, int code)
{
    return DatabaseError::fromSqliteCode(sqlite3_extended_errcode(handle) ? sqlite3_extended_errcode(handle)
                                                                          : code,
                                         QString::fromUtf8(sqlite3_errmsg(handle)));
}

} // namespace

SqlStatement::SqlStatement(const QSqlDatabase& database, const QString& sql)
{
    auto* driver = dynamic_cast<SqlCipherDriver*>(database.driver());
    sqlite3* handle = driver ? driver->nativeHandle() : nullptr;
    if (!handle) {
        m_error =
            DatabaseError(DatabaseError::Kind::Internal, QStringLiteral("not an open QSQLCIPHER connection"));
        return;
    }
    m_handle = handle;
    const QByteArray text = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &m_statement, nullptr);
    if (rc != SQLITE_OK)
        m_error = errorOf(handle, rc);
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_statement);
}

void SqlStatement::bind(int index, const QVariant& value)
{
    if (!m_statement)
        return;
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, index);
    } else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int ||
               value.typeId() == QMetaType::Bool) {
        sqlite3_bind_int64(m_statement, index, value.toLongLong());
    } else if (value.typeId() == QMetaType::Double) {
        sqlite3_bind_double(m_statement, index, value.toDouble());
    } else if (value.typeId() == QMetaType::QByteArray) {
        // A blob (sort keys): compared byte by byte, never read as text. Empty is a blob, not NULL.
        m_texts.append(value.toByteArray());
        if (m_texts.constLast().isEmpty())
            sqlite3_bind_zeroblob(m_statement, index, 0);
        else
            sqlite3_bind_blob(m_statement, index, m_texts.constLast().constData(),
                              int(m_texts.constLast().size()), SQLITE_STATIC);
    } else {
        m_texts.append(value.toString().toUtf8());
        sqlite3_bind_text(m_statement, index, m_texts.constLast().constData(),
                          int(m_texts.constLast().size()), SQLITE_STATIC);
    }
}

void SqlStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqlStatement::bindInteger(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqlStatement::bindDouble(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void SqlStatement::bindText(int index, QStringView value)
{
    m_texts.append(value.toUtf8());
    sqlite3_bind_text(m_statement, index, m_texts.constLast().constData(), int(m_texts.constLast().size()),
                      SQLITE_STATIC);
}

DatabaseError SqlStatement::run()
{
    while (next()) {
    }
    return m_error;
}

void SqlStatement::reset()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_texts.clear(); // nothing refers to them once the bindings are cleared
    m_error = {};    // a failed prepare left no statement, and returned above
}

bool SqlStatement::next()
{
    if (!m_statement || m_error.isError())
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = errorOf(static_cast<sqlite3*>(m_handle), rc);
    return false;
}

qint64 SqlStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqlStatement::utf8(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

} // namespace xs
