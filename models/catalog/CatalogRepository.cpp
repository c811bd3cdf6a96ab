#include "models/catalog/CatalogRepository.h"

#include "models/catalog/CatalogSignOff.h"
#include "models/catalog/CatalogVocabulary.h"
#include "models/catalog/CatalogWorkflow.h"
#include "models/common/Logging.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/FieldLabels.h"
#include "models/journal/LocalRecordStore.h"
#include "models/storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::CatalogRepository)
};

const QString EntryEntity = QStringLiteral("catalog_entry");
const QString ItemEntity = QStringLiteral("data_item");

DatabaseError run(QSqlQuery& query, DatabaseError* error)
{
    if (query.exec())
        return {};
    const DatabaseError failure = DatabaseError::fromSqlError(query.lastError());
    if (error)
        *error = failure;
    return failure;
}

/// The history triggers read the reason of a change from catalog_change_reason for the length of
/// the writing transaction; no reason, no row.
DatabaseError setChangeReason(QSqlDatabase database, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return {};
    QSqlQuery query(database);
    query.prepare(QStringLiteral("INSERT INTO catalog_change_reason (reason) VALUES (?)"));
    query.addBindValue(reason.trimmed());
    return run(query, nullptr);
}

DatabaseError clearChangeReason(QSqlDatabase database)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("DELETE FROM catalog_change_reason"));
    return run(query, nullptr);
}

} // namespace

CatalogRepository::CatalogRepository(QSqlDatabase database, QString user, const Clock& clock)
    : m_database(std::move(database))
    , m_user(std::move(user))
    , m_journal(m_database, m_user, clock)
    , m_store(std::make_unique<LocalRecordStore>(m_database))
{}

CatalogRepository::~CatalogRepository() = default;

std::optional<RecordState> CatalogRepository::entry(const QString& id, DatabaseError* error) const
{
    return m_store->read(*findEntity(EntryEntity), id, error);
}

QList<RecordState> CatalogRepository::items(const QString& entryId, DatabaseError* error) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM data_item WHERE entry_id = ? AND deleted = 0 "
                                 "ORDER BY position, id"));
    query.addBindValue(entryId);
    QList<RecordState> result;
    if (run(query, error).isError())
        return result;
    const LocalRecordStore& store = *m_store;
    const EntitySchema& schema = *findEntity(ItemEntity);
    while (query.next()) {
        if (std::optional<RecordState> item = store.read(schema, query.value(0).toString(), error))
            result.append(*item);
    }
    return result;
}

DatabaseError CatalogRepository::save(const QString& entryId, const QJsonObject& values,
                                      const QList<QJsonObject>& items, const QStringList& removedItems,
                                      const QString& reason)
{
    Transaction transaction(m_database, QStringLiteral("catalog_save"), Transaction::Durability::Full,
                            m_nesting);
    if (DatabaseError error = transaction.begin(); error.isError())
        return error;
    DatabaseError readError;
    const std::optional<RecordState> existing = entry(entryId, &readError);
    if (readError.isError())
        return readError;
    if (existing &&
        CatalogRules::changeNeedsReason(existing->fields.value(QLatin1String("status")).toString()) &&
        reason.trimmed().isEmpty())
        return DatabaseError(DatabaseError::Kind::Invalid,
                             Text::tr("This entry is published: give a reason for the change."));

    if (DatabaseError error = checkRules(entryId, existing, values, items, removedItems); error.isError())
        return error;
    if (DatabaseError error = setChangeReason(m_database, reason); error.isError())
        return error;
    QJsonObject written = values;
    if (existing) { // as the hub does: a changed assessment withdraws the head's sign-off
        const QJsonObject withdrawn = CatalogSignOff::withdrawnBy(existing->fields, values);
        for (auto it = withdrawn.constBegin(); it != withdrawn.constEnd(); ++it)
            written.insert(it.key(), it.value());
    }
    if (DatabaseError error = m_journal.upsert(EntryEntity, entryId, written); error.isError())
        return error;
    if (!existing) {
        if (DatabaseError error = recordCreation(entryId, {}, values.value(QLatin1String("name")).toString());
            error.isError())
            return error;
    }
    const LocalRecordStore& store = *m_store;
    for (QJsonObject item : items) {
        const QString itemId = item.take(QLatin1String("id")).toString();
        if (itemId.isEmpty())
            return DatabaseError(DatabaseError::Kind::Internal, QStringLiteral("a data item without an id"));
        item.insert(QStringLiteral("entry_id"), entryId);
        const bool itemIsNew = !store.read(*findEntity(ItemEntity), itemId).has_value();
        if (DatabaseError error = m_journal.upsert(ItemEntity, itemId, item); error.isError())
            return error;
        if (itemIsNew) {
            if (DatabaseError error =
                    recordCreation(entryId, itemId, item.value(QLatin1String("name")).toString());
                error.isError())
                return error;
        }
    }
    for (const QString& itemId : removedItems) {
        if (DatabaseError error = m_journal.remove(ItemEntity, itemId); error.isError())
            return error;
    }
    if (DatabaseError error = clearChangeReason(m_database); error.isError())
        return error;
    return transaction.commit();
}

DatabaseError CatalogRepository::checkRules(const QString& entryId,
                                            const std::optional<RecordState>& existing,
                                            const QJsonObject& values, const QList<QJsonObject>& items,
                                            const QStringList& removedItems) const
{
    QJsonObject entry = existing ? existing->fields : QJsonObject();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        entry.insert(it.key(), it.value());
    DatabaseError error;
    QList<QJsonObject> finalItems;
    QHash<QString, qsizetype> positionOf;
    for (const RecordState& item : this->items(entryId, &error)) {
        if (!removedItems.contains(item.id)) {
            positionOf.insert(item.id, finalItems.size());
            finalItems.append(item.fields);
        }
    }
    if (error.isError())
        return error;
    QStringList problems;
    for (const QJsonObject& change : items) {
        const QString id = change.value(QLatin1String("id")).toString();
        const qsizetype position = positionOf.value(id, finalItems.size());
        if (position == finalItems.size())
            finalItems.append(QJsonObject());
        QJsonObject& item = finalItems[position];
        for (auto it = change.constBegin(); it != change.constEnd(); ++it) {
            if (it.key() != QLatin1String("id"))
                item.insert(it.key(), it.value());
        }
        for (const FieldProblem& problem : m_rules.checkItem(item))
            problems << Text::tr("Data item %1: %2")
                            .arg(item.value(QLatin1String("name")).toString(), problem.message.text());
    }
    for (const FieldProblem& problem : m_rules.checkEntry(entry, finalItems))
        problems << QStringLiteral("%1: %2").arg(fieldLabel(EntryEntity, problem.field),
                                                 problem.message.text());
    if (problems.isEmpty())
        return {};
    qCInfo(lcCatalog) << "save of entry" << entryId << "refused:" << problems.size() << "broken rules";
    return DatabaseError(DatabaseError::Kind::Invalid, problems.join(QLatin1Char('\n')));
}

void CatalogRepository::setJoinsOuterTransaction(bool joins)
{
    m_nesting = joins ? Transaction::Nesting::JoinOuter : Transaction::Nesting::Savepoint;
    m_journal.setJoinsOuterTransaction(joins);
}

DatabaseError CatalogRepository::command(const QString& entryId, const QString& command,
                                         const QString& reason)
{
    const QString given = reason.trimmed();
    // A sign-off's note is its comment; every other step's is its reason.
    const QString argument =
        command == QLatin1String("sign_off") ? QStringLiteral("comment") : QStringLiteral("reason");
    return this->command(entryId, command, given.isEmpty() ? QJsonObject() : QJsonObject{{argument, given}});
}

DatabaseError CatalogRepository::command(const QString& entryId, const QString& command,
                                         const QJsonObject& arguments)
{
    DatabaseError error;
    const std::optional<RecordState> current = entry(entryId, &error);
    if (!current)
        return error.isError() ? error : DatabaseError(DatabaseError::Kind::NotFound, entryId);
    const QString state = current->fields.value(QLatin1String("status")).toString();
    const std::optional<QString> next =
        CatalogWorkflow::next(state.isEmpty() ? CatalogWorkflow::initialState() : state, command);
    if (!next)
        return DatabaseError(DatabaseError::Kind::Invalid,
                             Text::tr("This step does not apply to an entry that is %1.")
                                 .arg(CatalogVocabulary::label(state)));
    // The hub's rule for a sign-off and a submission (CatalogAccess), said here before it refuses.
    const bool signsOff = command == QLatin1String("sign_off");
    if (signsOff || command == QLatin1String("submit")) {
        if (const std::optional<Message> missing = signsOff
                                                       ? CatalogSignOff::whyNotSignable(current->fields)
                                                       : CatalogSignOff::whyNotSubmittable(current->fields))
            return DatabaseError(DatabaseError::Kind::Invalid, missing->text());
    }
    Transaction transaction(m_database, QStringLiteral("catalog_command"), Transaction::Durability::Full,
                            m_nesting);
    if (DatabaseError begun = transaction.begin(); begun.isError())
        return begun;
    const QString note = arguments.value(QLatin1String(signsOff ? "comment" : "reason")).toString();
    if (DatabaseError failed = setChangeReason(m_database, note); failed.isError())
        return failed;
    QJsonObject effect{{QStringLiteral("status"), *next}};
    if (signsOff) {
        const QJsonObject signedOff = CatalogSignOff::signedOff(m_user, m_journal.clock().today(), note);
        for (auto it = signedOff.constBegin(); it != signedOff.constEnd(); ++it)
            effect.insert(it.key(), it.value());
    }
    if (DatabaseError failed = m_journal.command(EntryEntity, entryId, command, arguments, effect);
        failed.isError())
        return failed;
    if (DatabaseError failed = clearChangeReason(m_database); failed.isError())
        return failed;
    return transaction.commit();
}

DatabaseError CatalogRepository::recordCreation(const QString& entryId, const QString& itemId,
                                                const QString& name)
{
    std::unique_ptr<QSqlQuery>& prepared = itemId.isEmpty() ? m_entryCreated : m_itemCreated;
    if (!prepared) {
        prepared = std::make_unique<QSqlQuery>(m_database);
        if (!prepared->prepare(
                QStringLiteral("INSERT INTO catalog_history (entry_id, item_id, field, new_value, "
                               "changed_at, changed_by, reason) SELECT ?, ?, ?, ?, updated_at, "
                               "updated_by, (SELECT reason FROM catalog_change_reason) FROM %1 "
                               "WHERE id = ?")
                    .arg(itemId.isEmpty() ? EntryEntity : ItemEntity))) {
            const DatabaseError error = DatabaseError::fromSqlError(prepared->lastError());
            prepared.reset();
            return error;
        }
    }
    QSqlQuery& query = *prepared;
    query.addBindValue(entryId);
    query.addBindValue(itemId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(itemId));
    query.addBindValue(itemId.isEmpty() ? QStringLiteral("created") : QStringLiteral("item.created"));
    query.addBindValue(name);
    query.addBindValue(itemId.isEmpty() ? entryId : itemId);
    return run(query, nullptr);
}

QList<CatalogChange> CatalogRepository::history(const QString& entryId, DatabaseError* error) const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, item_id, field, old_value, new_value, changed_at, changed_by, "
                                 "reason FROM catalog_history WHERE entry_id = ? ORDER BY id DESC"));
    query.addBindValue(entryId);
    QList<CatalogChange> changes;
    if (run(query, error).isError())
        return changes;
    while (query.next()) {
        changes.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                        query.value(6).toString(), query.value(7).toString()});
    }
    return changes;
}

std::optional<QJsonObject> CatalogRepository::fieldsAsOf(const QString& entryId, qint64 upToChange,
                                                         DatabaseError* error) const
{
    const std::optional<RecordState> current = entry(entryId, error);
    if (!current)
        return std::nullopt;
    const EntitySchema& schema = *findEntity(EntryEntity);
    QJsonObject fields = current->fields;
    // Walk back from now, undoing every later change of the entry's own fields.
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT field, old_value FROM catalog_history WHERE entry_id = ? AND id > ? "
                                 "AND item_id IS NULL ORDER BY id DESC"));
    query.addBindValue(entryId);
    query.addBindValue(upToChange);
    if (run(query, error).isError())
        return std::nullopt;
    while (query.next()) {
        if (const FieldSchema* field = schema.field(query.value(0).toString()))
            fields.insert(field->name, jsonFromSql(query.value(1), field->type));
    }
    return fields;
}

DatabaseError CatalogRepository::restore(const QString& entryId, qint64 upToChange, const QString& reason)
{
    DatabaseError error;
    const std::optional<QJsonObject> fields = fieldsAsOf(entryId, upToChange, &error);
    if (!fields)
        return error.isError() ? error : DatabaseError(DatabaseError::Kind::NotFound, entryId);
    QJsonObject values = *fields;
    // The workflow state is not content: restoring text must not un-publish an entry.
    values.remove(QStringLiteral("status"));
    return save(entryId, values, {}, {}, reason);
}

QList<OneSourceConflict> CatalogRepository::oneSourceConflictsIn(QSqlDatabase database, DatabaseError* error)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        // The identifiers two departments claim come from the maintained claim counts (0036);
        // only their claims are then read, each found in the partial index of claims.
        "SELECT lower(i.identifier), e.department_code, e.id, i.id FROM data_item i "
        "JOIN catalog_entry e ON e.id = i.entry_id AND e.deleted = 0 AND e.department_code IS NOT NULL "
        "WHERE i.authoritative = 1 AND i.deleted = 0 AND lower(i.identifier) IN ("
        "  SELECT identifier FROM one_source_claim GROUP BY identifier HAVING count(*) > 1) "
        "ORDER BY 1, 2, 3"));
    QList<OneSourceConflict> conflicts;
    if (run(query, error).isError())
        return conflicts;
    while (query.next()) {
        const QString identifier = query.value(0).toString();
        if (conflicts.isEmpty() || conflicts.constLast().identifier != identifier)
            conflicts.append({identifier, {}, {}, {}});
        OneSourceConflict& conflict = conflicts.last();
        if (!conflict.departmentCodes.contains(query.value(1).toString()))
            conflict.departmentCodes.append(query.value(1).toString());
        conflict.entryIds.append(query.value(2).toString());
        conflict.itemIds.append(query.value(3).toString());
    }
    return conflicts;
}

int CatalogRepository::conflictingItemCount(const QString& entryId) const
{
    // Only this entry's claims, each looked up in the maintained claim counts (0036), where an
    // identifier has a row per department that claims it: a few rows, however many items claim it.
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT count(*) FROM data_item i JOIN catalog_entry e ON e.id = i.entry_id WHERE i.entry_id = ? AND "
        "i.authoritative = 1 AND i.deleted = 0 AND i.identifier <> '' AND EXISTS (SELECT 1 FROM "
        "one_source_claim c WHERE c.identifier = lower(i.identifier) AND c.department_code IS NOT "
        "e.department_code)"));
    query.addBindValue(entryId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

} // namespace xs
