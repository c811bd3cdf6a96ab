#pragma once

#include "models/journal/AccessPolicy.h"
#include "models/journal/SyncTypes.h"

#include <QSet>
#include <QString>

#include <optional>
#include <span>

namespace xs {

class HubLog;
class HubStore;

/// Push and pull on the hub. Each operation is applied in its own transaction together with its
/// answer, under its op_id: a retry of the same op_id gets the first answer and changes nothing.
class HubRecords
{
public:
    /// log: where moved deadlines and other decisions are noted (may be null).
    explicit HubRecords(HubStore& store, HubLog* log = nullptr);

    /// The answer to one operation; nullopt with error when the store failed (the caller answers
    /// 503 and the client retries: operations already applied keep their stored answers).
    /// device: which desktop sent it (X-Device-Id; may be empty). An op_id is one operation for
    /// one user on one desktop: sent again with the same content it gets its first answer; with
    /// other content it is refused (op_id_reused) and nothing is applied.
    /// later: the operations after this one in the same push (an entry is checked with its data
    /// items as the push leaves them).
    std::optional<OperationResult> apply(const Principal& principal, const Operation& operation,
                                         const QString& device, QString* error,
                                         std::span<const Operation> later = {});

    /// Changes after cursor, at most limit.
    std::optional<ChangePage> changesAfter(qint64 cursor, int limit, QString* error) const;
    /// The protocol's answer to a pull, encoded straight from the stored JSON (see WireCodec).
    std::optional<QByteArray> encodedChangesAfter(qint64 cursor, int limit, QString* error) const;

    /// Writes records as they are (demo data and imports by an administrator), each with a new
    /// version and counter value, in one transaction.
    bool seed(const QList<RecordState>& records, const QString& user, QString* error);

    /// What a new day changes (AccessRule::onNewDay: registrations that lapse at expiry), in one
    /// transaction as user (the hub itself). The number of records rewritten, or nullopt with
    /// *error when the store failed (nothing was written then).
    std::optional<int> settleDay(const QString& user, QString* error);

    /// How many records the last write rewrote because they derive from what it wrote (the
    /// provisional deadlines a published calendar year moved or confirmed).
    int lastRederived() const { return m_lastRederived; }

private:
    OperationResult decide(const Principal& principal, const Operation& operation,
                           const std::optional<RecordState>& current, std::span<const Operation> later,
                           QString* error);

    /// After records of changedTypes were written: the records of other types derived from them,
    /// rewritten in the same write (AccessRule::rederive).
    bool rederive(const QSet<QString>& changedTypes, const Principal& principal, QString* error);
    /// Writes what a rule rewrote, each record with a new version and counter value, and logs it.
    bool writeRederived(QList<Rederived> rewritten, const Principal& principal, QString* error);

    HubStore& m_store;
    HubLog* m_log = nullptr;
    int m_lastRederived = 0;
};

} // namespace xs
