#pragma once

#include "models/journal/RecordRules.h"

namespace xs::FieldAuditRules {

/// What a field audit record must hold, run by the hub before it stores one and by the desktop's
/// forms: a template's items and severities, a task's checklist and target, an answer's item, a
/// finding's severity, an evidence file's size.
QList<FieldProblem> checkTemplate(const RuleInput& input);
QList<FieldProblem> checkTask(const RuleInput& input);
QList<FieldProblem> checkAnswer(const RuleInput& input);
QList<FieldProblem> checkFinding(const RuleInput& input);
/// An evidence file's hash and size (AttachmentLimits: per file, and all of a task's together).
QList<FieldProblem> checkEvidence(const RuleInput& input);

constexpr int MaxItemCodeLength = 24;

} // namespace xs::FieldAuditRules
