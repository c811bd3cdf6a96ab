#pragma once

#include "models/journal/AccessPolicy.h"

namespace xs::FieldAuditAccess {

/// Who may change field audit records, and when (DOMAIN.md §6): administrators publish checklists,
/// managers plan and assign tasks, the assigned auditors record the visit, reviewers confirm it;
/// and what the hub writes with each step.
QList<AccessRule> rules();

} // namespace xs::FieldAuditAccess
