#include "models/pricing/PricingRecordTypes.h"

#include "models/pricing/PricingRecords.h"

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
                text("month", 7, QT_TRANSLATE_NOOP("xs::FieldLabels", "Month")).month(),
                integer("price_fen", QT_TRANSLATE_NOOP("xs::FieldLabels", "Specific price")).money(),
                integer("cap_fen", QT_TRANSLATE_NOOP("xs::FieldLabels", "Cap in force")).money()}),
        entity("grant_report", QT_TRANSLATE_NOOP("xs::FieldLabels", "Annual operating report"),
               {required(parentOf(text("agreement_id", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Agreement")),
                                  "grant_agreement")),
                integer("year", QT_TRANSLATE_NOOP("xs::FieldLabels", "Year")),
                integer("cost_fen", QT_TRANSLATE_NOOP("xs::FieldLabels", "Cost")).money(),
                integer("rate_bp", QT_TRANSLATE_NOOP("xs::FieldLabels", "Reasonable return r")).percent(),
                integer("taxes_fen", QT_TRANSLATE_NOOP("xs::FieldLabels", "Taxes")).money(),
                integer("treasury_yield_bp", QT_TRANSLATE_NOOP("xs::FieldLabels", "10-year Treasury yield"))
                    .percent(),
                integer("yield_year", QT_TRANSLATE_NOOP("xs::FieldLabels", "Year of that yield")),
                integer("cost_survey_year", QT_TRANSLATE_NOOP("xs::FieldLabels", "Cost survey year")),
                // Retired: typed by hand until EvaluationCycles computed the carry-over from the
                // agreement's cycles. Kept so reports written before still decode; nothing reads it.
                integer("carry_over_fen",
                        QT_TRANSLATE_NOOP("xs::FieldLabels", "Carried over from the last cycle"))
                    .money()
                    .notInForms(),
                integer("max_revenue_fen", QT_TRANSLATE_NOOP("xs::FieldLabels", "Maximum allowed revenue"))
                    .money()
                    .derivedBy(&PricingRecords::deriveMaxRevenue),
                integer("actual_revenue_fen", QT_TRANSLATE_NOOP("xs::FieldLabels", "Actual revenue")).money(),
                // Sales per product for the annual report (OperatingReport): what each product sold.
                text("product_sales", 8000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Sales per product"))
                    .table({{"product", FieldType::Text, FieldEditor::Default,
                             QT_TRANSLATE_NOOP("xs::FieldLabels", "Product")},
                            {"quantity", FieldType::Integer, FieldEditor::Default,
                             QT_TRANSLATE_NOOP("xs::FieldLabels", "Quantity sold")},
                            {"revenue_fen", FieldType::Integer, FieldEditor::Money,
                             QT_TRANSLATE_NOOP("xs::FieldLabels", "Revenue")}}),
                text("content", 8000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Report")).multiLine(),
                date("submitted_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Submitted on"))})};
}

} // namespace xs
