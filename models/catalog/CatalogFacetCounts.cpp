#include "models/catalog/CatalogFacetCounts.h"

#include "models/catalog/CatalogQuery.h"
#include "models/catalog/CatalogSearchBacklog.h"
#include "models/storage/PreparedQuery.h"

#include <QSqlQuery>

namespace xs {

CatalogFacetCounts CatalogFacetCounts::count(QSqlDatabase database, const CatalogFilter& wanted)
{
    const CatalogFilter filter = CatalogSearchBacklog(database).withBacklog(wanted);
    CatalogFacetCounts result;
    QSqlQuery query(database);
    const SqlCondition all = CatalogQuery::where(filter);
    if (!runPrepared(query, QStringLiteral("SELECT count(*) FROM catalog_entry e WHERE ") + all.sql,
                     all.bindings, &result.error))
        return result;
    result.total = query.next() ? query.value(0).toLongLong() : 0;

    for (const CatalogFacet facet : allCatalogFacets()) {
        const SqlCondition others = CatalogQuery::where(filter, facet);
        QHash<QString, qint64>& counts = result.counts[facet];
        if (facet == CatalogFacet::Catalog) {
            // An entry may be in several catalogs: three sums, not one grouping.
            if (!runPrepared(
                    query,
                    QStringLiteral("SELECT total(e.in_share_catalog = 1), total(e.in_open_catalog = 1), "
                                   "total(e.in_authorized_catalog = 1) FROM catalog_entry e WHERE ") +
                        others.sql,
                    others.bindings, &result.error))
                return result;
            if (query.next()) {
                counts.insert(QStringLiteral("share"), qint64(query.value(0).toDouble()));
                counts.insert(QStringLiteral("open"), qint64(query.value(1).toDouble()));
                counts.insert(QStringLiteral("authorized"), qint64(query.value(2).toDouble()));
            }
            continue;
        }
        if (!runPrepared(query,
                         QStringLiteral("SELECT %1, count(*) FROM catalog_entry e WHERE %2 GROUP BY 1")
                             .arg(CatalogQuery::facetKey(facet, filter.today), others.sql),
                         others.bindings, &result.error))
            return result;
        while (query.next())
            counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    return result;
}

} // namespace xs
