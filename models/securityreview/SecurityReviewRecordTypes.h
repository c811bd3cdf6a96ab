#pragma once

#include "models/journal/EntitySchema.h"

namespace xs {

/// The security review's definition (see SecurityReviewWorkflow).
QList<EntitySchema> securityReviewRecordTypes();

} // namespace xs
