#include "models/pricing/PricingRecordTypes.h"

namespace xs {

using namespace Fields;

QList<EntitySchema> pricingRecordTypes()
{
    return {
        // 定价 (DOMAIN.md §4, models/pricing): monthly prices and annual operating reports.
        entity("grant_price", QT_TRANSLATE_NOOP("xs::FieldLabels", "Monthly price"),
               {required(parentOf(
                    text("product_id", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Product or service")),
                    "grant_product")),
                text("month", 7, QT_TRANSLATE_NOOP("xs::FieldLabels", "Month")),
                integer("price_fen", QT_TRANSLATE_NOOP("xs::FieldLabels", "Specific price")),
                integer("cap_fen", QT_TRANSLATE_NOOP("xs::FieldLabels", "Cap in force"))}),
        entity("grant_report", QT_TRANSLATE_NOOP("xs::FieldLabels", "Annual operating report"),
               {required(parentOf(text("agreement_id", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Agreement")),
                                  "grant_agreement")),
                integer("year", QT_TRANSLATE_NOOP("xs::FieldLabels", "Year")),
                integer("cost_fen", QT_TRANSLATE_NOOP("xs::FieldLabels", "Cost")),
                integer("rate_bp", QT_TRANSLATE_NOOP("xs::FieldLabels", "Reasonable return r")),
                integer("taxes_fen", QT_TRANSLATE_NOOP("xs::FieldLabels", "Taxes")),
                integer("treasury_yield_bp", QT_TRANSLATE_NOOP("xs::FieldLabels", "10-year Treasury yield")),
                integer("yield_year", QT_TRANSLATE_NOOP("xs::FieldLabels", "Year of that yield")),
                integer("cost_survey_year", QT_TRANSLATE_NOOP("xs::FieldLabels", "Cost survey year")),
                integer("carry_over_fen",
                        QT_TRANSLATE_NOOP("xs::FieldLabels", "Carried over from the last cycle")),
                integer("max_revenue_fen", QT_TRANSLATE_NOOP("xs::FieldLabels", "Maximum allowed revenue")),
                integer("actual_revenue_fen", QT_TRANSLATE_NOOP("xs::FieldLabels", "Actual revenue")),
                text("content", 8000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Report")),
                date("submitted_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Submitted on"))})};
}

} // namespace xs
