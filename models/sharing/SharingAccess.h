#pragma once

#include "models/journal/AccessPolicy.h"

/// Who may ask for and answer sharing requests, and what the hub writes with each step: the
/// provider and the attribute from the requested entry, the working-day deadlines (SharingWorkflow).
namespace xs::SharingAccess {

QList<AccessRule> rules();

} // namespace xs::SharingAccess
