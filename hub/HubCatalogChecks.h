#pragma once

#include "models/catalog/CatalogRules.h"
#include "models/journal/SyncTypes.h"

#include <QList>

#include <span>

namespace xs {

class HubStore;

/// The catalog rules (CatalogRules, the desktop's own) on what a push would store. An entry is
/// checked with its data items as they will be once the rest of the push is applied, because a
/// desktop sends an entry before its items: lowering an entry's grade together with its items'
/// is one save, and must not be refused for the items still stored as they were.
class HubCatalogChecks
{
public:
    explicit HubCatalogChecks(const HubStore& store, CatalogRuleSettings settings = {});

    /// Every rule next breaks (empty for records of other types).
    /// later: the operations after this one in the same push.
    QList<FieldProblem> problems(const RecordState& next, std::span<const Operation> later) const;

private:
    QList<QJsonObject> itemsAfterPush(const QString& entryId, std::span<const Operation> later) const;

    const HubStore& m_store;
    CatalogRules m_rules;
};

} // namespace xs
