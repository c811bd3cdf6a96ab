#include "hub/HubRegistrationSteps.h"

#include "hub/HubStore.h"
#include "models/calendar/CalendarRepository.h"

#include <QDateTime>

namespace xs {

HubRegistrationSteps::HubRegistrationSteps(HubStore& store)
    : m_store(store)
{}

QString HubRegistrationSteps::codeFor(int year, qint64 number)
{
    return QStringLiteral("43%1%2").arg(year).arg(number, 8, 10, QLatin1Char('0'));
}

RegistrationStep HubRegistrationSteps::decide(const Principal& principal, const Operation& operation,
                                              const std::optional<RecordState>& current, QString* error)
{
    // The hub's published calendar years and deadline rules over the built-in ones, as on desktops.
    const auto fieldsOf = [this](const char* entity) {
        QList<QJsonObject> fields;
        for (const RecordState& record : m_store.liveRecords(QString::fromLatin1(entity)))
            fields << record.fields;
        return fields;
    };
    const WorkingCalendar calendar = CalendarRepository::withPublished(fieldsOf("calendar_year"));
    const DeadlineRules rules = DeadlineRules::withPublished(fieldsOf("deadline_rule"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    RegistrationContext context;
    context.role = principal.role;
    context.user = principal.user;
    // Deadlines are days in China, whatever the server's own zone.
    context.today = now.toOffsetFromUtc(8 * 3600).date();
    context.now = now.toString(Qt::ISODateWithMs);
    context.calendar = &calendar;
    context.rules = &rules;
    context.allocateCode = [this, &context, error] {
        const int year = context.today.year();
        const std::optional<qint64> number =
            m_store.nextCounterValue(QStringLiteral("registration_code/%1").arg(year), error);
        return number ? codeFor(year, *number) : QString();
    };

    if (operation.kind == Operation::Kind::Command) {
        return RegistrationWorkflow::apply(current ? current->fields : QJsonObject(), operation.command,
                                           operation.arguments, context);
    }
    // An upsert: a new application starts the procedure; an edit leaves its state alone.
    if (current && !current->deleted)
        return {};
    return RegistrationWorkflow::initialize(fieldsAfter(current ? &*current : nullptr, operation), context);
}

} // namespace xs
