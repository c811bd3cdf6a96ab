#include "models/catalog/CatalogSearchPlan.h"

#include "models/catalog/CatalogQuery.h"
#include "models/storage/SqlStatement.h"

#include <algorithm>
#include <cmath>

namespace xs {

CatalogSearchPlan::CatalogSearchPlan(QSqlDatabase database)
    : m_database(std::move(database))
{}

qint64 CatalogSearchPlan::commonFrom(qint64 entries)
{
    // Below a thousand matches sorting them is cheap whatever the catalog's size.
    return std::max<qint64>(1000, qint64(std::sqrt(215.0 * double(std::max<qint64>(entries, 0)))));
}

CatalogFilter CatalogSearchPlan::choose(CatalogFilter filter) const
{
    filter.walkSortIndex = false;
    filter.sortMatches = false;
    // Relevance is the index's own order (its first page is already cheap); with a backlog the
    // index does not know every entry.
    if (filter.sort == CatalogSort::Relevance || filter.indexedThrough || !filter.ids.isEmpty())
        return filter;
    if (!CatalogQuery::hasIndexedTerm(filter.text)) {
        // Nothing to look up; left to itself SQLite finds a chosen value through its index and
        // sorts every match (草稿 or 已发布 alike, 165 ms at 200,000 entries). Where the first
        // WalkBudget entries of the order hold a page of matches, walking the sort's index is
        // quicker; where they do not, the values are rare there, and sorting them is.
        const bool chosen = std::any_of(filter.chosen.cbegin(), filter.chosen.cend(),
                                        [](const QSet<QString>& values) { return !values.isEmpty(); });
        if (chosen && filter.text.trimmed().isEmpty()) {
            filter.walkSortIndex = firstPageNearTheStart(filter);
            filter.sortMatches = !filter.walkSortIndex;
        }
        return filter;
    }
    SqlStatement size(m_database, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM catalog_entry"));
    const qint64 entries = size.next() ? size.integer(0) : 0; // rowids: an estimate from above, and free
    const qint64 threshold = commonFrom(entries);
    const SqlCondition count = CatalogQuery::matchCountUpTo(filter.text, threshold);
    SqlStatement matches(m_database, count.sql);
    matches.bind(1, count.bindings.value(0));
    // A failed count leaves the index plan: the page itself then reports the database's error.
    if (!matches.next() || matches.integer(0) < threshold)
        return filter;
    filter.walkSortIndex = firstPageNearTheStart(filter);
    return filter;
}

bool CatalogSearchPlan::firstPageNearTheStart(const CatalogFilter& walking) const
{
    // Common overall is not common everywhere: 不动产登记 is in one resource in twenty, but in code
    // order those resources sit together, and the walk would read most of the index before the
    // first of them (1.5 s at 200,000 entries). So the first WalkBudget entries in the sort's
    // order must hold a page; if not, sorting the matches is the safer cost.
    CatalogFilter probe = walking;
    probe.walkSortIndex = true;
    const SqlCondition where = CatalogQuery::where(probe);
    const QString direction = probe.descending ? QStringLiteral(" DESC") : QString();
    const QString sql =
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM (SELECT e.rowid AS walked FROM catalog_entry e "
                       "ORDER BY %1%2, e.rowid%2 LIMIT %3) w JOIN catalog_entry e ON e.rowid = w.walked "
                       "WHERE %4 LIMIT %5)")
            .arg(CatalogQuery::sortKey(probe.sort), direction)
            .arg(WalkBudget)
            .arg(where.sql)
            .arg(PageRows);
    SqlStatement found(m_database, sql);
    for (int index = 0; index < where.bindings.size(); ++index)
        found.bind(index + 1, where.bindings.at(index));
    return found.next() && found.integer(0) >= PageRows;
}

} // namespace xs
