#include "app/Application.h"

#include "app/areas/AdminServices.h"
#include "app/areas/AuditServices.h"
#include "app/areas/CatalogServices.h"
#include "app/areas/FieldAuditServices.h"
#include "app/areas/GrantServices.h"
#include "app/areas/OpenDataServices.h"
#include "app/areas/QualityFeedbackServices.h"
#include "app/areas/RegistrationServices.h"
#include "app/areas/ScorecardServices.h"
#include "app/areas/SecurityReviewServices.h"
#include "app/areas/SharingServices.h"
#include "app/sync/HubConnection.h"
#include "app/sync/OfflinePreparation.h"
#include "models/calendar/CalendarRepository.h"
#include "models/common/Logging.h"
#include "models/journal/SyncLedger.h"

#include <QFileInfo>

namespace xs {

Application::Application(std::unique_ptr<KeyStore> keychain, std::unique_ptr<Clock> clock,
                         QString databasePath, QObject* parent)
    : QObject(parent)
    , m_keychain(std::move(keychain))
    , m_clock(std::move(clock))
    , m_log(std::make_unique<LogFile>(QFileInfo(databasePath).absolutePath() + QStringLiteral("/logs"),
                                      *m_clock))
    , m_unlocker(*m_keychain, *m_clock, std::move(databasePath))
{
    qCInfo(lcApp) << "Xiangshu Workbench" << XS_VERSION << "starting; database" << m_unlocker.databasePath();
    connect(&m_unlocker, &UnlockController::unlocked, this, [this] {
        m_sync.reset();
        m_database = m_unlocker.takeDatabase();
        qCInfo(lcApp) << "database unlocked";
        m_sync = std::make_unique<SyncService>(*m_database, *m_keychain, *m_clock);
        emit databaseOpened();
        m_sync->start();
    });
}

Application::~Application() = default;

QString Application::currentUser() const
{
    return m_database ? HubConnection::localUser(SyncLedger(m_database->connection())) : QString();
}

WorkingCalendar Application::workingCalendar() const
{
    return CalendarRepository(m_database->connection()).load();
}

BackupJob Application::backupJob() const
{
    return BackupJob(m_database->path(), m_database->key());
}

CalendarPublisher Application::calendarPublisher(Role role) const
{
    return CalendarPublisher(m_database->connection(), currentUser(), role, *m_clock);
}

std::unique_ptr<CatalogServices> Application::catalogServices() const
{
    return std::make_unique<CatalogServices>(m_database->connection(), m_database->path(), m_database->key(),
                                             currentUser(), *m_clock);
}

std::unique_ptr<AdminServices> Application::adminServices() const
{
    return std::make_unique<AdminServices>(m_database->connection(), currentUser(), *m_clock, m_sync.get());
}

std::unique_ptr<AuditServices> Application::auditServices() const
{
    return std::make_unique<AuditServices>(m_database->connection(), *m_clock, m_database->databaseId());
}

std::unique_ptr<FieldAuditServices> Application::fieldAuditServices() const
{
    return std::make_unique<FieldAuditServices>(m_database->connection(), currentUser(), *m_clock);
}

std::unique_ptr<SharingServices> Application::sharingServices() const
{
    return std::make_unique<SharingServices>(m_database->connection(), currentUser(), *m_clock);
}

std::unique_ptr<QualityFeedbackServices> Application::qualityFeedbackServices() const
{
    return std::make_unique<QualityFeedbackServices>(m_database->connection(), currentUser(), *m_clock);
}

std::unique_ptr<OpenDataServices> Application::openDataServices() const
{
    return std::make_unique<OpenDataServices>(m_database->connection(), currentUser(), *m_clock);
}

std::unique_ptr<ScorecardServices> Application::scorecardServices() const
{
    return std::make_unique<ScorecardServices>(m_database->connection(), m_database->path(),
                                               m_database->key(), currentUser(), *m_clock);
}

std::unique_ptr<SecurityReviewServices> Application::securityReviewServices() const
{
    return std::make_unique<SecurityReviewServices>(m_database->connection(), currentUser(), *m_clock);
}

std::unique_ptr<OfflinePreparation> Application::offlinePreparation() const
{
    return std::make_unique<OfflinePreparation>(*m_sync, m_database->connection(), currentUser(), *m_clock);
}

std::unique_ptr<GrantServices> Application::grantServices() const
{
    return std::make_unique<GrantServices>(m_database->connection(), m_database->path(), m_database->key(),
                                           currentUser(), *m_clock);
}

std::unique_ptr<RegistrationServices> Application::registrationServices() const
{
    return std::make_unique<RegistrationServices>(m_database->connection(), currentUser(), *m_clock);
}

} // namespace xs
