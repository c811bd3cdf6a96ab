#include "models/opendata/OpenDataRecordTypes.h"

namespace xs {

using namespace Fields;

QList<EntitySchema> openDataRecordTypes()
{
    // Who asked is kept as the portal gives it (a name or an organisation), never their contact
    // details: the portal answers them, the bureau keeps the demand.
    return {entity(
        "open_data_demand", QT_TRANSLATE_NOOP("xs::FieldLabels", "Open-data demand"),
        {required(text("title", 200, QT_TRANSLATE_NOOP("xs::FieldLabels", "Data wanted"))),
         required(text("description", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Use and content wanted")))
             .multiLine(),
         required(text("domain", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Domain"))).choice("open_domain"),
         required(text("demander", 200, QT_TRANSLATE_NOOP("xs::FieldLabels", "Asked by"))),
         text("state", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "State")).notInForms(),
         date("received_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Received on")).notInForms(),
         text("registered_by", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Registered by")).notInForms(),
         text("provider_code", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Department to answer")).notInForms(),
         date("accepted_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Accepted on")).notInForms(),
         date("answer_due_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Answer due on")).notInForms(),
         boolean("answer_due_provisional",
                 QT_TRANSLATE_NOOP("xs::FieldLabels", "Due date counted on an unpublished holiday schedule"))
             .notInForms(),
         integer("answer_days", QT_TRANSLATE_NOOP("xs::FieldLabels", "Answer period (working days)"))
             .notInForms(),
         text("outcome", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Outcome")).notInForms(),
         text("answer", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Answer")).notInForms(),
         text("answered_by", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Answered by")).notInForms(),
         date("answered_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Answered on")).notInForms()})};
}

} // namespace xs
