#include "models/pricing/PricingRecords.h"

#include "models/pricing/EvaluationCycles.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

namespace xs::PricingRecords {

namespace {

const QString From = QStringLiteral("from");
const QString UnitPrice = QStringLiteral("unit_price_fen");

qint64 integer(const QJsonObject& record, const char* field)
{
    return record.value(QLatin1String(field)).toInteger();
}

} // namespace

std::optional<QList<PricingRules::Tier>> tiersFromJson(const QString& text)
{
    if (text.trimmed().isEmpty())
        return QList<PricingRules::Tier>{};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    QList<PricingRules::Tier> tiers;
    for (const QJsonValue& value : document.array()) {
        const QJsonObject tier = value.toObject();
        if (!tier.value(From).isDouble() || !tier.value(UnitPrice).isDouble())
            return std::nullopt;
        tiers.append({tier.value(From).toInteger(), tier.value(UnitPrice).toInteger()});
    }
    return tiers;
}

QString tiersToJson(const QList<PricingRules::Tier>& tiers)
{
    QJsonArray array;
    for (const PricingRules::Tier& tier : tiers)
        array.append(QJsonObject{{From, tier.fromQuantity}, {UnitPrice, tier.unitPriceFen}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<GrantRules::FieldMessage> checkProductTiers(const QJsonObject& product)
{
    const QString field = QStringLiteral("tiers");
    const std::optional<QList<PricingRules::Tier>> tiers = tiersFromJson(product.value(field).toString());
    if (!tiers)
        return {{field, XS_MESSAGE("xs::PricingRecords", "The tiers cannot be read.")}};
    if (tiers->isEmpty())
        return {};
    const qint64 cap = integer(product, "cap_fen");
    if (cap <= 0)
        return {{field, XS_MESSAGE("xs::PricingRecords", "Tiers need the product's cap.")}};
    if (const Message problem = PricingRules::checkTiers(*tiers, cap); !problem.isEmpty())
        return {{field, problem}};
    return {};
}

QList<GrantRules::FieldMessage> checkProductDiscounts(const QJsonObject& product)
{
    const QString field = QStringLiteral("discounts");
    const QString text = product.value(field).toString();
    if (text.trimmed().isEmpty())
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isArray())
        return {{field, XS_MESSAGE("xs::PricingRecords", "The discounts cannot be read.")}};
    QStringList seen;
    for (const QJsonValue& value : document.array()) {
        const QString whom = value.toObject().value(QStringLiteral("for")).toString().trimmed();
        const QJsonValue bp = value.toObject().value(QStringLiteral("discount_bp"));
        if (whom.isEmpty())
            return {{field, XS_MESSAGE("xs::PricingRecords", "Say whom each discount is for.")}};
        if (seen.contains(whom))
            return {{field, XS_MESSAGE("xs::PricingRecords", "%1 has more than one discount.").arg(whom)}};
        seen << whom;
        if (!bp.isDouble() || bp.toInteger() <= 0 || bp.toInteger() >= PricingRules::FullShareBp)
            return {{field, XS_MESSAGE("xs::PricingRecords",
                                       "The discount for %1 must be more than 0% and less than 100%.")
                                .arg(whom)}};
    }
    return {};
}

QList<GrantRules::FieldMessage> checkEvaluationCycles(const QJsonObject& agreement)
{
    const QString field = QStringLiteral("evaluation_cycles");
    const std::optional<QList<EvaluationCycles::Span>> spans =
        EvaluationCycles::fromJson(agreement.value(field).toString());
    if (!spans)
        return {{field, XS_MESSAGE("xs::PricingRecords", "The evaluation cycles cannot be read.")}};
    const QDate starts =
        QDate::fromString(agreement.value(QStringLiteral("starts_on")).toString(), Qt::ISODate);
    const QDate ends = QDate::fromString(agreement.value(QStringLiteral("ends_on")).toString(), Qt::ISODate);
    if (const Message problem = EvaluationCycles::check(*spans, starts.isValid() ? starts.year() : 0,
                                                        ends.isValid() ? ends.year() : 0);
        !problem.isEmpty())
        return {{field, problem}};
    return {};
}

QList<GrantRules::FieldMessage> checkPrice(const QJsonObject& price)
{
    QList<GrantRules::FieldMessage> messages;
    if (price.value(QStringLiteral("product_id")).toString().isEmpty())
        messages.append({QStringLiteral("product_id"),
                         XS_MESSAGE("xs::PricingRecords", "Choose the product this price is for.")});
    const QString month = price.value(QStringLiteral("month")).toString();
    if (month.size() != 7 || !QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate).isValid())
        messages.append(
            {QStringLiteral("month"), XS_MESSAGE("xs::PricingRecords", "Enter the month as YYYY-MM.")});
    const qint64 cap = integer(price, "cap_fen");
    const qint64 specific = integer(price, "price_fen");
    if (cap <= 0)
        messages.append({QStringLiteral("cap_fen"),
                         XS_MESSAGE("xs::PricingRecords", "Enter the cap in force that month.")});
    if (specific < 0)
        messages.append(
            {QStringLiteral("price_fen"), XS_MESSAGE("xs::PricingRecords", "A price cannot be negative.")});
    else if (cap > 0) {
        if (const Message problem = PricingRules::checkSpecificPrice(specific, cap); !problem.isEmpty())
            messages.append({QStringLiteral("price_fen"), problem});
    }
    return messages;
}

std::optional<QList<ProductSale>> salesFromJson(const QString& text)
{
    if (text.trimmed().isEmpty())
        return QList<ProductSale>{};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    QList<ProductSale> sales;
    for (const QJsonValue& value : document.array()) {
        const QJsonObject sale = value.toObject();
        const QJsonValue quantity = sale.value(QStringLiteral("quantity"));
        const QJsonValue revenue = sale.value(QStringLiteral("revenue_fen"));
        if (!sale.value(QStringLiteral("product")).isString() ||
            (!quantity.isUndefined() && !quantity.isDouble()) ||
            (!revenue.isUndefined() && !revenue.isDouble()))
            return std::nullopt;
        sales.append({sale.value(QStringLiteral("product")).toString().trimmed(), quantity.toInteger(),
                      revenue.toInteger()});
    }
    return sales;
}

namespace {

QList<GrantRules::FieldMessage> checkSales(const QJsonObject& report)
{
    const QString field = QStringLiteral("product_sales");
    const std::optional<QList<ProductSale>> sales = salesFromJson(report.value(field).toString());
    if (!sales)
        return {{field, XS_MESSAGE("xs::PricingRecords", "The sales per product cannot be read.")}};
    qint64 total = 0;
    for (const ProductSale& sale : *sales) {
        if (sale.product.isEmpty())
            return {{field, XS_MESSAGE("xs::PricingRecords", "Name the product of every sale.")}};
        if (sale.quantity < 0 || sale.revenueFen < 0)
            return {{field,
                     XS_MESSAGE("xs::PricingRecords", "Sales of %1 cannot be negative.").arg(sale.product)}};
        total += sale.revenueFen;
    }
    const qint64 actual = integer(report, "actual_revenue_fen");
    if (total > std::max<qint64>(0, actual)) // a negative revenue has its own message
        return {
            {field, XS_MESSAGE("xs::PricingRecords",
                               "The products' revenue (%1 yuan) exceeds the year's actual revenue (%2 yuan).")
                        .arg(PricingRules::yuan(total), PricingRules::yuan(actual))}};
    return {};
}

} // namespace

PricingRules::RevenueInputs revenueInputs(const QJsonObject& report)
{
    PricingRules::RevenueInputs inputs;
    inputs.costFen = integer(report, "cost_fen");
    inputs.rateBp = int(integer(report, "rate_bp"));
    inputs.taxesFen = integer(report, "taxes_fen");
    inputs.treasuryYieldBp = int(integer(report, "treasury_yield_bp"));
    inputs.yieldYear = int(integer(report, "yield_year"));
    inputs.costSurveyYear = int(integer(report, "cost_survey_year"));
    return inputs;
}

void deriveMaxRevenue(QJsonObject& report)
{
    const PricingRules::MaxRevenue computed = PricingRules::maxAllowedRevenue(revenueInputs(report));
    if (computed.fen)
        report.insert(QStringLiteral("max_revenue_fen"), *computed.fen);
    else
        report.remove(QStringLiteral("max_revenue_fen"));
}

QList<GrantRules::FieldMessage> checkReport(const QJsonObject& report)
{
    QList<GrantRules::FieldMessage> messages;
    if (report.value(QStringLiteral("agreement_id")).toString().isEmpty())
        messages.append({QStringLiteral("agreement_id"),
                         XS_MESSAGE("xs::PricingRecords", "Choose the agreement this report is for.")});
    if (integer(report, "year") < 2000)
        messages.append(
            {QStringLiteral("year"), XS_MESSAGE("xs::PricingRecords", "Enter the year the report covers.")});
    if (integer(report, "actual_revenue_fen") < 0)
        messages.append({QStringLiteral("actual_revenue_fen"),
                         XS_MESSAGE("xs::PricingRecords", "Revenue cannot be negative.")});
    const PricingRules::MaxRevenue computed = PricingRules::maxAllowedRevenue(revenueInputs(report));
    if (!computed.fen)
        messages.append({QStringLiteral("rate_bp"), computed.problem});
    else if (*computed.fen != integer(report, "max_revenue_fen"))
        messages.append(
            {QStringLiteral("max_revenue_fen"),
             XS_MESSAGE("xs::PricingRecords",
                        "The maximum allowed revenue does not follow from the inputs (they give %1 yuan).")
                 .arg(PricingRules::yuan(*computed.fen))});
    return messages + checkSales(report);
}

} // namespace xs::PricingRecords
