#pragma once

#include "models/journal/AccessPolicy.h"

/// Who files quality feedback and who decides it, and what the hub writes with each step
/// (QualityFeedbackWorkflow).
namespace xs::QualityFeedbackAccess {

QList<AccessRule> rules();

} // namespace xs::QualityFeedbackAccess
