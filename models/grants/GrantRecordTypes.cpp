#include "models/grants/GrantRecordTypes.h"

namespace xs {

using namespace Fields;

QList<EntitySchema> grantRecordTypes()
{
    return {
        // 授权运营 (DOMAIN.md §3, models/grants). state fields change only through commands.
        entity("grant_operator", QT_TRANSLATE_NOOP("xs::FieldLabels", "Operator"),
               {text("name", 300, QT_TRANSLATE_NOOP("xs::FieldLabels", "Name")),
                text("credit_code", 18, QT_TRANSLATE_NOOP("xs::FieldLabels", "Unified social credit code")),
                text("contact", 1000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Contact")),
                text("qualifications", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Qualifications"))}),
        entity("grant_plan", QT_TRANSLATE_NOOP("xs::FieldLabels", "Implementation plan"),
               {text("title", 300, QT_TRANSLATE_NOOP("xs::FieldLabels", "Title")),
                text("domain", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Domain")),
                text("division_code", 6, QT_TRANSLATE_NOOP("xs::FieldLabels", "Granting division")),
                text("sections", 16000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Sections")),
                text("state", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "State")),
                text("reference", 300, QT_TRANSLATE_NOOP("xs::FieldLabels", "Document number"))}),
        entity("grant_agreement", QT_TRANSLATE_NOOP("xs::FieldLabels", "Agreement"),
               {text("title", 300, QT_TRANSLATE_NOOP("xs::FieldLabels", "Title")),
                parentOf(text("plan_id", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Implementation plan")),
                         "grant_plan"),
                parentOf(text("operator_id", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Operator")),
                         "grant_operator"),
                text("mode", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Mode")),
                text("selection_method", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Selection method")),
                text("domain", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Domain")),
                text("division_code", 6, QT_TRANSLATE_NOOP("xs::FieldLabels", "Granting division")),
                text("resources", 8000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Resources in scope")),
                date("starts_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Term starts")),
                date("ends_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Term ends")),
                text("revenue_shares", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Revenue shares")),
                text("state", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "State")),
                text("handover", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Handover"))}),
        entity("grant_product", QT_TRANSLATE_NOOP("xs::FieldLabels", "Product or service"),
               {required(parentOf(text("agreement_id", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Agreement")),
                                  "grant_agreement")),
                text("name", 300, QT_TRANSLATE_NOOP("xs::FieldLabels", "Name")),
                text("use_class", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Use class")),
                text("billing_unit", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Billing unit")),
                text("registration_code", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Registration code")),
                integer("cap_fen", QT_TRANSLATE_NOOP("xs::FieldLabels", "Price cap")),
                integer("price_fen", QT_TRANSLATE_NOOP("xs::FieldLabels", "Specific price")),
                boolean("trial",
                        QT_TRANSLATE_NOOP("xs::FieldLabels", "Trial price (before the first full year)")),
                text("tiers", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Volume tiers"))}),
        entity("grant_disclosure", QT_TRANSLATE_NOOP("xs::FieldLabels", "Disclosure"),
               {required(parentOf(text("agreement_id", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Agreement")),
                                  "grant_agreement")),
                text("kind", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Kind")),
                integer("year", QT_TRANSLATE_NOOP("xs::FieldLabels", "Year")),
                text("content", 8000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Content")),
                date("submitted_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Submitted on"))})};
}

} // namespace xs
