#include "app/DashboardLoader.h"

namespace xs {

DashboardLoader::DashboardLoader(QString databasePath, DatabaseKey key, QObject* parent)
    : QObject(parent)
    , m_thread(std::move(databasePath), std::move(key))
    , m_figures(m_thread, [this](const DashboardFigures& figures) { emit loaded(figures); })
    , m_list(m_thread, [this](const ListResult& result) { emit listLoaded(result); })
{}

DashboardLoader::~DashboardLoader() = default;

void DashboardLoader::request(const GrantFilter& filter)
{
    m_figures.request([filter](QSqlDatabase* connection, const DatabaseError& error) {
        DashboardFigures figures;
        figures.filter = filter;
        figures.kpis.error = error;
        if (connection)
            figures = DashboardFigures::compute(*connection, filter);
        return figures;
    });
}

void DashboardLoader::requestList(const GrantFilter& filter)
{
    m_list.request([filter](QSqlDatabase* connection, const DatabaseError& error) {
        ListResult result{filter, {}, error};
        if (connection)
            result.rows = GrantListModel::query(*connection, filter, &result.error);
        return result;
    });
}

} // namespace xs
