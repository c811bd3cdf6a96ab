#include "models/attachments/AttachmentRecords.h"

#include "models/attachments/AttachmentLimits.h"

namespace xs::AttachmentRecords {

namespace {

bool isLive(const RecordState* record)
{
    return record && !record->deleted;
}

} // namespace

QStringList fileFields()
{
    return {QStringLiteral("sha256"), QStringLiteral("size"), QStringLiteral("media_type"),
            QStringLiteral("file_name"), QStringLiteral("added_by")};
}

Refusal keepsItsFile(const AccessRequest& request, const Message& refusal)
{
    if (request.operation.kind != Operation::Kind::Upsert || !isLive(request.current))
        return {};
    for (const QString& name : fileFields()) {
        if (request.operation.fields.contains(name) &&
            request.operation.fields.value(name) != request.current->fields.value(name))
            return {QStringLiteral("invalid_state"), refusal, name};
    }
    return {};
}

QList<FieldProblem> checkFile(const QJsonObject& fields)
{
    QList<FieldProblem> problems;
    if (!AttachmentLimits::isSha256Hex(fields.value(QStringLiteral("sha256")).toString()))
        problems.append(
            {QStringLiteral("sha256"),
             XS_MESSAGE("xs::FieldAuditRules", "the SHA-256 is 64 lower-case hexadecimal digits")});
    const qint64 size = fields.value(QStringLiteral("size")).toInteger();
    if (size < 1 || size > AttachmentLimits::MaxFileBytes)
        problems.append(
            {QStringLiteral("size"),
             XS_MESSAGE("xs::AttachmentRecords", "a file holds 1 byte to %1 MiB; this one has %2 bytes")
                 .arg(AttachmentLimits::MaxFileBytes / AttachmentLimits::ChunkBytes)
                 .arg(size)});
    if (!AttachmentLimits::mediaTypes().contains(fields.value(QStringLiteral("media_type")).toString()))
        problems.append(
            {QStringLiteral("media_type"),
             XS_MESSAGE("xs::AttachmentRecords", "a file is a JPEG or PNG image or a PDF document")});
    return problems;
}

QJsonObject addedBy(const AccessRequest& request)
{
    if (request.operation.kind == Operation::Kind::Upsert && !isLive(request.current))
        return {{QStringLiteral("added_by"), request.principal.user}};
    return {};
}

} // namespace xs::AttachmentRecords
