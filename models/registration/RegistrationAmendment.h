#pragma once

#include "models/journal/AccessPolicy.h"
#include "models/journal/RecordRules.h"
#include "models/registration/RegistrationWorkflow.h"

#include <QJsonObject>
#include <QStringList>

namespace xs {

/// 变更登记, 更正登记 and 注销登记 (DOMAIN.md §2) act on the registration they name
/// (related_registration_id): once a change or correction has passed the procedure, its changes are
/// written into that registration, the old values kept in its timeline (and in every desktop's
/// audit trail); once a cancellation is approved, the registration's validity ends that day. The
/// hub does both in the write that completes the amendment; this is the one copy of the rules.
namespace RegistrationAmendment {

/// The fields a change or correction may give new values: what the registration says about the
/// data and who holds it. The procedure's own fields (state, code, validity) are not among them.
QStringList amendableFields();
/// A change or correction: carries `changes` and is applied when coded.
bool changesFields(const QString& type);
/// A change, correction or cancellation: names the registration it acts on.
bool actsOnARegistration(const QString& type);
/// The changes an amendment carries ({field: new value}).
QJsonObject changesOf(const QJsonObject& amendment);

/// The registration type's rules on an upsert (AccessRule::rules): an amendment names a registered
/// registration that has no other open amendment, and a change or correction gives new, valid
/// values of amendable fields only; other types carry no changes.
QList<FieldProblem> check(const RuleInput& input);

/// The amendments completed in this write that the hub has yet to act on (flagged
/// amendment_pending): usually none, so the hub loads its calendar and rules only when there are.
QList<RecordState> pending(const AuthorityStore& hub);
/// The hub's steps on the registrations those amendments name: the changes or the cancellation
/// written into the registration, and each amendment marked applied (or not, if the registration
/// is no longer there to act on). context: the hub's, as for any step.
QList<Rederived> applyPending(const QList<RecordState>& amendments, const AuthorityStore& hub,
                              const RegistrationContext& context);

} // namespace RegistrationAmendment

} // namespace xs
