#include "models/catalog/CatalogStoredChecks.h"

#include "models/catalog/CatalogRules.h"
#include "models/catalog/UpdateFrequencyAccess.h"

#include <map>

namespace xs::CatalogStoredChecks {

namespace {

const QString Entry = QStringLiteral("catalog_entry");
const QString Item = QStringLiteral("data_item");
const QString EntryOfItem = QStringLiteral("entry_id");

QList<QJsonObject> itemsAfterPush(const QString& entryId, const RuleInput& input)
{
    std::map<QString, QJsonObject> items; // by id, in a stable order
    for (const RecordState& item : input.stored.liveWith(Item, EntryOfItem, entryId))
        items[item.id] = item.fields;
    for (const Operation& operation : input.later) {
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
        } else if (const std::optional<RecordState> stored = input.stored.find(Item, operation.recordId)) {
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

} // namespace

QList<FieldProblem> entry(const RuleInput& input)
{
    if (input.next.deleted)
        return {};
    return CatalogRules().checkEntry(input.next.fields, itemsAfterPush(input.next.id, input)) +
           UpdateFrequencyAccess::checkEntryFrequency(input);
}

QList<FieldProblem> dataItem(const RuleInput& input)
{
    if (input.next.deleted)
        return {};
    const std::optional<RecordState> entry =
        input.stored.find(Entry, input.next.fields.value(EntryOfItem).toString());
    return CatalogRules().checkItemOf(input.next.fields, entry ? entry->fields : QJsonObject());
}

} // namespace xs::CatalogStoredChecks
