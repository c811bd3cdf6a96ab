#pragma once

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace xs {

/// The facets a cataloguer narrows the catalog by (the facet panel's groups).
enum class CatalogFacet
{
    Department,
    Catalog, // share / open / authorized
    Grade,
    ShareAttribute,
    OpenAttribute,
    Frequency,
    Status,
    Overdue, // "overdue" / "current"
};

/// The columns the catalog table sorts by; Relevance keeps the order of the search index.
enum class CatalogSort
{
    Relevance,
    Name,
    Code,
    Department,
    Grade,
    LastUpdated,
    Status,
};

/// What the catalog page shows: search text, the values chosen per facet (values within a facet
/// are alternatives, facets narrow each other), and the order. today decides "overdue".
struct CatalogFilter
{
    QString text;
    QHash<CatalogFacet, QSet<QString>> chosen;
    QStringList ids; // when not empty: only these entries (e.g. those in one 一数一源 issue)
    CatalogSort sort = CatalogSort::Name;
    bool descending = false;
    QDate today; // China's date by the clock; whoever builds the filter sets it
    /// Set while the search index has a backlog (CatalogSearchBacklog::withBacklog): entries with a
    /// larger rowid are not indexed yet, so search matches them with LIKE.
    std::optional<qint64> indexedThrough;
    /// Set when the search terms, or without terms the chosen facet values, are common in a
    /// sorted order (CatalogSearchPlan): the page walks the sort's index and tests each entry's
    /// text with LIKE and its facets without their indexes, and stops at a page of matches,
    /// instead of looking up every match and sorting them all.
    bool walkSortIndex = false;
    /// Set when the chosen facet values are rare in the sort's order (CatalogSearchPlan): the page
    /// finds the matching entries first and sorts them, instead of walking the sort's index past
    /// thousands of entries that do not match.
    bool sortMatches = false;

    bool operator==(const CatalogFilter&) const = default;
};

QList<CatalogFacet> allCatalogFacets();
QString catalogFacetKey(CatalogFacet facet); // department, catalog, grade ... (stable, for settings)

} // namespace xs
