#pragma once

#include "models/calendar/CalendarYear.h"
#include "models/common/Clock.h"
#include "models/journal/AccessPolicy.h"
#include "models/storage/DatabaseError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace xs {

/// An administrator publishes a year of the official holiday schedule on this desktop (the
/// desktop's menu and `xiangshu-cli calendar publish`). In one transaction: the year is written as
/// a synced record (the hub receives it at the next sync and settles its own deadlines), and every
/// provisional deadline here is counted again on it, each as a journaled step whose audit rows
/// keep the old and the new date.
class CalendarPublisher
{
    Q_DECLARE_TR_FUNCTIONS(xs::CalendarPublisher)

public:
    CalendarPublisher(QSqlDatabase database, QString user, Role role, const Clock& clock);

    /// Reads a schedule in the bundled format (resources/calendar/YYYY.json); nothing, with a
    /// message for the user in *error, if the file is unreadable or not a schedule.
    static std::optional<CalendarYear> readFile(const QString& path, QString* error);

    struct Result
    {
        DatabaseError error;
        int recomputed = 0; // registrations whose deadline was counted again
    };
    Result publish(const CalendarYear& year);

private:
    QSqlDatabase m_database;
    QString m_user;
    Role m_role;
    const Clock& m_clock;
};

} // namespace xs
