#pragma once

#include "models/catalog/CatalogFilter.h"

#include <QSqlDatabase>

namespace xs {

/// How a search sorted by a column (name, code …) reads its first page, chosen by how common the
/// terms are.
///
/// A rare term is best looked up in the trigram index and its few matches sorted. A common one
/// (数据项, in nearly every abstract) would have the page sort every match first: 560 ms at
/// 200,000 entries. For it, walking the sort's index and testing each entry's text stops after
/// little more than a page. Sorting costs about as much per match as testing costs per entry
/// walked, so the two meet where matches² ≈ 215 × entries (catalog_bench, filter_first_page):
/// about 6,600 matches of 200,000 entries, 14,700 of a million; at that point either plan takes
/// some 20–40 ms, and both take less on either side of it. That assumes the matches are spread
/// over the order; where they are not, the walk's first page must be found within WalkBudget
/// entries, or the matches are sorted after all.
class CatalogSearchPlan
{
public:
    explicit CatalogSearchPlan(QSqlDatabase database);

    /// The filter as its pages should query it: walkSortIndex set when its terms are common (counts
    /// matches only up to the threshold, so a common term costs no more than a rare one to judge);
    /// without a term, sortMatches set when the chosen facet values do not fill a page within the
    /// first WalkBudget entries of the order.
    CatalogFilter choose(CatalogFilter filter) const;

    /// Matches from which a term counts as common among this many entries.
    static qint64 commonFrom(qint64 entries);

    /// How many entries of the sort's index the walk may read for its first page (about 15 ms).
    static constexpr int WalkBudget = 5000;
    static constexpr int PageRows = 200;

private:
    bool firstPageNearTheStart(const CatalogFilter& walking) const;

    QSqlDatabase m_database;
};

} // namespace xs
