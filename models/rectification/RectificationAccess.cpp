#include "models/rectification/RectificationAccess.h"

#include "models/calendar/CalendarRepository.h"
#include "models/calendar/CalendarYear.h"
#include "models/calendar/ProvisionalRecount.h"
#include "models/common/Clock.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/StepCheck.h"
#include "models/rectification/RectificationWorkflow.h"

namespace xs::RectificationAccess {

namespace {

namespace Flow = RectificationWorkflow;

QString text(const QJsonObject& fields, const char* name)
{
    return fields.value(QLatin1String(name)).toString();
}

// A department's people answer its own orders only; the step table has already said which roles
// answer at all.
Refusal checkTarget(const AccessRequest& request)
{
    const Principal& principal = request.principal;
    const StepDefinition* step = Flow::steps().find(request.operation.command);
    const bool answers =
        step && (step->command == QLatin1String("begin") || step->command == QLatin1String("submit"));
    if (!answers || principal.role == Role::Admin)
        return {};
    const QJsonObject& order = request.current->fields;
    if (text(order, "target_kind") != QLatin1String("department") ||
        text(order, "target_code") != principal.department)
        return Refusal::of("forbidden",
                           XS_MESSAGE("xs::AccessPolicy", "the rectification order is addressed to another "
                                                          "department or operator"));
    return {};
}

Refusal checkOrder(const AccessRequest& request)
{
    const Operation& operation = request.operation;
    if (operation.kind == Operation::Kind::Command) {
        const Refusal refusal = StepCheck::check(request, Flow::steps(), Flow::StateField,
                                                 {"xs::RectificationWorkflow", Flow::states()});
        return refusal.isRefused() ? refusal : checkTarget(request);
    }
    if (operation.kind == Operation::Kind::Delete)
        return request.principal.role == Role::Admin
                   ? Refusal{}
                   : Refusal::of("forbidden", XS_MESSAGE("xs::AccessPolicy",
                                                         "only administrators delete rectification orders"));
    if (!Flow::mayIssue(request.principal.role))
        return Refusal::of("forbidden",
                           XS_MESSAGE("xs::AccessPolicy", "a %1 may not issue rectification orders")
                               .arg(roleArgument(request.principal.role)));
    const RecordState* current = request.current;
    if (current && !current->deleted && text(current->fields, "state") != Flow::initialState())
        return Refusal::of(
            "invalid_state",
            XS_MESSAGE("xs::AccessPolicy", "an order is corrected only before the rectification begins"));
    return StepCheck::keepsStepFields(request, Flow::stepFields());
}

// The deadline counts working days from the day the hub issues the order, on the published
// holiday schedule (provisional where a year is not published yet).
void setDeadline(QJsonObject& effect, const QDate& issuedOn, int workingDays, AuthorityStore& hub)
{
    const WorkdayDate due = CalendarRepository::publishedIn(hub).addWorkdays(issuedOn, workingDays);
    effect.insert(QStringLiteral("due_on"), due.date.toString(Qt::ISODate));
    effect.insert(QStringLiteral("due_provisional"), due.provisional);
}

// An open order's deadline counts from the day it was issued; a closed one's no longer runs.
std::optional<std::pair<QDate, int>> orderDeadlineBasis(const QJsonObject& order)
{
    if (text(order, "state") == QLatin1String("closed"))
        return std::nullopt;
    return std::pair(QDate::fromString(text(order, "issued_on"), Qt::ISODate),
                     order.value(QStringLiteral("working_days")).toInt());
}

// A published year of the holiday schedule recounts provisional deadlines, as it does a
// registration's (RegistrationAuthority::recomputeProvisional).
std::optional<QList<Rederived>> recountProvisional(const Principal&, AuthorityStore& hub,
                                                   const QSet<QString>&, QString*)
{
    return recountProvisionalDeadlines(hub, Flow::Entity,
                                       {{"due_on", "due_provisional", orderDeadlineBasis}});
}

AuthorityDecision decideOrder(const AccessRequest& request, AuthorityStore& hub, QString*)
{
    const Operation& operation = request.operation;
    const RecordState* current = request.current;
    const QDate today = hub.clock().today();
    const QString isoToday = today.toString(Qt::ISODate);
    if (operation.kind == Operation::Kind::Delete)
        return {};
    if (operation.kind == Operation::Kind::Upsert) {
        const QJsonObject after = fieldsAfter(current, operation);
        const int workingDays = after.value(QStringLiteral("working_days")).toInt();
        QJsonObject effect;
        if (!current || current->deleted) {
            effect = {{Flow::StateField, Flow::initialState()},
                      {QStringLiteral("issued_by"), request.principal.user},
                      {QStringLiteral("issued_on"), isoToday},
                      {QStringLiteral("response"), QJsonValue::Null},
                      {QStringLiteral("decision_note"), QJsonValue::Null},
                      {QStringLiteral("submitted_on"), QJsonValue::Null},
                      {QStringLiteral("closed_on"), QJsonValue::Null}};
            setDeadline(effect, today, workingDays, hub);
        } else if (workingDays != current->fields.value(QStringLiteral("working_days")).toInt()) {
            const QDate issuedOn = QDate::fromString(text(current->fields, "issued_on"), Qt::ISODate);
            setDeadline(effect, issuedOn.isValid() ? issuedOn : today, workingDays, hub);
        }
        return {{}, effect};
    }
    QJsonObject effect = StepCheck::stateAfter(request, Flow::steps(), Flow::StateField);
    const QString& command = operation.command;
    if (command == QLatin1String("submit")) {
        effect.insert(QStringLiteral("response"), operation.arguments.value(QStringLiteral("response")));
        effect.insert(QStringLiteral("submitted_on"), isoToday);
    } else if (command == QLatin1String("reject")) {
        effect.insert(QStringLiteral("decision_note"), operation.arguments.value(QStringLiteral("reason")));
    } else if (command == QLatin1String("accept")) {
        effect.insert(QStringLiteral("decision_note"),
                      operation.arguments.value(QStringLiteral("note")).toString());
    } else if (command == QLatin1String("close")) {
        effect.insert(QStringLiteral("closed_on"), isoToday);
    }
    return {{}, effect};
}

bool liveOrArriving(const RuleInput& input, const QString& entity, const QString& id)
{
    if (const std::optional<RecordState> stored = input.stored.find(entity, id); stored && !stored->deleted)
        return true;
    for (const Operation& later : input.later) {
        if (later.entity == entity && later.recordId == id && later.kind == Operation::Kind::Upsert)
            return true;
    }
    return false;
}

QList<FieldProblem> orderRules(const RuleInput& input)
{
    const QJsonObject& order = input.next.fields;
    QList<FieldProblem> problems;
    if (const Message problem =
            Flow::checkWorkingDays(order.value(QStringLiteral("working_days")).toInteger());
        !problem.isEmpty())
        problems.append({QStringLiteral("working_days"), problem});
    const QString subjectEntity = text(order, "subject_entity");
    if (!findEntity(subjectEntity) || subjectEntity == Flow::Entity)
        problems.append({QStringLiteral("subject_entity"),
                         XS_MESSAGE("xs::RectificationWorkflow", "an order follows a finding or a feedback "
                                                                 "record, not \"%1\"")
                             .arg(subjectEntity.left(64))});
    else if (!liveOrArriving(input, subjectEntity, text(order, "subject_id")))
        problems.append(
            {QStringLiteral("subject_id"),
             XS_MESSAGE("xs::RectificationWorkflow", "the record the order follows does not exist")});
    const QString target = text(order, "target_code");
    const bool known =
        text(order, "target_kind") == QLatin1String("department")
            ? !input.stored.liveWith(QStringLiteral("department"), QStringLiteral("code"), target).isEmpty()
            : liveOrArriving(input, QStringLiteral("grant_operator"), target);
    if (!known)
        problems.append({QStringLiteral("target_code"),
                         XS_MESSAGE("xs::RectificationWorkflow",
                                    "the department or operator the order is addressed to is not known")});
    return problems;
}

} // namespace

QList<AccessRule> rules()
{
    AccessRule order{Flow::Entity, checkOrder, true};
    order.managersSignOff = true; // managers close accepted orders
    order.decide = decideOrder;
    order.rules = orderRules;
    order.steps = &Flow::steps;
    order.rederivedAfter = {CalendarYear::Entity};
    order.rederive = recountProvisional;
    return {order};
}

} // namespace xs::RectificationAccess
