#pragma once

#include "models/common/Message.h"
#include "models/journal/AccessPolicy.h"
#include "models/journal/StepTable.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace xs {

/// The rules of authorized operation (DOMAIN.md §3) that the editors, the dashboards and the hub
/// share: the plan's and the agreement's steps per role, the agreement term, what a product may
/// charge, and when an annual disclosure or operating report is due.
namespace GrantRules {

constexpr int MaxTermYears = 5; // "in principle": above it is a warning, not a refusal

/// A message for the field it is about, as editors show it beside the field: the one shape of
/// every record type's rules.
using FieldMessage = FieldProblem;

/// A step's answer: the new state and the fields the step sets (the state among them), or why not
/// (code: "forbidden", "invalid_state", "invalid" or "unknown_command", as the hub answers).
struct Step
{
    QString state;
    Message problem;
    QString code;
    QJsonObject effect;
    bool isRefused() const { return !problem.isEmpty(); }
};

/// The steps of a plan and of an agreement, each in one table (staff draft and evaluate; managers
/// sign off). planStep and agreementStep add each step's own checks of its arguments.
const StepTable& planSteps();
const StepTable& agreementSteps();

/// submit · decide · file · return · revise (a major change goes through approval again).
QStringList planCommands();
QStringList availablePlanCommands(const QString& state, Role role);
/// plan: the plan's fields (state, and one text per section under "sections", an object or its
/// JSON text as synced records carry it); arguments: the
/// command's ("reference" for decide and file, "reason" for return and revise).
Step planStep(const QJsonObject& plan, const QString& command, const QJsonObject& arguments, Role role);
/// The required sections a plan has not filled in yet.
QStringList missingSections(const QJsonObject& plan);

/// start_operation (needs a passing security review: GrantAccess) · start_evaluation · renew · exit ·
/// terminate.
QStringList agreementCommands();
QStringList availableAgreementCommands(const QString& state, Role role);
/// arguments: "reason" (renew, terminate), "ends_on" (renew), "handover" (exit: how running
/// services continue without interruption).
Step agreementStep(const QJsonObject& agreement, const QString& command, const QJsonObject& arguments,
                   Role role);

/// The state a new plan or agreement starts in.
QString initialPlanState();
QString initialAgreementState();

/// The term from starts_on to ends_on (both inclusive): refused if it ends before it starts,
/// warned above MaxTermYears.
QList<FieldMessage> checkTerm(const QDate& startsOn, const QDate& endsOn);
/// Every check of an agreement's own fields (mode, selection method, resources, term).
QList<FieldMessage> checkAgreement(const QJsonObject& agreement);
/// An operator: its name and credit code.
QList<FieldMessage> checkOperator(const QJsonObject& grantee);
/// A product: its use class, billing unit, and a price only where it may charge.
QList<FieldMessage> checkProduct(const QJsonObject& product);
/// 场内交易: a listing names the exchange, its listing code, the day and the status, and only a
/// fee-charging product (charges) is listed. Nothing to say of a product traded off-exchange.
QList<FieldMessage> checkListing(const QJsonObject& product, bool charges);
bool hasErrors(const QList<FieldMessage>& messages);

/// Annual disclosures and operating reports for year Y are due on 31 March of Y + 1.
QDate annualDueDate(int year);

enum class Due
{
    NotYetDue,
    Overdue,
    SubmittedOnTime,
    SubmittedLate,
};
struct DueStatus
{
    Due due = Due::NotYetDue;
    int days = 0; // until the due date (NotYetDue), past it (Overdue), or late (SubmittedLate)
    bool isOverdue() const { return due == Due::Overdue; }
};
DueStatus dueStatus(int year, const std::optional<QDate>& submittedOn, const QDate& today);
/// The finished years of a term that each need a disclosure and an operating report.
QList<int> reportYears(const QDate& startsOn, const QDate& endsOn, const QDate& today);

} // namespace GrantRules

} // namespace xs
