#include "hub/HubRegistrationSteps.h"

#include "hub/HubStore.h"
#include "models/calendar/CalendarRepository.h"
#include "models/journal/RecordIntegrity.h"

namespace xs {

HubRegistrationSteps::HubRegistrationSteps(HubStore& store)
    : m_store(store)
{}

QString HubRegistrationSteps::codeFor(int year, qint64 number)
{
    return QStringLiteral("43%1%2").arg(year).arg(number, 8, 10, QLatin1Char('0'));
}

void HubRegistrationSteps::loadRules()
{
    // The hub's published calendar years and deadline rules over the built-in ones, as on desktops.
    const auto fieldsOf = [this](const char* entity) {
        QList<QJsonObject> fields;
        for (const RecordState& record : m_store.liveRecords(QString::fromLatin1(entity)))
            fields << record.fields;
        return fields;
    };
    m_calendar = CalendarRepository::withPublished(fieldsOf("calendar_year"));
    m_rules = DeadlineRules::withPublished(fieldsOf("deadline_rule"));
}

RegistrationContext HubRegistrationSteps::contextFor(const Principal& principal, QString* error)
{
    loadRules();
    RegistrationContext context;
    context.role = principal.role;
    context.user = principal.user;
    // Deadlines are days in China, whatever the server's own zone.
    context.today = m_store.clock().today();
    context.now = m_store.clock().timestamp();
    context.calendar = &m_calendar;
    context.rules = &m_rules;
    const QDate today = context.today;
    context.allocateCode = [this, today, error] {
        const int year = today.year();
        const std::optional<qint64> number =
            m_store.nextCounterValue(QStringLiteral("registration_code/%1").arg(year), error);
        return number ? codeFor(year, *number) : QString();
    };
    return context;
}

RegistrationStep HubRegistrationSteps::decide(const Principal& principal, const Operation& operation,
                                              const std::optional<RecordState>& current, QString* error)
{
    const RegistrationContext context = contextFor(principal, error);
    if (operation.kind == Operation::Kind::Command) {
        return RegistrationWorkflow::apply(current ? current->fields : QJsonObject(), operation.command,
                                           operation.arguments, context);
    }
    // An upsert: a new application starts the procedure; an edit leaves its state alone.
    if (current && !current->deleted)
        return {};
    return RegistrationWorkflow::initialize(fieldsAfter(current ? &*current : nullptr, operation), context);
}

std::optional<QList<HubRegistrationSteps::MovedDeadline>>
HubRegistrationSteps::recomputeProvisional(const Principal& principal, QString* error)
{
    // Inside the publisher's write: the new year is already in the store, so the calendar knows it.
    const RegistrationContext context = contextFor(principal, error);
    QList<MovedDeadline> moved;
    for (RecordState record :
         m_store.liveRecordsFlagged(RegistrationWorkflow::Entity, QStringLiteral("deadline_provisional"))) {
        const RegistrationStep step =
            RegistrationWorkflow::apply(record.fields, RegistrationWorkflow::RecomputeDeadline, {}, context);
        if (step.isRefused() || step.effect.isEmpty())
            continue;
        const QString before = record.fields.value(QStringLiteral("step_deadline")).toString();
        for (auto it = step.effect.constBegin(); it != step.effect.constEnd(); ++it)
            record.fields.insert(it.key(), it.value());
        if (RecordIntegrity::checkFields(*findEntity(record.entity), record.fields))
            continue; // never stored broken: the deadline stays as it was (the workflow bounds what it
                      // writes)
        const std::optional<qint64> sequence = m_store.nextSequence(error);
        if (!sequence)
            return std::nullopt;
        record.version += 1;
        record.sequence = *sequence;
        record.updatedAt = context.now;
        record.updatedBy = principal.user;
        if (!m_store.writeRecord(record, error))
            return std::nullopt;
        moved.append({record.id, before, record.fields.value(QStringLiteral("step_deadline")).toString(),
                      record.fields.value(QStringLiteral("deadline_provisional")).toBool()});
    }
    return moved;
}

} // namespace xs
