#include "hub/HubStore.h"

#include "models/journal/EntitySchema.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

namespace xs {

namespace {

QString newConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("xs-hub-%1").arg(++counter);
}

/// Everything of a RecordColumns row but the fields (column 7), which stay JSON text until needed.
RecordState recordHeaderFromRow(const QSqlQuery& query)
{
    RecordState record;
    record.entity = query.value(0).toString();
    record.id = query.value(1).toString();
    record.version = query.value(2).toLongLong();
    record.sequence = query.value(3).toLongLong();
    record.deleted = query.value(4).toInt() != 0;
    record.updatedAt = query.value(5).toString();
    record.updatedBy = query.value(6).toString();
    return record;
}

RecordState recordFromRow(const QSqlQuery& query)
{
    RecordState record = recordHeaderFromRow(query);
    record.fields = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
    return record;
}

const char* const RecordColumns = "entity, id, version, seq, deleted, updated_at, updated_by, fields";

} // namespace

HubStore::HubStore(SqlDialect dialect, QString connectionName, const Clock& clock)
    : m_dialect(dialect)
    , m_connectionName(std::move(connectionName))
    , m_clock(clock)
{}

std::unique_ptr<HubStore> HubStore::open(const QString& location, const Clock& clock, QString* error)
{
    const bool postgres = location.startsWith(QLatin1String("postgresql://")) ||
                          location.startsWith(QLatin1String("postgres://"));
    std::unique_ptr<HubStore> store(
        new HubStore(SqlDialect(postgres ? SqlDialect::Kind::Postgres : SqlDialect::Kind::Sqlite),
                     newConnectionName(), clock));
    QSqlDatabase database = QSqlDatabase::addDatabase(store->m_dialect.driverName(), store->m_connectionName);
    if (postgres) {
        const QUrl url(location);
        const QUrlQuery query(url);
        database.setHostName(query.hasQueryItem(QStringLiteral("host"))
                                 ? query.queryItemValue(QStringLiteral("host"))
                                 : url.host());
        if (url.port() > 0)
            database.setPort(url.port());
        database.setUserName(url.userName());
        database.setPassword(url.password());
        database.setDatabaseName(url.path().mid(1));
        database.setConnectOptions(QStringLiteral("connect_timeout=10"));
    } else {
        database.setDatabaseName(location);
        database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!database.open()) {
        *error = database.lastError().text();
        return nullptr;
    }
    if (!postgres) {
        QSqlQuery pragma(database);
        pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        pragma.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    }
    if (!store->createSchema(error))
        return nullptr;
    return store;
}

HubStore::~HubStore()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase HubStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool HubStore::exec(const QString& sql, const QVariantList& bindings, QString* error)
{
    QSqlQuery query(database());
    bool ok = false;
    if (bindings.isEmpty()) {
        // QPSQL prepares server-side (PREPARE ... AS), which PostgreSQL allows only for DML:
        // statements without parameters (DDL, BEGIN, COMMIT) run directly.
        ok = query.exec(sql);
    } else {
        query.prepare(sql);
        for (const QVariant& binding : bindings)
            query.addBindValue(binding);
        ok = query.exec();
    }
    if (!ok) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

bool HubStore::beginWrite(QString* error)
{
    return exec(m_dialect.beginWrite(), {}, error);
}

bool HubStore::commit(QString* error)
{
    return exec(QStringLiteral("COMMIT"), {}, error);
}

void HubStore::rollback()
{
    exec(QStringLiteral("ROLLBACK"), {}, nullptr);
}

bool HubStore::createSchema(QString* error)
{
    const QStringList statements = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS hub_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS hub_counter (name TEXT PRIMARY KEY, value BIGINT NOT NULL)"),
        QStringLiteral(
            "INSERT INTO hub_counter (name, value) VALUES ('seq', 0) ON CONFLICT (name) DO NOTHING"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, "
            "role TEXT NOT NULL, department TEXT NOT NULL, created_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS tokens (token_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL, "
            "expires_at BIGINT NOT NULL, created_at BIGINT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS login_failures (id %1, user_name TEXT NOT NULL, address TEXT "
            "NOT NULL, at BIGINT NOT NULL)")
            .arg(m_dialect.autoIncrementKey()),
        QStringLiteral("CREATE INDEX IF NOT EXISTS login_failures_by_user ON login_failures (user_name, at)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS records (entity TEXT NOT NULL, id TEXT NOT NULL, version BIGINT "
            "NOT NULL, seq BIGINT NOT NULL, deleted INTEGER NOT NULL, updated_at TEXT NOT NULL, "
            "updated_by TEXT NOT NULL, fields TEXT NOT NULL, PRIMARY KEY (entity, id))"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS records_by_seq ON records (seq)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS applied_ops (op_id TEXT PRIMARY KEY, user_name TEXT NOT NULL, "
            "result TEXT NOT NULL, applied_at BIGINT NOT NULL)"),
        QStringLiteral(
            "INSERT INTO hub_meta (key, value) VALUES ('schema_version', '1') ON CONFLICT (key) DO NOTHING"),
    };
    if (!beginWrite(error))
        return false;
    if (!m_dialect.schemaLock().isEmpty() && !exec(m_dialect.schemaLock(), {}, error)) {
        rollback();
        return false;
    }
    for (const QString& statement : statements) {
        if (!exec(statement, {}, error)) {
            rollback();
            return false;
        }
    }
    return commit(error);
}

std::optional<HubStore::User> HubStore::user(const QString& name) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT name, password_hash, role, department FROM users WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const std::optional<Role> role = roleFromName(query.value(2).toString());
    if (!role)
        return std::nullopt;
    return User{query.value(0).toString(), query.value(1).toString(),
                Principal{query.value(0).toString(), *role, query.value(3).toString()}};
}

QList<HubStore::User> HubStore::users() const
{
    QList<User> found;
    QSqlQuery query(database());
    query.exec(QStringLiteral("SELECT name, role, department FROM users ORDER BY name"));
    while (query.next()) {
        if (const std::optional<Role> role = roleFromName(query.value(1).toString()))
            found.append(User{query.value(0).toString(),
                              {},
                              Principal{query.value(0).toString(), *role, query.value(2).toString()}});
    }
    return found;
}

bool HubStore::addUser(const QString& name, const QString& passwordHash, Role role, const QString& department,
                       QString* error)
{
    return exec(QStringLiteral("INSERT INTO users (name, password_hash, role, department, created_at) "
                               "VALUES (?, ?, ?, ?, ?)"),
                {name, passwordHash, roleName(role), department.isNull() ? QStringLiteral("") : department,
                 m_clock.now().toString(Qt::ISODate)},
                error);
}

std::optional<RecordState> HubStore::record(const QString& entity, const QString& id, bool forUpdate) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT %1 FROM records WHERE entity = ? AND id = ?%2")
                      .arg(QLatin1String(RecordColumns), forUpdate ? m_dialect.lockRowSuffix() : QString()));
    query.addBindValue(entity);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return recordFromRow(query);
}

bool HubStore::writeRecord(const RecordState& record, QString* error)
{
    return exec(
        QStringLiteral("INSERT INTO records (entity, id, version, seq, deleted, updated_at, updated_by, "
                       "fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (entity, id) DO UPDATE SET "
                       "version = excluded.version, seq = excluded.seq, deleted = excluded.deleted, "
                       "updated_at = excluded.updated_at, updated_by = excluded.updated_by, "
                       "fields = excluded.fields"),
        {record.entity, record.id, record.version, record.sequence, record.deleted ? 1 : 0, record.updatedAt,
         record.updatedBy, QString::fromUtf8(QJsonDocument(record.fields).toJson(QJsonDocument::Compact))},
        error);
}

std::optional<qint64> HubStore::nextSequence(QString* error)
{
    QSqlQuery query(database());
    if (!query.exec(
            QStringLiteral("UPDATE hub_counter SET value = value + 1 WHERE name = 'seq' RETURNING value")) ||
        !query.next()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

std::optional<qint64> HubStore::nextCounterValue(const QString& name, QString* error)
{
    if (!exec(QStringLiteral(
                  "INSERT INTO hub_counter (name, value) VALUES (?, 0) ON CONFLICT (name) DO NOTHING"),
              {name}, error))
        return std::nullopt;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE hub_counter SET value = value + 1 WHERE name = ? RETURNING value"));
    query.addBindValue(name);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

QList<RecordState> HubStore::liveRecords(const QString& entity) const
{
    QList<RecordState> records;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM records WHERE entity = ? AND deleted = 0 ORDER BY id")
                      .arg(QLatin1String(RecordColumns)));
    query.addBindValue(entity);
    if (!query.exec())
        return records;
    while (query.next())
        records << recordFromRow(query);
    return records;
}

QList<RecordState> HubStore::liveRecordsFlagged(const QString& entity, const QString& booleanField) const
{
    // Fields are stored as compact JSON, so a true flag is the text "name":true; inside a text value
    // the quotes would be escaped and cannot match. The parsed value is checked again below.
    QList<RecordState> records;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM records WHERE entity = ? AND deleted = 0 AND fields LIKE ? "
                                 "ORDER BY id")
                      .arg(QLatin1String(RecordColumns)));
    query.addBindValue(entity);
    query.addBindValue(QStringLiteral("%\"%1\":true%").arg(booleanField));
    if (!query.exec())
        return records;
    while (query.next()) {
        RecordState record = recordFromRow(query);
        if (record.fields.value(booleanField).toBool())
            records << std::move(record);
    }
    return records;
}

QList<RecordState> HubStore::changesAfter(qint64 cursor, int limit, QString* error) const
{
    QList<RecordState> changes;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM records WHERE seq > ? ORDER BY seq LIMIT ?")
                      .arg(QLatin1String(RecordColumns)));
    query.addBindValue(cursor);
    query.addBindValue(limit);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return changes;
    }
    while (query.next())
        changes.append(recordFromRow(query));
    return changes;
}

QList<std::pair<RecordState, QByteArray>> HubStore::changesAfterAsJson(qint64 cursor, int limit,
                                                                       QString* error) const
{
    QList<std::pair<RecordState, QByteArray>> changes;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT entity, id, version, seq, deleted, updated_at, updated_by, fields FROM records "
        "WHERE seq > ? ORDER BY seq LIMIT ?"));
    query.addBindValue(cursor);
    query.addBindValue(limit);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return changes;
    }
    changes.reserve(limit);
    while (query.next()) {
        changes.append({recordHeaderFromRow(query), query.value(7).toString().toUtf8()});
    }
    return changes;
}

qint64 HubStore::recordCount() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("SELECT count(*) FROM records")) && query.next())
        return query.value(0).toLongLong();
    return -1;
}

} // namespace xs
