#include "models/storage/SqlCipherDriver.h"

#include "models/storage/BigramTokenizer.h"
#include "models/storage/PinyinCollation.h"
#include "models/storage/SqlCipherResult.h"
#include "models/storage/SqlCipherValues.h"

#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

namespace xs {

using sqlcipher::makeError;

void SqlCipherDriver::registerDriver()
{
    if (!QSqlDatabase::isDriverAvailable(QString::fromLatin1(Name)))
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(Name), new QSqlDriverCreator<SqlCipherDriver>);
}

SqlCipherDriver::SqlCipherDriver(QObject* parent)
    : QSqlDriver(parent)
{}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

bool SqlCipherDriver::openFile(const QString& path, const QByteArray& keySpec, bool readOnly, bool create)
{
    if (isOpen())
        close();

    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create && !readOnly)
        flags |= SQLITE_OPEN_CREATE;
    // FULLMUTEX: a connection belongs to one thread in Qt, but cancelQuery() may come from another.
    flags |= SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_EXRESCODE;

    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(makeError(db, tr("Unable to open database"), QSqlError::ConnectionError, rc));
        sqlite3_close_v2(db);
        setOpenError(true);
        return false;
    }
    if (!keySpec.isEmpty()) {
        const int keyRc = sqlite3_key_v2(db, "main", keySpec.constData(), int(keySpec.size()));
        if (keyRc != SQLITE_OK) {
            setLastError(
                makeError(db, tr("Unable to apply the database key"), QSqlError::ConnectionError, keyRc));
            sqlite3_close_v2(db);
            setOpenError(true);
            return false;
        }
    }
    m_db = db;
    setOpen(true);
    setOpenError(false);
    return true;
}

bool SqlCipherDriver::open(const QString& db, const QString&, const QString& password, const QString&, int,
                           const QString& connectOptions)
{
    bool readOnly = false;
    int busyTimeoutMs = 5000;
    const QStringList options = connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& rawOption : options) {
        const QString option = rawOption.trimmed();
        if (option == QLatin1String("QSQLCIPHER_OPEN_READONLY")) {
            readOnly = true;
        } else if (option.startsWith(QLatin1String("QSQLCIPHER_BUSY_TIMEOUT="))) {
            bool ok = false;
            busyTimeoutMs = option.section(QLatin1Char('='), 1).toInt(&ok);
            if (!ok || busyTimeoutMs < 0)
                busyTimeoutMs = 5000;
        }
    }
    if (!openFile(db, password.toUtf8(), readOnly, true))
        return false;
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
    return registerSqlExtensions();
}

bool SqlCipherDriver::registerSqlExtensions()
{
    // Every connection can read and write the pinyin sort keys that migration 0032 indexes and the
    // data item search index of 0033. Registering the tokenizer prepares a statement, which reads
    // the schema: hence after the key and the cipher settings, and after the first read has told
    // a wrong key from damage (Database::open).
    int rc = PinyinCollation::registerSqlFunctions(m_db);
    if (rc == SQLITE_OK)
        rc = BigramTokenizer::registerWith(m_db);
    if (rc != SQLITE_OK) {
        setLastError(makeError(m_db, tr("Unable to register the pinyin collation or the search tokenizer"),
                               QSqlError::ConnectionError, rc));
        return false;
    }
    return true;
}

void SqlCipherDriver::close()
{
    if (!m_db)
        return;
    // Statements must be finalized before the connection; a QSqlQuery may still hold one.
    const QSet<SqlCipherResult*> results = m_results;
    for (SqlCipherResult* result : results)
        result->finalizeStatement();
    m_results.clear();
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    setOpen(false);
    setOpenError(false);
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case PreparedQueries:
    case PositionalPlaceholders:
    case BLOB:
    case Unicode:
    case LastInsertId:
    case SimpleLocking:
    case FinishQuery:
    case LowPrecisionNumbers:
    case CancelQuery:
        return true;
    case QuerySize:
    case NamedPlaceholders: // Qt rewrites :name to ? for us
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
        return false;
    }
    return false;
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_db));
}

void SqlCipherDriver::registerResult(SqlCipherResult* result) const
{
    m_results.insert(result);
}

void SqlCipherDriver::unregisterResult(SqlCipherResult* result) const
{
    m_results.remove(result);
}

bool SqlCipherDriver::executeSimple(const char* sql, const QString& what)
{
    if (!m_db)
        return false;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(makeError(m_db, what, QSqlError::TransactionError, rc));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock up front. A deferred transaction that reads first and then
    // writes can fail with SQLITE_BUSY halfway through, which busy_timeout cannot cure.
    return executeSimple("BEGIN IMMEDIATE", tr("Unable to begin transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return executeSimple("COMMIT", tr("Unable to commit transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return executeSimple("ROLLBACK", tr("Unable to roll back transaction"));
}

bool SqlCipherDriver::executeScript(const QString& sql)
{
    if (!m_db)
        return false;
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = message ? QString::fromUtf8(message) : QString();
        sqlite3_free(message);
        setLastError(QSqlError(tr("Unable to run script"), text, QSqlError::StatementError,
                               QString::number(sqlite3_extended_errcode(m_db))));
        return false;
    }
    return true;
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen())
        return names;
    QStringList kinds;
    if (type & QSql::Tables)
        kinds << QStringLiteral("'table'");
    if (type & QSql::Views)
        kinds << QStringLiteral("'view'");
    if (!kinds.isEmpty()) {
        QSqlQuery query(createResult());
        query.setForwardOnly(true);
        query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type IN (%1) "
                                  "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
                       .arg(kinds.join(QLatin1Char(','))));
        while (query.next())
            names << query.value(0).toString();
    }
    if (type & QSql::SystemTables)
        names << QStringLiteral("sqlite_schema");
    return names;
}

QList<SqlCipherDriver::TableColumn> SqlCipherDriver::tableColumns(const QString& tableName) const
{
    QList<TableColumn> columns;
    if (!isOpen() || tableName.isEmpty())
        return columns;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    // table_info: cid, name, type, notnull, dflt_value, pk
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName))))
        return columns;
    while (query.next()) {
        const QString declared = query.value(2).toString().toUpper();
        QSqlField field(query.value(1).toString(), sqlcipher::metaTypeForDeclaredType(declared), tableName);
        field.setRequiredStatus(query.value(3).toInt() ? QSqlField::Required : QSqlField::Optional);
        if (!query.isNull(4))
            field.setDefaultValue(query.value(4));
        columns.append({field, query.value(5).toInt(), declared});
    }
    return columns;
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    const QList<TableColumn> columns = tableColumns(tableName);
    const auto keyCount = std::count_if(columns.cbegin(), columns.cend(),
                                        [](const TableColumn& column) { return column.keyPosition > 0; });
    QSqlRecord result;
    for (TableColumn column : columns) {
        // A lone INTEGER PRIMARY KEY is an alias of the rowid: the database fills it in.
        if (keyCount == 1 && column.keyPosition == 1 && column.declaredType == QLatin1String("INTEGER"))
            column.field.setAutoValue(true);
        result.append(column.field);
    }
    return result;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const
{
    QList<TableColumn> keyColumns = tableColumns(tableName);
    keyColumns.removeIf([](const TableColumn& column) { return column.keyPosition == 0; });
    std::sort(keyColumns.begin(), keyColumns.end(),
              [](const TableColumn& a, const TableColumn& b) { return a.keyPosition < b.keyPosition; });
    QSqlIndex index(tableName);
    for (const TableColumn& column : std::as_const(keyColumns))
        index.append(column.field);
    if (!index.isEmpty())
        index.setName(QStringLiteral("primary"));
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    if (type == TableName)
        escaped.replace(QLatin1Char('.'), QLatin1String("\".\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString SqlCipherDriver::formatValue(const QSqlField& field, bool trimStrings) const
{
    if (field.isNull())
        return QStringLiteral("NULL");
    switch (field.metaType().id()) {
    case QMetaType::Bool:
        return field.value().toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::QByteArray:
        return QStringLiteral("X'%1'").arg(QString::fromLatin1(field.value().toByteArray().toHex()));
    case QMetaType::QDate:
    case QMetaType::QTime:
    case QMetaType::QDateTime:
    case QMetaType::QUuid: {
        QString text = sqlcipher::textForTemporal(field.value());
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    }
    default:
        return QSqlDriver::formatValue(field, trimStrings);
    }
}

bool SqlCipherDriver::cancelQuery()
{
    if (m_db)
        sqlite3_interrupt(m_db);
    return m_db != nullptr;
}

void SqlCipherDriver::setCancelFlag(const std::atomic_bool* flag)
{
    if (!m_db)
        return;
    // Every 1,000 virtual machine steps: well under a millisecond, and cheap beside them.
    constexpr int StepsBetweenChecks = 1000;
    sqlite3_progress_handler(
        m_db, flag ? StepsBetweenChecks : 0,
        flag ? +[](void* context) -> int {
            return static_cast<const std::atomic_bool*>(context)->load(std::memory_order_relaxed) ? 1 : 0;
        }
             : nullptr,
        const_cast<std::atomic_bool*>(flag));
}

} // namespace xs
