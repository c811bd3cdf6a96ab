#pragma once

#include "models/journal/RecordRules.h"

#include <QJsonObject>
#include <QStringList>

namespace xs {

struct RecordState;

/// What an agreement of authorized operation may name as its data (DOMAIN.md §3): entries of the
/// 授权运营 catalog, by id. An entry is chosen while it is published there; if it is later withdrawn,
/// deleted or taken out of that catalog, the agreements naming it are flagged, not made
/// uneditable — the bureau decides what becomes of the agreement.
namespace AgreementScope {

/// The ids an agreement names (its resources field, a JSON list), in order, without blanks or
/// repeats; nothing for text that is not such a list.
QStringList resourceIds(const QJsonObject& agreement);

/// Whether an entry may be named anew: live, published and in the 授权运营 catalog.
bool isAuthorized(const RecordState& entry);

/// The agreement type's rule, on the desktop and the hub alike: every resource an upsert adds to
/// the stored agreement names an authorized entry. Those it already named are not checked again.
QList<FieldProblem> check(const RuleInput& input);

/// SQL over catalog_entry e: isAuthorized, as SQL.
QString authorizedEntry();

/// SQL over grant_agreement a: the agreement is not ended and names an entry that is no longer
/// authorized (isAuthorized, as SQL). Names that match no entry (typed before scopes were chosen
/// from the catalog) are not flagged: there is nothing known to have been withdrawn.
QString namesWithdrawnResource();

} // namespace AgreementScope

} // namespace xs
