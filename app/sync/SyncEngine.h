#pragma once

#include "app/sync/HubClient.h"
#include "app/sync/PageFetcher.h"
#include "models/journal/SyncApplier.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>

namespace xs {

/// One sync: push the outbox in batches (at most one operation per record per round, so each
/// builds on the version the previous one made), then pull pages after the cursor, then push what
/// merging produced. Every page and the cursor after it are applied in one local transaction, so
/// an interrupted sync resumes where it stopped. Asynchronous, cancellable, with progress.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    struct Summary
    {
        int pushed = 0;       // operations the hub applied
        int pulled = 0;       // records received
        int merged = 0;       // records merged by themselves
        qint64 conflicts = 0; // open conflicts after the sync
        qint64 rejected = 0;  // rejected operations kept for the user
        int quarantined = 0;  // received records this desktop set aside (it could not store them)
        qint64 cursor = 0;
        int roundTrips = 0;
        HubError error;
    };

    enum class Phase
    {
        Idle,
        Pushing,
        Pulling,
    };

    /// clock: when operations are due and what the sync records (it must outlive the engine).
    SyncEngine(QSqlDatabase database, QString user, HubClient& client, const Clock& clock,
               QObject* parent = nullptr);

    static constexpr int PushBatchSize = 500;
    static constexpr int PageSize = 2000;

    bool isRunning() const { return m_phase != Phase::Idle; }

    /// force: push every pending operation now, even those waiting for their next retry time.
    void start(bool force = false);
    void cancel();

signals:
    void progress(xs::SyncEngine::Phase phase, int done, int total);
    void finished(const xs::SyncEngine::Summary& summary);

private:
    void pushRound();
    void onPushAnswered(const QList<QueuedOperation>& due, const std::optional<ChainHead>& head,
                        const HubError& error, const QList<OperationResult>& results,
                        const std::optional<ChainReceipt>& receipt);
    /// Checks the hub's receipt for the head a push carried and keeps it (chain_receipt).
    void keepReceipt(const ChainHead& sent, const ChainReceipt& receipt);
    void reportQuarantine();
    void pullPage();
    void onPage(const HubError& error, const ChangePage& page);
    void takePrefetched();
    void finish(const HubError& error);
    int requestsSent() const { return m_client.requestsSent() + m_fetcher.requestsSent(); }
    QDateTime dueTime() const;

    QSqlDatabase m_database;
    HubClient& m_client;
    const Clock& m_clock;
    PageFetcher m_fetcher; // pulls; the client pushes
    SyncLedger m_ledger;
    SyncApplier m_applier;
    Phase m_phase = Phase::Idle;
    Summary m_summary;
    bool m_force = false;
    bool m_pushedAfterPull = false;
    int m_rounds = 0;
    int m_requestsAtStart = 0;

    /// The next page, asked for while the current one is applied.
    struct Prefetch
    {
        HubError error;
        ChangePage page;
        bool arrived = false;
        bool awaited = false; // the current page is applied and waits for this one
    };
    std::shared_ptr<Prefetch> m_prefetch;
};

} // namespace xs

Q_DECLARE_METATYPE(xs::SyncEngine::Summary)
