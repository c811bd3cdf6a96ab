#include "models/quality/QualityFeedbackRecordTypes.h"

namespace xs {

using namespace Fields;

QList<EntitySchema> qualityFeedbackRecordTypes()
{
    // The resource is named by id, the data item by its name within it (what the filer sees);
    // QualityFeedbackAccess checks both exist. The provider is the resource's department, set by
    // the hub, and the order that has it corrected names this feedback as what it follows.
    return {entity(
        "quality_feedback", QT_TRANSLATE_NOOP("xs::FieldLabels", "Quality feedback"),
        {required(text("entry_id", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Resource")))
             .choice("feedback_resource"),
         text("item_name", 200, QT_TRANSLATE_NOOP("xs::FieldLabels", "Data item")),
         required(text("requester_code", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Filed by department")))
             .choice("department"),
         required(text("dimension", 16, QT_TRANSLATE_NOOP("xs::FieldLabels", "Quality dimension")))
             .choice("quality_dimension"),
         required(text("description", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "What is wrong")))
             .multiLine(),
         text("provider_code", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Provider department")).notInForms(),
         text("state", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "State")).notInForms(),
         text("filed_by", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Filed by")).notInForms(),
         date("filed_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Filed on")).notInForms(),
         text("verification_note", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Verification note"))
             .notInForms(),
         text("decided_by", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Decided by")).notInForms(),
         date("decided_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Decided on")).notInForms(),
         text("result", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Result fed back")).notInForms(),
         date("closed_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Closed on")).notInForms()})};
}

} // namespace xs
