#pragma once

#include "models/catalog/CatalogFilter.h"
#include "models/storage/DatabaseError.h"

#include <QHash>
#include <QSqlDatabase>

namespace xs {

/// How many resources each facet value would show, given the rest of the filter. A facet's own
/// choice is left out of its counts, so choosing 重要数据 does not hide the count of 一般数据.
struct CatalogFacetCounts
{
    qint64 total = 0; // resources matching the whole filter
    QHash<CatalogFacet, QHash<QString, qint64>> counts;
    DatabaseError error;

    /// Runs one grouped COUNT per facet, all in SQL.
    static CatalogFacetCounts count(QSqlDatabase database, const CatalogFilter& filter);
};

} // namespace xs
