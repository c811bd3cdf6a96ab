#include "models/attachments/AttachmentAccess.h"

#include "models/journal/EntitySchema.h"

namespace xs::AttachmentAccess {

bool carriesAttachment(const EntitySchema* schema)
{
    return schema && schema->field(QStringLiteral("sha256")) && schema->field(QStringLiteral("size")) &&
           schema->field(QStringLiteral("added_by"));
}

Refusal mayUpload(const Principal& principal, const RecordState& record)
{
    if (principal.role == Role::Admin ||
        record.fields.value(QStringLiteral("added_by")).toString() == principal.user)
        return {};
    return Refusal::of("forbidden",
                       XS_MESSAGE("xs::AccessPolicy", "only who added the record uploads its file"));
}

Refusal mayDownload(const Principal& principal, const RecordState& record)
{
    if (principal.role != Role::Cataloguer ||
        record.fields.value(QStringLiteral("added_by")).toString() == principal.user)
        return {};
    return Refusal::of(
        "forbidden",
        XS_MESSAGE("xs::AccessPolicy", "a %1 may not read the files of field audits and registrations")
            .arg(roleArgument(principal.role)));
}

} // namespace xs::AttachmentAccess
