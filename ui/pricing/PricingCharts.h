#pragma once

#include "models/pricing/PricingSeries.h"

#include <functional>

class QChart;

namespace xs::PricingCharts {

/// Specific prices as a share of their caps, month by month (average and highest), under the cap
/// line at 100%.
QChart* priceAgainstCap(const QList<PricingSeries::PriceMonth>& months);
/// Actual revenue per year as bars, the maximum allowed revenue as a line, and the ±10% band
/// within which the operator adjusts its own prices. A click on a bar gives its year.
QChart* revenueAgainstMaximum(const QList<PricingSeries::RevenueYear>& years,
                              const std::function<void(int year)>& activated);
/// How revenue is shared between the parties; a click on a slice gives the party.
QChart* distribution(const QList<PricingSeries::PartyShare>& shares,
                     const std::function<void(const QString& party)>& activated);
/// Each product's unit price by quantity as a share of its cap: steps that stay under 100%.
QChart* tierCurves(const QList<PricingSeries::TierCurve>& curves);

} // namespace xs::PricingCharts
