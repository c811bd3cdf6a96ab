#pragma once

#include "models/journal/AccessPolicy.h"
#include "models/storage/DatabaseError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace xs {

class AttachmentStore;
class ChangeJournal;

/// Adds a record that describes a file (field-audit evidence, an application's material) on the
/// desktop: the kind of file from its bytes, not its name; the size limit; the SHA-256; then the
/// record (through RecordWriter, so the hub's rules run here first) and the bytes (AttachmentStore)
/// in one transaction — nested as a savepoint in the caller's — so a file is there whole, with its
/// record, or not at all.
class FileRecorder
{
    Q_DECLARE_TR_FUNCTIONS(xs::FileRecorder)

public:
    /// journal and store must outlive the recorder.
    FileRecorder(QSqlDatabase database, ChangeJournal& journal, AttachmentStore& store);

    /// "image/jpeg", "image/png" or "application/pdf" by the file's first bytes; empty otherwise.
    static QString mediaTypeOf(const QByteArray& bytes);
    /// The fields that name the file (file_name, media_type, size, sha256), or nothing with *error
    /// (Invalid, naming the file): empty, over AttachmentLimits::MaxFileBytes, or of another kind.
    static std::optional<QJsonObject> describe(const QString& fileName, const QByteArray& bytes,
                                               DatabaseError* error);

    /// The new record's id, or nothing with *error. fields: the record's own, besides the file's.
    std::optional<QString> add(const Principal& actor, const QString& entity, QJsonObject fields,
                               const QString& fileName, const QByteArray& bytes, DatabaseError* error);

private:
    QSqlDatabase m_database;
    ChangeJournal& m_journal;
    AttachmentStore& m_store;
};

} // namespace xs
