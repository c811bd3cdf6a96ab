#include "app/sync/OfflinePreparation.h"

#include "app/sync/SyncService.h"
#include "models/common/Logging.h"
#include "models/journal/LocalRecords.h"

#include <QTimer>

namespace xs {

OfflinePreparation::OfflinePreparation(SyncService& sync, QSqlDatabase database, QString user,
                                       const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_sync(sync)
    , m_database(database)
    , m_user(std::move(user))
    , m_clock(clock)
    , m_package(database, clock)
{
    qRegisterMetaType<OfflinePreparation::Result>();
}

void OfflinePreparation::start(const QString& taskId)
{
    if (isRunning() || taskId.isEmpty())
        return;
    m_taskId = taskId;
    m_cancelled = false;
    m_notFetched.clear();
    m_queue.clear();
    m_total = 0;
    // Answer after start() returns, also when there is nothing to do: callers connect first.
    QTimer::singleShot(0, this, &OfflinePreparation::sync);
}

void OfflinePreparation::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    m_sync.cancel(); // the sync or the file in flight ends with Cancelled, and that ends this
}

void OfflinePreparation::sync()
{
    if (m_cancelled)
        return finish(HubError(HubError::Kind::Cancelled, tr("preparation cancelled")));
    switch (m_sync.state()) {
    case SyncService::State::NotConfigured:
        return finish(HubError(HubError::Kind::Unauthorized,
                               tr("this desktop is not connected to a hub; connect to it first")));
    case SyncService::State::LoggedOut:
        return finish(HubError(HubError::Kind::Unauthorized, tr("log in to the hub first")));
    default:
        break;
    }
    emit progress(Stage::Syncing, 0, 0);
    m_waiting = connect(&m_sync, &SyncService::syncFinished, this,
                        [this](const SyncEngine::Summary& summary) { onSyncFinished(summary.error); });
    // A scheduled sync already running serves as well: its end is awaited instead of a new one.
    if (m_sync.state() != SyncService::State::Syncing)
        m_sync.syncNow();
    if (m_sync.state() == SyncService::State::LoggedOut) // the login had expired
        finish(HubError(HubError::Kind::Unauthorized, tr("log in to the hub first")));
}

void OfflinePreparation::onSyncFinished(const HubError& error)
{
    disconnect(m_waiting);
    if (m_cancelled)
        return finish(HubError(HubError::Kind::Cancelled, tr("preparation cancelled")));
    if (error.isError())
        return finish(error);
    const OfflineContents contents = m_package.contents(m_taskId);
    m_queue = contents.toFetch;
    m_total = int(m_queue.size());
    qCInfo(lcSync) << "preparing task" << m_taskId << "offline:" << m_total << "evidence file(s) to fetch";
    fetchNext();
}

void OfflinePreparation::fetchNext()
{
    if (m_cancelled)
        return finish(HubError(HubError::Kind::Cancelled, tr("preparation cancelled")));
    if (m_queue.isEmpty()) {
        const DatabaseError marked = m_package.markPrepared(m_taskId, m_user);
        return finish(marked.isError() ? HubError(HubError::Kind::LocalStore, marked.fullText())
                                       : HubError());
    }
    emit progress(Stage::Fetching, m_total - int(m_queue.size()), m_total);
    const AttachmentRef ref = m_queue.constFirst();
    m_sync.downloadAttachment(ref, [self = QPointer(this), ref](const HubError& error) {
        if (self)
            self->onFetched(ref, error);
    });
}

void OfflinePreparation::onFetched(const AttachmentRef& ref, const HubError& error)
{
    if (!isRunning())
        return;
    if (error.kind() == HubError::Kind::Cancelled && !m_cancelled &&
        m_sync.state() == SyncService::State::Syncing) {
        // A scheduled sync took the connection: this file waits for its end, then goes again.
        m_waiting = connect(&m_sync, &SyncService::syncFinished, this, [this] {
            disconnect(m_waiting);
            fetchNext();
        });
        return;
    }
    if (m_cancelled || error.isTransport() || error.kind() == HubError::Kind::Unauthorized ||
        error.kind() == HubError::Kind::LocalStore)
        return finish(m_cancelled ? HubError(HubError::Kind::Cancelled, tr("preparation cancelled")) : error);
    if (error.isError()) {
        // The hub cannot give this one (its auditor has not uploaded it yet, or it was refused):
        // say so and go on, so one file does not keep the rest from the laptop.
        qCWarning(lcSync) << "evidence" << ref.id << "not fetched:" << error.message();
        m_notFetched.append(tr("%1: %2").arg(fileName(ref), error.message()));
    }
    m_queue.removeFirst();
    fetchNext();
}

void OfflinePreparation::finish(const HubError& error)
{
    disconnect(m_waiting);
    Result result{m_taskId, error, m_notFetched, m_package.contents(m_taskId)};
    m_taskId.clear();
    m_queue.clear();
    if (error.isError())
        qCWarning(lcSync) << "offline preparation of" << result.taskId << "stopped:" << error.message();
    emit finished(result);
}

QString OfflinePreparation::fileName(const AttachmentRef& ref) const
{
    const std::optional<RecordState> record = LocalRecords(m_database, m_clock).find(ref.entity, ref.id);
    return record ? record->fields.value(QStringLiteral("file_name")).toString() : ref.id;
}

} // namespace xs
