#pragma once

#include "models/journal/EntitySchema.h"

namespace xs {

/// The open-data demand's definition (see OpenDataWorkflow).
QList<EntitySchema> openDataRecordTypes();

} // namespace xs
