#pragma once

#include "models/calendar/WorkingCalendar.h"
#include "models/catalog/Department.h"
#include "models/storage/DatabaseError.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace xs {

/// Writes demo registration applications in every state of the procedure, with deadlines counted
/// in working days from a reference date (today, so the queue looks like a live one), some overdue,
/// some in public notice, some expiring. The same reference date writes the same rows.
class RegistrationDemoData
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    RegistrationDemoData(QSqlDatabase database, QList<Department> departments, WorkingCalendar calendar,
                         QDate today);

    /// Writes inside the caller's transaction.
    DatabaseError write(qint64 applications, const Progress& progress = {});

private:
    QSqlDatabase m_database;
    QList<Department> m_departments;
    WorkingCalendar m_calendar;
    QDate m_today;
};

} // namespace xs
