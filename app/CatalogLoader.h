#pragma once

#include "app/DatabaseThread.h"
#include "app/LatestRead.h"
#include "models/catalog/CatalogFacetCounts.h"
#include "models/catalog/CatalogFilter.h"
#include "models/catalog/CatalogRepository.h"
#include "models/catalog/CatalogTableModel.h"
#include "models/storage/DatabaseKey.h"

#include <QObject>

namespace xs {

/// Reads what the catalog area counts or searches on a thread of its own (DatabaseThread): the
/// table's pages and the facet counts of the filter being typed, and the 一数一源 conflicts.
/// At province scale a count reads every entry and a first page can take seconds, so on the UI
/// thread they would freeze the page at every keystroke. A newer request of the same kind cancels
/// the running one (LatestRead); nothing stale is delivered. Pages have a thread of their own, so
/// a click on a column header does not wait for the counts of a filter to finish, and a new
/// filter's first page stops the read of the old filter's next page.
class CatalogLoader : public QObject
{
    Q_OBJECT

public:
    CatalogLoader(QString databasePath, DatabaseKey key, QObject* parent = nullptr);
    ~CatalogLoader() override;

    /// The table's first page for a new filter or order; delivered by firstPageLoaded().
    void requestFirstPage(const CatalogTableModel::FirstPageRequest& request);
    /// A page after the first, as the table scrolls; delivered by nextPageLoaded().
    void requestNextPage(const CatalogTableModel::NextPageRequest& request);
    /// How many entries each facet value holds under filter; delivered by countsLoaded().
    void requestCounts(const CatalogFilter& filter);
    /// Every 一数一源 conflict; delivered by oneSourceLoaded().
    void requestOneSource();
    /// Counts are being read or wait to be read.
    bool countsPending() const { return m_counts.isBusy(); }
    /// The 一数一源 conflicts are being read or wait to be read.
    bool oneSourcePending() const { return m_oneSource.isBusy(); }

    struct OneSource
    {
        QList<OneSourceConflict> conflicts;
        DatabaseError error;
    };

signals:
    void firstPageLoaded(const xs::CatalogTableModel::FirstPage& page);
    void nextPageLoaded(const xs::CatalogTableModel::NextPage& page);
    void countsLoaded(const xs::CatalogFacetCounts& counts);
    void oneSourceLoaded(const xs::CatalogLoader::OneSource& result);

private:
    DatabaseThread m_thread;     // counts and 一数一源: reads over every entry or claim
    DatabaseThread m_pageThread; // pages: a few hundred rows along an index, or sorted matches
    // After the thread, so they go first (see DashboardLoader).
    LatestRead<CatalogTableModel::FirstPage> m_firstPage;
    LatestRead<CatalogTableModel::NextPage> m_nextPage;
    LatestRead<CatalogFacetCounts> m_counts;
    LatestRead<OneSource> m_oneSource;
};

} // namespace xs
