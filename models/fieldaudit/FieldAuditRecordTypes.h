#pragma once

#include "models/journal/EntitySchema.h"

namespace xs {

/// The field audit record types: checklist templates, tasks, answers and findings (their
/// rectification orders are models/rectification's).
QList<EntitySchema> fieldAuditRecordTypes();

} // namespace xs
