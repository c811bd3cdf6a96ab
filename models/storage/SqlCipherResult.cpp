#include "models/storage/SqlCipherResult.h"

#include "models/storage/SqlCipherDriver.h"
#include "models/storage/SqlCipherValues.h"

#include <QSqlError>
#include <QSqlField>

#include <sqlite3.h>

namespace xs {

using sqlcipher::makeError;

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver)
    : QSqlResult(driver)
    , m_driver(driver)
{
    m_driver->registerResult(this);
}

SqlCipherResult::~SqlCipherResult()
{
    // The driver may already be gone when a QSqlQuery outlives its connection.
    if (driver())
        m_driver->unregisterResult(this);
    finalizeStatement();
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_statement));
}

void SqlCipherResult::finalizeStatement()
{
    if (m_statement) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
    m_boundBytes.clear();
    clearRows();
}

void SqlCipherResult::clearRows()
{
    m_rows.clear();
    m_forwardRow.clear();
    m_firstRow.reset();
    m_exhausted = true;
    m_rowsRead = 0;
}

bool SqlCipherResult::reset(const QString& query)
{
    if (!prepare(query))
        return false;
    return execute(nullptr);
}

bool SqlCipherResult::prepare(const QString& query)
{
    finalizeStatement();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    m_record.clear();

    sqlite3* db = m_driver->nativeHandle();
    if (!db) {
        setLastError(QSqlError(QStringLiteral("Connection is closed"), {}, QSqlError::ConnectionError));
        return false;
    }

    const QByteArray utf8 = query.toUtf8();
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                      &m_statement, &tail);
    if (rc != SQLITE_OK) {
        setLastError(makeError(db, QStringLiteral("Unable to prepare statement"), QSqlError::StatementError));
        finalizeStatement();
        return false;
    }
    // A query is one statement. Anything after it other than blanks or comments would be
    // silently ignored by sqlite3_prepare, so refuse it instead.
    if (tail && *tail) {
        sqlite3_stmt* extra = nullptr;
        sqlite3_prepare_v2(db, tail, -1, &extra, nullptr);
        if (extra) {
            sqlite3_finalize(extra);
            finalizeStatement();
            setLastError(QSqlError(QStringLiteral("Unable to prepare statement"),
                                   QStringLiteral("Only one statement per query is allowed"),
                                   QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
            return false;
        }
    }
    if (!m_statement) { // blank or comment only
        setLastError(QSqlError(QStringLiteral("Unable to prepare statement"), QStringLiteral("Empty query"),
                               QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
        return false;
    }
    buildRecord();
    return true;
}

bool SqlCipherResult::exec()
{
    return execute(&boundValues());
}

bool SqlCipherResult::execBatch(bool)
{
    const QList<QVariant>& columns = boundValues();
    QList<QVariantList> lists;
    lists.reserve(columns.size());
    for (const QVariant& column : columns)
        lists.append(column.toList());
    const qsizetype rows = lists.isEmpty() ? 0 : lists.first().size();
    for (const QVariantList& list : std::as_const(lists)) {
        if (list.size() != rows) {
            setLastError(QSqlError(QStringLiteral("Unable to execute batch"),
                                   QStringLiteral("The bound lists differ in length"),
                                   QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
            return false;
        }
    }
    QList<QVariant> row(lists.size());
    for (qsizetype index = 0; index < rows; ++index) {
        for (qsizetype column = 0; column < lists.size(); ++column)
            row[column] = lists.at(column).at(index);
        if (!execute(&row))
            return false;
    }
    return true;
}

bool SqlCipherResult::execute(const QList<QVariant>* parameters)
{
    if (!m_statement) {
        setLastError(QSqlError(QStringLiteral("Unable to execute statement"),
                               QStringLiteral("No prepared statement"), QSqlError::StatementError));
        return false;
    }
    clearRows();
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_boundBytes.clear(); // the statement no longer points into them
    m_boundBytes.reserve(parameters ? parameters->size() : 0);
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    m_rowsAffected = 0;

    if (parameters && !bindParameters(*parameters))
        return false;

    sqlite3* db = m_driver->nativeHandle();
    const qint64 changesBefore = sqlite3_total_changes64(db);
    m_exhausted = false;
    m_firstRow = stepRow();
    // sqlite3_changes() keeps the count of the last write, so only trust it if this one wrote.
    if (sqlite3_total_changes64(db) != changesBefore)
        m_rowsAffected = sqlite3_changes(db);
    m_lastInsertId = sqlite3_last_insert_rowid(db);
    if (lastError().isValid())
        return false;

    setSelect(sqlite3_column_count(m_statement) > 0);
    setActive(true);
    return true;
}

bool SqlCipherResult::bindParameters(const QList<QVariant>& values)
{
    const int expected = sqlite3_bind_parameter_count(m_statement);
    if (values.size() != expected) {
        setLastError(
            QSqlError(QStringLiteral("Parameter count mismatch"),
                      QStringLiteral("The statement has %1 placeholder(s) but %2 value(s) were bound")
                          .arg(expected)
                          .arg(values.size()),
                      QSqlError::StatementError, QString::number(SQLITE_RANGE)));
        return false;
    }
    for (int i = 0; i < expected; ++i) {
        const int rc = sqlcipher::bindValue(m_statement, i + 1, values.at(i), m_boundBytes);
        if (rc != SQLITE_OK) {
            setLastError(makeError(m_driver->nativeHandle(),
                                   QStringLiteral("Unable to bind parameter %1 (type %2)")
                                       .arg(i + 1)
                                       .arg(QString::fromLatin1(values.at(i).typeName())),
                                   QSqlError::StatementError, rc));
            return false;
        }
    }
    return true;
}

std::optional<SqlCipherResult::Row> SqlCipherResult::stepRow()
{
    if (m_firstRow) {
        std::optional<Row> row = std::move(m_firstRow);
        m_firstRow.reset();
        return row;
    }
    if (m_exhausted || !m_statement)
        return std::nullopt;

    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return readCurrentRow();

    m_exhausted = true;
    if (rc != SQLITE_DONE) {
        setLastError(makeError(m_driver->nativeHandle(), QStringLiteral("Unable to fetch row"),
                               QSqlError::StatementError, rc));
        sqlite3_reset(m_statement);
    }
    return std::nullopt;
}

SqlCipherResult::Row SqlCipherResult::readCurrentRow() const
{
    const int columns = sqlite3_column_count(m_statement);
    Row row;
    row.reserve(columns);
    for (int column = 0; column < columns; ++column)
        row.append(columnValue(column));
    return row;
}

QVariant SqlCipherResult::columnValue(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        // Integers stay exact whatever the precision policy (as in Qt's own SQLite driver): the
        // policy defaults to LowPrecisionDouble, which would round 64-bit ids and amounts.
        return qint64(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT: {
        const double value = sqlite3_column_double(m_statement, column);
        switch (numericalPrecisionPolicy()) {
        case QSql::LowPrecisionInt32:
            return int(value);
        case QSql::LowPrecisionInt64:
            return qint64(value);
        default:
            return value;
        }
    }
    case SQLITE_BLOB: {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
        const int size = sqlite3_column_bytes(m_statement, column);
        return size > 0 ? QByteArray(bytes, size) : QByteArray("");
    }
    case SQLITE_NULL:
        return QVariant(m_record.field(column).metaType());
    default: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        const int size = sqlite3_column_bytes(m_statement, column);
        return size > 0 ? QString::fromUtf8(text, size) : QString(QLatin1String(""));
    }
    }
}

void SqlCipherResult::buildRecord()
{
    m_record.clear();
    const int columns = sqlite3_column_count(m_statement);
    for (int column = 0; column < columns; ++column) {
        const QString name = QString::fromUtf8(sqlite3_column_name(m_statement, column));
        const char* declared = sqlite3_column_decltype(m_statement, column);
        QSqlField field(name, sqlcipher::metaTypeForDeclaredType(QString::fromUtf8(declared)));
        m_record.append(field);
    }
}

const SqlCipherResult::Row* SqlCipherResult::currentRow() const
{
    const int row = at();
    if (isForwardOnly())
        return row < 0 ? nullptr : &m_forwardRow;
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

bool SqlCipherResult::fetch(int index)
{
    if (!isActive() || !isSelect() || index < 0)
        return false;

    if (isForwardOnly()) {
        if (index < at())
            return false;
        while (at() < index) {
            std::optional<Row> row = stepRow();
            if (!row) {
                setAt(QSql::AfterLastRow);
                return false;
            }
            m_forwardRow = std::move(*row);
            setAt(at() + 1);
        }
        return true;
    }

    while (m_rows.size() <= index) {
        std::optional<Row> row = stepRow();
        if (!row) {
            setAt(QSql::AfterLastRow);
            return false;
        }
        m_rows.append(std::move(*row));
    }
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    if (isForwardOnly() && at() != QSql::BeforeFirstRow)
        return at() == 0;
    return fetch(0);
}

bool SqlCipherResult::fetchNext()
{
    return fetch(at() < 0 ? 0 : at() + 1);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect())
        return false;
    if (isForwardOnly()) {
        int index = at();
        bool moved = false;
        while (std::optional<Row> row = stepRow()) {
            m_forwardRow = std::move(*row);
            index = index < 0 ? 0 : index + 1;
            moved = true;
        }
        if (!moved)
            return at() >= 0; // already on the last row, or there are none
        setAt(index);
        return true;
    }
    while (std::optional<Row> row = stepRow())
        m_rows.append(std::move(*row));
    if (m_rows.isEmpty())
        return false;
    setAt(int(m_rows.size()) - 1);
    return true;
}

QVariant SqlCipherResult::data(int column)
{
    const Row* row = currentRow();
    if (!row || column < 0 || column >= row->size())
        return {};
    return row->at(column);
}

bool SqlCipherResult::isNull(int column)
{
    const Row* row = currentRow();
    if (!row || column < 0 || column >= row->size())
        return true;
    return row->at(column).isNull();
}

int SqlCipherResult::size()
{
    return -1; // unknown until every row is stepped; QuerySize is not a feature of this driver
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QSqlRecord SqlCipherResult::record() const
{
    return isActive() && isSelect() ? m_record : QSqlRecord();
}

QVariant SqlCipherResult::lastInsertId() const
{
    if (!isActive() || m_lastInsertId == 0)
        return {};
    return m_lastInsertId;
}

void SqlCipherResult::detachFromResultSet()
{
    // Resetting releases the statement's read lock (WAL snapshot) without discarding it.
    if (m_statement)
        sqlite3_reset(m_statement);
    m_exhausted = true;
    m_firstRow.reset();
}

} // namespace xs
