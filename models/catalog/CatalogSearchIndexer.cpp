#include "models/catalog/CatalogSearchIndexer.h"

#include "models/catalog/CatalogSearchBacklog.h"

namespace xs {

CatalogSearchIndexer::CatalogSearchIndexer(QSqlDatabase database, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
{}

bool CatalogSearchIndexer::start()
{
    if (m_running)
        return true;
    DatabaseError error;
    const std::optional<qint64> waiting = CatalogSearchBacklog(m_database).waiting(&error);
    if (!waiting)
        return false;
    m_running = true;
    m_done = 0;
    m_total = *waiting;
    emit progress(m_done, m_total);
    QMetaObject::invokeMethod(this, &CatalogSearchIndexer::step, Qt::QueuedConnection);
    return true;
}

void CatalogSearchIndexer::cancel()
{
    m_running = false; // the queued step sees it and stops; the backlog keeps the rest
}

void CatalogSearchIndexer::step()
{
    if (!m_running)
        return;
    bool closed = false;
    if (const DatabaseError error = CatalogSearchBacklog(m_database).indexNext(ChunkSize, &closed);
        error.isError()) {
        m_running = false;
        emit finished(false, error.fullText());
        return;
    }
    m_done = closed ? m_total : qMin(m_total, m_done + ChunkSize);
    emit progress(m_done, m_total);
    if (closed) {
        m_running = false;
        emit finished(true, {});
        return;
    }
    // One chunk per event-loop turn: the window repaints and input is handled in between.
    QMetaObject::invokeMethod(this, &CatalogSearchIndexer::step, Qt::QueuedConnection);
}

DatabaseError CatalogSearchIndexer::runToEnd(QSqlDatabase database,
                                             const std::function<void(qint64, qint64)>& progress)
{
    CatalogSearchBacklog backlog(database);
    DatabaseError error;
    const std::optional<qint64> waiting = backlog.waiting(&error);
    if (!waiting)
        return error;
    qint64 done = 0;
    for (bool closed = false; !closed;) {
        if ((error = backlog.indexNext(ChunkSize, &closed)).isError())
            return error;
        done = closed ? *waiting : qMin(*waiting, done + ChunkSize);
        if (progress)
            progress(done, *waiting);
    }
    return {};
}

} // namespace xs
