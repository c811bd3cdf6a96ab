#pragma once

#include "models/journal/AccessPolicy.h"
#include "models/journal/RecordRules.h"

#include <QJsonObject>

namespace xs {

/// The rules every record type that describes a file shares (field-audit evidence, a
/// registration's materials; AttachmentAccess::carriesAttachment): the record names the file by its
/// sha256, size, media type and name, and those never change once the record exists — another
/// file is another record, so what a reviewer read is what stays on file.
namespace AttachmentRecords {

/// The fields that name the file.
QStringList fileFields();
/// Refuses an upsert of a live record that would change one of fileFields; refusal: what to say.
Refusal keepsItsFile(const AccessRequest& request, const Message& refusal);
/// The sha256 is 64 lower-case hex digits, the size 1 byte to AttachmentLimits::MaxFileBytes, and
/// the media type one of AttachmentLimits::mediaTypes().
QList<FieldProblem> checkFile(const QJsonObject& fields);
/// What the hub writes on a new record: who added it, who alone may upload its bytes.
QJsonObject addedBy(const AccessRequest& request);

} // namespace AttachmentRecords

} // namespace xs
