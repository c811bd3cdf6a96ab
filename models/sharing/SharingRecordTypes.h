#pragma once

#include "models/journal/EntitySchema.h"

namespace xs {

/// The sharing request's definition (see SharingWorkflow).
QList<EntitySchema> sharingRecordTypes();

} // namespace xs
