#pragma once

#include "models/grants/GrantRules.h" // FieldMessage
#include "models/pricing/PricingRules.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace xs {

/// The pricing rules applied to synced records (grant_price, grant_report and a product's tiers),
/// as the editors show them beside the fields and the hub refuses them. Lists travel as JSON text.
namespace PricingRecords {

/// "[{"from": 0, "unit_price_fen": 500}, …]" → tiers; empty text → no tiers; nullopt if malformed.
std::optional<QList<PricingRules::Tier>> tiersFromJson(const QString& text);
QString tiersToJson(const QList<PricingRules::Tier>& tiers);

/// A product's tiers against its cap (none: fine).
QList<GrantRules::FieldMessage> checkProductTiers(const QJsonObject& product);

/// An agreement's evaluation cycles: readable, in order, each at most three years, within its term.
QList<GrantRules::FieldMessage> checkEvaluationCycles(const QJsonObject& agreement);

/// A product's discounts: each names whom it is for (once) and takes off more than 0% and less than
/// 100% of a price that is itself within the cap, so every discounted price stays under it.
QList<GrantRules::FieldMessage> checkProductDiscounts(const QJsonObject& product);

/// One month's price: a "YYYY-MM" month, a positive cap, and a price within it.
QList<GrantRules::FieldMessage> checkPrice(const QJsonObject& price);

/// What one product sold in a report's year (its product_sales field).
struct ProductSale
{
    QString product; // the product's name
    qint64 quantity = 0;
    qint64 revenueFen = 0;
};
/// "[{"product": "…", "quantity": 120, "revenue_fen": 500000}, …]" → sales; empty text → none;
/// nullopt if malformed.
std::optional<QList<ProductSale>> salesFromJson(const QString& text);

/// The inputs of the maximum allowed revenue as a report carries them.
PricingRules::RevenueInputs revenueInputs(const QJsonObject& report);
/// Sets the report's max_revenue_fen to what PricingRules computes from its inputs (removed when
/// they give none): the field is derived, never typed.
void deriveMaxRevenue(QJsonObject& report);
/// An operating report: its year, revenue that is not negative, a maximum allowed revenue that
/// PricingRules accepts and that equals what it computes from the report's inputs, and sales per
/// product that name their product, are not negative and together do not exceed the revenue.
QList<GrantRules::FieldMessage> checkReport(const QJsonObject& report);

} // namespace PricingRecords

} // namespace xs
