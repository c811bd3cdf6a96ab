#pragma once

#include "models/grants/GrantQuery.h"
#include "models/pricing/PricingRules.h"
#include "models/storage/DatabaseError.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace xs {

/// The series of the pricing charts (DOMAIN.md §4) for the agreements a GrantFilter selects, each
/// one SQL aggregate: specific prices against their caps month by month, actual revenue against the
/// maximum allowed revenue year by year, how revenue is distributed, and the tier curves of a few
/// products. The filter's date range also bounds the months and years shown.
struct PricingSeries
{
    /// Prices as a share of the cap in force that month, so products of every size share one axis.
    struct PriceMonth
    {
        QDate month; // first day
        double averagePercentOfCap = 0;
        double highestPercentOfCap = 0;
        qint64 prices = 0; // monthly prices counted (one per product and month as recorded)
    };
    struct RevenueYear
    {
        int year = 0;
        qint64 actualFen = 0;
        qint64 maxFen = 0;
        qint64 reports = 0;
        /// (actual − max) / max in basis points, by PricingRules' annual check.
        int deviationBp() const { return PricingRules::annualCheck(actualFen, maxFen).deviationBp; }
    };
    struct PartyShare
    {
        QString party;
        double fen = 0; // actual revenue × share, summed over the agreements' reports
    };
    struct TierCurve
    {
        QString productId;
        QString productName;
        qint64 capFen = 0;
        QList<PricingRules::Tier> tiers;
    };

    QList<PriceMonth> prices;
    QList<RevenueYear> revenue;
    QList<PartyShare> distribution; // largest first
    QList<TierCurve> tierCurves;    // at most MaxTierCurves, by product name
    DatabaseError error;

    static constexpr int MaxTierCurves = 4;

    /// Where the monthly price figures come from: the aggregates the database keeps up to date
    /// (grant_price_month), or every price row. Both give the same series; the base rows are the
    /// yardstick of tests and benchmarks.
    enum class Source
    {
        MaintainedAggregates,
        BaseTables,
    };

    static PricingSeries compute(QSqlDatabase database, const GrantFilter& filter,
                                 Source source = Source::MaintainedAggregates);
};

} // namespace xs
