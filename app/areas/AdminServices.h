#pragma once

#include "app/CalendarPublisher.h"
#include "models/calendar/WorkingCalendar.h"
#include "models/catalog/Department.h"
#include "models/registration/DeadlineRulesInForce.h"

#include <QHash>
#include <QPointer>
#include <QSqlDatabase>

#include <memory>

namespace xs {

class Clock;
class SyncService;
class UserAdministration;

/// What the 管理 area gets from the application: the departments and how many resources each
/// keeps, the holiday schedules and deadline rules in force and their publishing, and the hub's
/// accounts through a client of the area's own. The page never sees the database.
class AdminServices
{
public:
    /// sync: null when the database has no hub (accounts then live nowhere to administer).
    AdminServices(QSqlDatabase database, QString user, const Clock& clock, SyncService* sync);

    const Clock& clock() const { return m_clock; }
    QString user() const { return m_user; }

    QList<Department> departments() const;
    /// Live catalog entries per department code.
    QHash<QString, qint64> entriesPerDepartment() const;
    WorkingCalendar calendar() const;
    CalendarPublisher calendarPublisher(Role role) const;
    QList<DeadlineRuleInForce> deadlineRules() const;
    /// Publishes a rule as this user in this role; the reason it was refused, or nothing.
    QString publishDeadlineRule(Role role, const DeadlineRule& rule) const;

    /// Who this desktop is signed in to the hub as; empty when it is not.
    QString signedInUser() const;
    /// Null unless this desktop is signed in to a hub.
    std::unique_ptr<UserAdministration> newUserAdministration() const;

private:
    QSqlDatabase m_database;
    QString m_user;
    const Clock& m_clock;
    QPointer<SyncService> m_sync;
};

} // namespace xs
