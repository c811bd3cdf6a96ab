#pragma once

#include "models/calendar/WorkingCalendar.h"
#include "models/storage/DatabaseError.h"

#include <QSqlDatabase>
#include <QStringList>

namespace xs {

class AuthorityStore;

/// Where the working-day calendar comes from: the official schedules bundled with the program
/// (resources/calendar), overlaid by the years the hub has published (the synced entity
/// calendar_year), which win because the hub may correct or add a year after a release.
class CalendarRepository
{
public:
    explicit CalendarRepository(QSqlDatabase database);

    /// The bundled years plus the database's. A synced year that does not parse is left out and
    /// named in *problems, rather than trusted or allowed to hide the bundled copy.
    WorkingCalendar load(DatabaseError* error = nullptr, QStringList* problems = nullptr) const;

    /// Only the bundled schedules: what a program without a database (or the hub) starts from.
    static WorkingCalendar bundled();
    static QList<CalendarYear> bundledYears();
    /// The bundled years overlaid by published ones (calendar_year record fields), on either side:
    /// a year that does not parse is named in *problems and left out.
    static WorkingCalendar withPublished(const QList<QJsonObject>& publishedYears,
                                         QStringList* problems = nullptr);
    /// The same with the years a store holds: what the hub (and a desktop proposing its decisions)
    /// counts working-day deadlines on.
    static WorkingCalendar publishedIn(const AuthorityStore& store);

private:
    QSqlDatabase m_database;
};

} // namespace xs
