#pragma once

#include "app/DatabaseThread.h"

#include <QFutureWatcher>

#include <functional>
#include <optional>

namespace xs {

/// A read on a DatabaseThread where only the newest request matters: counts for the filter being
/// typed, figures for the range just chosen. A request made while one runs cancels it (its
/// statements stop within a few thousand SQLite steps) and is read as soon as it has stopped; a
/// superseded result is never delivered, and nothing is delivered once this object is gone. The UI
/// thread never waits: request() only queues.
template <typename Result>
class LatestRead
{
public:
    using Read = std::function<Result(QSqlDatabase* connection, const DatabaseError& error)>;
    using Deliver = std::function<void(const Result&)>;

    /// thread must outlive this object; deliver runs on the thread that made this object.
    LatestRead(DatabaseThread& thread, Deliver deliver)
        : m_thread(thread)
        , m_deliver(std::move(deliver))
    {
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, &m_watcher, [this] {
            m_inFlight = false;
            if (m_next) // a newer request came in meanwhile: this result is stale
                return start(*std::exchange(m_next, std::nullopt));
            if (!std::exchange(m_discard, false))
                m_deliver(m_watcher.result());
        });
    }
    ~LatestRead() { cancel(); }
    LatestRead(const LatestRead&) = delete;
    LatestRead& operator=(const LatestRead&) = delete;

    void request(Read read)
    {
        if (!m_inFlight)
            return start(std::move(read));
        m_next = std::move(read);
        m_cancel->store(true);
    }

    /// Stops what runs and forgets what waits; nothing more is delivered until the next request.
    void cancel()
    {
        m_next.reset();
        if (m_inFlight) {
            m_cancel->store(true);
            m_discard = true;
        }
    }

    /// A read runs, waits to run, or has a result not yet delivered.
    bool isBusy() const { return m_inFlight; }

private:
    void start(Read read)
    {
        m_cancel = std::make_shared<std::atomic_bool>(false);
        m_discard = false;
        m_inFlight = true;
        m_watcher.setFuture(m_thread.run(std::move(read), m_cancel));
    }

    DatabaseThread& m_thread;
    Deliver m_deliver;
    QFutureWatcher<Result> m_watcher;
    std::optional<Read> m_next;
    DatabaseThread::CancelFlag m_cancel;
    bool m_discard = false;  // the running read was cancelled without a newer one
    bool m_inFlight = false; // from start() until its finished() is handled, not only while it runs
};

} // namespace xs
