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
/// Every grant and pricing record type's rule: who may change it, its fields' checks, and what
/// the hub writes with an allowed operation (a new plan's or agreement's first state, the fields a
/// step sets). Managers may send their sign-offs.
QList<AccessRule> rules();

} // namespace GrantAccess

} // namespace xs
