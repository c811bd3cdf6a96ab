#pragma once

#include "models/journal/EntitySchema.h"

namespace xs {

/// The quality feedback's definition (see QualityFeedbackWorkflow).
QList<EntitySchema> qualityFeedbackRecordTypes();

} // namespace xs
