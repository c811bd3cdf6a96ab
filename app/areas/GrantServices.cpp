#include "app/areas/GrantServices.h"

#include "app/DashboardLoader.h"
#include "models/calendar/CalendarRepository.h"
#include "models/grants/GrantListModel.h"
#include "models/registration/RegistrationRepository.h"

namespace xs {

GrantServices::GrantServices(QSqlDatabase database, QString databasePath, DatabaseKey key, QString user,
                             const Clock& clock)
    : m_database(database)
    , m_databasePath(std::move(databasePath))
    , m_key(std::move(key))
    , m_clock(clock)
    , m_repository(std::move(database), std::move(user), clock)
{}

GrantServices::~GrantServices() = default;

DashboardLoader* GrantServices::newLoader(QObject* parent) const
{
    return new DashboardLoader(m_databasePath, m_key, parent);
}

GrantListModel* GrantServices::newListModel(QObject* parent) const
{
    return new GrantListModel(m_database, parent);
}

std::optional<OperatingReport> GrantServices::operatingReport(const QString& agreementId, int year,
                                                              DatabaseError* error) const
{
    return OperatingReport::load(m_database, agreementId, year,
                                 RegistrationRepository::deadlineRulesIn(m_database),
                                 CalendarRepository(m_database).load(), error);
}

} // namespace xs
