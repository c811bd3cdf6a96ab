#include "models/journal/SyncApplier.h"

#include "models/audit/AuditTrail.h"
#include "models/catalog/CatalogSearchBacklog.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/FieldLabels.h"
#include "models/journal/LocalRecordStore.h"
#include "models/journal/RecordIntegrity.h"
#include "models/journal/ThreeWayMerge.h"
#include "models/journal/WireCodec.h"
#include "models/storage/Transaction.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <map>

namespace xs {

namespace {

/// This desktop's tables as RecordIntegrity sees them (for values its tables hold unique), as they
/// will be once the page is written: records accepted earlier in the page are batched, not yet in
/// the tables, and a code one record gives up may be taken by the next.
class LocalLookup : public RecordLookup
{
public:
    explicit LocalLookup(QSqlDatabase database)
        : m_database(std::move(database))
    {}
    bool exists(const QString& entity, const QString& id) const override
    {
        const EntitySchema* schema = findEntity(entity);
        if (!schema)
            return false;
        QSqlQuery query(m_database);
        query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND deleted = 0").arg(schema->table));
        query.addBindValue(id);
        return query.exec() && query.next();
    }
    bool taken(const QString& entity, const QString& field, const QJsonValue& value,
               const QString& exceptId) const override
    {
        const EntitySchema* schema = findEntity(entity);
        if (!schema)
            return false;
        const QString holder = m_accepted.value(keyOf(entity, field, value));
        if (!holder.isEmpty())
            return holder != exceptId;
        QSqlQuery query(m_database);
        query.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND id <> ?").arg(schema->table, field));
        query.addBindValue(value.toVariant());
        query.addBindValue(exceptId);
        if (!query.exec())
            return false;
        while (query.next()) {
            // A row this page rewrites holds what the page gives it, which the overlay knows.
            if (!m_rewritten.contains(entity + QLatin1Char('/') + query.value(0).toString()))
                return true;
        }
        return false;
    }
    /// Notes a record the page will write, so later records of the page are checked against it.
    void accept(const EntitySchema& entity, const RecordState& record)
    {
        m_rewritten.insert(entity.name + QLatin1Char('/') + record.id);
        for (const FieldSchema& field : entity.fields) {
            if (field.unique && record.fields.contains(field.name))
                m_accepted.insert(keyOf(entity.name, field.name, record.fields.value(field.name)), record.id);
        }
    }

private:
    static QString keyOf(const QString& entity, const QString& field, const QJsonValue& value)
    {
        return entity + QLatin1Char('/') + field + QLatin1Char('=') + value.toVariant().toString();
    }

    QSqlDatabase m_database;
    QHash<QString, QString> m_accepted; // entity/field=value -> id
    QSet<QString> m_rewritten;          // entity/id
};

const QString Pending = QStringLiteral("pending");
const QString Held = QStringLiteral("conflict");
const QString Rejected = QStringLiteral("rejected");

bool changesFields(const QueuedOperation& queued)
{
    return queued.operation.kind != Operation::Kind::Command &&
           (queued.state == QLatin1String("pending") || queued.state == QLatin1String("conflict"));
}

RecordState emptyRecord(const EntitySchema& entity, const QString& id)
{
    return {entity.name, id, 0, false, {}, {}, normaliseFields(entity, {}), 0};
}

MergeSide sideOf(const EntitySchema& entity, const RecordState& record)
{
    return {normaliseFields(entity, record.fields), record.deleted};
}

} // namespace

SyncApplier::SyncApplier(QSqlDatabase database, QString user, const Clock& clock)
    : m_database(database)
    , m_user(std::move(user))
    , m_clock(clock)
    , m_ledger(std::move(database))
{}

DatabaseError SyncApplier::queueDifference(const EntitySchema& entity, const RecordState& hub,
                                           const RecordState& wanted)
{
    Operation operation;
    operation.opId = ChangeJournal::newId(m_clock);
    operation.entity = entity.name;
    operation.recordId = hub.id;
    operation.baseVersion = hub.version;
    if (wanted.deleted && !hub.deleted) {
        operation.kind = Operation::Kind::Delete;
    } else {
        operation.kind = Operation::Kind::Upsert;
        operation.fields =
            changedFields(normaliseFields(entity, hub.fields), normaliseFields(entity, wanted.fields));
        if (operation.fields.isEmpty() && wanted.deleted == hub.deleted)
            return {};
    }
    return ChangeJournal::appendOperation(m_database, operation, m_user, m_clock.timestamp());
}

DatabaseError SyncApplier::reconcile(const EntitySchema& entity, const RecordState& hub, Counts* counts)
{
    LocalRecordStore store(m_database);
    DatabaseError error;
    const std::optional<RecordState> local = store.read(entity, hub.id, &error);
    if (error.isError())
        return error;
    const QList<QueuedOperation> operations = m_ledger.operationsFor(entity.name, hub.id);
    const bool localChanges = std::any_of(operations.cbegin(), operations.cend(), changesFields);

    if (!localChanges || !local) {
        if (local && local->version >= hub.version) {
            ++counts->skipped;
            return {};
        }
        if ((error = store.write(entity, hub)).isError() || (error = m_ledger.setBase(hub)).isError() ||
            (error = m_ledger.rebase(entity.name, hub.id, hub.version)).isError())
            return error;
        ++counts->applied;
        return {};
    }

    const RecordState base = m_ledger.base(entity.name, hub.id).value_or(emptyRecord(entity, hub.id));
    const MergeResult merge =
        threeWayMerge(sideOf(entity, base), sideOf(entity, *local), sideOf(entity, hub));
    const std::optional<ConflictRecord> open = m_ledger.openConflictFor(entity.name, hub.id);
    if (merge.hasConflict()) {
        // The local copy stays as it is, and the base stays the last agreed copy, until a person decides.
        ConflictRecord conflict = open.value_or(ConflictRecord{});
        conflict.entity = entity.name;
        conflict.recordId = hub.id;
        conflict.base = base;
        conflict.local = *local;
        conflict.hub = hub;
        conflict.fields = merge.conflictingFields;
        conflict.deleteConflict = merge.deleteConflict;
        if (conflict.createdAt.isEmpty())
            conflict.createdAt = m_clock.timestamp();
        if ((error = m_ledger.saveConflict(conflict)).isError() ||
            (error = m_ledger.setStateForRecord(entity.name, hub.id, Pending, Held)).isError())
            return error;
        ++counts->conflicts;
        return {};
    }

    RecordState merged = hub;
    merged.fields = merge.merged.fields;
    merged.deleted = merge.merged.deleted;
    if (merged.fields != normaliseFields(entity, hub.fields) || merged.deleted != hub.deleted) {
        merged.updatedAt = m_clock.timestamp();
        merged.updatedBy = m_user;
    }
    if ((error = store.write(entity, merged)).isError() || (error = m_ledger.setBase(hub)).isError() ||
        (error = m_ledger.dropFieldChanges(entity.name, hub.id)).isError() ||
        (error = queueDifference(entity, hub, merged)).isError() ||
        (error = m_ledger.setStateForRecord(entity.name, hub.id, Held, Pending)).isError() ||
        (error = m_ledger.rebase(entity.name, hub.id, hub.version)).isError())
        return error;
    if (open && (error = m_ledger.markResolved(open->id, m_clock.timestamp())).isError())
        return error;
    ++counts->merged;
    return {};
}

DatabaseError SyncApplier::revertToHub(const EntitySchema& entity, const QString& id,
                                       const std::optional<RecordState>& hub)
{
    LocalRecordStore store(m_database);
    if (hub) {
        if (DatabaseError error = m_ledger.setBase(*hub); error.isError())
            return error;
        return store.write(entity, *hub);
    }
    if (const std::optional<RecordState> base = m_ledger.base(entity.name, id))
        return store.write(entity, *base);
    // Never on the hub: what was refused was its creation.
    RecordState tombstone = emptyRecord(entity, id);
    tombstone.deleted = true;
    tombstone.updatedAt = m_clock.timestamp();
    tombstone.updatedBy = m_user;
    return store.write(entity, tombstone);
}

namespace {

// What a received record changed here: a row per field whose value differs from this desktop's
// copy, with the old and the new value (a deadline the hub counted again, a step another reviewer
// took); one row for a new record, a deletion, or a copy that changes nothing (our own change
// coming back).
QList<AuditRecord> receivedRows(const EntitySchema& entity, const RecordState& received,
                                const std::optional<RecordState>& local)
{
    AuditRecord common;
    common.at = received.updatedAt;
    common.actor = received.updatedBy;
    common.origin = AuditRecord::Origin::Hub;
    common.entity = received.entity;
    common.recordId = received.id;
    common.action = received.deleted ? QStringLiteral("received_delete") : QStringLiteral("received");
    QList<AuditRecord> rows;
    if (local && !local->deleted && !received.deleted) {
        const QJsonObject before = normaliseFields(entity, local->fields);
        const QJsonObject changes = changedFields(before, normaliseFields(entity, received.fields));
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
            AuditRecord row = common;
            row.field = it.key();
            row.oldValue = AuditRecord::textOf(before.value(it.key()));
            row.newValue = AuditRecord::textOf(it.value());
            rows << row;
        }
    }
    if (rows.isEmpty()) {
        AuditRecord row = common;
        row.field = QStringLiteral("version");
        row.newValue = QString::number(received.version);
        rows << row;
    }
    return rows;
}

// A bulk page (a first sync brings hundreds of thousands of records) is one row per entity: how many
// records, and the cursor range, which names exactly the versions received (the hub's change feed
// can list them again). A row per record cost a fifth of a first sync.
QList<AuditRecord> receivedBatchRows(const ChangePage& page, qint64 previousCursor, const QString& at)
{
    std::map<QString, int> perEntity;
    for (const RecordState& record : page.changes)
        ++perEntity[record.entity];
    QList<AuditRecord> rows;
    for (const auto& [entity, count] : perEntity) {
        AuditRecord row;
        row.at = at;
        row.actor = QStringLiteral("hub");
        row.origin = AuditRecord::Origin::Hub;
        row.entity = entity;
        row.recordId =
            QStringLiteral("%1..%2").arg(previousCursor).arg(page.cursor); // the range, for the table
        row.action = QStringLiteral("received_batch");
        row.field = QStringLiteral("cursor");
        row.oldValue = QString::number(previousCursor);
        row.newValue = QString::number(page.cursor);
        row.reason = QString::number(count);
        rows << row;
    }
    return rows;
}

// The hub's reason in this desktop's language (the hub sends it untranslated), after the label of
// the field it is about. Kept as text: the refusal list and the trail show what was said then.
QString reasonText(const QString& entity, const OperationResult& result)
{
    return withFieldLabel(entity, result.reasonField, result.reason.text());
}

// A proposal the hub refused (an offline workflow step, an edit outside one's rights): the trail
// keeps that it was undone here, and why.
AuditRecord rejectedRow(const Operation& operation, const OperationResult& result, const QString& at)
{
    AuditRecord row;
    row.at = at;
    row.actor = QStringLiteral("hub");
    row.origin = AuditRecord::Origin::Hub;
    row.entity = operation.entity;
    row.recordId = operation.recordId;
    row.action = QStringLiteral("rejected");
    row.field = operation.command;
    row.reason = reasonText(operation.entity, result);
    row.opId = operation.opId;
    return row;
}

} // namespace

DatabaseError SyncApplier::applyResult(const QueuedOperation& sent, const OperationResult& result,
                                       Counts* counts)
{
    const EntitySchema* entity = findEntity(sent.operation.entity);
    if (!entity)
        return DatabaseError(DatabaseError::Kind::Internal, QStringLiteral("unknown entity in the outbox"));
    const QString& id = sent.operation.recordId;
    DatabaseError error;
    switch (result.status) {
    case OperationResult::Status::Applied: {
        if ((error = m_ledger.removeOperation(sent.operation.opId)).isError() ||
            (error = m_ledger.rebase(entity->name, id, result.version)).isError())
            return error;
        LocalRecordStore store(m_database);
        const QList<QueuedOperation> remaining = m_ledger.operationsFor(entity->name, id);
        const bool moreLocalChanges =
            std::any_of(remaining.cbegin(), remaining.cend(),
                        [](const QueuedOperation& q) { return q.state != QLatin1String("rejected"); });
        if (result.hubRecord && (error = m_ledger.setBase(*result.hubRecord)).isError())
            return error;
        if (!moreLocalChanges && result.hubRecord) {
            error = store.write(*entity, *result.hubRecord); // converge exactly on the hub's copy
        } else if (std::optional<RecordState> local = store.read(*entity, id, &error)) {
            local->version = result.version; // later local edits stay on top
            error = store.write(*entity, *local);
        }
        if (error.isError())
            return error;
        ++counts->applied;
        return {};
    }
    case OperationResult::Status::Conflict:
        return reconcile(*entity, *result.hubRecord, counts);
    case OperationResult::Status::Rejected: {
        const QString reason = reasonText(entity->name, result);
        if ((error = m_ledger.setState(sent.operation.opId, Rejected, result.reasonCode, reason)).isError() ||
            (error = m_ledger.setStateForRecord(entity->name, id, Pending, Rejected,
                                                QStringLiteral("depends_on_rejected"), reason))
                .isError() ||
            (error = m_ledger.setStateForRecord(entity->name, id, Held, Rejected,
                                                QStringLiteral("depends_on_rejected"), reason))
                .isError() ||
            (error = revertToHub(*entity, id, result.hubRecord)).isError() ||
            (error =
                 AuditTrail(m_database).append({rejectedRow(sent.operation, result, m_clock.timestamp())}))
                .isError())
            return error;
        ++counts->rejected;
        return {};
    }
    }
    return {};
}

DatabaseError SyncApplier::applyPushResults(const QList<QueuedOperation>& sent,
                                            const QList<OperationResult>& results, Counts* counts)
{
    Transaction transaction(m_database, QStringLiteral("push_results"));
    if (DatabaseError error = transaction.begin(); error.isError())
        return error;
    for (const QueuedOperation& queued : sent) {
        const auto result =
            std::find_if(results.cbegin(), results.cend(), [&](const OperationResult& candidate) {
                return candidate.opId == queued.operation.opId;
            });
        if (result == results.cend())
            continue; // the hub must answer every operation; an unanswered one is simply sent again
        if (DatabaseError error = applyResult(queued, *result, counts); error.isError())
            return error;
    }
    return transaction.commit();
}

DatabaseError SyncApplier::deferOperations(const QList<QueuedOperation>& sent, const QString& error)
{
    const QDateTime now = m_clock.now();
    Transaction transaction(m_database, QStringLiteral("defer"));
    if (DatabaseError failure = transaction.begin(); failure.isError())
        return failure;
    for (const QueuedOperation& queued : sent) {
        const int attempts = queued.attempts + 1;
        if (DatabaseError failure = m_ledger.defer(queued.operation.opId, attempts,
                                                   now.addMSecs(RetryPolicy::delayMs(attempts)), error);
            failure.isError())
            return failure;
    }
    return transaction.commit();
}

DatabaseError SyncApplier::applyPage(const ChangePage& page, Counts* counts)
{
    // A page lost to a power cut is pulled again: its cursor rolls back with it.
    Transaction transaction(m_database, QStringLiteral("pull_page"), Transaction::Durability::Replayable);
    if (DatabaseError error = transaction.begin(); error.isError())
        return error;
    // Most records have no local changes: they are written as the hub has them, with one prepared
    // statement and nothing else (a first sync writes hundreds of thousands). Only the few with
    // local changes go through the merge.
    const bool bulk = isBulk(page);
    if (bulk) {
        if (DatabaseError error = CatalogSearchBacklog(m_database).open(); error.isError())
            return error;
    }
    // The trail of an ordinary page compares each record with the copy it replaces, so it is read
    // before anything is written. A bulk page notes the batch instead.
    LocalRecordStore store(m_database);
    QList<AuditRecord> trail;
    if (bulk) {
        trail = receivedBatchRows(page, m_ledger.cursor(), m_clock.timestamp());
    } else {
        for (const RecordState& record : page.changes) {
            if (const EntitySchema* entity = findEntity(record.entity)) {
                DatabaseError error;
                const std::optional<RecordState> local = store.read(*entity, record.id, &error);
                if (error.isError())
                    return error;
                trail += receivedRows(*entity, record, local);
            }
        }
    }
    // What this desktop could not store is set aside with its reason, and the rest goes on: one bad
    // record from the hub must never stop the sync (the cursor still moves past it).
    const QString at = m_clock.timestamp();
    for (const QuarantinedRecord& bad : page.quarantined) {
        if (DatabaseError error = m_ledger.quarantine(bad, at); error.isError())
            return error;
        ++counts->quarantined;
    }
    LocalLookup lookup(m_database);
    const bool anyQuarantined = m_ledger.hasQuarantined();
    const QSet<QString> changedLocally = m_ledger.recordsWithLocalChanges();
    std::map<const EntitySchema*, QList<RecordState>> unchanged;
    for (RecordState record : page.changes) {
        const EntitySchema* entity = findEntity(record.entity);
        if (!entity)
            continue; // decoding already refused unknown entities
        std::optional<IntegrityProblem> problem = RecordIntegrity::check(*entity, record, lookup, false);
        if (problem && record.deleted) {
            // A deletion is applied whatever the deleted copy held: to this desktop's copy, if it
            // has one; if it never could store the record, there is nothing left to do.
            DatabaseError error;
            const std::optional<RecordState> local = store.read(*entity, record.id, &error);
            if (error.isError())
                return error;
            if (!local) {
                if (anyQuarantined) {
                    if (DatabaseError cleared = m_ledger.clearQuarantine(record.entity, record.id);
                        cleared.isError())
                        return cleared;
                }
                continue;
            }
            record.fields = local->fields;
            problem.reset();
        }
        if (problem) {
            const QuarantinedRecord bad{
                record.entity,
                record.id,
                record.version,
                record.sequence,
                problem->message.text(),
                QJsonDocument(WireCodec::encodeRecord(record)).toJson(QJsonDocument::Compact)};
            if (DatabaseError error = m_ledger.quarantine(bad, at); error.isError())
                return error;
            ++counts->quarantined;
            continue;
        }
        lookup.accept(*entity, record);
        if (anyQuarantined) {
            if (DatabaseError error = m_ledger.clearQuarantine(record.entity, record.id); error.isError())
                return error;
        }
        if (!changedLocally.contains(record.entity + QLatin1Char('/') + record.id)) {
            unchanged[entity].append(record);
            continue;
        }
        if (DatabaseError error = reconcile(*entity, record, counts); error.isError())
            return error;
    }
    for (const auto& [entity, records] : unchanged) {
        if (DatabaseError error = store.writeAll(*entity, records); error.isError())
            return error;
        counts->applied += int(records.size());
    }
    if (DatabaseError error = AuditTrail(m_database).append(trail); error.isError())
        return error;
    if (DatabaseError error = m_ledger.setCursor(page.cursor); error.isError())
        return error;
    return transaction.commit();
}

DatabaseError SyncApplier::resolveConflict(qint64 conflictId, const QHash<QString, Take>& choices,
                                           Take fallback)
{
    Transaction transaction(m_database, QStringLiteral("resolve"));
    if (DatabaseError error = transaction.begin(); error.isError())
        return error;
    const std::optional<ConflictRecord> conflict = m_ledger.openConflict(conflictId);
    if (!conflict)
        return DatabaseError(DatabaseError::Kind::NotFound,
                             QStringLiteral("no open conflict %1").arg(conflictId));
    const EntitySchema* entity = findEntity(conflict->entity);
    LocalRecordStore store(m_database);
    DatabaseError error;
    const RecordState local = store.read(*entity, conflict->recordId, &error).value_or(conflict->local);
    if (error.isError())
        return error;

    const MergeResult merge = threeWayMerge(sideOf(*entity, conflict->base), sideOf(*entity, local),
                                            sideOf(*entity, conflict->hub));
    RecordState resolved = conflict->hub;
    resolved.fields = merge.merged.fields;
    resolved.deleted = merge.merged.deleted;
    for (const QString& field : merge.conflictingFields) {
        const Take take = choices.value(field, fallback);
        resolved.fields.insert(field, take == Take::Local ? local.fields.value(field)
                                                          : conflict->hub.fields.value(field));
    }
    if (merge.deleteConflict) {
        const bool takeLocal = choices.value(QStringLiteral("deleted"), fallback) == Take::Local;
        const RecordState& winner = takeLocal ? local : conflict->hub;
        resolved.fields = normaliseFields(*entity, winner.fields);
        resolved.deleted = winner.deleted;
    }
    resolved.updatedAt = m_clock.timestamp();
    resolved.updatedBy = m_user;
    if ((error = store.write(*entity, resolved)).isError() ||
        (error = m_ledger.setBase(conflict->hub)).isError() ||
        (error = m_ledger.dropFieldChanges(entity->name, conflict->recordId)).isError() ||
        (error = queueDifference(*entity, conflict->hub, resolved)).isError() ||
        (error = m_ledger.setStateForRecord(entity->name, conflict->recordId, Held, Pending)).isError() ||
        (error = m_ledger.rebase(entity->name, conflict->recordId, conflict->hub.version)).isError() ||
        (error = m_ledger.markResolved(conflictId, m_clock.timestamp())).isError())
        return error;
    return transaction.commit();
}

DatabaseError SyncApplier::discardRejected(const QString& opId)
{
    Transaction transaction(m_database, QStringLiteral("discard"));
    if (DatabaseError error = transaction.begin(); error.isError())
        return error;
    const QList<QueuedOperation> rejected = m_ledger.operations(Rejected);
    const auto found = std::find_if(rejected.cbegin(), rejected.cend(), [&](const QueuedOperation& queued) {
        return queued.operation.opId == opId;
    });
    if (found == rejected.cend())
        return DatabaseError(DatabaseError::Kind::NotFound,
                             QStringLiteral("no rejected operation %1").arg(opId));
    if (DatabaseError error = m_ledger.removeOperation(opId); error.isError())
        return error;
    return transaction.commit();
}

} // namespace xs
