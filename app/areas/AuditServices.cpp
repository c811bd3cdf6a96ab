#include "app/areas/AuditServices.h"

#include "app/sync/HubConnection.h"
#include "models/audit/AuditLogModel.h"
#include "models/journal/SyncLedger.h"

namespace xs {

AuditServices::AuditServices(QSqlDatabase database, const Clock& clock, QString databaseId)
    : m_database(std::move(database))
    , m_clock(clock)
    , m_databaseId(std::move(databaseId))
{}

std::unique_ptr<AuditLogModel> AuditServices::newLogModel() const
{
    return std::make_unique<AuditLogModel>(m_database);
}

AuditTrail::Verdict AuditServices::verify(DatabaseError* error) const
{
    return AuditTrail(m_database).verify(error);
}

ChainAnchors::Verdict AuditServices::verifyAnchors(DatabaseError* error) const
{
    return ChainAnchors(m_database)
        .verify(m_databaseId, HubConnection::load(SyncLedger(m_database)).signingKey, error);
}

} // namespace xs
