#pragma once

#include "app/DatabaseThread.h"
#include "app/LatestRead.h"
#include "models/grants/DashboardFigures.h"
#include "models/grants/GrantListModel.h"
#include "models/storage/DatabaseKey.h"

#include <QObject>

namespace xs {

class Database;

/// Reads what the dashboards show on a thread of its own (DatabaseThread), so they never hold up
/// the UI: at scale the price series alone reads a million rows, and the list behind a bar
/// thousands. A request made while one of the same kind runs cancels it (LatestRead): only the
/// newest is read, and nothing stale is ever delivered.
class DashboardLoader : public QObject
{
    Q_OBJECT

public:
    DashboardLoader(QString databasePath, DatabaseKey key, QObject* parent = nullptr);
    ~DashboardLoader() override;

    /// Every KPI and chart series for a filter; delivered by loaded().
    void request(const GrantFilter& filter);
    /// The agreements a filter selects; delivered by listLoaded().
    void requestList(const GrantFilter& filter);

    struct ListResult
    {
        GrantFilter filter;
        GrantListModel::Rows rows;
        DatabaseError error;
    };

signals:
    void loaded(const xs::DashboardFigures& figures);
    void listLoaded(const xs::DashboardLoader::ListResult& result);

private:
    DatabaseThread m_thread;
    // After the thread: they go first, so nothing is delivered once the loader goes, and what they
    // cancel has stopped by the time the thread closes its connection.
    LatestRead<DashboardFigures> m_figures;
    LatestRead<ListResult> m_list;
};

} // namespace xs
