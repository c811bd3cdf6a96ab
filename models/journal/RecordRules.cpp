#include "models/journal/RecordRules.h"

namespace xs {

StoredRecords::~StoredRecords() = default;

} // namespace xs
