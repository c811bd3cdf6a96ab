#pragma once

#include "models/journal/AccessPolicy.h"

/// Who keeps the scorecard's weights: administrators, one record per measure, 0–100 each.
namespace xs::ScorecardAccess {

QList<AccessRule> rules();

} // namespace xs::ScorecardAccess
