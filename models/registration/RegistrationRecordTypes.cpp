#include "models/registration/RegistrationRecordTypes.h"

namespace xs {

using namespace Fields;

QList<EntitySchema> registrationRecordTypes()
{
    return {
        // 登记时限: one deadline rule of registration (models/registration/DeadlineRules).
        entity("deadline_rule", QT_TRANSLATE_NOOP("xs::FieldLabels", "Deadline rule"),
               {text("step", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Step")),
                integer("value", QT_TRANSLATE_NOOP("xs::FieldLabels", "Value")),
                text("unit", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Unit")),
                text("source", 1000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Source"))}),
        // 登记申请 (DOMAIN.md §2). Lists and objects travel as JSON text; the fields after
        // operating_term_end change only through workflow commands (RegistrationWorkflow).
        entity("registration", QT_TRANSLATE_NOOP("xs::FieldLabels", "Registration"),
               {text("number", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Application number")),
                text("type", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Registration type")),
                text("applicants", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Applicants")),
                text("data_name", 300, QT_TRANSLATE_NOOP("xs::FieldLabels", "Data name")),
                text("summary", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Summary")),
                parentOf(text("catalog_entry_id", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Catalog entry")),
                         "catalog_entry"),
                parentOf(text("related_registration_id", 64,
                              QT_TRANSLATE_NOOP("xs::FieldLabels", "Related registration")),
                         "registration"),
                text("materials", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Materials")),
                // Where the data will be used, one text each (RegistrationIntake).
                text("scenarios", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Application scenarios")),
                date("submitted_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Submitted on")),
                date("operating_term_end", QT_TRANSLATE_NOOP("xs::FieldLabels", "End of operating term")),
                text("state", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "State")),
                date("step_started_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Step started on")),
                date("step_deadline", QT_TRANSLATE_NOOP("xs::FieldLabels", "Step deadline")),
                integer("remaining_workdays",
                        QT_TRANSLATE_NOOP("xs::FieldLabels", "Working days left (paused)")),
                text("assignee", 128, QT_TRANSLATE_NOOP("xs::FieldLabels", "Assignee")),
                text("missing_materials", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Missing materials")),
                boolean("materials_notice_sent",
                        QT_TRANSLATE_NOOP("xs::FieldLabels", "Missing-materials notice sent")),
                text("decision_reason", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Reason of the decision")),
                text("objection", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Objection")),
                text("registration_code", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Registration code")),
                date("coded_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Coded on")),
                date("expires_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Valid until")),
                text("events", 16000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Timeline")),
                boolean("deadline_provisional", QT_TRANSLATE_NOOP("xs::FieldLabels", "Deadline provisional")),
                date("deadline_from", QT_TRANSLATE_NOOP("xs::FieldLabels", "Deadline counted from")),
                integer("deadline_workdays", QT_TRANSLATE_NOOP("xs::FieldLabels", "Working days allowed")),
                date("deadline_moved_from",
                     QT_TRANSLATE_NOOP("xs::FieldLabels", "Deadline before the schedule was published")),
                // A change or correction registration's new values ({field: value}) for the
                // registration it names (RegistrationAmendment); applied_on: when the hub wrote them
                // (or a cancellation ended it); amendment_pending: the hub's mark until then.
                // The authorized-operation agreement whose products a first registration covers: it
                // is due 20 working days after operation starts (FirstRegistrationDeadline).
                text("agreement_id", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Agreement")),
                text("changes", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Changes to the registration")),
                date("applied_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Applied to the registration on")),
                boolean("amendment_pending",
                        QT_TRANSLATE_NOOP("xs::FieldLabels", "Waiting to be applied to the registration"))}),
        // 申请材料: the file of one of an application's materials (REG §9), its bytes in the
        // attachment store; it never changes (AttachmentRecords): another file is another record.
        entity("registration_material", QT_TRANSLATE_NOOP("xs::FieldLabels", "Application material"),
               {required(parentOf(
                    text("registration_id", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Registration")),
                    "registration")),
                required(text("material", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Material"))),
                required(text("file_name", 300, QT_TRANSLATE_NOOP("xs::FieldLabels", "File name"))),
                required(text("media_type", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Media type"))),
                required(integer("size", QT_TRANSLATE_NOOP("xs::FieldLabels", "Size (bytes)"))),
                required(text("sha256", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "SHA-256"))),
                text("added_by", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Added by")).notInForms()})};
}

} // namespace xs
