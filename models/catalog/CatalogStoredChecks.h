#pragma once

#include "models/journal/RecordRules.h"

namespace xs {

/// The catalog rules (CatalogRules, as the editors and the importer run them) on what an upsert
/// would store, for the hub: an entry is checked with its data items as they will be once the rest
/// of the push is applied, because a desktop sends an entry before its items (lowering an entry's
/// grade together with its items' is one save, and must not be refused for the items still
/// stored as they were); an item is checked against its entry.
namespace CatalogStoredChecks {

QList<FieldProblem> entry(const RuleInput& input);
QList<FieldProblem> dataItem(const RuleInput& input);

} // namespace CatalogStoredChecks

} // namespace xs
