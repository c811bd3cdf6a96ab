#pragma once

#include "models/calendar/WorkingCalendar.h"
#include "models/registration/DeadlineRules.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace xs {

/// An operator registers its products within 20 working days (rule first_registration) after the
/// operation its agreement grants starts (DOMAIN.md §2, OPS §16). The agreement's starts_on is that
/// day; a first registration names the agreement (agreement_id).
namespace FirstRegistrationDeadline {

/// The last day to file the first registration of an operation starting on `start`.
WorkdayDate dueOn(const QDate& start, const DeadlineRules& rules, const WorkingCalendar& calendar);
/// How many working days after its due date a first registration filed on `filed` came, for an
/// operation starting on `start`: 0 when in time (or either date is unknown).
int workdaysLate(const QDate& start, const QDate& filed, const DeadlineRules& rules,
                 const WorkingCalendar& calendar);
/// The latest operating start whose first registration is overdue today (due before today):
/// agreements that started on or before it and have none are late. SQL compares dates, not
/// working days, so the dashboards count by this one date.
QDate latestOverdueStart(const QDate& today, const DeadlineRules& rules, const WorkingCalendar& calendar);

/// What a first registration's detail says of its agreement's deadline: when operation started,
/// the due date, and whether it was filed in time (or how many working days late). Empty when the
/// registration names no agreement this desktop holds.
QString describe(const QJsonObject& registration, const QJsonObject& agreement, const DeadlineRules& rules,
                 const WorkingCalendar& calendar);

/// What an agreement's editor says of its first registration: nothing before operation starts;
/// otherwise the due date and, with the first registration filed (registration: its fields, empty
/// if none), whether in time, or, with none, whether it is overdue today and by how many working days.
QString describeForAgreement(const QJsonObject& agreement, const QJsonObject& registration,
                             const DeadlineRules& rules, const WorkingCalendar& calendar, const QDate& today);

} // namespace FirstRegistrationDeadline

} // namespace xs
