#include "models/fieldaudit/EvidenceRecorder.h"

#include "models/attachments/FileRecorder.h"
#include "models/attachments/PhotoMetadata.h"
#include "models/fieldaudit/FieldAuditWorkflow.h"

#include <QJsonObject>

namespace xs {

EvidenceRecorder::EvidenceRecorder(QSqlDatabase database, ChangeJournal& journal, AttachmentStore& store)
    : m_database(std::move(database))
    , m_journal(journal)
    , m_store(store)
{}

QString EvidenceRecorder::mediaTypeOf(const QByteArray& bytes)
{
    return FileRecorder::mediaTypeOf(bytes);
}

std::optional<QString> EvidenceRecorder::add(const Principal& actor, const EvidenceDraft& draft,
                                             DatabaseError* error)
{
    QJsonObject fields{{QStringLiteral("task_id"), draft.taskId}};
    if (!draft.itemCode.isEmpty())
        fields.insert(QStringLiteral("item_code"), draft.itemCode);
    if (!draft.caption.isEmpty())
        fields.insert(QStringLiteral("caption"), draft.caption);
    if (draft.downscaled)
        fields.insert(QStringLiteral("downscaled"), true);
    if (mediaTypeOf(draft.bytes) == QLatin1String("image/jpeg")) {
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
    return FileRecorder(m_database, m_journal, m_store)
        .add(actor, FieldAuditWorkflow::EvidenceEntity, fields, draft.fileName, draft.bytes, error);
}

} // namespace xs
