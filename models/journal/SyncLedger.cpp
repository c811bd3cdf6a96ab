#include "models/journal/SyncLedger.h"

#include "models/journal/WireCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace xs {

namespace {

QString timestamp(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString toText(const RecordState& record)
{
    return QString::fromUtf8(QJsonDocument(WireCodec::encodeRecord(record)).toJson(QJsonDocument::Compact));
}

RecordState recordFromText(const QString& text)
{
    QString ignored;
    return WireCodec::decodeRecord(QJsonDocument::fromJson(text.toUtf8()).object(), &ignored)
        .value_or(RecordState{});
}

Operation operationFromRow(const QSqlQuery& query)
{
    Operation operation;
    operation.opId = query.value(1).toString();
    operation.kind = Operation::kindFromName(query.value(2).toString()).value_or(Operation::Kind::Upsert);
    operation.entity = query.value(3).toString();
    operation.recordId = query.value(4).toString();
    operation.baseVersion = query.value(5).toLongLong();
    const QJsonObject payload = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    operation.fields = payload.value(QStringLiteral("fields")).toObject();
    operation.command = payload.value(QStringLiteral("command")).toString();
    operation.arguments = payload.value(QStringLiteral("arguments")).toObject();
    return operation;
}

const char* const OperationColumns =
    "sequence, op_id, kind, entity, record_id, base_version, payload, state, "
    "attempts, next_attempt_at, last_error, reason_code, created_at, created_by";

} // namespace

int RetryPolicy::delayMs(int attempts)
{
    if (attempts <= 0)
        return 0;
    const qint64 delay = qint64(BaseDelayMs) << qMin(attempts - 1, 20);
    return int(qMin<qint64>(delay, MaximumDelayMs));
}

SyncLedger::SyncLedger(QSqlDatabase database)
    : m_database(std::move(database))
{}

DatabaseError SyncLedger::exec(const QString& sql, const QVariantList& bindings)
{
    QSqlQuery query(m_database);
    query.prepare(sql);
    for (const QVariant& binding : bindings)
        query.addBindValue(binding);
    if (!query.exec())
        return DatabaseError::fromSqlError(query.lastError());
    return {};
}

QString SyncLedger::value(const QString& key, const QString& fallback) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

DatabaseError SyncLedger::setValue(const QString& key, const QString& value)
{
    return exec(QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"), {key, value});
}

qint64 SyncLedger::cursor() const
{
    return value(QStringLiteral("cursor"), QStringLiteral("0")).toLongLong();
}

DatabaseError SyncLedger::setCursor(qint64 cursor)
{
    return setValue(QStringLiteral("cursor"), QString::number(cursor));
}

std::optional<RecordState> SyncLedger::base(const QString& entity, const QString& id) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT version, deleted, fields, updated_at, updated_by FROM sync_base "
                                 "WHERE entity = ? AND record_id = ?"));
    query.addBindValue(entity);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    RecordState record;
    record.entity = entity;
    record.id = id;
    record.version = query.value(0).toLongLong();
    record.deleted = query.value(1).toBool();
    record.fields = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
    record.updatedAt = query.value(3).toString();
    record.updatedBy = query.value(4).toString();
    return record;
}

DatabaseError SyncLedger::setBase(const RecordState& record)
{
    return exec(
        QStringLiteral("INSERT OR REPLACE INTO sync_base (entity, record_id, version, deleted, fields, "
                       "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {record.entity, record.id, record.version, record.deleted ? 1 : 0,
         QString::fromUtf8(QJsonDocument(record.fields).toJson(QJsonDocument::Compact)), record.updatedAt,
         record.updatedBy});
}

QList<QueuedOperation> SyncLedger::queryOperations(const QString& where, const QVariantList& bindings,
                                                   int limit) const
{
    QList<QueuedOperation> operations;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM sync_outbox o WHERE %2 ORDER BY sequence%3")
                      .arg(QLatin1String(OperationColumns), where,
                           limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    for (const QVariant& binding : bindings)
        query.addBindValue(binding);
    if (!query.exec())
        return operations;
    while (query.next()) {
        QueuedOperation queued;
        queued.sequence = query.value(0).toLongLong();
        queued.operation = operationFromRow(query);
        queued.state = query.value(7).toString();
        queued.attempts = query.value(8).toInt();
        queued.nextAttemptAt = query.value(9).toString();
        queued.lastError = query.value(10).toString();
        queued.reasonCode = query.value(11).toString();
        queued.createdAt = query.value(12).toString();
        queued.createdBy = query.value(13).toString();
        operations.append(queued);
    }
    return operations;
}

QList<QueuedOperation> SyncLedger::dueOperations(const QDateTime& now, int limit) const
{
    return queryOperations(
        QStringLiteral("o.state = 'pending' AND o.sequence = (SELECT min(p.sequence) FROM sync_outbox p "
                       "WHERE p.entity = o.entity AND p.record_id = o.record_id AND p.state IN ('pending', "
                       "'conflict')) AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ?)"),
        {timestamp(now)}, limit);
}

QList<QueuedOperation> SyncLedger::operations(const QString& state) const
{
    return queryOperations(QStringLiteral("o.state = ?"), {state});
}

QList<QueuedOperation> SyncLedger::operationsFor(const QString& entity, const QString& id) const
{
    return queryOperations(QStringLiteral("o.entity = ? AND o.record_id = ?"), {entity, id});
}

qint64 SyncLedger::count(const QString& state) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = ?"));
    query.addBindValue(state);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return -1;
}

QSet<QString> SyncLedger::recordsWithLocalChanges() const
{
    QSet<QString> records;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT DISTINCT entity, record_id FROM sync_outbox WHERE state IN ('pending', 'conflict')"));
    while (query.next())
        records.insert(query.value(0).toString() + QLatin1Char('/') + query.value(1).toString());
    return records;
}

bool SyncLedger::hasLocalChanges(const QString& entity, const QString& recordId) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT 1 FROM sync_outbox WHERE entity = ? AND record_id = ? AND state IN "
                                 "('pending', 'conflict') LIMIT 1"));
    query.addBindValue(entity);
    query.addBindValue(recordId);
    return query.exec() && query.next();
}

QDateTime SyncLedger::nextAttemptTime() const
{
    QSqlQuery query(m_database);
    if (query.exec(QStringLiteral(
            "SELECT min(coalesce(next_attempt_at, '')) FROM sync_outbox WHERE state = 'pending'")) &&
        query.next() && !query.isNull(0)) {
        const QString text = query.value(0).toString();
        return text.isEmpty() ? QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)
                              : QDateTime::fromString(text, Qt::ISODateWithMs);
    }
    return {};
}

DatabaseError SyncLedger::removeOperation(const QString& opId)
{
    return exec(QStringLiteral("DELETE FROM sync_outbox WHERE op_id = ?"), {opId});
}

DatabaseError SyncLedger::setState(const QString& opId, const QString& state, const QString& reasonCode,
                                   const QString& reason)
{
    return exec(
        QStringLiteral("UPDATE sync_outbox SET state = ?, reason_code = ?, last_error = ? WHERE op_id = ?"),
        {state, reasonCode, reason, opId});
}

DatabaseError SyncLedger::setStateForRecord(const QString& entity, const QString& id,
                                            const QString& fromState, const QString& toState,
                                            const QString& reasonCode, const QString& reason)
{
    return exec(QStringLiteral(
                    "UPDATE sync_outbox SET state = ?, reason_code = coalesce(nullif(?, ''), reason_code), "
                    "last_error = coalesce(nullif(?, ''), last_error) WHERE entity = ? AND record_id = ? "
                    "AND state = ?"),
                {toState, reasonCode, reason, entity, id, fromState});
}

DatabaseError SyncLedger::rebase(const QString& entity, const QString& id, qint64 version)
{
    return exec(
        QStringLiteral("UPDATE sync_outbox SET base_version = ? WHERE entity = ? AND record_id = ? AND "
                       "state IN ('pending', 'conflict')"),
        {version, entity, id});
}

DatabaseError SyncLedger::dropFieldChanges(const QString& entity, const QString& id)
{
    return exec(QStringLiteral("DELETE FROM sync_outbox WHERE entity = ? AND record_id = ? AND state IN "
                               "('pending', 'conflict') AND kind IN ('upsert', 'delete')"),
                {entity, id});
}

DatabaseError SyncLedger::defer(const QString& opId, int attempts, const QDateTime& nextAttempt,
                                const QString& error)
{
    return exec(
        QStringLiteral(
            "UPDATE sync_outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE op_id = ?"),
        {attempts, timestamp(nextAttempt), error, opId});
}

DatabaseError SyncLedger::saveConflict(const ConflictRecord& conflict)
{
    const QString fields = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(conflict.fields)).toJson(QJsonDocument::Compact));
    if (conflict.id > 0)
        return exec(QStringLiteral("UPDATE sync_conflict SET base = ?, local = ?, hub = ?, fields = ?, "
                                   "delete_conflict = ? WHERE id = ?"),
                    {toText(conflict.base), toText(conflict.local), toText(conflict.hub), fields,
                     conflict.deleteConflict ? 1 : 0, conflict.id});
    return exec(QStringLiteral("INSERT INTO sync_conflict (entity, record_id, base, local, hub, fields, "
                               "delete_conflict, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {conflict.entity, conflict.recordId, toText(conflict.base), toText(conflict.local),
                 toText(conflict.hub), fields, conflict.deleteConflict ? 1 : 0, conflict.createdAt});
}

QList<ConflictRecord> SyncLedger::queryConflicts(const QString& where, const QVariantList& bindings) const
{
    QList<ConflictRecord> conflicts;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, entity, record_id, base, local, hub, fields, delete_conflict, "
                                 "created_at FROM sync_conflict WHERE resolved_at IS NULL AND %1 ORDER BY id")
                      .arg(where));
    for (const QVariant& binding : bindings)
        query.addBindValue(binding);
    if (!query.exec())
        return conflicts;
    while (query.next()) {
        ConflictRecord conflict;
        conflict.id = query.value(0).toLongLong();
        conflict.entity = query.value(1).toString();
        conflict.recordId = query.value(2).toString();
        conflict.base = recordFromText(query.value(3).toString());
        conflict.local = recordFromText(query.value(4).toString());
        conflict.hub = recordFromText(query.value(5).toString());
        for (const QJsonValue& field : QJsonDocument::fromJson(query.value(6).toString().toUtf8()).array())
            conflict.fields << field.toString();
        conflict.deleteConflict = query.value(7).toBool();
        conflict.createdAt = query.value(8).toString();
        conflicts.append(conflict);
    }
    return conflicts;
}

QList<ConflictRecord> SyncLedger::openConflicts() const
{
    return queryConflicts(QStringLiteral("1"), {});
}

std::optional<ConflictRecord> SyncLedger::openConflict(qint64 id) const
{
    const QList<ConflictRecord> found = queryConflicts(QStringLiteral("id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<ConflictRecord>(found.constFirst());
}

std::optional<ConflictRecord> SyncLedger::openConflictFor(const QString& entity, const QString& id) const
{
    const QList<ConflictRecord> found =
        queryConflicts(QStringLiteral("entity = ? AND record_id = ?"), {entity, id});
    return found.isEmpty() ? std::nullopt : std::optional<ConflictRecord>(found.constFirst());
}

DatabaseError SyncLedger::markResolved(qint64 id, const QString& at)
{
    return exec(QStringLiteral("UPDATE sync_conflict SET resolved_at = ? WHERE id = ?"), {at, id});
}

DatabaseError SyncLedger::quarantine(const QuarantinedRecord& record, const QString& at)
{
    return exec(
        QStringLiteral("INSERT INTO sync_quarantine (entity, record_id, version, seq, reason, payload, "
                       "received_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {record.entity, record.recordId, record.version, record.sequence, record.reason,
         QString::fromUtf8(record.payload), at});
}

QList<SyncLedger::Quarantined> SyncLedger::quarantined(bool unreportedOnly) const
{
    QList<Quarantined> found;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT id, entity, record_id, version, seq, reason, payload, received_at, "
                           "reported FROM sync_quarantine %1 ORDER BY id")
                .arg(unreportedOnly ? QStringLiteral("WHERE reported = 0") : QString())))
        return found;
    while (query.next())
        found.append(
            {query.value(0).toLongLong(),
             {query.value(1).toString(), query.value(2).toString(), query.value(3).toLongLong(),
              query.value(4).toLongLong(), query.value(5).toString(), query.value(6).toString().toUtf8()},
             query.value(7).toString(),
             query.value(8).toInt() != 0});
    return found;
}

DatabaseError SyncLedger::markReported(const QList<qint64>& ids)
{
    for (const qint64 id : ids) {
        if (DatabaseError error =
                exec(QStringLiteral("UPDATE sync_quarantine SET reported = 1 WHERE id = ?"), {id});
            error.isError())
            return error;
    }
    return {};
}

DatabaseError SyncLedger::clearQuarantine(const QString& entity, const QString& recordId)
{
    return exec(QStringLiteral("DELETE FROM sync_quarantine WHERE entity = ? AND record_id = ?"),
                {entity, recordId});
}

bool SyncLedger::hasQuarantined() const
{
    QSqlQuery query(m_database);
    return query.exec(QStringLiteral("SELECT 1 FROM sync_quarantine LIMIT 1")) && query.next();
}

qint64 SyncLedger::quarantinedCount() const
{
    QSqlQuery query(m_database);
    return query.exec(QStringLiteral("SELECT count(*) FROM sync_quarantine")) && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

} // namespace xs
