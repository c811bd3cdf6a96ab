#pragma once

#include "models/journal/EntitySchema.h"

namespace xs {

/// The revision of a published catalog entry (see CatalogRevisionWorkflow).
QList<EntitySchema> catalogRevisionRecordTypes();

} // namespace xs
