#include "models/fieldaudit/FieldAuditRecordTypes.h"

#include "models/attachments/AttachmentLimits.h"

namespace xs {

using namespace Fields;

QList<EntitySchema> fieldAuditRecordTypes()
{
    // 现场核查 (DOMAIN.md §6, models/fieldaudit). A template is published once and never changed
    // after: a new version is a new record, so a finished visit keeps the checklist it was made on.
    // A security_review template is the checklist of a security review (models/securityreview),
    // which raises no findings: severities and a rectification period are for visits only.
    const QStringList visitKinds{QStringLiteral("catalog_quality"), QStringLiteral("authorized_operation"),
                                 QStringLiteral("registration_materials")};
    return {
        entity(
            "audit_template", QT_TRANSLATE_NOOP("xs::FieldLabels", "Checklist template"),
            {required(text("title", 300, QT_TRANSLATE_NOOP("xs::FieldLabels", "Title"))),
             required(oneOf(text("kind", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Kind of checklist")),
                            visitKinds + QStringList{QStringLiteral("security_review")}))
                 .choice("audit_template_kind"),
             required(integer("template_version", QT_TRANSLATE_NOOP("xs::FieldLabels", "Version"))),
             required(text("items", 16000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Checklist items")))
                 .table({{"code", FieldType::Text, FieldEditor::Default,
                          QT_TRANSLATE_NOOP("xs::FieldLabels", "Item code")},
                         {"section", FieldType::Text, FieldEditor::Default,
                          QT_TRANSLATE_NOOP("xs::FieldLabels", "Section")},
                         {"text", FieldType::Text, FieldEditor::Default,
                          QT_TRANSLATE_NOOP("xs::FieldLabels", "What to check")}}),
             text("severities", 1000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Severities of findings")).lines(),
             integer("rectification_days",
                     QT_TRANSLATE_NOOP("xs::FieldLabels", "Rectification deadline (working days)")),
             text("state", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "State")).notInForms()}),
        entity("audit_task", QT_TRANSLATE_NOOP("xs::FieldLabels", "Audit task"),
               {required(text("title", 300, QT_TRANSLATE_NOOP("xs::FieldLabels", "Title"))),
                required(oneOf(text("kind", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Kind of visit")),
                               visitKinds))
                    .choice("audit_kind"),
                // Not the task's owner (a form chooses it): FieldAuditAccess requires it.
                parentOf(text("template_id", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Checklist")),
                         "audit_template"),
                // Forms offer the departments, operators and registrations on the desktop: records,
                // not a vocabulary, so the planning dialog supplies them for "audit_target".
                required(text("target_code", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Audited")))
                    .choice("audit_target"),
                required(text("auditors", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Auditors"))).lines(),
                required(date("planned_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Planned for"))),
                text("summary", 8000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Conclusion of the visit"))
                    .multiLine(),
                text("state", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "State")).notInForms(),
                date("started_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Started on")).notInForms(),
                date("submitted_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Submitted on")).notInForms(),
                date("completed_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Completed on")).notInForms(),
                text("reviewed_by", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Reviewed by")).notInForms(),
                text("review_note", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Review note")).notInForms()}),
        entity(
            "audit_answer", QT_TRANSLATE_NOOP("xs::FieldLabels", "Checklist answer"),
            {required(parentOf(text("task_id", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Audit task")),
                               "audit_task")),
             required(text("item_code", 24, QT_TRANSLATE_NOOP("xs::FieldLabels", "Item code"))).notInForms(),
             required(oneOf(text("result", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Result")),
                            {QStringLiteral("conforms"), QStringLiteral("nonconforming"),
                             QStringLiteral("not_applicable")}))
                 .choice("audit_result"),
             text("note", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Note")).multiLine()}),
        entity("audit_finding", QT_TRANSLATE_NOOP("xs::FieldLabels", "Finding"),
               {required(parentOf(text("task_id", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Audit task")),
                                  "audit_task")),
                text("item_code", 24, QT_TRANSLATE_NOOP("xs::FieldLabels", "Item code")),
                required(text("severity", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Severity"))),
                required(text("description", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Finding")))
                    .multiLine()}),
        // A photo or scanned document: this record describes it and names its hash; the bytes
        // travel apart, in chunks (models/attachments, hub/PROTOCOL.md "Attachments"), and the hub
        // takes only bytes whose SHA-256 is the one named here.
        entity("audit_evidence", QT_TRANSLATE_NOOP("xs::FieldLabels", "Evidence"),
               {required(parentOf(text("task_id", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Audit task")),
                                  "audit_task")),
                text("item_code", 24, QT_TRANSLATE_NOOP("xs::FieldLabels", "Item code")),
                required(text("file_name", 255, QT_TRANSLATE_NOOP("xs::FieldLabels", "File name"))),
                required(oneOf(text("media_type", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Kind of file")),
                               AttachmentLimits::mediaTypes()))
                    .notInForms(),
                required(integer("size", QT_TRANSLATE_NOOP("xs::FieldLabels", "Size (bytes)"))).notInForms(),
                required(text("sha256", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "SHA-256"))).notInForms(),
                text("taken_at", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Taken at")).notInForms(),
                real("latitude", QT_TRANSLATE_NOOP("xs::FieldLabels", "Latitude")).notInForms(),
                real("longitude", QT_TRANSLATE_NOOP("xs::FieldLabels", "Longitude")).notInForms(),
                text("camera", 200, QT_TRANSLATE_NOOP("xs::FieldLabels", "Camera")).notInForms(),
                text("caption", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Caption")).multiLine(),
                boolean("downscaled", QT_TRANSLATE_NOOP("xs::FieldLabels", "Downscaled on request"))
                    .notInForms(),
                text("added_by", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Added by")).notInForms()})};
}

} // namespace xs
