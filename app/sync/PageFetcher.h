#pragma once

#include "app/sync/HubClient.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>

namespace xs {

/// Pulls pages of changes on a thread of its own, with its own HubClient set up like the engine's.
///
/// The engine applies each page on the main thread while the next one is on its way. A client on
/// the main thread could only read and start decoding that next page after the apply, so the
/// hub and the decoder waited on the apply and the apply on them (a fifth of a first sync's time,
/// measured by sync_bench). Here the reply is read and decoded while the apply runs, and the page
/// is handed back to the caller's thread ready to apply.
class PageFetcher : public QObject
{
    Q_OBJECT

public:
    explicit PageFetcher(QObject* parent = nullptr);
    ~PageFetcher() override;

    /// Takes the address, trust settings and token of `settings` (call before each sync: the
    /// token or the address may have changed).
    HubError configureLike(const HubClient& settings);
    /// One page after `after`; `done` runs on this object's thread, unless the fetcher is gone.
    void fetch(qint64 after, int limit, std::function<void(const HubError&, const ChangePage&)> done);
    /// Cancels the request in flight; its `done` gets Cancelled.
    void abort();
    int requestsSent() const { return m_requests.load(); }

private:
    QThread m_thread;
    HubClient* m_client = nullptr; // lives on m_thread
    std::atomic<int> m_requests = 0;
};

} // namespace xs
