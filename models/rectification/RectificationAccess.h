#pragma once

#include "models/journal/AccessPolicy.h"

namespace xs::RectificationAccess {

/// Who may issue, answer and decide rectification orders, what the hub writes with each step (the
/// first state, the dates and the working-day deadline), and the order's rules.
QList<AccessRule> rules();

} // namespace xs::RectificationAccess
