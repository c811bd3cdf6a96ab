#pragma once

#include "models/journal/AccessPolicy.h"
#include "models/journal/StepTable.h"
#include "models/registration/DeadlineRules.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace xs {

/// What a registration step needs besides the record: who acts, when, and the calendar and rules
/// the deadlines come from. On the hub, allocateCode is set: only the hub mints 登记结果查询码.
struct RegistrationContext
{
    Role role = Role::Manager;
    QString user;
    QDate today;
    QString now; // ISO timestamp for the timeline
    const WorkingCalendar* calendar = nullptr;
    const DeadlineRules* rules = nullptr;
    std::function<QString()> allocateCode;
};

/// A step's answer: refused (with a code and a reason for the user), or the fields it changes.
struct RegistrationStep
{
    Refusal refusal;
    QJsonObject effect;
    QJsonObject eventDetails = {}; // what the timeline's event records besides the step's arguments
    bool isRefused() const { return refusal.isRefused(); }
};

/// The registration procedure of DOMAIN.md §2 (申请 → 受理 → 形式审核 → 公示 → 赋码, validity and
/// renewal, cancellation, revocation, termination) as one set of checks and effects. The desktop
/// runs it to show a step at once (a proposal) and the hub runs the same code to decide it.
namespace RegistrationWorkflow {

inline const QString Entity = QStringLiteral("registration");
/// Counts a provisional deadline again on the schedules known now. The hub gives it to every
/// provisional registration when a year's schedule is published; a desktop without a hub does the
/// same locally.
inline const QString RecomputeDeadline = QStringLiteral("recompute_deadline");
/// Cancels a registration not renewed by its expiry. Nobody takes it: the hub does, each day, for
/// every registration past its expiry (RegistrationAuthority::lapseExpired).
inline const QString Lapse = QStringLiteral("lapse");
/// Writes a completed change or correction registration into the registration it amends. Only the
/// hub takes it (RegistrationAmendment::applyPending); clients that send it are refused.
inline const QString Amend = QStringLiteral("amend");
/// Whether only the hub takes the step (lapse, amend): clients that send it are refused, and no
/// one is offered it.
inline bool takenByHubOnly(const QString& command)
{
    return command == Lapse || command == Amend;
}

/// The registration's steps: from-states, to-state, who, arguments (the hub and the desktop's
/// buttons read it; apply() keeps every step within it).
const StepTable& steps();
QStringList commands();
/// Fields only commands change; an edit (upsert) of an existing application may not touch them.
QStringList commandOnlyFields();
bool roleMayAct(Role role);
/// The commands that make sense for this record today (which buttons the detail pane shows).
QStringList availableCommands(const QJsonObject& record, Role role, const QDate& today,
                              const DeadlineRules& rules, const WorkingCalendar& calendar);
/// The arguments a command needs, so forms can ask for them: e.g. {"reason"} for refuse.
QStringList requiredArguments(const QString& command);
/// What the timeline calls an event: its step's title, or "submitted" for the application itself.
QString actionLabel(const QString& action);

/// A new application: checks it and sets its first state and acceptance deadline.
RegistrationStep initialize(const QJsonObject& fields, const RegistrationContext& context);
RegistrationStep apply(const QJsonObject& record, const QString& command, const QJsonObject& arguments,
                       const RegistrationContext& context);

/// The renewal window's first day: the window is the N days (by rule: 60 calendar days, or working
/// days where the bureau publishes so) that end on the expiry date.
QDate renewalWindowStart(const QDate& expiresOn, const DeadlineRules& rules, const WorkingCalendar& calendar);
/// The latest expiry date whose renewal window is open today (the queue's 即将到期 view).
QDate latestExpiryInRenewalWindow(const QDate& today, const DeadlineRules& rules,
                                  const WorkingCalendar& calendar);

} // namespace RegistrationWorkflow

} // namespace xs
