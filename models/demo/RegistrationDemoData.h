#pragma once

#include "models/calendar/WorkingCalendar.h"
#include "models/catalog/Department.h"
#include "models/journal/SyncTypes.h"
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

    RegistrationDemoData(QList<Department> departments, WorkingCalendar calendar, QDate today);

    /// Writes into a desktop database, inside the caller's transaction.
    DatabaseError write(QSqlDatabase database, qint64 applications, const Progress& progress = {}) const;
    /// The same records, for the hub's demo.
    QList<RecordState> records(qint64 applications) const;

private:
    using Sink = std::function<DatabaseError(const QList<RecordState>& batch, qint64 done)>;
    DatabaseError generate(qint64 applications, const Sink& sink) const;

    QList<Department> m_departments;
    WorkingCalendar m_calendar;
    QDate m_today;
};

} // namespace xs
