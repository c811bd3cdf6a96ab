#include "app/DashboardLoader.h"

#include "models/storage/Database.h"

#include <QtConcurrent>

namespace xs {

struct DashboardLoader::Worker
{
    std::unique_ptr<Database> database;

    /// The worker's connection, opened on first use (on the pool's thread).
    std::optional<QSqlDatabase> connection(const QString& path, const DatabaseKey& key, DatabaseError* error)
    {
        if (!database) {
            Database::Options options;
            options.migrate = false; // the app has migrated it already
            database = Database::open(path, key, options, error);
            if (!database)
                return std::nullopt;
        }
        return database->connection();
    }
};

DashboardLoader::DashboardLoader(QString databasePath, DatabaseKey key, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_key(std::move(key))
    , m_worker(std::make_shared<Worker>())
{
    // One thread that never expires: a connection belongs to the thread that opened it, and the
    // one thread also runs the requests in the order they were made.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    connect(&m_figures, &QFutureWatcherBase::finished, this, [this] {
        if (m_nextFigures) // a newer filter came in meanwhile; this result is already stale
            return startFigures(*std::exchange(m_nextFigures, std::nullopt));
        emit loaded(m_figures.result());
    });
    connect(&m_list, &QFutureWatcherBase::finished, this, [this] {
        if (m_nextList)
            return startList(*std::exchange(m_nextList, std::nullopt));
        emit listLoaded(m_list.result());
    });
}

DashboardLoader::~DashboardLoader()
{
    // The connection is closed on the thread that opened it: queued behind any request still
    // running on the pool's one thread. Waiting on a QFuture here could run that task on this
    // thread instead (QThreadPool steals queued work for a waiter), so only the pool is waited on.
    m_nextFigures.reset();
    m_nextList.reset();
    m_pool.start([worker = m_worker] { worker->database.reset(); });
    m_pool.waitForDone();
}

void DashboardLoader::request(const GrantFilter& filter)
{
    if (m_figures.isRunning())
        m_nextFigures = filter;
    else
        startFigures(filter);
}

void DashboardLoader::requestList(const GrantFilter& filter)
{
    if (m_list.isRunning())
        m_nextList = filter;
    else
        startList(filter);
}

void DashboardLoader::startFigures(const GrantFilter& filter)
{
    m_figures.setFuture(QtConcurrent::run(&m_pool, [worker = m_worker, path = m_path, key = m_key, filter] {
        DashboardFigures figures;
        figures.filter = filter;
        if (const std::optional<QSqlDatabase> connection = worker->connection(path, key, &figures.kpis.error))
            figures = DashboardFigures::compute(*connection, filter);
        return figures;
    }));
}

void DashboardLoader::startList(const GrantFilter& filter)
{
    m_list.setFuture(QtConcurrent::run(&m_pool, [worker = m_worker, path = m_path, key = m_key, filter] {
        ListResult result{filter, {}, {}};
        if (const std::optional<QSqlDatabase> connection = worker->connection(path, key, &result.error))
            result.rows = GrantListModel::query(*connection, filter, &result.error);
        return result;
    }));
}

} // namespace xs
