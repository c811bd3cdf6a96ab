#pragma once

#include "models/grants/GrantRules.h"
#include "models/journal/AccessPolicy.h"

#include <QJsonObject>

#include <optional>

namespace xs {

/// Who may change the records of authorized operation, and what a change must respect: the
/// grant part of AccessPolicy, which the hub enforces and the desktop uses to hide what a role
/// cannot do. Bureau staff (reviewers, administrators) record operators, plans, agreements,
/// products and disclosures; managers sign off (DOMAIN.md: "signs off on grants") and change
/// nothing else; cataloguers and auditors read.
namespace GrantAccess {

bool isGrantEntity(const QString& entity);
/// Bureau staff record grants: reviewers and administrators (the editors show their fields to them).
bool recordsGrants(Role role);
/// Every check of a record's fields (after the change), per field, as editors show them beside the
/// fields; the hub refuses a change with the first error among them.
QList<GrantRules::FieldMessage> fieldMessages(const QString& entity, const QJsonObject& fields);
Refusal check(const Principal& principal, const Operation& operation, const RecordState* current);
/// check() for every grant and pricing record type; managers may send their sign-offs.
QList<AccessRule> rules();

/// What the hub writes along with an allowed operation: a new plan's or agreement's first state,
/// or the fields a step sets. Empty for everything else.
QJsonObject effect(const Principal& principal, const Operation& operation, const RecordState* current);

} // namespace GrantAccess

} // namespace xs
