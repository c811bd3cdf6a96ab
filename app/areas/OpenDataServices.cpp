#include "app/areas/OpenDataServices.h"

#include "app/areas/RecordNames.h"
#include "models/calendar/CalendarRepository.h"
#include "models/journal/LocalRecords.h"
#include "models/journal/RecordWriter.h"
#include "models/opendata/OpenDataWorkflow.h"

namespace xs {

OpenDataServices::OpenDataServices(QSqlDatabase database, QString user, const Clock& clock)
    : m_database(database)
    , m_user(std::move(user))
    , m_clock(clock)
    , m_journal(database, m_user, clock)
{}

QList<RecordState> OpenDataServices::demands() const
{
    return LocalRecords(m_database, m_clock).live(OpenDataWorkflow::Entity);
}

WorkingCalendar OpenDataServices::calendar() const
{
    return CalendarRepository(m_database).load();
}

RequestNames OpenDataServices::names() const
{
    return {RecordNames::departments(m_database), {}};
}

QList<LabelledValue> OpenDataServices::departments() const
{
    return RecordNames::departmentChoices(m_database);
}

QList<LabelledValue> OpenDataServices::choices(const FieldSchema& field) const
{
    return field.vocabulary == QLatin1String("department") ? departments()
                                                           : vocabularyChoices(field.vocabulary);
}

DatabaseError OpenDataServices::write(Role role, const Operation& operation)
{
    return RecordWriter(m_database, m_journal).write(Principal{m_user, role, m_department}, operation);
}

DatabaseError OpenDataServices::save(Role role, const QString& demandId, const QJsonObject& fields,
                                     QString* savedId)
{
    return RecordWriter(m_database, m_journal)
        .save(Principal{m_user, role, m_department}, OpenDataWorkflow::Entity, demandId, fields, savedId);
}

DatabaseError OpenDataServices::step(Role role, const QString& demandId, const QString& command,
                                     const QJsonObject& arguments)
{
    return write(role, Operation::step(OpenDataWorkflow::Entity, demandId, command, arguments));
}

} // namespace xs
