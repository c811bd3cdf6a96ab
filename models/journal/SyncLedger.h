#pragma once

#include "models/journal/SyncTypes.h"
#include "models/journal/ThreeWayMerge.h"
#include "models/storage/DatabaseError.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace xs {

/// An operation in the outbox, with its delivery state.
struct QueuedOperation
{
    qint64 sequence = 0;
    Operation operation;
    QString state; // pending, conflict, rejected
    int attempts = 0;
    QString nextAttemptAt;
    QString lastError;
    QString reasonCode;
    QString createdAt;
    QString createdBy;
};

/// A conflict waiting for a person: the base copy both sides last agreed on, this desktop's copy
/// and the hub's copy, and what disagrees.
struct ConflictRecord
{
    qint64 id = 0;
    QString entity;
    QString recordId;
    RecordState base;
    RecordState local;
    RecordState hub;
    QStringList fields;
    bool deleteConflict = false;
    QString createdAt;
};

/// The sync engine's bookkeeping on the desktop: outbox states, base copies, the cursor,
/// conflicts and connection settings. Plain SQL; transactions are the caller's.
class SyncLedger
{
public:
    explicit SyncLedger(QSqlDatabase database);

    QString value(const QString& key, const QString& fallback = {}) const;
    DatabaseError setValue(const QString& key, const QString& value);
    qint64 cursor() const;
    DatabaseError setCursor(qint64 cursor);

    std::optional<RecordState> base(const QString& entity, const QString& id) const;
    DatabaseError setBase(const RecordState& record);

    /// The oldest pending operation of each record whose turn has come: at most one per record,
    /// none for a record held by a conflict, none before its next attempt time.
    QList<QueuedOperation> dueOperations(const QDateTime& now, int limit) const;
    QList<QueuedOperation> operations(const QString& state) const;
    QList<QueuedOperation> operationsFor(const QString& entity, const QString& id) const;
    qint64 count(const QString& state) const;
    /// "entity/id" of every record with pending or held operations (its local copy differs from
    /// the hub's on purpose).
    QSet<QString> recordsWithLocalChanges() const;
    /// The same question for one record, answered from the outbox's index.
    bool hasLocalChanges(const QString& entity, const QString& recordId) const;
    /// When the next operation is due (for the retry timer): an invalid time if none waits, the
    /// epoch if one is due at once.
    QDateTime nextAttemptTime() const;

    DatabaseError removeOperation(const QString& opId);
    DatabaseError setState(const QString& opId, const QString& state, const QString& reasonCode = {},
                           const QString& reason = {});
    /// Moves every operation of a record in fromState to toState.
    DatabaseError setStateForRecord(const QString& entity, const QString& id, const QString& fromState,
                                    const QString& toState, const QString& reasonCode = {},
                                    const QString& reason = {});
    /// The remaining operations of a record now build on this hub version.
    DatabaseError rebase(const QString& entity, const QString& id, qint64 version);
    /// Drops the record's pending and held field changes (upserts and deletes), not its commands.
    DatabaseError dropFieldChanges(const QString& entity, const QString& id);
    DatabaseError defer(const QString& opId, int attempts, const QDateTime& nextAttempt,
                        const QString& error);

    /// A new conflict is recorded with conflict.createdAt (the caller's clock).
    DatabaseError saveConflict(const ConflictRecord& conflict);
    QList<ConflictRecord> openConflicts() const;
    std::optional<ConflictRecord> openConflict(qint64 id) const;
    std::optional<ConflictRecord> openConflictFor(const QString& entity, const QString& id) const;
    DatabaseError markResolved(qint64 id, const QString& at);

    /// Records set aside because this desktop could not store them (see QuarantinedRecord).
    struct Quarantined
    {
        qint64 id = 0;
        QuarantinedRecord record;
        QString receivedAt;
        bool reported = false;
    };
    DatabaseError quarantine(const QuarantinedRecord& record, const QString& at);
    QList<Quarantined> quarantined(bool unreportedOnly = false) const;
    DatabaseError markReported(const QList<qint64>& ids);
    /// Forgets what was set aside for a record once a copy of it could be stored.
    DatabaseError clearQuarantine(const QString& entity, const QString& recordId);
    bool hasQuarantined() const;
    qint64 quarantinedCount() const;

private:
    QList<QueuedOperation> queryOperations(const QString& where, const QVariantList& bindings,
                                           int limit = -1) const;
    QList<ConflictRecord> queryConflicts(const QString& where, const QVariantList& bindings) const;
    DatabaseError exec(const QString& sql, const QVariantList& bindings);

    QSqlDatabase m_database;
};

/// Exponential backoff with a cap, for failed deliveries: 2 s, 4 s, 8 s ... up to 5 minutes.
namespace RetryPolicy {
constexpr int BaseDelayMs = 2000;
constexpr int MaximumDelayMs = 5 * 60 * 1000;
int delayMs(int attempts);
} // namespace RetryPolicy

} // namespace xs
