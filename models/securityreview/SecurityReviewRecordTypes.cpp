#include "models/securityreview/SecurityReviewRecordTypes.h"

namespace xs {

using namespace Fields;

QList<EntitySchema> securityReviewRecordTypes()
{
    // The subject is named by entity and id (a conditional sharing request or an agreement); the
    // template is a published checklist of kind security_review, whose version the hub copies in
    // so the review says which version it was made on. SecurityReviewAccess checks both.
    return {entity(
        "security_review", QT_TRANSLATE_NOOP("xs::FieldLabels", "Security review"),
        {required(oneOf(text("subject_entity", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Reviewed")),
                        {QStringLiteral("sharing_request"), QStringLiteral("grant_agreement")}))
             .choice("review_subject_kind"),
         required(text("subject_id", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Request or agreement")))
             .choice("review_subject"),
         required(text("template_id", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Checklist template")))
             .choice("review_template"),
         integer("template_version", QT_TRANSLATE_NOOP("xs::FieldLabels", "Template version")).notInForms(),
         text("answers", 16000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Checklist answers")).notInForms(),
         text("state", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "State")).notInForms(),
         text("opened_by", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Reviewer")).notInForms(),
         date("opened_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Opened on")).notInForms(),
         text("conclusion", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Conclusion")).notInForms(),
         text("opinion", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Opinion")).notInForms(),
         text("concluded_by", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Concluded by")).notInForms(),
         date("concluded_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Concluded on")).notInForms()})};
}

} // namespace xs
