#pragma once

#include "models/journal/AccessPolicy.h"

#include <QJsonObject>

namespace xs {

/// Who may revise a published catalog entry and how (CatalogRevisionWorkflow): the entry's
/// department writes and submits, the data department's reviewers decide, and the person who
/// submitted never approves. On approval the hub writes the revised fields into the entry in the
/// same write (rederive), so the published version is the one in use until then.
namespace CatalogRevisionAccess {

QList<AccessRule> rules();

/// The revised fields as a revision keeps them (an object; empty for text that is not one).
QJsonObject changesOf(const QJsonObject& revision);
/// The entry as the revision would leave it.
QJsonObject revisedEntry(const QJsonObject& entry, const QJsonObject& revision);

} // namespace CatalogRevisionAccess

} // namespace xs
