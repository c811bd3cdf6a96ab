#include "models/grants/GrantRecordTypes.h"

namespace xs {

using namespace Fields;

QList<EntitySchema> grantRecordTypes()
{
    return {
        // 授权运营 (DOMAIN.md §3, models/grants). state fields change only through commands, so forms
        // leave them out; amounts are stored in fen and basis points and edited in yuan and percent.
        entity("grant_operator", QT_TRANSLATE_NOOP("xs::FieldLabels", "Operator"),
               {text("name", 300, QT_TRANSLATE_NOOP("xs::FieldLabels", "Name")),
                text("credit_code", 18, QT_TRANSLATE_NOOP("xs::FieldLabels", "Unified social credit code")),
                text("contact", 1000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Contact")),
                text("qualifications", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Qualifications"))
                    .multiLine()}),
        entity(
            "grant_plan", QT_TRANSLATE_NOOP("xs::FieldLabels", "Implementation plan"),
            {text("title", 300, QT_TRANSLATE_NOOP("xs::FieldLabels", "Title")),
             text("domain", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Domain")),
             text("division_code", 6, QT_TRANSLATE_NOOP("xs::FieldLabels", "Granting division"))
                 .choice("division"),
             text("sections", 16000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Sections"))
                 .sections("plan_section"),
             text("state", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "State")).notInForms(),
             text("reference", 300, QT_TRANSLATE_NOOP("xs::FieldLabels", "Document number")).notInForms()}),
        entity("grant_agreement", QT_TRANSLATE_NOOP("xs::FieldLabels", "Agreement"),
               {text("title", 300, QT_TRANSLATE_NOOP("xs::FieldLabels", "Title")),
                parentOf(text("plan_id", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Implementation plan")),
                         "grant_plan"),
                parentOf(text("operator_id", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Operator")),
                         "grant_operator"),
                text("mode", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Mode")).choice("grant_mode"),
                text("selection_method", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Selection method"))
                    .choice("selection_method"),
                text("domain", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Domain")),
                text("division_code", 6, QT_TRANSLATE_NOOP("xs::FieldLabels", "Granting division"))
                    .choice("division"),
                // Entries of the 授权运营 catalog by id (AgreementScope checks the ones an edit adds).
                text("resources", 8000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Resources in scope"))
                    .choiceList("authorized_resource"),
                date("starts_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Term starts")),
                date("ends_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Term ends")),
                // Prices are evaluated over cycles of at most three years (models/pricing/EvaluationCycles).
                text("evaluation_cycles", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Evaluation cycles"))
                    .table({{"from_year", FieldType::Integer, FieldEditor::Default,
                             QT_TRANSLATE_NOOP("xs::FieldLabels", "First year")},
                            {"to_year", FieldType::Integer, FieldEditor::Default,
                             QT_TRANSLATE_NOOP("xs::FieldLabels", "Last year")}}),
                text("revenue_shares", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Revenue shares"))
                    .table({{"party", FieldType::Text, FieldEditor::Default,
                             QT_TRANSLATE_NOOP("xs::FieldLabels", "Party")},
                            {"share_bp", FieldType::Integer, FieldEditor::Percent,
                             QT_TRANSLATE_NOOP("xs::FieldLabels", "Share")}}),
                text("state", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "State")).notInForms(),
                text("handover", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Handover")).notInForms()}),
        entity(
            "grant_product", QT_TRANSLATE_NOOP("xs::FieldLabels", "Product or service"),
            {required(parentOf(text("agreement_id", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Agreement")),
                               "grant_agreement")),
             text("name", 300, QT_TRANSLATE_NOOP("xs::FieldLabels", "Name")),
             text("use_class", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Use class")).choice("use_class"),
             text("billing_unit", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Billing unit"))
                 .choice("billing_unit"),
             text("registration_code", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Registration code")),
             // The cap a reviewer proposes; in force once a manager signs it off (CapSignOff).
             integer("cap_fen", QT_TRANSLATE_NOOP("xs::FieldLabels", "Price cap")).money(),
             integer("cap_in_force_fen", QT_TRANSLATE_NOOP("xs::FieldLabels", "Price cap in force"))
                 .money()
                 .notInForms(),
             text("cap_proposed_by", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Cap proposed by"))
                 .notInForms(),
             text("cap_signed_off_by", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Cap signed off by"))
                 .notInForms(),
             integer("price_fen", QT_TRANSLATE_NOOP("xs::FieldLabels", "Specific price")).money(),
             boolean("trial",
                     QT_TRANSLATE_NOOP("xs::FieldLabels", "Trial price (试行, until a cap is in force)")),
             // 场内交易 (HN25 item 12): a fee-charging product listed on a data exchange.
             text("exchange", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Data exchange")).choice("exchange"),
             text("listing_code", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Listing code")),
             date("listed_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Listed on")),
             text("listing_status", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Listing status"))
                 .choice("listing_status"),
             text("tiers", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Volume tiers"))
                 .table({{"from", FieldType::Integer, FieldEditor::Default,
                          QT_TRANSLATE_NOOP("xs::FieldLabels", "From quantity")},
                         {"unit_price_fen", FieldType::Integer, FieldEditor::Money,
                          QT_TRANSLATE_NOOP("xs::FieldLabels", "Unit price")}}),
             // Discounts for supported scenarios, research or small firms (DOMAIN.md §4): configurable,
             // always off a price within the cap (PricingRecords::checkProductDiscounts).
             text("discounts", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Discounts"))
                 .table({{"for", FieldType::Text, FieldEditor::Default,
                          QT_TRANSLATE_NOOP("xs::FieldLabels", "For whom")},
                         {"discount_bp", FieldType::Integer, FieldEditor::Percent,
                          QT_TRANSLATE_NOOP("xs::FieldLabels", "Discount")}})}),
        entity("grant_disclosure", QT_TRANSLATE_NOOP("xs::FieldLabels", "Disclosure"),
               {required(parentOf(text("agreement_id", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Agreement")),
                                  "grant_agreement")),
                text("kind", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Kind")).choice("disclosure_kind"),
                integer("year", QT_TRANSLATE_NOOP("xs::FieldLabels", "Year")),
                text("content", 8000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Content")).multiLine(),
                date("submitted_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Submitted on"))})};
}

} // namespace xs
