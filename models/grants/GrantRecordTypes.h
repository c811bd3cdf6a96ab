#pragma once

#include "models/journal/EntitySchema.h"

namespace xs {

/// The records of authorized operation as they sync, parents first.
/// The one definition of these record types: their fields, what people call them, and the
/// limits every copy meets (the desktop's tables, the hub's store and the wire codec read it).
QList<EntitySchema> grantRecordTypes();

} // namespace xs
