#include "models/opendata/OpenDataAccess.h"

#include "models/calendar/CalendarRepository.h"
#include "models/calendar/CalendarYear.h"
#include "models/calendar/ProvisionalRecount.h"
#include "models/common/Clock.h"
#include "models/journal/StepCheck.h"
#include "models/opendata/OpenDataWorkflow.h"
#include "models/registration/DeadlineRules.h"

namespace xs::OpenDataAccess {

namespace {

namespace Flow = OpenDataWorkflow;

QString text(const QJsonObject& fields, const char* name)
{
    return fields.value(QLatin1String(name)).toString();
}

// A department's staff answer only the demands assigned to their department.
Refusal checkAnswerer(const AccessRequest& request)
{
    const Principal& principal = request.principal;
    if (Flow::outcomeOf(request.operation.command).isEmpty() || principal.role != Role::Cataloguer)
        return {};
    if (principal.department.isEmpty() ||
        principal.department != text(request.current->fields, "provider_code"))
        return Refusal::of("forbidden", XS_MESSAGE("xs::AccessPolicy",
                                                   "the open-data demand is assigned to another department"));
    return {};
}

Refusal checkDemand(const AccessRequest& request)
{
    const Operation& operation = request.operation;
    const Principal& principal = request.principal;
    if (operation.kind == Operation::Kind::Command) {
        const Refusal refusal = StepCheck::check(request, Flow::steps(), Flow::StateField,
                                                 {"xs::OpenDataWorkflow", Flow::states()});
        return refusal.isRefused() ? refusal : checkAnswerer(request);
    }
    if (operation.kind == Operation::Kind::Delete)
        return principal.role == Role::Admin
                   ? Refusal{}
                   : Refusal::of("forbidden", XS_MESSAGE("xs::AccessPolicy",
                                                         "only administrators delete open-data demands"));
    if (!Flow::mayRegister(principal.role))
        return Refusal::of("forbidden",
                           XS_MESSAGE("xs::AccessPolicy", "a %1 may not register open-data demands")
                               .arg(roleArgument(principal.role)));
    const RecordState* current = request.current;
    if (!current || current->deleted)
        return {};
    if (text(current->fields, "state") != QLatin1String("submitted"))
        return Refusal::of(
            "invalid_state",
            XS_MESSAGE("xs::AccessPolicy", "an open-data demand is corrected only before it is accepted"));
    return StepCheck::keepsStepFields(request, Flow::stepFields());
}

// The answer's deadline by the published rule when the demand is accepted; a rule in working days
// is kept with the demand, so a later change of the rule or a published holiday year recounts it
// from the same number.
void setDeadline(QJsonObject& effect, const QDate& acceptedOn, AuthorityStore& hub)
{
    const DeadlineRules rules = DeadlineRules::publishedIn(hub);
    const WorkdayDate due =
        rules.deadline(DeadlineRules::OpenDataReply, acceptedOn, CalendarRepository::publishedIn(hub));
    const DeadlineRule rule = rules.rule(DeadlineRules::OpenDataReply);
    effect.insert(QStringLiteral("answer_due_on"), due.date.toString(Qt::ISODate));
    effect.insert(QStringLiteral("answer_due_provisional"), due.provisional);
    effect.insert(QStringLiteral("answer_days"),
                  rule.unit == DeadlineRule::Unit::WorkingDays ? QJsonValue(rule.value) : QJsonValue());
}

AuthorityDecision decideDemand(const AccessRequest& request, AuthorityStore& hub, QString*)
{
    const Operation& operation = request.operation;
    if (operation.kind == Operation::Kind::Delete)
        return {};
    const QDate today = hub.clock().today();
    const QString isoToday = today.toString(Qt::ISODate);
    if (operation.kind == Operation::Kind::Upsert) {
        if (request.current && !request.current->deleted)
            return {};
        QJsonObject effect{{Flow::StateField, QStringLiteral("submitted")},
                           {QStringLiteral("received_on"), isoToday},
                           {QStringLiteral("registered_by"), request.principal.user}};
        for (const QString& field : Flow::stepFields()) {
            if (!effect.contains(field))
                effect.insert(field, QJsonValue::Null);
        }
        return {{}, effect};
    }
    QJsonObject effect = StepCheck::stateAfter(request, Flow::steps(), Flow::StateField);
    const QString& command = operation.command;
    if (command == QLatin1String("accept")) {
        const QString department =
            operation.arguments.value(QStringLiteral("department")).toString().trimmed();
        if (hub.liveWith(QStringLiteral("department"), QStringLiteral("code"), department).isEmpty())
            return {
                Refusal::of("invalid",
                            XS_MESSAGE("xs::OpenDataWorkflow", "there is no department with the code \"%1\"")
                                .arg(department.left(32)),
                            QStringLiteral("department")),
                {}};
        effect.insert(QStringLiteral("provider_code"), department);
        effect.insert(QStringLiteral("accepted_on"), isoToday);
        setDeadline(effect, today, hub);
    } else if (const QString outcome = Flow::outcomeOf(command); !outcome.isEmpty()) {
        effect.insert(QStringLiteral("outcome"), outcome);
        effect.insert(QStringLiteral("answer"), operation.arguments.value(QStringLiteral("answer")));
        effect.insert(QStringLiteral("answered_by"), request.principal.user);
        effect.insert(QStringLiteral("answered_on"), isoToday);
    }
    return {{}, effect};
}

QList<FieldProblem> demandRules(const RuleInput& input)
{
    if (Flow::domains().contains(text(input.next.fields, "domain")))
        return {};
    return {{QStringLiteral("domain"),
             XS_MESSAGE("xs::OpenDataWorkflow", "choose one of the priority open domains, or 其他")}};
}

std::optional<std::pair<QDate, int>> answerBasis(const QJsonObject& demand)
{
    if (text(demand, "state") != QLatin1String("accepted") ||
        !demand.value(QStringLiteral("answer_days")).isDouble())
        return std::nullopt;
    return std::pair(QDate::fromString(text(demand, "accepted_on"), Qt::ISODate),
                     demand.value(QStringLiteral("answer_days")).toInt());
}

std::optional<QList<Rederived>> recountProvisional(const Principal&, AuthorityStore& hub,
                                                   const QSet<QString>&, QString*)
{
    return recountProvisionalDeadlines(hub, Flow::Entity,
                                       {{"answer_due_on", "answer_due_provisional", answerBasis}});
}

} // namespace

QList<AccessRule> rules()
{
    AccessRule demand{Flow::Entity, checkDemand, true};
    demand.decide = decideDemand;
    demand.rules = demandRules;
    demand.steps = &Flow::steps;
    demand.rederivedAfter = {CalendarYear::Entity};
    demand.rederive = recountProvisional;
    return {demand};
}

} // namespace xs::OpenDataAccess
