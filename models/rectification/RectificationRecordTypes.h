#pragma once

#include "models/journal/EntitySchema.h"

namespace xs {

/// The rectification order's definition (see RectificationWorkflow).
QList<EntitySchema> rectificationRecordTypes();

} // namespace xs
