#include "app/areas/AuditServices.h"

#include "models/audit/AuditLogModel.h"

namespace xs {

AuditServices::AuditServices(QSqlDatabase database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
{}

std::unique_ptr<AuditLogModel> AuditServices::newLogModel() const
{
    return std::make_unique<AuditLogModel>(m_database);
}

AuditTrail::Verdict AuditServices::verify(DatabaseError* error) const
{
    return AuditTrail(m_database).verify(error);
}

} // namespace xs
