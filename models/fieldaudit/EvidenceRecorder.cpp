#include "models/fieldaudit/EvidenceRecorder.h"

#include "models/attachments/AttachmentLimits.h"
#include "models/attachments/PhotoMetadata.h"
#include "models/fieldaudit/FieldAuditWorkflow.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/RecordWriter.h"
#include "models/storage/Transaction.h"

#include <QJsonObject>

namespace xs {

EvidenceRecorder::EvidenceRecorder(QSqlDatabase database, ChangeJournal& journal, AttachmentStore& store)
    : m_database(std::move(database))
    , m_journal(journal)
    , m_store(store)
{}

QString EvidenceRecorder::mediaTypeOf(const QByteArray& bytes)
{
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    if (bytes.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    return {};
}

std::optional<QString> EvidenceRecorder::add(const Principal& actor, const EvidenceDraft& draft,
                                             DatabaseError* error)
{
    const auto refuse = [error](const QString& message) {
        *error = DatabaseError(DatabaseError::Kind::Invalid, message);
        return std::nullopt;
    };
    if (draft.bytes.isEmpty())
        return refuse(tr("%1 is empty.").arg(draft.fileName));
    if (draft.bytes.size() > AttachmentLimits::MaxFileBytes)
        return refuse(tr("%1 holds %2 MiB; a file of evidence holds at most %3 MiB. Downscale the photo or "
                         "scan the document at a lower resolution.")
                          .arg(draft.fileName)
                          .arg(double(draft.bytes.size()) / AttachmentLimits::ChunkBytes, 0, 'f', 1)
                          .arg(AttachmentLimits::MaxFileBytes / AttachmentLimits::ChunkBytes));
    const QString mediaType = mediaTypeOf(draft.bytes);
    if (mediaType.isEmpty())
        return refuse(tr("%1 is not a JPEG or PNG photo or a PDF document.").arg(draft.fileName));

    QJsonObject fields{{QStringLiteral("task_id"), draft.taskId},
                       {QStringLiteral("file_name"), draft.fileName.right(255)},
                       {QStringLiteral("media_type"), mediaType},
                       {QStringLiteral("size"), qint64(draft.bytes.size())},
                       {QStringLiteral("sha256"), AttachmentStore::sha256Of(draft.bytes)}};
    if (!draft.itemCode.isEmpty())
        fields.insert(QStringLiteral("item_code"), draft.itemCode);
    if (!draft.caption.isEmpty())
        fields.insert(QStringLiteral("caption"), draft.caption);
    if (draft.downscaled)
        fields.insert(QStringLiteral("downscaled"), true);
    if (mediaType == QLatin1String("image/jpeg")) {
        const PhotoMetadata metadata = PhotoMetadataCodec::read(draft.bytes);
        if (metadata.takenAt.isValid())
            fields.insert(QStringLiteral("taken_at"), metadata.takenAtText());
        if (metadata.latitude && metadata.longitude) {
            fields.insert(QStringLiteral("latitude"), *metadata.latitude);
            fields.insert(QStringLiteral("longitude"), *metadata.longitude);
        }
        if (!metadata.camera.isEmpty())
            fields.insert(QStringLiteral("camera"), metadata.camera.left(200));
    }

    const QString id = m_journal.newId();
    Transaction transaction(m_database, QStringLiteral("xs_evidence"));
    if ((*error = transaction.begin()).isError())
        return std::nullopt;
    Operation operation;
    operation.entity = FieldAuditWorkflow::EvidenceEntity;
    operation.recordId = id;
    operation.fields = fields;
    RecordWriter writer(m_database, m_journal);
    if ((*error = writer.write(actor, operation)).isError())
        return std::nullopt;
    if ((*error = m_store.store({operation.entity, id}, draft.bytes, AttachmentTransfer::Local)).isError())
        return std::nullopt;
    if ((*error = transaction.commit()).isError())
        return std::nullopt;
    return id;
}

} // namespace xs
