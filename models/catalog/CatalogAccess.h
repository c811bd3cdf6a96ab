#pragma once

#include "models/journal/AccessPolicy.h"

namespace xs {

/// Who may change departments, catalog entries and data items, and which workflow commands an
/// entry takes: the catalog part of AccessPolicy. Who may edit which department's entries is
/// CatalogPermissions' (the desktop asks it before an action); here it is enforced on what an
/// operation does.
namespace CatalogAccess {

QList<AccessRule> rules();

} // namespace CatalogAccess

} // namespace xs
