#include "models/grants/GrantKpis.h"

#include "models/calendar/CalendarRepository.h"
#include "models/catalog/CatalogFacetCounts.h"
#include "models/grants/GrantQuery.h"
#include "models/registration/FirstRegistrationDeadline.h"
#include "models/registration/RegistrationQueueQuery.h"
#include "models/registration/RegistrationRepository.h"
#include "models/registration/RegistrationVocabulary.h"
#include "models/storage/PreparedQuery.h"

#include <QSqlQuery>

namespace xs {

namespace {

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

} // namespace

GrantKpis GrantKpis::compute(QSqlDatabase database, const QDate& today, const QDate& from, const QDate& to)
{
    GrantKpis kpis;
    QSqlQuery query(database);
    GrantFilter inRange;
    inRange.today = today;
    inRange.from = from;
    inRange.to = to;
    GrantFilter active = inRange;
    active.activeOnly = true;
    const SqlCondition activeWhere = GrantQuery::where(active);
    for (const auto& [column, counts] :
         {std::pair{QStringLiteral("mode"), &kpis.activeByMode},
          std::pair{QStringLiteral("domain"), &kpis.activeByDomain},
          std::pair{QStringLiteral("division_code"), &kpis.activeByDivision}}) {
        if (!grouped(query,
                     QStringLiteral(
                         "SELECT coalesce(a.%1, ''), count(*) FROM grant_agreement a WHERE %2 GROUP BY 1")
                         .arg(column, activeWhere.sql),
                     activeWhere.bindings, counts, &kpis.error))
            return kpis;
    }
    for (const qint64 count : std::as_const(kpis.activeByMode))
        kpis.activeGrants += count;

    GrantFilter expiring = inRange;
    expiring.expiringSoon = true;
    const SqlCondition expiringWhere = GrantQuery::where(expiring);
    if (!single(query, QStringLiteral("SELECT count(*) FROM grant_agreement a WHERE ") + expiringWhere.sql,
                expiringWhere.bindings, &kpis.expiringSoon, &kpis.error))
        return kpis;

    // Every (agreement, finished year of its term, kind) past its due date with nothing submitted;
    // ended agreements still owe the years they ran.
    const SqlCondition rangeWhere = GrantQuery::where(inRange);
    if (!single(query,
                QStringLiteral("SELECT count(*) FROM grant_agreement a, %1 WHERE %2 AND %3")
                    .arg(GrantQuery::owedYearsAndKinds(), rangeWhere.sql, GrantQuery::missingDisclosure()),
                QVariantList{GrantQuery::lastDueYear(today)} + rangeWhere.bindings, &kpis.overdueDisclosures,
                &kpis.error))
        return kpis;
    if (!single(query,
                QStringLiteral("SELECT count(*) FROM grant_agreement a, %1 WHERE %2 AND %3")
                    .arg(GrantQuery::owedYears(), rangeWhere.sql, GrantQuery::missingReport()),
                QVariantList{GrantQuery::lastDueYear(today)} + rangeWhere.bindings, &kpis.overdueReports,
                &kpis.error))
        return kpis;

    // Operating past the first registration's due date (20 working days, by the rule published
    // here) with none filed: counted by one date, the latest start that is late today.
    GrantFilter unregistered = inRange;
    unregistered.firstRegistrationOverdueFrom = FirstRegistrationDeadline::latestOverdueStart(
        today, RegistrationRepository::deadlineRulesIn(database), CalendarRepository(database).load());
    kpis.firstRegistrationOverdueFrom = unregistered.firstRegistrationOverdueFrom;
    const SqlCondition unregisteredWhere = GrantQuery::where(unregistered);
    if (!single(query,
                QStringLiteral("SELECT count(*) FROM grant_agreement a WHERE ") + unregisteredWhere.sql,
                unregisteredWhere.bindings, &kpis.overdueFirstRegistrations, &kpis.error))
        return kpis;

    if (!grouped(query,
                 QStringLiteral("SELECT coalesce(p.use_class, ''), count(*) FROM grant_product p "
                                "JOIN grant_agreement a ON a.id = p.agreement_id WHERE p.deleted = 0 AND %1 "
                                "GROUP BY 1")
                     .arg(rangeWhere.sql),
                 rangeWhere.bindings, &kpis.productsByUseClass, &kpis.error))
        return kpis;

    if (!single(query,
                QStringLiteral(
                    "SELECT count(*) FROM grant_product p JOIN grant_agreement a ON a.id = p.agreement_id "
                    "WHERE p.deleted = 0 AND p.listing_status = 'listed' AND %1")
                    .arg(rangeWhere.sql),
                rangeWhere.bindings, &kpis.productsOnExchange, &kpis.error))
        return kpis;

    GrantFilter withdrawn = inRange;
    withdrawn.withdrawnResource = true;
    const SqlCondition withdrawnWhere = GrantQuery::where(withdrawn);
    if (!single(query, QStringLiteral("SELECT count(*) FROM grant_agreement a WHERE ") + withdrawnWhere.sql,
                withdrawnWhere.bindings, &kpis.withdrawnResources, &kpis.error))
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
