#pragma once

#include "models/catalog/CatalogFilter.h"
#include "models/storage/PreparedQuery.h" // SqlCondition

#include <QString>
#include <QVariantList>

#include <optional>

namespace xs {

/// Turns a CatalogFilter into SQL: the one place that knows how search, facets, overdue and sort
/// keys map onto the schema, for the table model, the facet counts, the CLI and the benchmark.
namespace CatalogQuery {

/// Every condition of the filter, except those of the facet left out (facet counts show what
/// choosing another value of a facet would give).
/// joinedSearch: the search index is in FROM (see from()), so it is matched directly.
SqlCondition where(const CatalogFilter& filter, std::optional<CatalogFacet> leaveOut = std::nullopt,
                   bool joinedSearch = false);

/// In search order (Relevance) with an indexed term, the rows come straight from the trigram
/// index in its rowid order, so the first page needs only the first matches, not all of them.
bool drivenBySearchIndex(const CatalogFilter& filter);

/// The search part alone: terms of three or more characters go to the trigram index, shorter ones
/// (which a trigram cannot match) to LIKE over the same columns. Empty text: no condition.
/// indexedThrough: entries after this rowid are not in the index yet and are matched with LIKE.
/// walkSortIndex: every term is matched with LIKE (see CatalogFilter::walkSortIndex).
SqlCondition search(const QString& text, bool joined = false,
                    std::optional<qint64> indexedThrough = std::nullopt, bool walkSortIndex = false);

/// Whether text has a term the trigram index can look up (three characters or more).
bool hasIndexedTerm(const QString& text);

/// Counts the entries the search index matches for text, up to cap: SELECT count(*) ... (one
/// binding). How CatalogSearchPlan tells a common search from a rare one without counting all.
SqlCondition matchCountUpTo(const QString& text, qint64 cap);

/// One page of the catalog table: the sort key, then id, name, code, department code, sharing
/// and open attribute, grade, frequency, last update, status and rowid; limit rows, after the
/// keyset position (sort key, rowid) of the previous page's last row if given. The model and the
/// benchmark run this same statement.
SqlCondition page(const CatalogFilter& filter, int limit,
                  const std::optional<QPair<QVariant, qint64>>& after);

/// The sort key expression over e, matching an index of migration 0003 (the name: 0032).
QString sortKey(CatalogSort sort);

/// The grouping expression of a facet over e.
QString facetKey(CatalogFacet facet, const QDate& today);

/// Splits text into search terms (whitespace separated; a quoted phrase stays whole).
QStringList terms(const QString& text);

} // namespace CatalogQuery

} // namespace xs
