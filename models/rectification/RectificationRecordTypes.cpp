#include "models/rectification/RectificationRecordTypes.h"

namespace xs {

using namespace Fields;

QList<EntitySchema> rectificationRecordTypes()
{
    // What the order follows is named by type and id rather than as a parent: field audits' findings
    // and catalog quality feedback both lead to orders, and RectificationAccess checks it exists.
    return {entity(
        "rectification_order", QT_TRANSLATE_NOOP("xs::FieldLabels", "Rectification order"),
        {required(
             text("subject_entity", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Follows a record of type")))
             .notInForms(),
         required(text("subject_id", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Follows record")))
             .notInForms(),
         required(oneOf(text("target_kind", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Addressed to a")),
                        {QStringLiteral("department"), QStringLiteral("operator")}))
             .choice("rectification_target"),
         required(text("target_code", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Addressed to"))),
         required(text("requirement", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "What must be rectified")))
             .multiLine(),
         required(integer("working_days", QT_TRANSLATE_NOOP("xs::FieldLabels", "Deadline (working days)"))),
         text("state", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "State")).notInForms(),
         text("issued_by", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Issued by")).notInForms(),
         date("issued_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Issued on")).notInForms(),
         date("due_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Due on")).notInForms(),
         boolean("due_provisional",
                 QT_TRANSLATE_NOOP("xs::FieldLabels", "Due date counted on an unpublished holiday schedule"))
             .notInForms(),
         text("response", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Rectification report")).notInForms(),
         text("decision_note", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Acceptance note")).notInForms(),
         date("submitted_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Submitted on")).notInForms(),
         date("closed_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Closed on")).notInForms()})};
}

} // namespace xs
