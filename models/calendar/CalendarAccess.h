#pragma once

#include "models/journal/AccessPolicy.h"

namespace xs {

/// Who may publish the holiday schedule. Deadlines of every registration depend on it: only
/// administrators publish it, and only a schedule that parses whole, under the record id derived
/// from its year.
namespace CalendarAccess {

QList<AccessRule> rules();

} // namespace CalendarAccess

} // namespace xs
