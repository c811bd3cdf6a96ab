#pragma once

#include "models/common/Clock.h"
#include "models/journal/SyncTypes.h"
#include "models/storage/DatabaseError.h"
#include "models/storage/Transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace xs {

class AuditTrail;
struct EntitySchema;
class LocalRecordStore;

/// Where every local change to a synced record goes: the row, its operation and its audit-trail
/// rows are written in the same transaction, so the outbox never misses an edit and never holds
/// one that did not happen.
class ChangeJournal
{
public:
    /// clock: when changes happen (it must outlive the journal).
    ChangeJournal(QSqlDatabase database, QString user, const Clock& clock);
    ~ChangeJournal();
    ChangeJournal(const ChangeJournal&) = delete;
    ChangeJournal& operator=(const ChangeJournal&) = delete;

    /// A new record id, made on the desktop: a time-ordered UUID (version 7, RFC 9562). Ids made
    /// later sort later, so the id indexes on both sides grow at their end instead of at random
    /// pages, which keeps a first sync of hundreds of thousands of records fast.
    static QString newId(const Clock& clock);
    QString newId() const { return newId(m_clock); }
    const Clock& clock() const { return m_clock; }

    /// Sets fields of a record, creating it if it does not exist. Only fields whose value changes
    /// go into the operation; setting nothing new writes nothing.
    DatabaseError upsert(const QString& entity, const QString& id, const QJsonObject& values);
    /// Marks the record deleted (a tombstone that syncs).
    DatabaseError remove(const QString& entity, const QString& id);
    /// A workflow step. localEffect (e.g. the new status) shows on this desktop at once, as a
    /// proposal: the hub checks the step and either confirms it or the desktop reverts it.
    DatabaseError command(const QString& entity, const QString& id, const QString& command,
                          const QJsonObject& arguments, const QJsonObject& localEffect);

    /// Appends an operation to the outbox (inside the caller's transaction).
    static DatabaseError appendOperation(QSqlDatabase database, const Operation& operation,
                                         const QString& user, const QString& at);

    /// Inside a caller's transaction, join it instead of opening a savepoint per change; the caller
    /// then rolls back as a whole on any error (see Transaction::Nesting::JoinOuter).
    void setJoinsOuterTransaction(bool joins)
    {
        m_nesting = joins ? Transaction::Nesting::JoinOuter : Transaction::Nesting::Savepoint;
    }

    /// Operations not yet on the hub: pending and held (conflicts), not the rejected ones.
    qint64 unsyncedCount() const;

private:
    DatabaseError change(const EntitySchema& entity, const QString& id, const QJsonObject& values,
                         bool deleting, Operation operation);
    QString changeReason();

    QSqlDatabase m_database;
    QString m_user;
    const Clock& m_clock;
    // Keeps its prepared writes: compiling an upsert also compiles the table's triggers (search
    // index, history), which costs more than the write itself.
    std::unique_ptr<LocalRecordStore> m_store;
    std::unique_ptr<QSqlQuery> m_append;
    std::unique_ptr<AuditTrail> m_audit; // every change lands in the audit trail in its transaction
    std::unique_ptr<QSqlQuery> m_reason;
    Transaction::Nesting m_nesting = Transaction::Nesting::Savepoint;
};

} // namespace xs
