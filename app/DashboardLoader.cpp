#include "app/DashboardLoader.h"

namespace xs {

DashboardLoader::DashboardLoader(QString databasePath, DatabaseKey key, QObject* parent)
    : QObject(parent)
    , m_thread(std::move(databasePath), std::move(key))
{
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

// The watchers go first (declared after m_thread), so nothing is delivered once the loader goes;
// m_thread then finishes what runs and closes its connection.
DashboardLoader::~DashboardLoader() = default;

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
    m_figures.setFuture(m_thread.run([filter](QSqlDatabase* connection, const DatabaseError& error) {
        DashboardFigures figures;
        figures.filter = filter;
        figures.kpis.error = error;
        if (connection)
            figures = DashboardFigures::compute(*connection, filter);
        return figures;
    }));
}

void DashboardLoader::startList(const GrantFilter& filter)
{
    m_list.setFuture(m_thread.run([filter](QSqlDatabase* connection, const DatabaseError& error) {
        ListResult result{filter, {}, error};
        if (connection)
            result.rows = GrantListModel::query(*connection, filter, &result.error);
        return result;
    }));
}

} // namespace xs
