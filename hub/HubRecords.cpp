#include "hub/HubRecords.h"

#include "hub/HubLog.h"
#include "hub/HubStore.h"
#include "hub/HubTrail.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"
#include "models/journal/OperationCheck.h"
#include "models/journal/RecordIntegrity.h"
#include "models/journal/WireCodec.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace xs {

namespace {

/// The hub's store as RecordIntegrity sees it.
class HubLookup : public RecordLookup
{
public:
    explicit HubLookup(const HubStore& store)
        : m_store(store)
    {}
    bool exists(const QString& entity, const QString& id) const override
    {
        return m_store.recordExists(entity, id);
    }
    bool taken(const QString& entity, const QString& field, const QJsonValue& value,
               const QString& exceptId) const override
    {
        return m_store.valueTaken(entity, field, value, exceptId);
    }

private:
    const HubStore& m_store;
};

/// The hub's store as a record type's rules and hub-side decisions use it.
class HubAuthorityStore : public AuthorityStore
{
public:
    explicit HubAuthorityStore(HubStore& store)
        : m_store(store)
    {}
    std::optional<RecordState> find(const QString& entity, const QString& id) const override
    {
        return m_store.record(entity, id, false);
    }
    QList<RecordState> liveWith(const QString& entity, const QString& field,
                                const QString& value) const override
    {
        return m_store.liveRecordsWith(entity, field, value);
    }
    QList<RecordState> live(const QString& entity) const override { return m_store.liveRecords(entity); }
    QList<RecordState> liveFlagged(const QString& entity, const QString& booleanField) const override
    {
        return m_store.liveRecordsFlagged(entity, booleanField);
    }
    const Clock& clock() const override { return m_store.clock(); }
    bool allocatesCodes() const override { return true; }
    std::optional<qint64> nextCounter(const QString& name, QString* error) override
    {
        return m_store.nextCounterValue(name, error);
    }

private:
    HubStore& m_store;
};

OperationResult rejected(const Operation& operation, const Refusal& refusal,
                         const std::optional<RecordState>& current)
{
    return {operation.opId,
            OperationResult::Status::Rejected,
            current ? current->version : 0,
            current,
            refusal.code,
            refusal.message,
            refusal.field};
}

} // namespace

HubRecords::HubRecords(HubStore& store, HubLog* log)
    : m_store(store)
    , m_log(log)
{}

bool HubRecords::rederive(const QSet<QString>& changedTypes, const Principal& principal, QString* error)
{
    m_lastRederived = 0;
    HubAuthorityStore hub(m_store);
    for (const AccessRule& rule : accessRules()) {
        if (!rule.rederive || !std::ranges::any_of(rule.rederivedAfter, [&](const QString& type) {
                return changedTypes.contains(type);
            }))
            continue;
        const std::optional<QList<Rederived>> rewritten = rule.rederive(principal, hub, changedTypes, error);
        if (!rewritten || !writeRederived(*rewritten, principal, error))
            return false;
    }
    return true;
}

bool HubRecords::writeRederived(QList<Rederived> rewritten, const Principal& principal, QString* error)
{
    for (Rederived& change : rewritten) {
        RecordState& record = change.record;
        const std::optional<qint64> sequence = m_store.nextSequence(error);
        if (!sequence)
            return false;
        record.version += 1;
        record.sequence = *sequence;
        record.updatedAt = m_store.clock().timestamp();
        record.updatedBy = principal.user;
        if (!m_store.writeRecord(record, error))
            return false;
        ++m_lastRederived;
        if (m_log) {
            change.details.insert(QStringLiteral("by"), principal.user);
            m_log->event(QStringLiteral("info"), change.event, change.details);
        }
    }
    return true;
}

std::optional<int> HubRecords::settleDay(const QString& user, QString* error)
{
    m_lastRederived = 0;
    if (!m_store.beginWrite(error))
        return std::nullopt;
    const Principal hubItself{user, Role::Admin, {}};
    HubAuthorityStore hub(m_store);
    for (const AccessRule& rule : accessRules()) {
        if (!rule.onNewDay)
            continue;
        const std::optional<QList<Rederived>> rewritten = rule.onNewDay(hubItself, hub, error);
        if (!rewritten || !writeRederived(*rewritten, hubItself, error)) {
            m_store.rollback();
            return std::nullopt;
        }
    }
    if (m_lastRederived > 0 &&
        !HubTrail(m_store).append(
            HubTrail::event(user, QStringLiteral("settle_day"), {}, {}, QString::number(m_lastRederived)),
            error)) {
        m_store.rollback();
        return std::nullopt;
    }
    if (!m_store.commit(error))
        return std::nullopt;
    return m_lastRederived;
}

OperationResult HubRecords::decide(const Principal& principal, const Operation& operation,
                                   const std::optional<RecordState>& current,
                                   std::span<const Operation> later, QString* error)
{
    const EntitySchema* entity = findEntity(operation.entity);
    HubAuthorityStore hub(m_store);
    // The record this one belongs to, after the operation and now: a rule may check rights on
    // both (a data item's department is its entry's).
    const OperationCheck::Parents parents =
        OperationCheck::parentsOf(entity, operation, current ? &*current : nullptr, hub);
    const AccessRequest request{principal, operation, current ? &*current : nullptr,
                                parents.after ? &*parents.after : nullptr,
                                parents.before ? &*parents.before : nullptr};
    const AccessRule* rule = accessRuleFor(operation.entity); // once: the check, decision and rules
    const Refusal refusal = checkOperation(request, rule);
    if (refusal.isRefused())
        return rejected(operation, refusal, current);
    // From here the type is known: an unknown one has no rule and was refused above.

    // Workflow commands are checked against the current state, not a version: they never conflict.
    const qint64 currentVersion = current ? current->version : 0;
    if (operation.kind != Operation::Kind::Command && operation.baseVersion != currentVersion) {
        if (!current)
            return rejected(operation,
                            {QStringLiteral("not_found"),
                             XS_MESSAGE("xs::HubRecords", "the record does not exist on the hub")},
                            current);
        return {operation.opId, OperationResult::Status::Conflict, current->version, current, {}, {}};
    }

    OperationCheck::Settled settled =
        OperationCheck::settle(*entity, *rule, request, hub, HubLookup(m_store), later, error);
    if (!error->isEmpty())
        return {};
    if (settled.isRefused())
        return rejected(operation, settled.refusal, current);
    RecordState& next = settled.next;
    const std::optional<qint64> sequence = m_store.nextSequence(error);
    if (!sequence)
        return {};
    next.version = currentVersion + 1;
    next.sequence = *sequence;
    next.updatedAt = m_store.clock().timestamp();
    next.updatedBy = principal.user;
    if (!m_store.writeRecord(next, error))
        return {};
    // What other types derived from this one is settled in the same write (a published year of
    // the holiday schedule settles the provisional deadlines that run into it).
    if (!next.deleted && !rederive({entity->name}, principal, error))
        return {};
    return {operation.opId, OperationResult::Status::Applied, next.version, next, {}, {}};
}

std::optional<OperationResult> HubRecords::apply(const Principal& principal, const Operation& operation,
                                                 const QString& deviceId, QString* error,
                                                 std::span<const Operation> later)
{
    // A client that names no desktop shares one empty name (the column is NOT NULL; a null would
    // also never match the lookup below).
    const QString device = deviceId.isNull() ? QString(QLatin1String("")) : deviceId;
    if (!m_store.beginWrite(error))
        return std::nullopt;
    const QString contentHash = QString::fromLatin1(
        QCryptographicHash::hash(
            QJsonDocument(WireCodec::encodeOperation(operation)).toJson(QJsonDocument::Compact),
            QCryptographicHash::Sha256)
            .toHex());
    QSqlQuery stored(m_store.database());
    stored.prepare(QStringLiteral("SELECT content_hash, result FROM operation_answers WHERE user_uid = ? AND "
                                  "device = ? AND op_id = ?"));
    stored.addBindValue(principal.uid);
    stored.addBindValue(device);
    stored.addBindValue(operation.opId);
    if (stored.exec() && stored.next()) {
        const bool same = stored.value(0).toString() == contentHash;
        const QByteArray answer = stored.value(1).toString().toUtf8();
        stored.finish();
        m_store.rollback();
        if (!same) { // not a retry: a different operation under a used op_id
            const OperationResult refused = rejected(
                operation,
                {QStringLiteral("op_id_reused"),
                 XS_MESSAGE("xs::HubRecords", "this op_id was already used for a different operation")},
                std::nullopt);
            if (!HubTrail(m_store).appendAlone(HubTrail::forOperation(principal.user, operation, refused),
                                               error))
                return std::nullopt;
            return refused;
        }
        // A retry: the first answer, nothing applied again.
        QString ignored;
        return WireCodec::decodeResult(QJsonDocument::fromJson(answer).object(), &ignored);
    }
    stored.finish();

    const std::optional<RecordState> current = m_store.record(operation.entity, operation.recordId, true);
    error->clear();
    OperationResult result = decide(principal, operation, current, later, error);
    if (!error->isEmpty()) {
        m_store.rollback();
        return std::nullopt;
    }
    const QString answer =
        QString::fromUtf8(QJsonDocument(WireCodec::encodeResult(result)).toJson(QJsonDocument::Compact));
    if (!m_store.exec(
            QStringLiteral("INSERT INTO operation_answers (user_uid, device, op_id, content_hash, result, "
                           "applied_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {principal.uid, device, operation.opId, contentHash, answer, m_store.clock().secondsSinceEpoch()},
            error) ||
        !HubTrail(m_store).append(HubTrail::forOperation(principal.user, operation, result), error) ||
        !m_store.commit(error)) {
        m_store.rollback();
        return std::nullopt;
    }
    return result;
}

std::optional<ChangePage> HubRecords::changesAfter(qint64 cursor, int limit, QString* error) const
{
    error->clear();
    QList<RecordState> changes = m_store.changesAfter(cursor, limit + 1, error);
    if (!error->isEmpty())
        return std::nullopt;
    ChangePage page;
    page.more = changes.size() > limit;
    if (page.more)
        changes.removeLast();
    page.changes = changes;
    page.cursor = changes.isEmpty() ? cursor : changes.constLast().sequence;
    return page;
}

std::optional<QByteArray> HubRecords::encodedChangesAfter(qint64 cursor, int limit, QString* error) const
{
    error->clear();
    QList<std::pair<RecordState, QByteArray>> changes = m_store.changesAfterAsJson(cursor, limit + 1, error);
    if (!error->isEmpty())
        return std::nullopt;
    const bool more = changes.size() > limit;
    if (more)
        changes.removeLast();
    const qint64 next = changes.isEmpty() ? cursor : changes.constLast().first.sequence;
    return WireCodec::encodeChangePage(changes, next, more);
}

bool HubRecords::seed(const QList<RecordState>& records, const QString& user, QString* error)
{
    if (!m_store.beginWrite(error))
        return false;
    QSet<QString> changedTypes;
    for (RecordState record : records) {
        const EntitySchema* entity = findEntity(record.entity);
        changedTypes.insert(record.entity);
        const std::optional<qint64> sequence = entity ? m_store.nextSequence(error) : std::nullopt;
        if (!sequence) {
            m_store.rollback();
            return false;
        }
        const std::optional<RecordState> current = m_store.record(record.entity, record.id, true);
        record.fields = normaliseFields(*entity, record.fields);
        record.version = current ? current->version + 1 : 1;
        record.sequence = *sequence;
        record.updatedAt = m_store.clock().timestamp();
        record.updatedBy = user;
        // Seeded records (demo data, a published year) meet the same bar as pushed ones; parents
        // come in the same batch, so only the fields are checked here.
        if (const std::optional<IntegrityProblem> problem =
                RecordIntegrity::checkFields(*entity, record.fields)) {
            *error = QStringLiteral("%1 %2: %3").arg(record.entity, record.id, problem->message.sourceText());
            m_store.rollback();
            return false;
        }
        if (!m_store.writeRecord(record, error)) {
            m_store.rollback();
            return false;
        }
    }
    if (!rederive(changedTypes, Principal{user, Role::Admin, {}}, error) ||
        !HubTrail(m_store).append(HubTrail::event(user, QStringLiteral("seed"),
                                                  QStringList(changedTypes.values()).join(QLatin1Char(',')),
                                                  {}, QString::number(records.size())),
                                  error)) {
        m_store.rollback();
        return false;
    }
    return m_store.commit(error);
}

} // namespace xs
