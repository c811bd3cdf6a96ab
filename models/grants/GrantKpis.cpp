#include "models/grants/GrantKpis.h"

#include "models/catalog/CatalogFacetCounts.h"
#include "models/grants/GrantRules.h"
#include "models/grants/GrantVocabulary.h"
#include "models/registration/RegistrationQueueQuery.h"
#include "models/registration/RegistrationVocabulary.h"
#include "models/storage/PreparedQuery.h"

#include <QSqlQuery>

namespace xs {

namespace {

const QString Active = QStringLiteral("a.deleted = 0 AND a.state IN ('operating', 'evaluation', 'renewed')");

/// The range condition on an agreement's term, and its bindings.
QPair<QString, QVariantList> inRange(const QDate& from, const QDate& to)
{
    QString sql;
    QVariantList bindings;
    if (from.isValid()) {
        sql += QStringLiteral(" AND coalesce(a.ends_on, '9999-12-31') >= ?");
        bindings << from.toString(Qt::ISODate);
    }
    if (to.isValid()) {
        sql += QStringLiteral(" AND coalesce(a.starts_on, '0000-01-01') <= ?");
        bindings << to.toString(Qt::ISODate);
    }
    return {sql, bindings};
}

bool single(QSqlQuery& query, const QString& sql, const QVariantList& bindings, qint64* value,
            DatabaseError* error)
{
    if (!runPrepared(query, sql, bindings, error))
        return false;
    *value = query.next() ? query.value(0).toLongLong() : 0;
    return true;
}

bool grouped(QSqlQuery& query, const QString& sql, const QVariantList& bindings,
             QMap<QString, qint64>* counts, DatabaseError* error)
{
    if (!runPrepared(query, sql, bindings, error))
        return false;
    while (query.next())
        counts->insert(query.value(0).toString(), query.value(1).toLongLong());
    return true;
}

/// The last year whose disclosures are overdue today if missing (GrantRules decides the due date).
int lastDueYear(const QDate& today)
{
    return today > GrantRules::annualDueDate(today.year() - 1) ? today.year() - 1 : today.year() - 2;
}

} // namespace

GrantKpis GrantKpis::compute(QSqlDatabase database, const QDate& today, const QDate& from, const QDate& to)
{
    GrantKpis kpis;
    QSqlQuery query(database);
    const auto [range, rangeBindings] = inRange(from, to);
    const QString active = Active + range;
    for (const auto& [column, counts] :
         {std::pair{QStringLiteral("mode"), &kpis.activeByMode},
          std::pair{QStringLiteral("domain"), &kpis.activeByDomain},
          std::pair{QStringLiteral("division_code"), &kpis.activeByDivision}}) {
        if (!grouped(query,
                     QStringLiteral(
                         "SELECT coalesce(a.%1, ''), count(*) FROM grant_agreement a WHERE %2 GROUP BY 1")
                         .arg(column, active),
                     rangeBindings, counts, &kpis.error))
            return kpis;
    }
    for (const qint64 count : std::as_const(kpis.activeByMode))
        kpis.activeGrants += count;

    QVariantList bindings = rangeBindings;
    bindings << today.toString(Qt::ISODate) << today.addDays(ExpiringWithinDays).toString(Qt::ISODate);
    if (!single(query,
                QStringLiteral(
                    "SELECT count(*) FROM grant_agreement a WHERE %1 AND a.ends_on >= ? AND a.ends_on <= ?")
                    .arg(active),
                bindings, &kpis.expiringSoon, &kpis.error))
        return kpis;

    // Every (agreement, finished year of its term, kind) whose due date has passed, with nothing
    // submitted for it. Years come from a recursive series bounded by the last due year.
    QStringList kinds;
    for (const QString& kind : GrantVocabulary::disclosureKinds())
        kinds << QStringLiteral("SELECT '%1' AS kind").arg(kind); // codes are fixed ASCII words
    bindings = {lastDueYear(today)};
    bindings += rangeBindings;
    if (!single(query,
                QStringLiteral(
                    "WITH RECURSIVE years(y) AS (SELECT 1990 UNION ALL SELECT y + 1 FROM years WHERE y < ?) "
                    "SELECT count(*) FROM grant_agreement a JOIN years "
                    "ON y BETWEEN CAST(substr(a.starts_on, 1, 4) AS INTEGER) "
                    "AND CAST(substr(coalesce(a.ends_on, '9999'), 1, 4) AS INTEGER) "
                    "CROSS JOIN (%1) k WHERE a.deleted = 0 AND a.starts_on IS NOT NULL %2 "
                    "AND NOT EXISTS (SELECT 1 FROM grant_disclosure d WHERE d.agreement_id = a.id "
                    "AND d.year = y AND d.kind = k.kind AND d.deleted = 0 AND d.submitted_on IS NOT NULL)")
                    .arg(kinds.join(QLatin1String(" UNION ALL ")), range),
                bindings, &kpis.overdueDisclosures, &kpis.error))
        return kpis;

    if (!grouped(query,
                 QStringLiteral("SELECT coalesce(p.use_class, ''), count(*) FROM grant_product p "
                                "JOIN grant_agreement a ON a.id = p.agreement_id "
                                "WHERE p.deleted = 0 AND a.deleted = 0 %1 GROUP BY 1")
                     .arg(range),
                 rangeBindings, &kpis.productsByUseClass, &kpis.error))
        return kpis;

    QStringList open;
    for (const QString& state : RegistrationVocabulary::states()) {
        if (RegistrationVocabulary::isOpen(state))
            open << QStringLiteral("'%1'").arg(state); // fixed ASCII codes
    }
    if (!single(query,
                QStringLiteral("SELECT count(*) FROM registration WHERE deleted = 0 AND state IN (%1)")
                    .arg(open.join(QLatin1Char(','))),
                {}, &kpis.registrationsInProgress, &kpis.error))
        return kpis;
    QueueFilter overdue;
    overdue.today = today;
    kpis.registrationsOverdue =
        RegistrationQueueQuery::counts(database, overdue, {QueueView::Overdue})[QueueView::Overdue];

    CatalogFilter catalog;
    catalog.today = today;
    const CatalogFacetCounts facets = CatalogFacetCounts::count(database, catalog);
    if (facets.error.isError()) {
        kpis.error = facets.error;
        return kpis;
    }
    kpis.catalogEntries = facets.total;
    kpis.catalogOverdue = facets.counts.value(CatalogFacet::Overdue).value(QStringLiteral("overdue"));
    if (!single(query, QStringLiteral("SELECT count(*) FROM department WHERE deleted = 0"), {},
                &kpis.departments, &kpis.error) ||
        !single(query,
                QStringLiteral("SELECT count(DISTINCT department_code) FROM catalog_entry "
                               "WHERE deleted = 0 AND status = 'published'"),
                {}, &kpis.departmentsWithPublishedEntries, &kpis.error))
        return kpis;
    return kpis;
}

} // namespace xs
