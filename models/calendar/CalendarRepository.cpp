#include "models/calendar/CalendarRepository.h"

#include "models/calendar/CalendarYear.h"
#include "models/journal/AccessPolicy.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace xs {

CalendarRepository::CalendarRepository(QSqlDatabase database)
    : m_database(std::move(database))
{}

QList<CalendarYear> CalendarRepository::bundledYears()
{
    // The files are compiled into the program and never change while it runs: read them once (the
    // hub asks for the calendar with every registration step it decides).
    static const QList<CalendarYear> years = [] {
        QList<CalendarYear> parsed;
        const QDir directory(QStringLiteral(":/calendar"));
        for (const QString& name : directory.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(directory.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            QString error;
            // The bundled files are checked by the calendar tests; a broken one cannot ship.
            if (const std::optional<CalendarYear> year =
                    CalendarYear::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &error))
                parsed << *year;
        }
        return parsed;
    }();
    return years;
}

WorkingCalendar CalendarRepository::bundled()
{
    WorkingCalendar calendar;
    for (const CalendarYear& year : bundledYears())
        calendar.addYear(year);
    return calendar;
}

WorkingCalendar CalendarRepository::withPublished(const QList<QJsonObject>& publishedYears,
                                                  QStringList* problems)
{
    WorkingCalendar calendar = bundled();
    for (const QJsonObject& fields : publishedYears) {
        Message problem;
        if (const std::optional<CalendarYear> year = CalendarYear::fromRecordFields(fields, &problem))
            calendar.addYear(*year);
        else if (problems)
            problems->append(problem.text());
    }
    return calendar;
}

WorkingCalendar CalendarRepository::publishedIn(const AuthorityStore& store)
{
    QList<QJsonObject> years;
    for (const RecordState& record : store.live(CalendarYear::Entity))
        years << record.fields;
    return withPublished(years);
}

WorkingCalendar CalendarRepository::load(DatabaseError* error, QStringList* problems) const
{
    const EntitySchema* entity = findEntity(QStringLiteral("calendar_year"));
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT year, source, issued_on, holidays, workdays FROM calendar_year "
                                   "WHERE deleted = 0 ORDER BY year"))) {
        if (error)
            *error = DatabaseError::fromSqlError(query.lastError());
        return bundled();
    }
    QList<QJsonObject> published;
    while (query.next()) {
        QJsonObject fields;
        for (int column = 0; column < 5; ++column) {
            const FieldSchema& field = entity->fields.at(column);
            fields.insert(field.name, jsonFromSql(query.value(column), field.type));
        }
        published << fields;
    }
    return withPublished(published, problems);
}

} // namespace xs
