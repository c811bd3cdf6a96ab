#include "hub/HubCatalogChecks.h"

#include "hub/HubStore.h"

#include <map>

namespace xs {

namespace {

const QString Entry = QStringLiteral("catalog_entry");
const QString Item = QStringLiteral("data_item");
const QString EntryOfItem = QStringLiteral("entry_id");

} // namespace

HubCatalogChecks::HubCatalogChecks(const HubStore& store, CatalogRuleSettings settings)
    : m_store(store)
    , m_rules(std::move(settings))
{}

QList<FieldProblem> HubCatalogChecks::problems(const RecordState& next,
                                               std::span<const Operation> later) const
{
    if (next.deleted)
        return {};
    if (next.entity == Entry)
        return m_rules.checkEntry(next.fields, itemsAfterPush(next.id, later));
    if (next.entity == Item) {
        const std::optional<RecordState> entry =
            m_store.record(Entry, next.fields.value(EntryOfItem).toString(), false);
        return m_rules.checkItemOf(next.fields, entry ? entry->fields : QJsonObject());
    }
    return {};
}

QList<QJsonObject> HubCatalogChecks::itemsAfterPush(const QString& entryId,
                                                    std::span<const Operation> later) const
{
    std::map<QString, QJsonObject> items; // by id, in a stable order
    for (const RecordState& item : m_store.liveRecordsWith(Item, EntryOfItem, entryId))
        items[item.id] = item.fields;
    for (const Operation& operation : later) {
        if (operation.entity != Item)
            continue;
        if (operation.kind == Operation::Kind::Delete) {
            items.erase(operation.recordId);
            continue;
        }
        if (operation.kind != Operation::Kind::Upsert)
            continue;
        QJsonObject fields;
        if (const auto known = items.find(operation.recordId); known != items.end()) {
            fields = known->second;
        } else if (const std::optional<RecordState> stored =
                       m_store.record(Item, operation.recordId, false)) {
            fields = stored->fields;
        }
        for (auto it = operation.fields.constBegin(); it != operation.fields.constEnd(); ++it)
            fields.insert(it.key(), it.value());
        if (fields.value(EntryOfItem).toString() == entryId)
            items[operation.recordId] = fields;
        else
            items.erase(operation.recordId);
    }
    QList<QJsonObject> result;
    for (const auto& [id, fields] : items)
        result << fields;
    return result;
}

} // namespace xs
