#pragma once

#include "app/sync/AttachmentSync.h"
#include "app/sync/HubClient.h"
#include "app/sync/HubLogin.h"
#include "app/sync/SyncEngine.h"
#include "models/catalog/CatalogSearchIndexer.h"
#include "models/journal/SyncApplier.h"
#include "models/journal/SyncLedger.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

namespace xs {

class Database;
class ConflictListModel;
class KeyStore;
class QuarantineModel;
class RejectedOperationsModel;

/// Sync for the open database, as the window uses it: the hub connection and login, a sync now
/// or on a schedule, retries after failures with exponential backoff and a cap (RetryPolicy, the
/// same rule as each operation's), and the counts people watch (unsynced changes, conflicts,
/// rejected changes). Owns the client and the engine; widgets only talk to this.
class SyncService : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        NotConfigured, // no hub set for this database: working offline
        LoggedOut,     // a hub is set, but there is no valid token
        Idle,          // ready; syncs on schedule
        Syncing,
        Failing, // the last sync failed; the next attempt is scheduled
    };

    struct Counts
    {
        qint64 unsynced = 0; // local changes not yet on the hub
        qint64 conflicts = 0;
        qint64 rejected = 0;
        qint64 quarantined = 0; // records from the hub this computer could not store
    };

    /// clock: for retry times and everything the sync records (it must outlive the service).
    SyncService(Database& database, KeyStore& keychain, const Clock& clock, QObject* parent = nullptr);
    const Clock& clock() const { return m_clock; }
    ~SyncService() override;

    /// Loads the connection and the token (from the keychain, asynchronously), then schedules syncs.
    void start();

    State state() const { return m_state; }
    HubConnection connection() const { return m_connection; }
    QString loggedInUser() const { return m_token ? m_token->user : QString(); }
    QString loggedInRole() const { return m_token ? m_token->role : QString(); }
    QString loggedInDepartment() const { return m_token ? m_token->department : QString(); }
    Counts counts() const { return m_counts; }
    QDateTime lastSuccess() const;
    QDateTime nextAttempt() const { return m_nextAttempt; }
    HubError lastError() const { return m_lastError; }
    SyncEngine::Summary lastSummary() const { return m_lastSummary; }
    /// What the last sync did with evidence files (uploaded, refused by the hub, waiting).
    AttachmentSync::Summary lastAttachments() const { return m_lastAttachments; }

    /// Automatic syncs every `interval` while logged in (and retries after failures); off: only
    /// "sync now" syncs.
    void setAutomatic(bool automatic);
    bool isAutomatic() const { return m_automatic; }
    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    std::chrono::milliseconds interval() const { return m_interval; }

    /// A client of its own for the administrators' API, signed in as this desktop is, so an
    /// administrator's request never waits for a sync or cancels one. Null while logged out.
    std::unique_ptr<HubClient> newSignedInClient() const;

    void login(const HubConnection& connection, const QString& password);
    void logout();
    void syncNow();
    void cancel();

    /// Catches the search index up if a bulk pull (this one, or one interrupted earlier) left a
    /// backlog. Runs in the background; the sync page shows its progress.
    void indexBacklog();
    bool isIndexing() const { return m_indexer.isRunning(); }

    /// Fetches an evidence file the hub holds into this desktop's store, verified (reviewers open
    /// evidence on demand). Refused while logged out or while a sync or another transfer runs.
    void downloadAttachment(const AttachmentRef& ref, std::function<void(const HubError&)> done);

    /// Re-reads the counts (after edits elsewhere in the app) and says if they changed.
    void refreshCounts();

    /// This computer's copy of a conflicted record as it is now.
    RecordState currentLocal(const ConflictRecord& conflict) const;
    DatabaseError resolveConflict(qint64 conflictId, const QHash<QString, SyncApplier::Take>& choices);
    DatabaseError discardRejected(const QString& opId);

    /// The lists of what sync could not settle alone, for the sync page (owned by parent).
    ConflictListModel* newConflictModel(QObject* parent) const;
    RejectedOperationsModel* newRejectedModel(QObject* parent) const;
    QuarantineModel* newQuarantineModel(QObject* parent) const;

signals:
    void stateChanged(xs::SyncService::State state);
    void countsChanged(const xs::SyncService::Counts& counts);
    /// done of total (total 0: not known yet, e.g. while receiving).
    void progress(xs::SyncEngine::Phase phase, int done, int total);
    void syncFinished(const xs::SyncEngine::Summary& summary);
    void loginFinished(bool ok, const QString& message);
    /// The catalog's search index catching up after a bulk pull (done == total: finished).
    void indexingProgress(qint64 done, qint64 total);

private:
    void setState(State state);
    void adoptToken(const std::optional<HubToken>& token);
    void onSyncFinished(const SyncEngine::Summary& summary);
    /// The end of a sync, records and files: state, counts, the next attempt.
    void settle(const SyncEngine::Summary& summary);
    void schedule(std::chrono::milliseconds delay);

    Database& m_database;
    KeyStore& m_keychain;
    const Clock& m_clock;
    SyncLedger m_ledger;
    HubClient m_client;
    std::unique_ptr<SyncEngine> m_engine;
    CatalogSearchIndexer m_indexer;
    AttachmentStore m_attachmentStore;
    AttachmentSync m_attachments;
    AttachmentSync::Summary m_lastAttachments;
    HubConnection m_connection;
    std::optional<HubToken> m_token;
    QTimer m_timer;
    State m_state = State::NotConfigured;
    Counts m_counts;
    HubError m_lastError;
    SyncEngine::Summary m_lastSummary;
    QDateTime m_nextAttempt;
    int m_failures = 0;
    bool m_automatic = true;
    bool m_loggingIn = false;
    std::chrono::milliseconds m_interval = std::chrono::minutes(10);
};

} // namespace xs

Q_DECLARE_METATYPE(xs::SyncService::Counts)
