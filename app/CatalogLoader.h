#pragma once

#include "app/DatabaseThread.h"
#include "app/LatestRead.h"
#include "models/catalog/CatalogFacetCounts.h"
#include "models/catalog/CatalogFilter.h"
#include "models/catalog/CatalogRepository.h"
#include "models/storage/DatabaseKey.h"

#include <QObject>

namespace xs {

/// Reads what the catalog area counts on a thread of its own (DatabaseThread): the facet counts of
/// the filter being typed, and the 一数一源 conflicts. At province scale each reads every entry or
/// every claimed item, so on the UI thread they would freeze the page at every keystroke. A newer
/// request of the same kind cancels the running one (LatestRead); nothing stale is delivered.
class CatalogLoader : public QObject
{
    Q_OBJECT

public:
    CatalogLoader(QString databasePath, DatabaseKey key, QObject* parent = nullptr);
    ~CatalogLoader() override;

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
    void countsLoaded(const xs::CatalogFacetCounts& counts);
    void oneSourceLoaded(const xs::CatalogLoader::OneSource& result);

private:
    DatabaseThread m_thread;
    // After the thread, so they go first (see DashboardLoader).
    LatestRead<CatalogFacetCounts> m_counts;
    LatestRead<OneSource> m_oneSource;
};

} // namespace xs
