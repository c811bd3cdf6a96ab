#include "models/registration/RegistrationAuthority.h"

#include "models/calendar/CalendarRepository.h"
#include "models/calendar/CalendarYear.h"
#include "models/common/Clock.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/RecordIntegrity.h"
#include "models/registration/RegistrationAmendment.h"
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

namespace {

/// The record after a step the hub takes by itself, or nothing when the step does not apply (or
/// would store a broken record: the workflow bounds what it writes, so that is never expected).
std::optional<RecordState> steppedByHub(RecordState record, const QString& command,
                                        const RegistrationContext& context)
{
    const RegistrationStep step = RegistrationWorkflow::apply(record.fields, command, {}, context);
    if (step.isRefused() || step.effect.isEmpty())
        return std::nullopt;
    for (auto it = step.effect.constBegin(); it != step.effect.constEnd(); ++it)
        record.fields.insert(it.key(), it.value());
    const EntitySchema* entity = findEntity(RegistrationWorkflow::Entity);
    if (!entity || RecordIntegrity::checkFields(*entity, record.fields))
        return std::nullopt;
    return record;
}

} // namespace

std::optional<QList<Rederived>> recomputeProvisional(const Principal& principal, AuthorityStore& hub,
                                                     QString* error)
{
    // Inside the publisher's write: the new year is already in the store, so the calendar knows it.
    HubContext hubContext;
    load(hubContext, principal, hub, error);
    QList<Rederived> rewritten;
    for (const RecordState& record :
         hub.liveFlagged(RegistrationWorkflow::Entity, QStringLiteral("deadline_provisional"))) {
        const std::optional<RecordState> recounted =
            steppedByHub(record, RegistrationWorkflow::RecomputeDeadline, hubContext.context);
        if (!recounted)
            continue; // not moved, or the deadline stays as it was
        const QJsonObject details{
            {QStringLiteral("registration"), record.id},
            {QStringLiteral("before"), record.fields.value(QStringLiteral("step_deadline")).toString()},
            {QStringLiteral("after"), recounted->fields.value(QStringLiteral("step_deadline")).toString()},
            {QStringLiteral("provisional"),
             recounted->fields.value(QStringLiteral("deadline_provisional")).toBool()}};
        rewritten.append({*recounted, QStringLiteral("deadline_recomputed"), details});
    }
    return rewritten;
}

std::optional<QList<Rederived>> rederive(const Principal& principal, AuthorityStore& hub,
                                         const QSet<QString>& changedTypes, QString* error)
{
    QList<Rederived> rewritten;
    if (changedTypes.contains(CalendarYear::Entity)) {
        const std::optional<QList<Rederived>> recounted = recomputeProvisional(principal, hub, error);
        if (!recounted)
            return std::nullopt;
        rewritten << *recounted;
    }
    if (changedTypes.contains(RegistrationWorkflow::Entity)) {
        if (const QList<RecordState> pending = RegistrationAmendment::pending(hub); !pending.isEmpty()) {
            HubContext hubContext;
            load(hubContext, principal, hub, error);
            rewritten << RegistrationAmendment::applyPending(pending, hub, hubContext.context);
        }
    }
    return rewritten;
}

std::optional<QList<Rederived>> lapseExpired(const Principal& principal, AuthorityStore& hub, QString* error)
{
    HubContext hubContext;
    load(hubContext, principal, hub, error);
    QList<Rederived> rewritten;
    for (const char* state : {"registered", "expired"}) {
        for (const RecordState& record : hub.liveWith(RegistrationWorkflow::Entity, QStringLiteral("state"),
                                                      QString::fromLatin1(state))) {
            const std::optional<RecordState> lapsed =
                steppedByHub(record, RegistrationWorkflow::Lapse, hubContext.context);
            if (!lapsed)
                continue; // still valid
            rewritten.append(
                {*lapsed,
                 QStringLiteral("registration_lapsed"),
                 {{QStringLiteral("registration"), record.id},
                  {QStringLiteral("code"), record.fields.value(QStringLiteral("registration_code"))},
                  {QStringLiteral("expired_on"), record.fields.value(QStringLiteral("expires_on"))}}});
        }
    }
    return rewritten;
}

} // namespace xs::RegistrationAuthority
