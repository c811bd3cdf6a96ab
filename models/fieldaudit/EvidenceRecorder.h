#pragma once

#include "models/attachments/AttachmentStore.h"
#include "models/journal/AccessPolicy.h"
#include "models/storage/DatabaseError.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace xs {

class ChangeJournal;

/// A file an auditor adds to a task: a photo or a scanned document, with what it shows.
struct EvidenceDraft
{
    QString taskId;
    QString itemCode; // the checklist item it supports (may be empty: the visit as a whole)
    QString fileName;
    QByteArray bytes;
    QString caption;
    bool downscaled = false; // made smaller on the auditor's request (PhotoDownscaler)
};

/// Adds evidence on the desktop: the kind of file (from its bytes, not its name), the limits, the
/// photo's EXIF date, place and camera, the SHA-256; then the record (through RecordWriter, so the
/// hub's rules run here first) and the bytes (AttachmentStore) in one transaction: a piece of
/// evidence is there whole, or not at all.
class EvidenceRecorder
{
    Q_DECLARE_TR_FUNCTIONS(xs::EvidenceRecorder)

public:
    /// journal and store must outlive the recorder.
    EvidenceRecorder(QSqlDatabase database, ChangeJournal& journal, AttachmentStore& store);

    /// The new evidence record's id, or nothing with *error (Invalid: a message for the auditor).
    std::optional<QString> add(const Principal& actor, const EvidenceDraft& draft, DatabaseError* error);

    /// "image/jpeg", "image/png" or "application/pdf" by the file's first bytes; empty otherwise.
    static QString mediaTypeOf(const QByteArray& bytes);

private:
    QSqlDatabase m_database;
    ChangeJournal& m_journal;
    AttachmentStore& m_store;
};

} // namespace xs
