#include "models/pricing/PricingRules.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

namespace xs::PricingRules {

namespace {

// 128-bit intermediates: cost × r and quantity × price never overflow (GCC and Clang on x86-64).
__extension__ using Wide = __int128;

// a × b / c, rounded half away from zero.
qint64 mulDivRounded(qint64 a, qint64 b, qint64 c)
{
    const Wide product = static_cast<Wide>(a) * b;
    const Wide half = c / 2;
    const Wide rounded = product >= 0 ? (product + half) / c : (product - half) / c;
    return static_cast<qint64>(rounded);
}

QString percent(int bp)
{
    return QLocale().toString(bp / 100.0, 'f', 2) + QLatin1Char('%');
}

} // namespace

MaxRevenue maxAllowedRevenue(const RevenueInputs& inputs)
{
    MaxRevenue result;
    result.rateCapBp = inputs.treasuryYieldBp + MarginOverTreasuryBp;
    if (inputs.costFen < 0 || inputs.taxesFen < 0 || inputs.rateBp < 0) {
        result.problem = XS_MESSAGE("xs::PricingRules", "Cost, rate and taxes cannot be negative.");
        return result;
    }
    if (inputs.yieldYear != inputs.costSurveyYear - 1) {
        result.problem =
            XS_MESSAGE("xs::PricingRules",
                       "The Treasury yield must be the average of %1, the year before the cost survey.")
                .arg(inputs.costSurveyYear - 1);
        return result;
    }
    if (inputs.rateBp > result.rateCapBp) {
        result.problem =
            XS_MESSAGE("xs::PricingRules",
                       "The reasonable return r = %1 exceeds its cap of %2 (the %3 average 10-year "
                       "Treasury yield of %4 plus 6 percentage points).")
                .arg(percent(inputs.rateBp), percent(result.rateCapBp))
                .arg(inputs.yieldYear)
                .arg(percent(inputs.treasuryYieldBp));
        return result;
    }
    result.fen = inputs.costFen + mulDivRounded(inputs.costFen, inputs.rateBp, 10000) + inputs.taxesFen;
    return result;
}

Deviation annualCheck(qint64 actualRevenueFen, qint64 maxRevenueFen)
{
    Deviation result;
    result.excessFen = qMax<qint64>(0, actualRevenueFen - maxRevenueFen);
    if (maxRevenueFen <= 0) {
        result.capsAdjusted = actualRevenueFen != 0;
        result.operatorAdjustsPrices = !result.capsAdjusted;
        return result;
    }
    result.deviationBp = int(mulDivRounded(actualRevenueFen - maxRevenueFen, 10000, maxRevenueFen));
    // Compared exactly (not on the rounded figure): 10% itself is still the operator's to correct.
    const Wide difference = static_cast<Wide>(actualRevenueFen - maxRevenueFen) * 10000;
    const Wide limit = static_cast<Wide>(maxRevenueFen) * DeviationThresholdBp;
    result.capsAdjusted = difference > limit || -difference > limit;
    result.operatorAdjustsPrices = !result.capsAdjusted;
    return result;
}

Message checkSpecificPrice(qint64 priceFen, qint64 capFen)
{
    if (priceFen < 0)
        return XS_MESSAGE("xs::PricingRules", "A price cannot be negative.");
    if (priceFen > capFen)
        return XS_MESSAGE("xs::PricingRules", "The price of %1 yuan is above the cap of %2 yuan.")
            .arg(yuan(priceFen), yuan(capFen));
    return {};
}

Message checkTiers(const QList<Tier>& tiers, qint64 capFen)
{
    if (tiers.isEmpty() || tiers.constFirst().fromQuantity != 0)
        return XS_MESSAGE("xs::PricingRules", "The first tier must start at a quantity of 0.");
    for (qsizetype index = 0; index < tiers.size(); ++index) {
        const Tier& tier = tiers.at(index);
        if (index > 0 && tier.fromQuantity <= tiers.at(index - 1).fromQuantity)
            return XS_MESSAGE("xs::PricingRules", "Tier %1 must start above the tier before it.")
                .arg(index + 1);
        if (tier.unitPriceFen <= 0)
            return XS_MESSAGE("xs::PricingRules", "Tier %1 needs a price above zero.").arg(index + 1);
        if (tier.unitPriceFen > capFen)
            return XS_MESSAGE("xs::PricingRules", "Tier %1 (%2 yuan) is above the cap of %3 yuan.")
                .arg(index + 1)
                .arg(yuan(tier.unitPriceFen), yuan(capFen));
    }
    return {};
}

std::optional<qint64> tieredAmount(const QList<Tier>& tiers, qint64 quantity)
{
    if (tiers.isEmpty() || quantity < 0)
        return std::nullopt;
    Wide total = 0;
    for (qsizetype index = 0; index < tiers.size(); ++index) {
        const qint64 from = tiers.at(index).fromQuantity;
        const qint64 to = index + 1 < tiers.size() ? tiers.at(index + 1).fromQuantity : quantity;
        if (quantity <= from)
            break;
        total += static_cast<Wide>(qMin(quantity, to) - from) * tiers.at(index).unitPriceFen;
    }
    if (total > std::numeric_limits<qint64>::max())
        return std::nullopt;
    return static_cast<qint64>(total);
}

qint64 discounted(qint64 priceFen, int discountBp)
{
    return mulDivRounded(priceFen, FullShareBp - qBound(0, discountBp, FullShareBp), FullShareBp);
}

Message checkShares(const QList<Share>& shares)
{
    int total = 0;
    for (const Share& share : shares) {
        if (share.party.trimmed().isEmpty() || share.bp <= 0)
            return XS_MESSAGE("xs::PricingRules", "Every share needs a party and a positive percentage.");
        total += share.bp;
    }
    if (total != FullShareBp)
        return XS_MESSAGE("xs::PricingRules", "The shares add up to %1; they must add up to exactly 100%.")
            .arg(percent(total));
    return {};
}

bool trialPriceApplies(const QDate& operationStart, const QDate& today)
{
    return operationStart.isValid() && today < operationStart.addYears(1);
}

Message checkEvaluationCycle(const QDate& start, const QDate& end)
{
    if (!start.isValid() || !end.isValid() || end < start)
        return XS_MESSAGE("xs::PricingRules", "An evaluation cycle needs a start and an end after it.");
    if (end > start.addYears(MaxEvaluationCycleYears).addDays(-1))
        return XS_MESSAGE("xs::PricingRules", "An evaluation cycle lasts at most three years (until %1).")
            .arg(start.addYears(MaxEvaluationCycleYears).addDays(-1).toString(Qt::ISODate));
    return {};
}

QString yuan(qint64 fen)
{
    const qint64 magnitude = fen < 0 ? -fen : fen;
    return QStringLiteral("%1%2.%3")
        .arg(fen < 0 ? QStringLiteral("-") : QString(), QLocale(QLocale::English).toString(magnitude / 100))
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace xs::PricingRules
