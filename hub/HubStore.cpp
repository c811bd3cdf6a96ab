#include "hub/HubStore.h"

#include "hub/HubTrail.h"
#include "models/journal/EntitySchema.h"
#include "models/storage/DatabaseKey.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
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
        // The store holds password hashes and tokens: readable by the hub's own account only, also
        // a file an earlier version left readable by all (the process umask covers new files).
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFile::exists(location + suffix))
                QFile::setPermissions(location + suffix, QFile::ReadOwner | QFile::WriteOwner);
        }
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
            "role TEXT NOT NULL, department TEXT NOT NULL, created_at TEXT NOT NULL, uid TEXT)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS tokens (token_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL, "
            "expires_at BIGINT NOT NULL, created_at BIGINT NOT NULL, user_uid TEXT)"),
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
        // The answer to each operation, under who sent it, from which desktop, and what it said: a
        // retry gets its answer back, another user's or desktop's op_id is a different operation,
        // and the same op_id with other content is refused (schema version 2).
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS operation_answers (user_uid TEXT NOT NULL, device TEXT NOT NULL, "
            "op_id TEXT NOT NULL, content_hash TEXT NOT NULL, result TEXT NOT NULL, applied_at BIGINT NOT "
            "NULL, PRIMARY KEY (user_uid, device, op_id))"),
        // Attachments (hub/PROTOCOL.md): the file a record names, arriving in chunks; complete once
        // the whole file's SHA-256 was found to be the record's.
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS attachments (entity TEXT NOT NULL, id TEXT NOT NULL, sha256 TEXT "
            "NOT NULL, size BIGINT NOT NULL, complete INTEGER NOT NULL, created_at TEXT NOT NULL, "
            "completed_at TEXT, PRIMARY KEY (entity, id))"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS attachment_chunks (entity TEXT NOT NULL, id TEXT NOT NULL, "
            "chunk INTEGER NOT NULL, data %1 NOT NULL, PRIMARY KEY (entity, id, chunk))")
            .arg(m_dialect.blobType()),
        QStringLiteral(
            "INSERT INTO hub_meta (key, value) VALUES ('schema_version', '1') ON CONFLICT (key) DO NOTHING"),
        HubTrail::createStatement(m_dialect.autoIncrementKey()),
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
    if (!upgradeSchema(error)) {
        rollback();
        return false;
    }
    return commit(error);
}

bool HubStore::hasColumn(const QString& table, const QString& column) const
{
    QSqlQuery query(database());
    if (m_dialect.kind() == SqlDialect::Kind::Postgres) {
        query.prepare(QStringLiteral(
            "SELECT 1 FROM information_schema.columns WHERE table_name = ? AND column_name = ?"));
        query.addBindValue(table);
        query.addBindValue(column);
        return query.exec() && query.next();
    }
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return false;
    while (query.next()) {
        if (query.value(1).toString() == column)
            return true;
    }
    return false;
}

bool HubStore::upgradeSchema(QString* error)
{
    // Version 2: users carry a uid that tokens are bound to (a user removed and added again under
    // the same name does not get the old tokens back); tokens made before it name no uid and stop
    // working, so everyone logs in once after the upgrade.
    for (const auto& [table, column] : {std::pair{QStringLiteral("users"), QStringLiteral("uid")},
                                        std::pair{QStringLiteral("tokens"), QStringLiteral("user_uid")}}) {
        if (!hasColumn(table, column) &&
            !exec(m_dialect.addColumn(table, column, QStringLiteral("TEXT")), {}, error))
            return false;
    }
    // Version 3: an administrator may disable a user (HubUsers).
    if (!hasColumn(QStringLiteral("users"), QStringLiteral("disabled")) &&
        !exec(m_dialect.addColumn(QStringLiteral("users"), QStringLiteral("disabled"),
                                  QStringLiteral("INTEGER NOT NULL DEFAULT 0")),
              {}, error))
        return false;
    QStringList missing;
    {
        QSqlQuery query(database());
        query.exec(QStringLiteral("SELECT name FROM users WHERE uid IS NULL"));
        while (query.next())
            missing << query.value(0).toString();
    }
    for (const QString& name : std::as_const(missing)) {
        if (!exec(QStringLiteral("UPDATE users SET uid = ? WHERE name = ?"), {newUid(), name}, error))
            return false;
    }
    return exec(QStringLiteral("UPDATE hub_meta SET value = '3' WHERE key = 'schema_version'"), {}, error);
}

namespace {

std::optional<HubStore::User> userFrom(QSqlQuery& query)
{
    if (!query.exec() || !query.next())
        return std::nullopt;
    const std::optional<Role> role = roleFromName(query.value(2).toString());
    if (!role)
        return std::nullopt;
    return HubStore::User{
        query.value(0).toString(), query.value(1).toString(),
        Principal{query.value(0).toString(), *role, query.value(3).toString(), query.value(4).toString()},
        query.value(4).toString(), query.value(5).toInt() != 0};
}

} // namespace

QString HubStore::newUid()
{
    return QString::fromLatin1(secureRandomBytes(16).toHex());
}

std::optional<HubStore::User> HubStore::user(const QString& name) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT name, password_hash, role, department, uid, disabled FROM users WHERE name = ?"));
    query.addBindValue(name);
    return userFrom(query);
}

std::optional<HubStore::User> HubStore::userByUid(const QString& uid) const
{
    if (uid.isEmpty())
        return std::nullopt;
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT name, password_hash, role, department, uid, disabled FROM users WHERE uid = ?"));
    query.addBindValue(uid);
    return userFrom(query);
}

QList<HubStore::User> HubStore::users() const
{
    QList<User> found;
    QSqlQuery query(database());
    query.exec(QStringLiteral("SELECT name, role, department, uid, disabled FROM users ORDER BY name"));
    while (query.next()) {
        if (const std::optional<Role> role = roleFromName(query.value(1).toString()))
            found.append(User{query.value(0).toString(),
                              {},
                              Principal{query.value(0).toString(), *role, query.value(2).toString()},
                              query.value(3).toString(),
                              query.value(4).toInt() != 0});
    }
    return found;
}

bool HubStore::addUser(const QString& name, const QString& passwordHash, Role role, const QString& department,
                       QString* error)
{
    return exec(QStringLiteral("INSERT INTO users (name, password_hash, role, department, created_at, uid) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                {name, passwordHash, roleName(role), department.isNull() ? QStringLiteral("") : department,
                 m_clock.now().toString(Qt::ISODate), newUid()},
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

bool HubStore::recordExists(const QString& entity, const QString& id) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT 1 FROM records WHERE entity = ? AND id = ? AND deleted = 0"));
    query.addBindValue(entity);
    query.addBindValue(id);
    return query.exec() && query.next();
}

namespace {

/// The LIKE pattern of "field":value as the compact stored JSON holds it (the value JSON-escaped).
QString storedPairPattern(const QString& field, const QJsonValue& value)
{
    QString encoded = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    encoded = encoded.mid(1, encoded.size() - 2);
    QString pattern = QStringLiteral("\"%1\":%2").arg(field, encoded);
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

} // namespace

std::optional<QList<RecordState>> HubStore::recordsHolding(const QString& entity, const QString& field,
                                                           const QJsonValue& value, bool withDeleted) const
{
    // Found by the text of the stored JSON, the same way on SQLite and PostgreSQL, without parsing
    // every record of the entity; each candidate is checked again on its parsed fields (inside a
    // text value the quotes are escaped, and cannot match).
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM records WHERE entity = ? %2 AND fields LIKE ? ESCAPE '\\' "
                       "ORDER BY id")
            .arg(QLatin1String(RecordColumns), withDeleted ? QString() : QStringLiteral("AND deleted = 0")));
    query.addBindValue(entity);
    query.addBindValue(storedPairPattern(field, value));
    if (!query.exec())
        return std::nullopt;
    QList<RecordState> records;
    while (query.next()) {
        RecordState record = recordFromRow(query);
        if (record.fields.value(field) == value)
            records << std::move(record);
    }
    return records;
}

bool HubStore::valueTaken(const QString& entity, const QString& field, const QJsonValue& value,
                          const QString& exceptId) const
{
    // Deleted records count too: a desktop keeps tombstones, and its UNIQUE holds over them.
    const std::optional<QList<RecordState>> holders = recordsHolding(entity, field, value, true);
    if (!holders)
        return true; // cannot tell: refuse rather than store a duplicate every desktop would reject
    return std::any_of(holders->cbegin(), holders->cend(),
                       [&](const RecordState& holder) { return holder.id != exceptId; });
}

QList<RecordState> HubStore::liveRecordsFlagged(const QString& entity, const QString& booleanField) const
{
    return liveRecordsWith(entity, booleanField, true);
}

QList<RecordState> HubStore::liveRecordsWith(const QString& entity, const QString& field,
                                             const QJsonValue& value) const
{
    return recordsHolding(entity, field, value, false).value_or(QList<RecordState>{});
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
