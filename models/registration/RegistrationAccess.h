#pragma once

#include "models/journal/AccessPolicy.h"

namespace xs {

/// Who may change registrations and the deadline rules: the registration part of AccessPolicy.
/// Applications are entered and corrected by the registration body; their procedure fields move
/// only through steps, whose state, timing and arguments RegistrationWorkflow decides.
namespace RegistrationAccess {

QList<AccessRule> rules();

} // namespace RegistrationAccess

} // namespace xs
