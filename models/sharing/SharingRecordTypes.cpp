#include "models/sharing/SharingRecordTypes.h"

namespace xs {

using namespace Fields;

QList<EntitySchema> sharingRecordTypes()
{
    // The requested entry is named by id rather than as a parent: the request is the requesting
    // department's record, not the providing department's entry's, and SharingAccess checks the
    // entry is in the sharing catalog. What the hub derives from the entry (provider, attribute)
    // and every deadline are the hub's (notInForms).
    return {
        entity(
            "sharing_request", QT_TRANSLATE_NOOP("xs::FieldLabels", "Sharing request"),
            {required(text("entry_id", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Requested resource")))
                 .choice("shared_resource"),
             required(
                 text("requester_code", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Requesting department")))
                 .choice("department"),
             required(text("purpose", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Purpose of use")))
                 .multiLine(),
             required(text("scope", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Scope of use"))).multiLine(),
             required(text("legal_basis", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Legal basis")))
                 .multiLine(),
             text("share_method", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Sharing method"))
                 .choice("share_method"),
             text("provider_code", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Provider department"))
                 .notInForms(),
             text("share_attribute", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Sharing attribute"))
                 .notInForms(),
             text("state", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "State")).notInForms(),
             text("requested_by", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Requested by")).notInForms(),
             date("submitted_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Submitted on")).notInForms(),
             date("reply_due_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Reply due on")).notInForms(),
             boolean(
                 "reply_due_provisional",
                 QT_TRANSLATE_NOOP("xs::FieldLabels", "Due date counted on an unpublished holiday schedule"))
                 .notInForms(),
             integer("extension_days", QT_TRANSLATE_NOOP("xs::FieldLabels", "Extension (working days)"))
                 .notInForms(),
             text("extension_reason", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Reason for the extension"))
                 .notInForms(),
             text("material_notice", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Missing material notice"))
                 .notInForms(),
             date("material_noticed_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Material requested on"))
                 .notInForms(),
             text("supplement", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Material supplied")).notInForms(),
             text("decision_reason", 2000,
                  QT_TRANSLATE_NOOP("xs::FieldLabels", "Reasons or note of the decision"))
                 .notInForms(),
             text("decided_by", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Decided by")).notInForms(),
             date("decided_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Decided on")).notInForms(),
             date("delivery_due_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Delivery due on")).notInForms(),
             boolean(
                 "delivery_due_provisional",
                 QT_TRANSLATE_NOOP("xs::FieldLabels", "Due date counted on an unpublished holiday schedule"))
                 .notInForms(),
             date("delivered_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Delivered on")).notInForms(),
             text("delivery_note", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Delivery note"))
                 .notInForms()}),
        // 使用记录 (SHARE §21–22): each use of delivered data, kept at least three years.
        entity("sharing_usage", QT_TRANSLATE_NOOP("xs::FieldLabels", "Use of shared data"),
               {required(
                    parentOf(text("request_id", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Sharing request")),
                             "sharing_request")),
                required(date("used_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Used on"))),
                required(
                    text("used_by", 200, QT_TRANSLATE_NOOP("xs::FieldLabels", "Used by (person or system)"))),
                required(text("purpose", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Business it served")))
                    .multiLine(),
                integer("record_count", QT_TRANSLATE_NOOP("xs::FieldLabels", "Records used")),
                text("recorded_by", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Recorded by")).notInForms(),
                date("recorded_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Recorded on")).notInForms()})};
}

} // namespace xs
