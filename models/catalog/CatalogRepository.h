#pragma once

#include "models/catalog/CatalogRules.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/SyncTypes.h"
#include "models/storage/DatabaseError.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace xs {

class LocalRecordStore;

/// One changed field of a resource or of one of its data items, as the history keeps it.
struct CatalogChange
{
    qint64 id = 0;
    QString itemId; // empty for the entry's own fields
    QString field;  // entry field, or item.<field>, or created / item.created
    QString oldValue;
    QString newValue;
    QString changedAt;
    QString changedBy;
    QString reason;
};

/// Two or more departments declaring the same data item authoritative (一数一源, HN25 item 5).
struct OneSourceConflict
{
    QString identifier;
    QStringList departmentCodes;
    QStringList entryIds;
    QStringList itemIds;
};

/// Reads and changes resources and their data items. Every change goes through the change journal
/// (so it syncs) and into the history (with its reason), in one transaction.
class CatalogRepository
{
public:
    /// clock: when changes happen (it must outlive the repository).
    CatalogRepository(QSqlDatabase database, QString user, const Clock& clock);
    ~CatalogRepository();

    std::optional<RecordState> entry(const QString& id, DatabaseError* error = nullptr) const;
    /// The entry's data items that are not deleted, in their order.
    QList<RecordState> items(const QString& entryId, DatabaseError* error = nullptr) const;

    /// Sets fields of an entry (creating it), and of its data items: each upsert in items needs an
    /// "id"; removedItems are deleted. Refused (Kind::Invalid, every problem in the detail) when
    /// the entry or an item would break a catalog rule (CatalogRules, as the hub checks them too),
    /// or a published entry changes without a reason; nothing is written then.
    DatabaseError save(const QString& entryId, const QJsonObject& values, const QList<QJsonObject>& items,
                       const QStringList& removedItems, const QString& reason);

    /// A workflow step (CatalogWorkflow): the new state shows here at once and the hub confirms it.
    /// Refused (Invalid) if the step does not apply to the entry's state.
    /// A sign-off (负责人签发) and a submission are refused here as on the hub when CatalogSignOff
    /// says so; reason is a sign-off's comment.
    DatabaseError command(const QString& entryId, const QString& command, const QString& reason = {});
    /// The same with the step's arguments as the step table names them.
    DatabaseError command(const QString& entryId, const QString& command, const QJsonObject& arguments);

    /// For bulk work inside the caller's transaction: no savepoint per entry (the caller rolls
    /// back as a whole on any error).
    void setJoinsOuterTransaction(bool joins);

    /// Newest first.
    QList<CatalogChange> history(const QString& entryId, DatabaseError* error = nullptr) const;
    /// The entry's own fields as they were right after the history row upToChange.
    std::optional<QJsonObject> fieldsAsOf(const QString& entryId, qint64 upToChange,
                                          DatabaseError* error = nullptr) const;
    /// Writes those fields back as a new change (history keeps both the change and the restore).
    DatabaseError restore(const QString& entryId, qint64 upToChange, const QString& reason);

    /// Every 一数一源 conflict across the province, by the item identifier (case-insensitive).
    QList<OneSourceConflict> oneSourceConflicts(DatabaseError* error = nullptr) const
    {
        return oneSourceConflictsIn(m_database, error);
    }
    /// The same on any connection (the catalog area reads them on a worker thread).
    static QList<OneSourceConflict> oneSourceConflictsIn(QSqlDatabase database,
                                                         DatabaseError* error = nullptr);
    /// How many of this entry's items are in a 一数一源 conflict.
    int conflictingItemCount(const QString& entryId) const;

private:
    /// The catalog rules on the entry and its items as save would leave them.
    DatabaseError checkRules(const QString& entryId, const std::optional<RecordState>& existing,
                             const QJsonObject& values, const QList<QJsonObject>& items,
                             const QStringList& removedItems) const;
    DatabaseError recordCreation(const QString& entryId, const QString& itemId, const QString& name);

    QSqlDatabase m_database;
    QString m_user;
    ChangeJournal m_journal;
    CatalogRules m_rules;
    std::unique_ptr<LocalRecordStore> m_store; // keeps its prepared reads
    std::unique_ptr<QSqlQuery> m_entryCreated; // prepared history writes, for imports of many entries
    std::unique_ptr<QSqlQuery> m_itemCreated;
    Transaction::Nesting m_nesting = Transaction::Nesting::Savepoint;
};

} // namespace xs
