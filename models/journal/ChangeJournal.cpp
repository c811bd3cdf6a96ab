#include "models/journal/ChangeJournal.h"

#include "models/audit/AuditTrail.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"
#include "models/journal/SyncLedger.h"
#include "models/journal/ThreeWayMerge.h"
#include "models/storage/Transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace xs {

namespace {

QByteArray payloadOf(const Operation& operation)
{
    QJsonObject payload;
    if (operation.kind == Operation::Kind::Upsert)
        payload.insert(QStringLiteral("fields"), operation.fields);
    if (operation.kind == Operation::Kind::Command) {
        payload.insert(QStringLiteral("command"), operation.command);
        payload.insert(QStringLiteral("arguments"), operation.arguments);
    }
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

// The trail's rows for one local change: one per changed field, plus the command itself.
QList<AuditRecord> auditRowsFor(const Operation& operation, const RecordState& before, bool created,
                                const QJsonObject& changes, const RecordState& after, const QString& reason)
{
    AuditRecord common;
    common.at = after.updatedAt;
    common.actor = after.updatedBy;
    common.entity = operation.entity;
    common.recordId = operation.recordId;
    common.reason = reason;
    common.opId = operation.opId;
    QList<AuditRecord> rows;
    if (operation.kind == Operation::Kind::Delete) {
        AuditRecord row = common;
        row.action = QStringLiteral("delete");
        rows << row;
        return rows;
    }
    if (operation.kind == Operation::Kind::Command) {
        AuditRecord row = common;
        row.action = QStringLiteral("command");
        row.field = operation.command;
        row.newValue = AuditRecord::textOf(operation.arguments);
        if (row.reason.isEmpty())
            row.reason = operation.arguments.value(QStringLiteral("reason")).toString();
        rows << row;
    }
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        AuditRecord row = common;
        row.action = created ? QStringLiteral("create") : QStringLiteral("update");
        row.field = it.key();
        row.oldValue = AuditRecord::textOf(before.fields.value(it.key()));
        row.newValue = AuditRecord::textOf(it.value());
        if (operation.kind == Operation::Kind::Command && row.reason.isEmpty())
            row.reason = rows.first().reason;
        rows << row;
    }
    return rows;
}

DatabaseError unknownEntity(const QString& entity)
{
    return DatabaseError(DatabaseError::Kind::Internal, QStringLiteral("unknown entity %1").arg(entity));
}

} // namespace

ChangeJournal::ChangeJournal(QSqlDatabase database, QString user, const Clock& clock)
    : m_database(std::move(database))
    , m_user(std::move(user))
    , m_clock(clock)
    , m_store(std::make_unique<LocalRecordStore>(m_database))
    , m_audit(std::make_unique<AuditTrail>(m_database))
{}

ChangeJournal::~ChangeJournal() = default;

QString ChangeJournal::newId(const Clock& clock)
{
    // A random (version 4) UUID supplies the random bits and the variant; the first 48 bits become
    // the Unix time in milliseconds and the version nibble becomes 7.
    QByteArray bytes = QUuid::createUuid().toRfc4122();
    const quint64 milliseconds = quint64(clock.now().toMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((milliseconds >> (40 - 8 * i)) & 0xFF);
    bytes[6] = char((uchar(bytes[6]) & 0x0F) | 0x70);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

namespace {

const QString AppendSql =
    QStringLiteral("INSERT INTO sync_outbox (op_id, kind, entity, record_id, base_version, "
                   "payload, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");

DatabaseError bindAndRun(QSqlQuery& query, const Operation& operation, const QString& user,
                         const QString& at);

} // namespace

DatabaseError ChangeJournal::appendOperation(QSqlDatabase database, const Operation& operation,
                                             const QString& user, const QString& at)
{
    QSqlQuery query(database);
    if (!query.prepare(AppendSql))
        return DatabaseError::fromSqlError(query.lastError());
    return bindAndRun(query, operation, user, at);
}

namespace {

DatabaseError bindAndRun(QSqlQuery& query, const Operation& operation, const QString& user, const QString& at)
{
    query.addBindValue(operation.opId);
    query.addBindValue(Operation::kindName(operation.kind));
    query.addBindValue(operation.entity);
    query.addBindValue(operation.recordId);
    query.addBindValue(operation.baseVersion);
    query.addBindValue(QString::fromUtf8(payloadOf(operation)));
    query.addBindValue(at);
    query.addBindValue(user);
    if (!query.exec())
        return DatabaseError::fromSqlError(query.lastError());
    return {};
}

} // namespace

DatabaseError ChangeJournal::upsert(const QString& entity, const QString& id, const QJsonObject& values)
{
    const EntitySchema* schema = findEntity(entity);
    if (!schema)
        return unknownEntity(entity);
    if (const QString problem = schema->validate(values); !problem.isEmpty())
        return DatabaseError(DatabaseError::Kind::Internal, problem);
    Operation operation;
    operation.kind = Operation::Kind::Upsert;
    return change(*schema, id, values, false, operation);
}

DatabaseError ChangeJournal::remove(const QString& entity, const QString& id)
{
    const EntitySchema* schema = findEntity(entity);
    if (!schema)
        return unknownEntity(entity);
    Operation operation;
    operation.kind = Operation::Kind::Delete;
    return change(*schema, id, {}, true, operation);
}

DatabaseError ChangeJournal::command(const QString& entity, const QString& id, const QString& command,
                                     const QJsonObject& arguments, const QJsonObject& localEffect)
{
    const EntitySchema* schema = findEntity(entity);
    if (!schema)
        return unknownEntity(entity);
    // The protocol carries string arguments only; an operation the wire would refuse must never
    // enter the outbox, where it would stop every later sync.
    for (auto it = arguments.constBegin(); it != arguments.constEnd(); ++it) {
        if (!it.value().isString() || it.value().toString().size() > WireLimits::MaxTextLength)
            return DatabaseError(
                DatabaseError::Kind::Invalid,
                QStringLiteral("command argument \"%1\" must be text of at most %2 characters")
                    .arg(it.key())
                    .arg(WireLimits::MaxTextLength));
    }
    return change(*schema, id, localEffect, false, Operation::step(entity, id, command, arguments));
}

DatabaseError ChangeJournal::change(const EntitySchema& entity, const QString& id, const QJsonObject& values,
                                    bool deleting, Operation operation)
{
    Transaction transaction(m_database, QStringLiteral("journal"), Transaction::Durability::Full, m_nesting);
    if (DatabaseError error = transaction.begin(); error.isError())
        return error;
    LocalRecordStore& store = *m_store;
    DatabaseError readError;
    const std::optional<RecordState> existing = store.read(entity, id, &readError);
    if (readError.isError())
        return readError;

    // The base of a later merge is the hub's copy this edit starts from. Pulled records are not
    // copied to the base as they arrive (a first sync brings hundreds of thousands): a record with
    // nothing pending is the hub's copy, so its first edit takes the snapshot.
    SyncLedger ledger(m_database);
    if (existing && existing->version > 0 && !ledger.hasLocalChanges(entity.name, id)) {
        if (DatabaseError error = ledger.setBase(*existing); error.isError())
            return error;
    }
    RecordState record = existing.value_or(RecordState{entity.name, id, 0, false, {}, {}, {}, 0});
    record.fields = normaliseFields(entity, record.fields);
    const QJsonObject changes = changedFields(record.fields, values);
    if (operation.kind == Operation::Kind::Upsert && changes.isEmpty() && existing && !existing->deleted)
        return transaction.commit(); // nothing new: no write, no operation
    if (deleting && (!existing || existing->deleted))
        return transaction.commit();

    const RecordState before = record;
    const bool created = !existing || existing->deleted;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        record.fields.insert(it.key(), it.value());
    record.deleted = deleting;
    record.updatedAt = m_clock.timestamp();
    record.updatedBy = m_user;
    if (DatabaseError error = store.write(entity, record); error.isError())
        return error;

    operation.opId = newId();
    operation.entity = entity.name;
    operation.recordId = id;
    operation.baseVersion = record.version;
    if (operation.kind == Operation::Kind::Upsert)
        operation.fields = existing ? changes : normaliseFields(entity, values);
    if (!m_append) {
        m_append = std::make_unique<QSqlQuery>(m_database);
        if (!m_append->prepare(AppendSql)) {
            const DatabaseError error = DatabaseError::fromSqlError(m_append->lastError());
            m_append.reset();
            return error;
        }
    }
    if (DatabaseError error = bindAndRun(*m_append, operation, m_user, record.updatedAt); error.isError())
        return error;
    if (DatabaseError error =
            m_audit->append(auditRowsFor(operation, before, created, changes, record, changeReason()));
        error.isError())
        return error;
    return transaction.commit();
}

QString ChangeJournal::changeReason()
{
    // An editor states the reason of its change in change_reason for the length of its transaction
    // (the catalog's history triggers read it there too).
    if (!m_reason) {
        m_reason = std::make_unique<QSqlQuery>(m_database);
        m_reason->setForwardOnly(true);
        if (!m_reason->prepare(QStringLiteral("SELECT reason FROM catalog_change_reason LIMIT 1"))) {
            m_reason.reset();
            return {};
        }
    }
    QString reason;
    if (m_reason->exec() && m_reason->next())
        reason = m_reason->value(0).toString();
    m_reason->finish();
    return reason;
}

qint64 ChangeJournal::unsyncedCount() const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state IN ('pending', 'conflict')")) ||
        !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace xs
