#pragma once

#include "app/BackupService.h"
#include "app/CalendarPublisher.h"
#include "app/LogFile.h"
#include "app/UnlockController.h"
#include "app/secrets/KeyStore.h"
#include "app/sync/SyncService.h"
#include "models/calendar/WorkingCalendar.h"
#include "models/storage/Database.h"

#include <QObject>

#include <memory>

namespace xs {

class AdminServices;
class AuditServices;
class CatalogServices;
class FieldAuditServices;
class SharingServices;
class QualityFeedbackServices;
class OpenDataServices;
class ScorecardServices;
class SecurityReviewServices;
class GrantServices;
class OfflinePreparation;
class RegistrationServices;

/// The composition root: owns the keychain, the unlocking and, once unlocked, the database, and
/// hands them to whoever needs them. There are no singletons; pages get what they use from here.
class Application : public QObject
{
    Q_OBJECT

public:
    Application(std::unique_ptr<KeyStore> keychain, std::unique_ptr<Clock> clock, QString databasePath,
                QObject* parent = nullptr);
    ~Application() override;

    KeyStore& keychain() { return *m_keychain; }
    /// The one clock of the desktop: "now" in UTC, "today" in China.
    const Clock& clock() const { return *m_clock; }
    UnlockController& unlocker() { return m_unlocker; }
    QString databasePath() const { return m_unlocker.databasePath(); }
    /// The log file beside the database (logs/xiangshu.log), alive as long as the application.
    const LogFile& log() const { return *m_log; }

    /// The open database; null until unlocked. Pages get area services instead (below).
    Database* database() const { return m_database.get(); }
    bool isUnlocked() const { return m_database != nullptr; }
    /// Sync with the hub for the open database; null until unlocked.
    SyncService* sync() const { return m_sync.get(); }
    /// Who works on this desktop: the hub's user once logged in, else the local one.
    QString currentUser() const;

    /// An area's services for its page, on the open database (which must be open).
    std::unique_ptr<RegistrationServices> registrationServices() const;
    std::unique_ptr<GrantServices> grantServices() const;
    std::unique_ptr<AdminServices> adminServices() const;
    std::unique_ptr<AuditServices> auditServices() const;
    std::unique_ptr<FieldAuditServices> fieldAuditServices() const;
    std::unique_ptr<SharingServices> sharingServices() const;
    std::unique_ptr<QualityFeedbackServices> qualityFeedbackServices() const;
    std::unique_ptr<OpenDataServices> openDataServices() const;
    std::unique_ptr<SecurityReviewServices> securityReviewServices() const;
    std::unique_ptr<ScorecardServices> scorecardServices() const;
    std::unique_ptr<CatalogServices> catalogServices() const;
    /// 准备离线 for field audits, through this database's sync (which must exist).
    std::unique_ptr<OfflinePreparation> offlinePreparation() const;
    /// Publishes holiday schedules here, as the current user in role.
    CalendarPublisher calendarPublisher(Role role) const;
    /// A backup of the open database, to run on a worker thread.
    BackupJob backupJob() const;
    /// The working days known here: the bundled years and those published since.
    WorkingCalendar workingCalendar() const;

signals:
    void databaseOpened();

private:
    std::unique_ptr<KeyStore> m_keychain;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<LogFile> m_log; // before everything that logs, gone after it
    UnlockController m_unlocker;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SyncService> m_sync; // after the database: it goes first
};

} // namespace xs
