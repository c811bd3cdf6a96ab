#pragma once

#include "models/common/Message.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace xs {

/// The price rules of 发改价格〔2025〕65号 (DOMAIN.md §4) as arithmetic the desktop and the hub
/// share. Money is in fen (分) and rates in basis points (1 bp = 0.01%), so every result is exact
/// and the same on every machine; rounding is half away from zero, once, at the end.
namespace PricingRules {

constexpr int MarginOverTreasuryBp = 600;  // r ≤ 10-year Treasury average + 6 percentage points
constexpr int DeviationThresholdBp = 1000; // 10%
constexpr int MaxEvaluationCycleYears = 3;
constexpr int FullShareBp = 10000; // 100%

struct RevenueInputs
{
    qint64 costFen = 0; // industry products only, net of subsidies
    int rateBp = 0;     // r
    qint64 taxesFen = 0;
    int treasuryYieldBp = 0; // average 10-year Treasury yield of yieldYear
    int yieldYear = 0;
    int costSurveyYear = 0;
};

struct MaxRevenue
{
    std::optional<qint64> fen; // empty when refused
    int rateCapBp = 0;
    Message problem; // why it was refused, translated where it is read
};

/// MaxRevenue = Cost + Cost × r + Taxes for one year. Refuses an r above the cap, a yield of any
/// other year than the one before the cost survey, and negative amounts. What the previous cycle
/// earned above its maximum is deducted by EvaluationCycles, over the cycle.
MaxRevenue maxAllowedRevenue(const RevenueInputs& inputs);

struct Deviation
{
    int deviationBp = 0;                // (actual − max) / max, signed
    bool operatorAdjustsPrices = false; // |deviation| ≤ 10%
    bool capsAdjusted = false;          // |deviation| > 10%
    qint64 excessFen = 0;               // revenue above the maximum
};
/// The annual check of actual revenue against the maximum allowed revenue.
Deviation annualCheck(qint64 actualRevenueFen, qint64 maxRevenueFen);

/// Empty if the specific price respects its cap; otherwise why not.
Message checkSpecificPrice(qint64 priceFen, qint64 capFen);

/// A volume tier: from this quantity on, this unit price.
struct Tier
{
    qint64 fromQuantity = 0;
    qint64 unitPriceFen = 0;
};
/// Tiers start at 0, rise strictly, and every price stays within (0, cap].
Message checkTiers(const QList<Tier>& tiers, qint64 capFen);
/// The price of a quantity under the tiers (each unit at its tier's price).
std::optional<qint64> tieredAmount(const QList<Tier>& tiers, qint64 quantity);
/// A discount (for supported scenarios, research, small firms) off a price within the cap stays
/// within it; the result, rounded.
qint64 discounted(qint64 priceFen, int discountBp);

struct Share
{
    QString party; // data providers, operator, public finance …
    int bp = 0;
};
/// Shares of a grant's revenue: each positive, and together exactly 100%.
Message checkShares(const QList<Share>& shares);

/// A trial price applies until the first full year of operation.
bool trialPriceApplies(const QDate& operationStart, const QDate& today);
/// An evaluation cycle lasts at most three years.
Message checkEvaluationCycle(const QDate& start, const QDate& end);

/// Fen as yuan for display: 1234567 → "12,345.67".
QString yuan(qint64 fen);

} // namespace PricingRules

} // namespace xs
