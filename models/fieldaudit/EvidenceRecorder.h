#pragma once

#include "models/attachments/AttachmentStore.h"
#include "models/journal/AccessPolicy.h"
#include "models/storage/DatabaseError.h"

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

/// Adds evidence on the desktop: the photo's EXIF date, place and camera beside what the task
/// says; FileRecorder checks the file and writes the record and the bytes whole or not at all.
class EvidenceRecorder
{
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
