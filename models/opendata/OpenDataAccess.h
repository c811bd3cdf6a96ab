#pragma once

#include "models/journal/AccessPolicy.h"

/// Who registers open-data demands and who answers them, and what the hub writes with each step:
/// the department named at acceptance, the answer's deadline by the published rule (OpenDataWorkflow).
namespace xs::OpenDataAccess {

QList<AccessRule> rules();

} // namespace xs::OpenDataAccess
