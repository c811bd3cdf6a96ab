#include "models/pricing/PricingSeries.h"

#include "models/pricing/PricingRecords.h"
#include "models/storage/PreparedQuery.h"

#include <QSqlQuery>

namespace xs {

namespace {

/// The months or years of the filter's range, as a condition on a column holding them.
SqlCondition withinRange(const GrantFilter& filter, const QString& column, const QString& format)
{
    SqlCondition condition;
    if (filter.from.isValid()) {
        condition.sql += QStringLiteral(" AND %1 >= ?").arg(column);
        condition.bindings << filter.from.toString(format);
    }
    if (filter.to.isValid()) {
        condition.sql += QStringLiteral(" AND %1 <= ?").arg(column);
        condition.bindings << filter.to.toString(format);
    }
    return condition;
}

bool readPrices(QSqlQuery& query, const SqlCondition& agreements, const GrantFilter& filter,
                PricingSeries::Source source, PricingSeries* series)
{
    const SqlCondition months = withinRange(filter, QStringLiteral("pr.month"), QStringLiteral("yyyy-MM"));
    QString sql;
    QVariantList bindings;
    if (source == PricingSeries::Source::MaintainedAggregates) {
        // The chosen agreements' (agreement, month) rows of grant_price_month (migration 0034),
        // kept by triggers on every write: a few hundred thousand small rows at most, not every price.
        sql =
            QStringLiteral(
                "SELECT pr.month, sum(pr.percent_sum) / sum(pr.prices), max(pr.percent_max), sum(pr.prices) "
                "FROM grant_price_month pr JOIN grant_agreement a ON a.id = pr.agreement_id "
                "WHERE %1%2 GROUP BY pr.month ORDER BY pr.month")
                .arg(agreements.sql, months.sql);
        bindings = agreements.bindings + months.bindings;
    } else {
        // The chosen products first, then their prices through the covering index: a join per
        // price row would look up its product and agreement a million times at scale.
        sql = QStringLiteral(
                  "SELECT pr.month, avg(100.0 * pr.price_fen / pr.cap_fen), "
                  "max(100.0 * pr.price_fen / pr.cap_fen), count(pr.price_fen) FROM grant_price pr "
                  "WHERE pr.deleted = 0 AND pr.cap_fen > 0%2 AND pr.product_id IN "
                  "(SELECT p.id FROM grant_product p JOIN grant_agreement a ON a.id = p.agreement_id "
                  "WHERE p.deleted = 0 AND %1) "
                  "GROUP BY pr.month ORDER BY pr.month")
                  .arg(agreements.sql, months.sql);
        bindings = months.bindings + agreements.bindings;
    }
    if (!runPrepared(query, sql, bindings, &series->error))
        return false;
    while (query.next()) {
        const QDate month = QDate::fromString(query.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        if (month.isValid())
            series->prices.append(
                {month, query.value(1).toDouble(), query.value(2).toDouble(), query.value(3).toLongLong()});
    }
    return true;
}

bool readRevenue(QSqlQuery& query, const SqlCondition& agreements, const GrantFilter& filter,
                 PricingSeries* series)
{
    SqlCondition years;
    if (filter.from.isValid())
        years = {QStringLiteral(" AND r.year >= ?"), {filter.from.year()}};
    if (filter.to.isValid()) {
        years.sql += QStringLiteral(" AND r.year <= ?");
        years.bindings << filter.to.year();
    }
    const QString reports =
        QStringLiteral("FROM grant_report r JOIN grant_agreement a ON a.id = r.agreement_id");
    const QString where = QStringLiteral("WHERE r.deleted = 0 AND %1%2").arg(agreements.sql, years.sql);
    if (!runPrepared(
            query,
            QStringLiteral("SELECT r.year, sum(r.actual_revenue_fen), sum(r.max_revenue_fen), count(*) "
                           "%1 %2 GROUP BY r.year ORDER BY r.year")
                .arg(reports, where),
            agreements.bindings + years.bindings, &series->error))
        return false;
    while (query.next())
        series->revenue.append({query.value(0).toInt(), query.value(1).toLongLong(),
                                query.value(2).toLongLong(), query.value(3).toLongLong()});

    // total() sums in floating point: actual × share_bp would overflow a 64-bit sum at scale.
    if (!runPrepared(
            query,
            QStringLiteral("SELECT json_extract(s.value, '$.party'), "
                           "total(r.actual_revenue_fen * json_extract(s.value, '$.share_bp')) / 10000.0 "
                           "%1, json_each(%2) s %3 AND s.type = 'object' GROUP BY 1 ORDER BY 2 DESC")
                .arg(reports, GrantQuery::revenueShares(), where),
            agreements.bindings + years.bindings, &series->error))
        return false;
    while (query.next()) // a share without a party counts under "", shown as not given
        series->distribution.append({query.value(0).toString(), query.value(1).toDouble()});
    return true;
}

bool readTierCurves(QSqlQuery& query, const SqlCondition& agreements, PricingSeries* series)
{
    if (!runPrepared(query,
                     QStringLiteral(
                         "SELECT p.id, p.name, p.cap_fen, p.tiers FROM grant_product p "
                         "JOIN grant_agreement a ON a.id = p.agreement_id "
                         "WHERE p.deleted = 0 AND p.cap_fen > 0 AND p.tiers IS NOT NULL "
                         "AND json_valid(p.tiers) AND p.tiers <> '[]' AND %1 ORDER BY p.name, p.id LIMIT %2")
                         .arg(agreements.sql)
                         .arg(PricingSeries::MaxTierCurves),
                     agreements.bindings, &series->error))
        return false;
    while (query.next()) {
        if (const auto tiers = PricingRecords::tiersFromJson(query.value(3).toString());
            tiers && !tiers->isEmpty())
            series->tierCurves.append(
                {query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(), *tiers});
    }
    return true;
}

} // namespace

PricingSeries PricingSeries::compute(QSqlDatabase database, const GrantFilter& filter, Source source)
{
    PricingSeries series;
    QSqlQuery query(database);
    const SqlCondition agreements = GrantQuery::where(filter);
    if (readPrices(query, agreements, filter, source, &series) &&
        readRevenue(query, agreements, filter, &series))
        readTierCurves(query, agreements, &series);
    return series;
}

} // namespace xs
