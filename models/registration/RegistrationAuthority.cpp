#include "models/registration/RegistrationAuthority.h"

#include "models/calendar/CalendarRepository.h"
#include "models/calendar/CalendarYear.h"
#include "models/common/Clock.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/RecordIntegrity.h"
#include "models/registration/RegistrationWorkflow.h"

namespace xs::RegistrationAuthority {

namespace {

/// The hub's calendar and rules, and who acts when: what a step is decided on.
struct HubContext
{
    WorkingCalendar calendar;
    DeadlineRules rules;
    RegistrationContext context;
};

/// Built where it is used and kept there: context points at calendar and rules.
void load(HubContext& hubContext, const Principal& principal, AuthorityStore& hub, QString* error)
{
    // The hub's published calendar years and deadline rules over the built-in ones, as on desktops.
    hubContext.calendar = CalendarRepository::publishedIn(hub);
    hubContext.rules = DeadlineRules::publishedIn(hub);
    RegistrationContext& context = hubContext.context;
    context.role = principal.role;
    context.user = principal.user;
    // Deadlines are days in China, whatever the server's own zone.
    context.today = hub.clock().today();
    context.now = hub.clock().timestamp();
    context.calendar = &hubContext.calendar;
    context.rules = &hubContext.rules;
    if (!hub.allocatesCodes())
        return; // a desktop proposes the step; the hub allocates the code when it reaches it
    const int year = context.today.year();
    context.allocateCode = [&hub, year, error] {
        const std::optional<qint64> number =
            hub.nextCounter(QStringLiteral("registration_code/%1").arg(year), error);
        return number ? codeFor(year, *number) : QString();
    };
}

} // namespace

QString codeFor(int year, qint64 number)
{
    return QStringLiteral("43%1%2").arg(year).arg(number, 8, 10, QLatin1Char('0'));
}

AuthorityDecision decide(const AccessRequest& request, AuthorityStore& hub, QString* error)
{
    const Operation& operation = request.operation;
    const RecordState* current = request.current;
    if (operation.kind == Operation::Kind::Delete)
        return {};
    // An upsert of a live application is an edit: it leaves the procedure alone.
    if (operation.kind == Operation::Kind::Upsert && current && !current->deleted)
        return {};
    HubContext hubContext;
    load(hubContext, request.principal, hub, error);
    const RegistrationStep step =
        operation.kind == Operation::Kind::Command
            ? RegistrationWorkflow::apply(current ? current->fields : QJsonObject(), operation.command,
                                          operation.arguments, hubContext.context)
            // A new application starts the procedure.
            : RegistrationWorkflow::initialize(fieldsAfter(current, operation), hubContext.context);
    return {step.refusal, step.effect};
}

std::optional<QList<Rederived>> recomputeProvisional(const Principal& principal, AuthorityStore& hub,
                                                     QString* error)
{
    // Inside the publisher's write: the new year is already in the store, so the calendar knows it.
    HubContext hubContext;
    load(hubContext, principal, hub, error);
    const EntitySchema* entity = findEntity(RegistrationWorkflow::Entity);
    QList<Rederived> rewritten;
    for (RecordState record :
         hub.liveFlagged(RegistrationWorkflow::Entity, QStringLiteral("deadline_provisional"))) {
        const RegistrationStep step = RegistrationWorkflow::apply(
            record.fields, RegistrationWorkflow::RecomputeDeadline, {}, hubContext.context);
        if (step.isRefused() || step.effect.isEmpty())
            continue;
        const QString before = record.fields.value(QStringLiteral("step_deadline")).toString();
        for (auto it = step.effect.constBegin(); it != step.effect.constEnd(); ++it)
            record.fields.insert(it.key(), it.value());
        // Never stored broken: the deadline stays as it was (the workflow bounds what it writes).
        if (!entity || RecordIntegrity::checkFields(*entity, record.fields))
            continue;
        const QJsonObject details{
            {QStringLiteral("registration"), record.id},
            {QStringLiteral("before"), before},
            {QStringLiteral("after"), record.fields.value(QStringLiteral("step_deadline")).toString()},
            {QStringLiteral("provisional"),
             record.fields.value(QStringLiteral("deadline_provisional")).toBool()}};
        rewritten.append({record, QStringLiteral("deadline_recomputed"), details});
    }
    return rewritten;
}

} // namespace xs::RegistrationAuthority
