#pragma once

#include "models/storage/DatabaseError.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>

namespace xs {

/// Works off the catalog's search backlog (CatalogSearchBacklog) after a bulk pull: one chunk of
/// entries per event-loop turn, each its own transaction, so the window stays responsive and an
/// interruption loses nothing (the next start goes on from the last chunk). Searches stay complete
/// meanwhile: they match the entries not indexed yet with LIKE.
class CatalogSearchIndexer : public QObject
{
    Q_OBJECT

public:
    /// 185–270 ms of work a chunk on a 2-core machine (sync_bench: 200,000 entries in 3.7–5.4 s):
    /// long enough that the index is built in big, cheap chunks (in a plain-SQLite trial, chunks of 2,000
    /// cost 40% more in total), short enough that the window stays usable between them.
    static constexpr int ChunkSize = 10000;

    explicit CatalogSearchIndexer(QSqlDatabase database, QObject* parent = nullptr);

    /// Starts if a backlog is open and no run is going. Returns whether a run is going now.
    bool start();
    void cancel();
    bool isRunning() const { return m_running; }

    /// Indexes the whole backlog before returning (command line, tests, benchmark).
    static DatabaseError runToEnd(QSqlDatabase database,
                                  const std::function<void(qint64 done, qint64 total)>& progress = {});

signals:
    void progress(qint64 done, qint64 total);
    /// ok false: the database refused (message says why); the backlog stays for the next start.
    void finished(bool ok, const QString& message);

private:
    void step();

    QSqlDatabase m_database;
    bool m_running = false;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

} // namespace xs
