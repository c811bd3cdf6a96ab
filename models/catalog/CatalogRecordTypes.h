#pragma once

#include "models/journal/EntitySchema.h"

namespace xs {

/// Departments, catalog entries and their data items as they sync, parents first.
/// The one definition of these record types: their fields, what people call them, and the
/// limits every copy meets (the desktop's tables, the hub's store and the wire codec read it).
QList<EntitySchema> catalogRecordTypes();

/// The catalog entry's fields that search finds it by: the columns of its full-text index
/// (catalog_search, which a migration builds with exactly these) and of the short-term fallback.
const QStringList& catalogSearchColumns();

} // namespace xs
