#include "models/catalog/CatalogQuery.h"

#include "models/catalog/CatalogRecordTypes.h"

#include <QPair>

#include <algorithm>

namespace xs {

QList<CatalogFacet> allCatalogFacets()
{
    return {CatalogFacet::Department,     CatalogFacet::Catalog,       CatalogFacet::Grade,
            CatalogFacet::ShareAttribute, CatalogFacet::OpenAttribute, CatalogFacet::Frequency,
            CatalogFacet::Status,         CatalogFacet::Overdue};
}

QString catalogFacetKey(CatalogFacet facet)
{
    switch (facet) {
    case CatalogFacet::Department:
        return QStringLiteral("department");
    case CatalogFacet::Catalog:
        return QStringLiteral("catalog");
    case CatalogFacet::Grade:
        return QStringLiteral("grade");
    case CatalogFacet::ShareAttribute:
        return QStringLiteral("share_attribute");
    case CatalogFacet::OpenAttribute:
        return QStringLiteral("open_attribute");
    case CatalogFacet::Frequency:
        return QStringLiteral("frequency");
    case CatalogFacet::Status:
        return QStringLiteral("status");
    case CatalogFacet::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

namespace CatalogQuery {

namespace {

// Text the user typed never becomes SQL: it is bound, as an FTS5 string (quotes doubled) or as a
// LIKE pattern (wildcards escaped).
QString ftsString(const QString& term)
{
    QString quoted = term;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString likePattern(const QString& term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString dateLiteral(const QDate& date)
{
    return QLatin1Char('\'') + date.toString(Qt::ISODate) + QLatin1Char('\''); // digits and dashes only
}

QString column(CatalogFacet facet)
{
    switch (facet) {
    case CatalogFacet::Department:
        return QStringLiteral("e.department_code");
    case CatalogFacet::Grade:
        return QStringLiteral("e.grade");
    case CatalogFacet::ShareAttribute:
        return QStringLiteral("e.share_attribute");
    case CatalogFacet::OpenAttribute:
        return QStringLiteral("e.open_attribute");
    case CatalogFacet::Frequency:
        return QStringLiteral("e.update_frequency");
    case CatalogFacet::Status:
        return QStringLiteral("e.status");
    case CatalogFacet::Catalog:
    case CatalogFacet::Overdue:
        break;
    }
    return {};
}

void append(SqlCondition& target, const SqlCondition& part)
{
    if (part.sql.isEmpty())
        return;
    target.sql += QLatin1String(" AND ") + part.sql;
    target.bindings += part.bindings;
}

/// walking: the page walks the sort's index (CatalogFilter::walkSortIndex), so the condition is
/// written with a unary + that keeps SQLite from looking its values up in their own index and then
/// sorting every match.
SqlCondition facetCondition(CatalogFacet facet, const QSet<QString>& values, const QDate& today, bool walking)
{
    if (values.isEmpty())
        return {};
    const QString noIndex = walking ? QStringLiteral("+") : QString();
    QStringList sorted(values.cbegin(), values.cend());
    sorted.sort(); // the same choice gives the same SQL (prepared-statement reuse, tests)
    SqlCondition condition;
    if (facet == CatalogFacet::Catalog) {
        QStringList alternatives;
        for (const QString& catalog : sorted) {
            if (catalog == QLatin1String("share") || catalog == QLatin1String("open") ||
                catalog == QLatin1String("authorized"))
                alternatives.append(QStringLiteral("%1e.in_%2_catalog = 1").arg(noIndex, catalog));
        }
        condition.sql = alternatives.isEmpty()
                            ? QStringLiteral("0")
                            : QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) + QLatin1Char(')');
        return condition;
    }
    if (facet == CatalogFacet::Overdue) {
        const bool wantOverdue = values.contains(QStringLiteral("overdue"));
        const bool wantCurrent = values.contains(QStringLiteral("current"));
        if (wantOverdue == wantCurrent)
            return {};
        condition.sql = facetKey(facet, today) +
                        (wantOverdue ? QLatin1String(" = 'overdue'") : QLatin1String(" = 'current'"));
        return condition;
    }
    condition.sql = QStringLiteral("%1coalesce(%2, '') IN (%3)")
                        .arg(noIndex, column(facet),
                             QStringList(sorted.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    for (const QString& value : sorted)
        condition.bindings.append(value);
    return condition;
}

} // namespace

QStringList terms(const QString& text)
{
    // By hand rather than with a regular expression: this runs on every keystroke's query.
    QStringList found;
    QString term;
    bool quoted = false;
    auto flush = [&] {
        if (!term.trimmed().isEmpty())
            found.append(term.trimmed());
        term.clear();
    };
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            flush();
            quoted = !quoted;
        } else if (c.isSpace() && !quoted) {
            flush();
        } else {
            term.append(c);
        }
    }
    flush();
    if (found.isEmpty() && !text.trimmed().isEmpty())
        found.append(text.trimmed()); // only quotes: search for them as typed
    return found;
}

SqlCondition search(const QString& text, bool joined, std::optional<qint64> indexedThrough,
                    bool walkSortIndex)
{
    // Each term matches any of the searchable fields: one LIKE and one binding per field.
    static const QString like = [] {
        QStringList alternatives;
        for (const QString& column : catalogSearchColumns())
            alternatives.append(QStringLiteral("e.%1 LIKE ? ESCAPE '\\'").arg(column));
        return QLatin1Char('(') + alternatives.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }();
    const auto bindEach = [](SqlCondition& target, const QString& pattern) {
        for (qsizetype i = 0; i < catalogSearchColumns().size(); ++i)
            target.bindings << pattern;
    };
    SqlCondition condition;
    QStringList indexed;
    SqlCondition notIndexed; // the indexed terms again, as LIKE, for entries the index has not seen
    QStringList parts;
    for (const QString& term : terms(text)) {
        const QString pattern = likePattern(term);
        if (term.size() >= 3 && !walkSortIndex) {
            indexed.append(ftsString(term));
            notIndexed.sql += (notIndexed.sql.isEmpty() ? QString() : QStringLiteral(" AND ")) + like;
            bindEach(notIndexed, pattern);
        } else {
            parts.append(like);
            bindEach(condition, pattern);
        }
    }
    if (!indexed.isEmpty()) {
        QString match =
            joined ? QStringLiteral("catalog_search MATCH ?")
                   : QStringLiteral(
                         "e.rowid IN (SELECT rowid FROM catalog_search WHERE catalog_search MATCH ?)");
        QVariantList bindings{indexed.join(QLatin1String(" AND "))};
        if (indexedThrough && !joined) {
            match = QStringLiteral("(%1 OR (e.rowid > ? AND %2))").arg(match, notIndexed.sql);
            bindings << *indexedThrough << notIndexed.bindings;
        }
        parts.prepend(match);
        condition.bindings = bindings + condition.bindings;
    }
    condition.sql = parts.join(QLatin1String(" AND "));
    return condition;
}

bool hasIndexedTerm(const QString& text)
{
    const QStringList found = terms(text);
    return std::any_of(found.cbegin(), found.cend(), [](const QString& term) { return term.size() >= 3; });
}

bool drivenBySearchIndex(const CatalogFilter& filter)
{
    if (filter.sort != CatalogSort::Relevance || filter.indexedThrough || filter.walkSortIndex)
        return false; // with a backlog, some matches are not in the index
    return hasIndexedTerm(filter.text);
}

SqlCondition matchCountUpTo(const QString& text, qint64 cap)
{
    // Only the index's part: the terms too short for it would need the table, and the count only
    // has to tell many from few.
    QStringList phrases;
    for (const QString& term : terms(text)) {
        if (term.size() >= 3)
            phrases.append(ftsString(term));
    }
    return {QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM catalog_search WHERE catalog_search MATCH ? "
                           "LIMIT %1)")
                .arg(cap),
            {phrases.join(QLatin1String(" AND "))}};
}

SqlCondition where(const CatalogFilter& filter, std::optional<CatalogFacet> leaveOut, bool joinedSearch)
{
    SqlCondition condition{QStringLiteral("e.deleted = 0"), {}};
    append(condition, search(filter.text, joinedSearch, filter.indexedThrough, filter.walkSortIndex));
    if (!filter.ids.isEmpty()) {
        SqlCondition ids{QStringLiteral("e.id IN (%1)")
                             .arg(QStringList(filter.ids.size(), QStringLiteral("?")).join(QLatin1Char(','))),
                         {}};
        for (const QString& id : filter.ids)
            ids.bindings.append(id);
        append(condition, ids);
    }
    for (const CatalogFacet facet : allCatalogFacets()) {
        if (facet != leaveOut)
            append(condition,
                   facetCondition(facet, filter.chosen.value(facet), filter.today, filter.walkSortIndex));
    }
    return condition;
}

SqlCondition page(const CatalogFilter& filter, int limit, const std::optional<QPair<QVariant, qint64>>& after)
{
    const bool driven = drivenBySearchIndex(filter);
    // Unary + keeps SQLite from reading the order off the sort's index, so it finds the matches
    // through the facets' own indexes and sorts them (CatalogFilter::sortMatches).
    const QString key = driven               ? QStringLiteral("catalog_search.rowid")
                        : filter.sortMatches ? QStringLiteral("+") + sortKey(filter.sort)
                                             : sortKey(filter.sort);
    const QString source =
        driven ? QStringLiteral("catalog_search JOIN catalog_entry e ON e.rowid = catalog_search.rowid")
               : QStringLiteral("catalog_entry e");
    // The rowid is unique on its own; other keys need it to break ties (every index ends with it).
    const bool uniqueKey = filter.sort == CatalogSort::Relevance;
    SqlCondition condition = where(filter, std::nullopt, driven);
    const QString comparison = filter.descending ? QStringLiteral("<") : QStringLiteral(">");
    if (after && uniqueKey) {
        condition.sql += QStringLiteral(" AND %1 %2 ?").arg(key, comparison);
        condition.bindings << after->first;
    } else if (after) {
        // Spelled out rather than as a row value: SQLite turns "key >= ?" into a range on the key's
        // index (SEARCH), but scans the index from its start for (key, id) > (?, ?) on an expression
        // index, which makes every later page slower than the one before.
        condition.sql += QStringLiteral(" AND %1 %2= ? AND (%1 %2 ? OR e.rowid %2 ?)").arg(key, comparison);
        condition.bindings << after->first << after->first << after->second;
    }
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QString();
    const QString order =
        uniqueKey ? QStringLiteral("1%1").arg(direction) : QStringLiteral("1%1, e.rowid%1").arg(direction);
    // Department names and "overdue" come from small tables the model holds in memory, not from a
    // join and a subquery per row: a page of a broad search costs little more than the index lookup.
    condition.sql =
        QStringLiteral("SELECT %1, e.id, e.name, e.code, e.department_code, e.share_attribute, "
                       "e.open_attribute, e.grade, e.update_frequency, e.last_updated_on, e.status, e.rowid "
                       "FROM %2 WHERE %3 ORDER BY %4 LIMIT %5")
            .arg(key, source, condition.sql, order)
            .arg(limit);
    return condition;
}

QString sortKey(CatalogSort sort)
{
    switch (sort) {
    case CatalogSort::Relevance:
        return QStringLiteral("e.rowid"); // with the search index in FROM, its rowid (the same value)
    case CatalogSort::Name:
        return QStringLiteral("e.name_pinyin"); // pinyin order; the same key for NULL and ''
    case CatalogSort::Code:
        return QStringLiteral("coalesce(e.code, '')");
    case CatalogSort::Department:
        return QStringLiteral("coalesce(e.department_code, '')");
    case CatalogSort::Grade:
        return QStringLiteral("coalesce(e.grade, '')");
    case CatalogSort::LastUpdated:
        return QStringLiteral("coalesce(e.last_updated_on, '')");
    case CatalogSort::Status:
        return QStringLiteral("coalesce(e.status, '')");
    }
    return {};
}

QString facetKey(CatalogFacet facet, const QDate& today)
{
    if (facet == CatalogFacet::Overdue) {
        return QStringLiteral(
                   "(CASE WHEN e.update_frequency IS NULL THEN 'current' WHEN (SELECT f.max_age_days "
                   "FROM update_frequency f WHERE f.name = e.update_frequency) IS NULL THEN 'current' "
                   "WHEN e.last_updated_on IS NULL OR date(e.last_updated_on, '+' || (SELECT "
                   "f.max_age_days FROM update_frequency f WHERE f.name = e.update_frequency) || "
                   "' days') < %1 THEN 'overdue' ELSE 'current' END)")
            .arg(dateLiteral(today));
    }
    return QStringLiteral("coalesce(%1, '')").arg(column(facet));
}

} // namespace CatalogQuery

} // namespace xs
