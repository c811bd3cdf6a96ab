#include "models/catalog/revision/CatalogRevisionRecordTypes.h"

namespace xs {

using namespace Fields;

QList<EntitySchema> catalogRevisionRecordTypes()
{
    // changes holds the revised entry fields as a JSON object ({"abstract": "…"}), only those that
    // differ from the published version; the department writes it, the reason and the day the
    // law or its duties changed, while the revision is a draft. Everything else is the hub's.
    const char* const provisional =
        QT_TRANSLATE_NOOP("xs::FieldLabels", "Due date counted on an unpublished holiday schedule");
    return {entity(
        "catalog_revision", QT_TRANSLATE_NOOP("xs::FieldLabels", "Catalog entry revision"),
        {required(parentOf(text("entry_id", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Catalog entry")),
                           "catalog_entry")),
         required(text("changes", 60000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Revised fields")))
             .notInForms(),
         required(text("reason", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Reason for the revision")))
             .choice("revision_reason"),
         text("reason_note", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Explanation")).multiLine(),
         date("cause_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Law or duties changed on")),
         text("state", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "State")).notInForms(),
         date("due_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Revision due on")).notInForms(),
         boolean("due_provisional", provisional).notInForms(),
         boolean("extended", QT_TRANSLATE_NOOP("xs::FieldLabels", "Extended")).notInForms(),
         text("extension_reason", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Reason for the extension"))
             .notInForms(),
         text("submitted_by", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Submitted by")).notInForms(),
         date("submitted_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Submitted on")).notInForms(),
         date("review_due_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Review due on")).notInForms(),
         boolean("review_due_provisional", provisional).notInForms(),
         text("decided_by", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Decided by")).notInForms(),
         date("decided_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Decided on")).notInForms(),
         text("decision_reason", 2000,
              QT_TRANSLATE_NOOP("xs::FieldLabels", "Reasons or note of the decision"))
             .notInForms(),
         date("applied_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Published on")).notInForms()})};
}

} // namespace xs
