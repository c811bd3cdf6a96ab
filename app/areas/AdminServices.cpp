#include "app/areas/AdminServices.h"

#include "app/admin/UserAdministration.h"
#include "app/sync/SyncService.h"
#include "models/calendar/CalendarRepository.h"
#include "models/catalog/DepartmentRepository.h"

#include <QSqlQuery>

namespace xs {

AdminServices::AdminServices(QSqlDatabase database, QString user, const Clock& clock, SyncService* sync)
    : m_database(std::move(database))
    , m_user(std::move(user))
    , m_clock(clock)
    , m_sync(sync)
{}

QList<Department> AdminServices::departments() const
{
    return DepartmentRepository(m_database).all();
}

QHash<QString, qint64> AdminServices::entriesPerDepartment() const
{
    QHash<QString, qint64> counts;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT department_code, count(*) FROM catalog_entry WHERE deleted = 0 "
                                  "GROUP BY department_code"))) {
        while (query.next())
            counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    return counts;
}

WorkingCalendar AdminServices::calendar() const
{
    return CalendarRepository(m_database).load();
}

CalendarPublisher AdminServices::calendarPublisher(Role role) const
{
    return CalendarPublisher(m_database, m_user, role, m_clock);
}

QList<DeadlineRuleInForce> AdminServices::deadlineRules() const
{
    return DeadlineRuleInForce::read(m_database, m_clock);
}

QString AdminServices::publishDeadlineRule(Role role, const DeadlineRule& rule) const
{
    Refusal refusal;
    const DatabaseError error =
        DeadlineRuleInForce::publish(m_database, m_clock, Principal{m_user, role, {}}, rule, &refusal);
    return error.isError() ? error.detailOrMessage() : QString();
}

QString AdminServices::signedInUser() const
{
    return m_sync ? m_sync->loggedInUser() : QString();
}

std::unique_ptr<UserAdministration> AdminServices::newUserAdministration() const
{
    if (!m_sync)
        return nullptr;
    std::unique_ptr<HubClient> reader = m_sync->newSignedInClient();
    std::unique_ptr<HubClient> actor = m_sync->newSignedInClient();
    return reader && actor ? std::make_unique<UserAdministration>(std::move(reader), std::move(actor))
                           : nullptr;
}

} // namespace xs
