#pragma once

#include "models/journal/AccessPolicy.h"

/// Who maintains the update frequencies, and what one must be (UpdateFrequencies): administrators
/// add, change and retire them; none is ever deleted, so an entry never loses the frequency it has.
namespace xs::UpdateFrequencyAccess {

AccessRule rule();

/// The entry rule that goes with them: an entry's frequency is one offered, or the one it had.
QList<FieldProblem> checkEntryFrequency(const RuleInput& input);

} // namespace xs::UpdateFrequencyAccess
