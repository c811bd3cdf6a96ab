#include "app/sync/SyncEngine.h"

#include "app/sync/HubConnection.h"
#include "models/audit/AuditTrail.h"
#include "models/audit/ChainAnchors.h"
#include "models/common/Logging.h"
#include "models/crypto/SigningKey.h"

#include <QDateTime>

namespace xs {

namespace {
// Each round either confirms, merges or holds the operations it sent, so rounds make progress;
// the bound only guards against a hub that keeps changing the same records under us.
constexpr int MaximumPushRounds = 20;
} // namespace

SyncEngine::SyncEngine(QSqlDatabase database, QString user, HubClient& client, const Clock& clock,
                       QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_client(client)
    , m_clock(clock)
    , m_ledger(database)
    , m_applier(database, std::move(user), clock)
{}

QDateTime SyncEngine::dueTime() const
{
    const QDateTime now = m_clock.now();
    return m_force ? now.addYears(100) : now;
}

void SyncEngine::start(bool force)
{
    if (isRunning())
        return;
    m_summary = Summary{};
    m_force = force;
    m_pushedAfterPull = false;
    m_rounds = 0;
    m_requestsAtStart = requestsSent();
    m_phase = Phase::Pushing;
    qCInfo(lcSync) << "sync started; cursor" << m_ledger.cursor() << "pending"
                   << m_ledger.count(QStringLiteral("pending")) << (force ? "(forced)" : "");
    if (const HubError error = m_fetcher.configureLike(m_client); error.isError()) {
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); },
            Qt::QueuedConnection); // finished never comes from start()
        return;
    }
    pushRound();
}

void SyncEngine::cancel()
{
    if (!isRunning())
        return;
    // The reply in flight finishes with Cancelled, which ends the sync.
    m_client.abort();
    m_fetcher.abort();
}

void SyncEngine::pushRound()
{
    const QList<QueuedOperation> due = m_ledger.dueOperations(dueTime(), PushBatchSize);
    if (due.isEmpty() || m_rounds >= MaximumPushRounds) {
        if (m_pushedAfterPull) {
            reportQuarantine();
            return;
        }
        m_phase = Phase::Pulling;
        pullPage();
        return;
    }
    ++m_rounds;
    m_phase = Phase::Pushing;
    const qint64 total = m_ledger.count(QStringLiteral("pending"));
    emit progress(Phase::Pushing, m_summary.pushed, int(total) + m_summary.pushed);
    QList<Operation> operations;
    for (const QueuedOperation& queued : due)
        operations.append(queued.operation);
    // The trail's head as this push leaves the desktop: every change in it is already in the trail.
    DatabaseError headError;
    const std::optional<ChainHead> head = AuditTrail(m_database).head(&headError);
    if (headError.isError())
        qCWarning(lcSync) << "cannot read the audit trail's head; this push is not anchored:"
                          << headError.fullText();
    m_client.push(operations, head,
                  [this, due, head](const HubError& error, const QList<OperationResult>& results,
                                    const std::optional<ChainReceipt>& receipt) {
                      onPushAnswered(due, head, error, results, receipt);
                  });
}

void SyncEngine::onPushAnswered(const QList<QueuedOperation>& due, const std::optional<ChainHead>& head,
                                const HubError& error, const QList<OperationResult>& results,
                                const std::optional<ChainReceipt>& receipt)
{
    if (error.isError()) {
        qCWarning(lcSync) << "push of" << due.size() << "operations not answered:" << error.code()
                          << error.detail().left(300);
        // Not delivered (or the answer was lost): each operation retries on its own schedule, and
        // the same op_id makes a delivered one harmless to send again.
        if (error.kind() != HubError::Kind::Cancelled)
            m_applier.deferOperations(due, error.message());
        finish(error);
        return;
    }
    SyncApplier::Counts counts;
    if (const DatabaseError failure = m_applier.applyPushResults(due, results, &counts); failure.isError()) {
        finish(HubError(HubError::Kind::BadResponse, failure.fullText()));
        return;
    }
    m_summary.pushed += counts.applied;
    m_summary.merged += counts.merged;
    for (const OperationResult& result : results) {
        if (result.status == OperationResult::Status::Rejected)
            // The reason's text may quote the record's values: the code says enough for a log.
            qCWarning(lcSync) << "hub rejected operation" << result.opId << result.reasonCode;
    }
    qCInfo(lcSync) << "pushed" << due.size() << "operations:" << counts.applied << "applied," << counts.merged
                   << "merged";
    if (head && receipt)
        keepReceipt(*head, *receipt);
    pushRound();
}

void SyncEngine::keepReceipt(const ChainHead& sent, const ChainReceipt& receipt)
{
    const QByteArray trusted = HubConnection::load(m_ledger).signingKey;
    DatabaseError error;
    switch (ChainAnchors(m_database)
                .accept(receipt, sent, m_client.device(), trusted, m_clock.timestamp(), &error)) {
    case ChainAnchors::Acceptance::Stored:
        if (trusted.isEmpty()) {
            HubConnection::trustSigningKey(m_ledger, receipt.publicKey);
            qCInfo(lcSync) << "trusting the hub's signing key" << SigningKey::keyId(receipt.publicKey)
                           << "from its first receipt";
        }
        qCDebug(lcSync) << "audit trail anchored at record" << sent.seq;
        return;
    case ChainAnchors::Acceptance::NotWhatWasSent:
        qCWarning(lcSync) << "the hub's receipt is not for the audit trail head this desktop sent; not kept";
        return;
    case ChainAnchors::Acceptance::BadSignature:
        qCWarning(lcSync) << "the hub's receipt does not carry a valid signature; not kept";
        return;
    case ChainAnchors::Acceptance::UntrustedKey:
        qCWarning(lcSync) << "the hub's receipt is signed by key" << SigningKey::keyId(receipt.publicKey)
                          << "not by the hub's key" << SigningKey::keyId(trusted) << "; not kept";
        return;
    case ChainAnchors::Acceptance::StorageFailed:
        qCWarning(lcSync) << "cannot keep the hub's receipt:" << error.fullText();
        return;
    }
}

void SyncEngine::pullPage()
{
    emit progress(Phase::Pulling, m_summary.pulled, 0);
    m_fetcher.fetch(m_ledger.cursor(), PageSize,
                    [this](const HubError& error, const ChangePage& page) { onPage(error, page); });
}

void SyncEngine::onPage(const HubError& error, const ChangePage& page)
{
    if (error.isError()) {
        finish(error);
        return;
    }
    // Ask for the next page before applying this one: the hub and the network work on it while
    // this desktop writes. The cursor still advances only with each applied page.
    m_prefetch.reset();
    if (page.more) {
        m_prefetch = std::make_shared<Prefetch>();
        std::weak_ptr<Prefetch> slot = m_prefetch;
        m_fetcher.fetch(page.cursor, PageSize,
                        [this, slot](const HubError& nextError, const ChangePage& next) {
                            const std::shared_ptr<Prefetch> prefetch = slot.lock();
                            if (!prefetch)
                                return; // the sync ended meanwhile
                            prefetch->error = nextError;
                            prefetch->page = next;
                            prefetch->arrived = true;
                            if (prefetch->awaited)
                                QMetaObject::invokeMethod(
                                    this, [this] { takePrefetched(); }, Qt::QueuedConnection);
                        });
    }
    SyncApplier::Counts counts;
    if (const DatabaseError failure = m_applier.applyPage(page, &counts); failure.isError()) {
        m_fetcher.abort();
        m_prefetch.reset();
        finish(HubError(HubError::Kind::BadResponse, failure.fullText()));
        return;
    }
    m_summary.quarantined += counts.quarantined;
    if (counts.quarantined > 0)
        qCWarning(lcSync) << counts.quarantined << "received records could not be stored and were set aside";
    qCDebug(lcSync) << "applied page up to cursor" << page.cursor << ":" << page.changes.size() << "records";
    m_summary.pulled += int(page.changes.size());
    m_summary.merged += counts.merged;
    emit progress(Phase::Pulling, m_summary.pulled, 0);
    if (page.more) {
        if (m_prefetch->arrived)
            QMetaObject::invokeMethod(
                this, [this] { takePrefetched(); }, Qt::QueuedConnection);
        else
            m_prefetch->awaited = true;
        return;
    }
    // Merging may have queued operations (the local side of a merge): send them now.
    m_pushedAfterPull = true;
    m_rounds = 0;
    pushRound();
}

void SyncEngine::reportQuarantine()
{
    // Records set aside are told to the hub once, so its operators learn that a record it holds
    // cannot be stored; the report failing does not fail the sync (it goes again next time).
    const QList<SyncLedger::Quarantined> unreported = m_ledger.quarantined(true);
    if (unreported.isEmpty()) {
        finish({});
        return;
    }
    QList<QuarantinedRecord> records;
    QList<qint64> ids;
    for (const SyncLedger::Quarantined& item : unreported.mid(0, 200)) {
        records << item.record;
        ids << item.id;
    }
    m_client.reportQuarantine(records, [this, ids](const HubError& error) {
        if (!error.isError())
            m_ledger.markReported(ids);
        finish(error.kind() == HubError::Kind::Cancelled ? error : HubError());
    });
}

void SyncEngine::takePrefetched()
{
    const std::shared_ptr<Prefetch> prefetch = std::move(m_prefetch);
    if (prefetch)
        onPage(prefetch->error, prefetch->page);
}

void SyncEngine::finish(const HubError& error)
{
    m_summary.error = error;
    m_summary.conflicts = qint64(m_ledger.openConflicts().size());
    m_summary.rejected = m_ledger.count(QStringLiteral("rejected"));
    m_summary.cursor = m_ledger.cursor();
    m_summary.roundTrips = requestsSent() - m_requestsAtStart;
    if (!error.isError())
        m_ledger.setValue(QStringLiteral("last_success_at"), m_clock.now().toString(Qt::ISODate));
    if (error.isError())
        qCWarning(lcSync) << "sync failed:" << error.code() << error.detail().left(300);
    else
        qCInfo(lcSync) << "sync finished: pushed" << m_summary.pushed << "pulled" << m_summary.pulled
                       << "merged" << m_summary.merged << "conflicts" << m_summary.conflicts << "rejected"
                       << m_summary.rejected << "not stored" << m_summary.quarantined << "cursor"
                       << m_summary.cursor << "round trips" << m_summary.roundTrips;
    m_phase = Phase::Idle;
    emit finished(m_summary);
}

} // namespace xs
