#pragma once

#include "app/DatabaseThread.h"
#include "models/grants/DashboardFigures.h"
#include "models/grants/GrantListModel.h"
#include "models/storage/DatabaseKey.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

namespace xs {

class Database;

/// Reads what the dashboards show on a thread of its own (DatabaseThread), so they never hold up
/// the UI: at scale the price series alone reads a million rows, and the list behind a bar
/// thousands. Requests made while one of the same kind runs are
/// coalesced: only the newest is read next, and nothing stale is ever delivered.
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
    void startFigures(const GrantFilter& filter);
    void startList(const GrantFilter& filter);

    DatabaseThread m_thread;
    QFutureWatcher<DashboardFigures> m_figures;
    QFutureWatcher<ListResult> m_list;
    std::optional<GrantFilter> m_nextFigures;
    std::optional<GrantFilter> m_nextList;
};

} // namespace xs
