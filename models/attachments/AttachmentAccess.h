#pragma once

#include "models/journal/AccessPolicy.h"

namespace xs {

struct EntitySchema;

/// Who may move the bytes of an attachment (hub/PROTOCOL.md, Attachments): the one copy of the
/// rule, enforced by the hub and asked by the desktop before it offers to upload or download. The
/// record that describes the file decides: its rules decided who could add it, and its sha256 and
/// size are what the bytes must be.
namespace AttachmentAccess {

/// Whether records of this type describe a file: they name its sha256 and size, and who added it.
bool carriesAttachment(const EntitySchema* schema);

/// Only who added the record (or an administrator) sends its bytes.
Refusal mayUpload(const Principal& principal, const RecordState& record);
/// Auditors, reviewers, managers and administrators read the files (evidence, application
/// materials); departments read only their own.
Refusal mayDownload(const Principal& principal, const RecordState& record);

} // namespace AttachmentAccess

} // namespace xs
