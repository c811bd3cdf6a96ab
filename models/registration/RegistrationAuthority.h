#pragma once

#include "models/journal/AccessPolicy.h"

namespace xs {

/// What the hub decides for registrations: every step, with RegistrationWorkflow on the store's
/// calendar, deadline rules and date, and the one thing only the hub may do: allocate 登记结果查询码.
/// The hub reaches it through the registration's AccessRule (decide, rederive) and names no
/// registration itself; a desktop runs the same decision on its own tables (RecordWriter) to show
/// a step at once, leaving the code to the hub.
namespace RegistrationAuthority {

/// A registration upsert or command: refused, or the fields the hub writes with it.
AuthorityDecision decide(const AccessRequest& request, AuthorityStore& hub, QString* error);

/// What the hub rewrites after registrations or a calendar year were written: provisional
/// deadlines after a year (recomputeProvisional), and the registrations that completed
/// amendments act on (RegistrationAmendment::applyPending).
std::optional<QList<Rederived>> rederive(const Principal& principal, AuthorityStore& hub,
                                         const QSet<QString>& changedTypes, QString* error);

/// After a year of the holiday schedule was published: every provisional deadline counted again
/// on the calendar known now. Each registration whose fields changed comes back rewritten, for the
/// hub to store as a new version (so every desktop receives it at its next sync).
std::optional<QList<Rederived>> recomputeProvisional(const Principal& principal, AuthorityStore& hub,
                                                     QString* error);

/// On a new day: every registration past its expiry and not renewed is cancelled (step lapse),
/// with the hub as the one who acted, a timeline event and a log entry.
std::optional<QList<Rederived>> lapseExpired(const Principal& principal, AuthorityStore& hub, QString* error);

/// The code for the n-th registration coded in a year: 43 (Hunan) + year + an 8-digit number.
/// DOMAIN.md names "national coding rules" without giving them, so the form is kept here alone.
QString codeFor(int year, qint64 number);

} // namespace RegistrationAuthority

} // namespace xs
