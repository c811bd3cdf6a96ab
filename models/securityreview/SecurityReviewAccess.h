#pragma once

#include "models/journal/AccessPolicy.h"

/// Who reviews what, and what the hub writes with each step (SecurityReviewWorkflow); and the gate
/// other types ask before data is used: a conditional sharing request's approval, an agreement's
/// start of operation.
namespace xs::SecurityReviewAccess {

QList<AccessRule> rules();

/// Refused ("invalid_state") unless the subject's latest concluded review passed (通过 or 有条件
/// 通过): none yet, or the latest failed. A later review may overturn a failed one; of two
/// concluded at the same moment, a failed one counts, so the data department's doubt wins.
Refusal requirePassingReview(const StoredRecords& store, const QString& subjectEntity,
                             const QString& subjectId);

} // namespace xs::SecurityReviewAccess
