#pragma once

#include "models/common/Clock.h"
#include "models/journal/SyncLedger.h"
#include "models/storage/DatabaseError.h"

#include <QHash>
#include <QSqlDatabase>

namespace xs {

struct EntitySchema;

/// What the hub said and sent, applied to the desktop's copy. No network here: the engine hands
/// over answers and pages; this decides, per record, whether to overwrite, merge or hold a
/// conflict, and keeps the outbox consistent with that. Every call is one transaction.
class SyncApplier
{
public:
    struct Counts
    {
        int applied = 0;     // hub copies written, or our operations confirmed
        int merged = 0;      // records merged by themselves (different fields changed)
        int conflicts = 0;   // records now waiting for a person
        int rejected = 0;    // our operations the hub refused
        int skipped = 0;     // copies we already had (our own changes coming back)
        int quarantined = 0; // records set aside: this desktop could not store them as they are
    };

    enum class Take
    {
        Local,
        Hub,
    };

    /// clock: when merges and resolutions happen (it must outlive the applier).
    SyncApplier(QSqlDatabase database, QString user, const Clock& clock);

    /// The hub's answers to a pushed batch (matched by op_id).
    DatabaseError applyPushResults(const QList<QueuedOperation>& sent, const QList<OperationResult>& results,
                                   Counts* counts);
    /// A batch that never got an answer: each operation waits longer before its next attempt.
    DatabaseError deferOperations(const QList<QueuedOperation>& sent, const QString& error);
    /// A page of a bulk transfer (a first sync, or the hub's bulk edits): full, with more to come.
    /// Its records skip the search index's per-row triggers (indexed in bulk afterwards, see
    /// CatalogSearchBacklog), and the audit trail notes the batch rather than each record.
    static constexpr int BulkPageSize = 1000;
    static bool isBulk(const ChangePage& page) { return page.more && page.changes.size() >= BulkPageSize; }

    /// One page of changes, and the cursor after it, together.
    DatabaseError applyPage(const ChangePage& page, Counts* counts);

    /// Resolves a conflict: each conflicting field takes this desktop's value or the hub's
    /// (fields not named take `fallback`). The result becomes a new operation on the hub's version.
    DatabaseError resolveConflict(qint64 conflictId, const QHash<QString, Take>& choices, Take fallback);
    /// Drops a rejected operation and puts the record back as the hub has it.
    DatabaseError discardRejected(const QString& opId);

private:
    DatabaseError reconcile(const EntitySchema& entity, const RecordState& hub, Counts* counts);
    DatabaseError applyResult(const QueuedOperation& sent, const OperationResult& result, Counts* counts);
    DatabaseError revertToHub(const EntitySchema& entity, const QString& id,
                              const std::optional<RecordState>& hub);
    DatabaseError queueDifference(const EntitySchema& entity, const RecordState& hub,
                                  const RecordState& wanted);

    QSqlDatabase m_database;
    QString m_user;
    const Clock& m_clock;
    SyncLedger m_ledger;
};

} // namespace xs
