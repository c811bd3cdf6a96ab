#include "app/sync/SyncService.h"

#include "app/secrets/KeyStore.h"
#include "models/common/Logging.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"
#include "models/journal/SyncIssuesModels.h"
#include "models/storage/Database.h"

namespace xs {

namespace {
// The first automatic sync waits a little, so the window is up and responsive first.
constexpr std::chrono::milliseconds StartupDelay = std::chrono::seconds(3);
} // namespace

SyncService::SyncService(Database& database, KeyStore& keychain, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_keychain(keychain)
    , m_clock(clock)
    , m_ledger(database.connection())
    , m_indexer(database.connection())
    , m_attachmentStore(database.connection(), clock)
    , m_attachments(m_client, m_attachmentStore, database)
{
    qRegisterMetaType<SyncService::Counts>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncService::syncNow);
    connect(&m_indexer, &CatalogSearchIndexer::progress, this, &SyncService::indexingProgress);
    refreshCounts();
}

SyncService::~SyncService()
{
    m_indexer.cancel();
    if (m_engine)
        m_engine->cancel();
}

void SyncService::indexBacklog()
{
    m_indexer.start();
}

void SyncService::start()
{
    // A first sync interrupted before its search index caught up: finish that now, offline too.
    QTimer::singleShot(StartupDelay, this, &SyncService::indexBacklog);
    m_connection = HubConnection::load(m_ledger);
    if (!m_connection.isConfigured()) {
        setState(State::NotConfigured);
        return;
    }
    setState(State::LoggedOut);
    HubLogin::loadToken(m_keychain, m_database.databaseId(),
                        [this](const std::optional<HubToken>& token, const KeyStore::Result&) {
                            adoptToken(token);
                            if (m_state == State::Idle)
                                schedule(StartupDelay);
                        });
}

QDateTime SyncService::lastSuccess() const
{
    return QDateTime::fromString(m_ledger.value(QStringLiteral("last_success_at")), Qt::ISODate);
}

void SyncService::setAutomatic(bool automatic)
{
    m_automatic = automatic;
    if (!automatic) {
        m_timer.stop();
        m_nextAttempt = {};
    } else if (m_state == State::Idle || m_state == State::Failing) {
        schedule(m_state == State::Idle ? m_interval
                                        : std::chrono::milliseconds(RetryPolicy::delayMs(m_failures)));
    }
}

void SyncService::adoptToken(const std::optional<HubToken>& token)
{
    m_token = token && !token->isExpired(m_clock.secondsSinceEpoch()) ? token : std::nullopt;
    m_engine.reset();
    if (!m_token) {
        m_lastError =
            token ? HubError(HubError::Kind::Unauthorized, tr("the session has expired")) : HubError();
        setState(State::LoggedOut);
        return;
    }
    if (const HubError error = m_client.configure(m_connection); error.isError()) {
        m_lastError = error;
        setState(State::Failing);
        return;
    }
    m_client.setToken(m_token->token);
    m_client.setDevice(m_database.databaseId());
    m_engine = std::make_unique<SyncEngine>(m_database.connection(), m_token->user, m_client, m_clock);
    connect(m_engine.get(), &SyncEngine::progress, this, &SyncService::progress);
    connect(m_engine.get(), &SyncEngine::finished, this, &SyncService::onSyncFinished);
    setState(State::Idle);
}

std::unique_ptr<HubClient> SyncService::newSignedInClient() const
{
    if (!m_token)
        return nullptr;
    auto client = std::make_unique<HubClient>();
    if (client->configure(m_connection).isError())
        return nullptr;
    client->setToken(m_token->token);
    client->setDevice(m_database.databaseId());
    return client;
}

void SyncService::login(const HubConnection& connection, const QString& password)
{
    if (m_loggingIn || m_state == State::Syncing)
        return;
    m_loggingIn = true;
    HubLogin::run(m_client, m_keychain, m_database.databaseId(), connection, password,
                  [this, connection](const HubLogin::Outcome& outcome) {
                      m_loggingIn = false;
                      // Who and where, never the password or the token.
                      if (outcome.ok())
                          qCInfo(lcSync)
                              << "logged in to" << connection.url.toString() << "as" << connection.user;
                      else
                          qCWarning(lcSync) << "login to" << connection.url.toString() << "as"
                                            << connection.user << "failed";
                      if (outcome.ok()) {
                          m_connection = connection;
                          m_connection.save(m_ledger);
                          m_failures = 0;
                          m_lastError = {};
                          adoptToken(outcome.token);
                      }
                      emit loginFinished(outcome.ok(), outcome.message());
                      if (outcome.ok())
                          syncNow();
                  });
}

void SyncService::logout()
{
    cancel();
    m_timer.stop();
    m_nextAttempt = {};
    m_engine.reset();
    m_token.reset();
    HubLogin::forgetToken(m_keychain, m_database.databaseId(), [](const KeyStore::Result&) {});
    setState(m_connection.isConfigured() ? State::LoggedOut : State::NotConfigured);
}

void SyncService::syncNow()
{
    if (!m_engine || m_engine->isRunning())
        return;
    if (m_token && m_token->isExpired(m_clock.secondsSinceEpoch())) {
        adoptToken(m_token); // becomes LoggedOut with the reason
        return;
    }
    m_timer.stop();
    m_nextAttempt = {};
    setState(State::Syncing);
    m_engine->start(true);
}

void SyncService::cancel()
{
    if (m_engine)
        m_engine->cancel();
    m_attachments.cancel();
}

void SyncService::downloadAttachment(const AttachmentRef& ref, std::function<void(const HubError&)> done)
{
    if (!m_token) {
        done(HubError(HubError::Kind::Unauthorized, tr("log in to the hub first")));
        return;
    }
    if (m_state == State::Syncing || m_attachments.isBusy()) {
        done(HubError(HubError::Kind::Cancelled, tr("a sync is running; try again when it has finished")));
        return;
    }
    m_attachments.download(ref, std::move(done));
}

void SyncService::onSyncFinished(const SyncEngine::Summary& summary)
{
    if (!summary.error.isError() && !m_attachments.isBusy()) {
        // Evidence files go after the records that describe them: the hub takes a file only for a
        // record it holds, and checks it against the hash that record names.
        m_attachments.uploadPending([this, summary](const AttachmentSync::Summary& files) {
            m_lastAttachments = files;
            SyncEngine::Summary settled = summary;
            if (files.error.isError())
                settled.error = files.error;
            settle(settled);
        });
        return;
    }
    settle(summary);
}

void SyncService::settle(const SyncEngine::Summary& summary)
{
    m_lastSummary = summary;
    m_lastError = summary.error;
    refreshCounts();
    if (summary.error.kind() == HubError::Kind::Unauthorized) {
        // The hub no longer accepts the token (expired or revoked): only a new login helps.
        m_engine.release()->deleteLater(); // it is inside its own signal
        m_token.reset();
        setState(State::LoggedOut);
    } else if (summary.error.kind() == HubError::Kind::Cancelled) {
        setState(State::Idle);
        if (m_automatic)
            schedule(m_interval);
    } else if (summary.error.isError()) {
        ++m_failures;
        setState(State::Failing);
        if (m_automatic)
            schedule(std::chrono::milliseconds(RetryPolicy::delayMs(m_failures)));
    } else {
        m_failures = 0;
        setState(State::Idle);
        if (m_automatic)
            schedule(m_interval);
    }
    // What a bulk pull received is stored and searchable (by LIKE) now; the index catches up
    // in the background, also after a failed or cancelled sync (what arrived is kept).
    indexBacklog();
    emit syncFinished(summary);
}

void SyncService::schedule(std::chrono::milliseconds delay)
{
    m_nextAttempt = m_clock.now().addMSecs(delay.count());
    m_timer.start(delay);
}

void SyncService::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SyncService::refreshCounts()
{
    const Counts counts{m_ledger.count(QStringLiteral("pending")) +
                            m_ledger.count(QStringLiteral("conflict")),
                        qint64(m_ledger.openConflicts().size()), m_ledger.count(QStringLiteral("rejected")),
                        m_ledger.quarantinedCount()};
    if (counts.unsynced == m_counts.unsynced && counts.conflicts == m_counts.conflicts &&
        counts.rejected == m_counts.rejected && counts.quarantined == m_counts.quarantined)
        return;
    m_counts = counts;
    emit countsChanged(m_counts);
}

RecordState SyncService::currentLocal(const ConflictRecord& conflict) const
{
    const EntitySchema* entity = findEntity(conflict.entity);
    if (!entity)
        return conflict.local;
    return LocalRecordStore(m_database.connection())
        .read(*entity, conflict.recordId)
        .value_or(conflict.local);
}

DatabaseError SyncService::resolveConflict(qint64 conflictId,
                                           const QHash<QString, SyncApplier::Take>& choices)
{
    SyncApplier applier(m_database.connection(), m_token ? m_token->user : m_connection.user, m_clock);
    const DatabaseError error = applier.resolveConflict(conflictId, choices, SyncApplier::Take::Local);
    refreshCounts();
    return error;
}

DatabaseError SyncService::discardRejected(const QString& opId)
{
    SyncApplier applier(m_database.connection(), m_connection.user, m_clock);
    const DatabaseError error = applier.discardRejected(opId);
    refreshCounts();
    return error;
}

ConflictListModel* SyncService::newConflictModel(QObject* parent) const
{
    return new ConflictListModel(m_database.connection(), parent);
}

RejectedOperationsModel* SyncService::newRejectedModel(QObject* parent) const
{
    return new RejectedOperationsModel(m_database.connection(), parent);
}

QuarantineModel* SyncService::newQuarantineModel(QObject* parent) const
{
    return new QuarantineModel(m_database.connection(), parent);
}

} // namespace xs
