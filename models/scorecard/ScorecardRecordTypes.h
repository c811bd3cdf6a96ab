#pragma once

#include "models/journal/EntitySchema.h"

namespace xs {

/// The scorecard's weights (scorecard_weight: a measure and how much it counts, 0–100), which
/// administrators keep (see ScorecardMeasures).
QList<EntitySchema> scorecardRecordTypes();

} // namespace xs
