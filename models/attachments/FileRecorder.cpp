#include "models/attachments/FileRecorder.h"

#include "models/attachments/AttachmentLimits.h"
#include "models/attachments/AttachmentStore.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/RecordWriter.h"
#include "models/storage/Transaction.h"

namespace xs {

FileRecorder::FileRecorder(QSqlDatabase database, ChangeJournal& journal, AttachmentStore& store)
    : m_database(std::move(database))
    , m_journal(journal)
    , m_store(store)
{}

QString FileRecorder::mediaTypeOf(const QByteArray& bytes)
{
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    if (bytes.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    return {};
}

std::optional<QJsonObject> FileRecorder::describe(const QString& fileName, const QByteArray& bytes,
                                                  DatabaseError* error)
{
    const auto refuse = [error](const QString& message) {
        *error = DatabaseError(DatabaseError::Kind::Invalid, message);
        return std::nullopt;
    };
    if (bytes.isEmpty())
        return refuse(tr("%1 is empty.").arg(fileName));
    if (bytes.size() > AttachmentLimits::MaxFileBytes)
        return refuse(tr("%1 holds %2 MiB; a file holds at most %3 MiB. Downscale the photo or scan the "
                         "document at a lower resolution.")
                          .arg(fileName)
                          .arg(double(bytes.size()) / AttachmentLimits::ChunkBytes, 0, 'f', 1)
                          .arg(AttachmentLimits::MaxFileBytes / AttachmentLimits::ChunkBytes));
    const QString mediaType = mediaTypeOf(bytes);
    if (mediaType.isEmpty())
        return refuse(tr("%1 is not a JPEG or PNG image or a PDF document.").arg(fileName));
    return QJsonObject{{QStringLiteral("file_name"), fileName.right(255)},
                       {QStringLiteral("media_type"), mediaType},
                       {QStringLiteral("size"), qint64(bytes.size())},
                       {QStringLiteral("sha256"), AttachmentStore::sha256Of(bytes)}};
}

std::optional<QString> FileRecorder::add(const Principal& actor, const QString& entity, QJsonObject fields,
                                         const QString& fileName, const QByteArray& bytes,
                                         DatabaseError* error)
{
    const std::optional<QJsonObject> file = describe(fileName, bytes, error);
    if (!file)
        return std::nullopt;
    for (auto it = file->constBegin(); it != file->constEnd(); ++it)
        fields.insert(it.key(), it.value());
    const QString id = m_journal.newId();
    Transaction transaction(m_database, QStringLiteral("xs_file"));
    if ((*error = transaction.begin()).isError())
        return std::nullopt;
    Operation operation;
    operation.entity = entity;
    operation.recordId = id;
    operation.fields = fields;
    if ((*error = RecordWriter(m_database, m_journal).write(actor, operation)).isError())
        return std::nullopt;
    if ((*error = m_store.store({entity, id}, bytes, AttachmentTransfer::Local)).isError())
        return std::nullopt;
    if ((*error = transaction.commit()).isError())
        return std::nullopt;
    return id;
}

} // namespace xs
