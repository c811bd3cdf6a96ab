#include "hub/HubAttachments.h"

#include "hub/HubLog.h"
#include "hub/HubStore.h"
#include "models/attachments/AttachmentAccess.h"
#include "models/attachments/AttachmentLimits.h"
#include "models/journal/EntitySchema.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace xs {

namespace {

QString hexSha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

HubAttachments::HubAttachments(HubStore& store, HubLog& log)
    : m_store(store)
    , m_log(log)
{}

HubAttachments::Answer HubAttachments::refusal(int status, const QString& code, const QString& message)
{
    Answer answer;
    answer.status = status;
    answer.code = code;
    answer.message = message;
    return answer;
}

HubAttachments::Answer HubAttachments::storeFailure(const QString& detail) const
{
    m_log.event(QStringLiteral("error"), QStringLiteral("attachment_store_failed"),
                {{QStringLiteral("detail"), detail}});
    return refusal(503, QStringLiteral("unavailable"),
                   QStringLiteral("the hub's store is unavailable; try again"));
}

std::variant<HubAttachments::Target, HubAttachments::Answer>
HubAttachments::target(const Principal& principal, const QString& entity, const QString& id,
                       bool upload) const
{
    if (!AttachmentAccess::carriesAttachment(findEntity(entity)))
        return refusal(404, QStringLiteral("not_found"),
                       QStringLiteral("records of type %1 have no attachment").arg(entity.left(64)));
    const std::optional<RecordState> record = m_store.record(entity, id, false);
    if (!record || record->deleted)
        return refusal(404, QStringLiteral("not_found"),
                       QStringLiteral("no %1 record %2 on the hub: push the record before its file")
                           .arg(entity, id.left(64)));
    const Refusal refused = upload ? AttachmentAccess::mayUpload(principal, *record)
                                   : AttachmentAccess::mayDownload(principal, *record);
    if (refused.isRefused())
        return refusal(403, refused.code, refused.message.sourceText());
    Target found;
    found.entity = entity;
    found.id = id;
    found.sha256 = record->fields.value(QStringLiteral("sha256")).toString();
    found.size = record->fields.value(QStringLiteral("size")).toInteger();
    found.chunks = AttachmentLimits::chunkCount(found.size);
    return found;
}

std::optional<QList<int>> HubAttachments::receivedChunks(const Target& target, QString* error) const
{
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("SELECT chunk FROM attachment_chunks WHERE entity = ? AND id = ? ORDER BY chunk"));
    query.addBindValue(target.entity);
    query.addBindValue(target.id);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QList<int> chunks;
    while (query.next())
        chunks << query.value(0).toInt();
    return chunks;
}

std::optional<bool> HubAttachments::isComplete(const Target& target, QString* error) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT complete, sha256 FROM attachments WHERE entity = ? AND id = ?"));
    query.addBindValue(target.entity);
    query.addBindValue(target.id);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    // Complete for the hash the record names now; a record never changes its file (its rules).
    return query.next() && query.value(0).toInt() == 1 && query.value(1).toString() == target.sha256;
}

HubAttachments::Answer HubAttachments::status(const Principal& principal, const QString& entity,
                                              const QString& id)
{
    // Status is asked by uploaders (to resume) and readers (before a download) alike.
    auto found = target(principal, entity, id, false);
    if (auto* refused = std::get_if<Answer>(&found)) {
        found = target(principal, entity, id, true);
        if (std::holds_alternative<Answer>(found))
            return *refused;
    }
    const Target& file = std::get<Target>(found);
    QString error;
    const std::optional<bool> complete = isComplete(file, &error);
    const std::optional<QList<int>> received = complete ? receivedChunks(file, &error) : std::nullopt;
    if (!received)
        return storeFailure(error);
    QJsonArray indices;
    for (const int index : *received)
        indices.append(index);
    Answer answer;
    answer.body = {{QStringLiteral("entity"), file.entity},
                   {QStringLiteral("id"), file.id},
                   {QStringLiteral("sha256"), file.sha256},
                   {QStringLiteral("size"), file.size},
                   {QStringLiteral("chunk_bytes"), AttachmentLimits::ChunkBytes},
                   {QStringLiteral("chunks"), file.chunks},
                   {QStringLiteral("received"), indices},
                   {QStringLiteral("complete"), *complete}};
    return answer;
}

HubAttachments::Answer HubAttachments::putChunk(const Principal& principal, const QString& entity,
                                                const QString& id, int index, const QByteArray& data,
                                                const QString& statedSha256)
{
    const auto found = target(principal, entity, id, true);
    if (const auto* refused = std::get_if<Answer>(&found))
        return *refused;
    const Target& file = std::get<Target>(found);
    if (index < 0 || index >= file.chunks)
        return refusal(400, QStringLiteral("bad_request"),
                       QStringLiteral("the file has chunks 0 to %1").arg(file.chunks - 1));
    const qint64 expected = AttachmentLimits::chunkLength(file.size, index);
    if (data.size() != expected)
        return refusal(
            400, QStringLiteral("bad_request"),
            QStringLiteral("chunk %1 holds %2 bytes, not %3").arg(index).arg(expected).arg(data.size()));
    // Damaged on the way: the sender keeps it and sends it again.
    const QString actual = hexSha256(data);
    if (actual != statedSha256.toLower())
        return refusal(422, QStringLiteral("chunk_mismatch"),
                       QStringLiteral("chunk %1 arrived with SHA-256 %2, not the %3 it was sent with")
                           .arg(index)
                           .arg(actual, statedSha256.left(64)));
    QString error;
    const std::optional<bool> complete = isComplete(file, &error);
    if (!complete)
        return storeFailure(error);
    Answer answer;
    answer.body = {{QStringLiteral("chunk"), index}, {QStringLiteral("complete"), *complete}};
    if (*complete)
        return answer; // a retry of a chunk of a file already accepted
    const bool stored =
        m_store.beginWrite(&error) &&
        m_store.exec(
            QStringLiteral("INSERT INTO attachments (entity, id, sha256, size, complete, created_at) "
                           "VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT (entity, id) DO NOTHING"),
            {file.entity, file.id, file.sha256, file.size, m_store.clock().now().toString(Qt::ISODate)},
            &error) &&
        m_store.exec(
            QStringLiteral("INSERT INTO attachment_chunks (entity, id, chunk, data) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (entity, id, chunk) DO UPDATE SET data = excluded.data"),
            {file.entity, file.id, index, data}, &error) &&
        m_store.commit(&error);
    if (!stored) {
        m_store.rollback();
        return storeFailure(error);
    }
    return answer;
}

HubAttachments::Answer HubAttachments::complete(const Principal& principal, const QString& entity,
                                                const QString& id)
{
    const auto found = target(principal, entity, id, true);
    if (const auto* refused = std::get_if<Answer>(&found))
        return *refused;
    const Target& file = std::get<Target>(found);
    QString error;
    const std::optional<bool> done = isComplete(file, &error);
    const std::optional<QList<int>> received = done ? receivedChunks(file, &error) : std::nullopt;
    if (!received)
        return storeFailure(error);
    Answer answer;
    answer.body = {{QStringLiteral("sha256"), file.sha256}, {QStringLiteral("complete"), true}};
    if (*done)
        return answer;
    if (received->size() != file.chunks)
        return refusal(409, QStringLiteral("incomplete"),
                       QStringLiteral("%1 of %2 chunks received").arg(received->size()).arg(file.chunks));
    // Hashed chunk by chunk, in order: memory holds one chunk, whatever the file's size.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("SELECT data FROM attachment_chunks WHERE entity = ? AND id = ? AND chunk = ?"));
    for (int index = 0; index < file.chunks; ++index) {
        query.addBindValue(file.entity);
        query.addBindValue(file.id);
        query.addBindValue(index);
        if (!query.exec() || !query.next())
            return storeFailure(query.lastError().text());
        hash.addData(query.value(0).toByteArray());
    }
    query.finish();
    const QString actual = QString::fromLatin1(hash.result().toHex());
    const bool matches = actual == file.sha256;
    const bool written =
        m_store.beginWrite(&error) &&
        (matches ? m_store.exec(QStringLiteral("UPDATE attachments SET complete = 1, completed_at = ? "
                                               "WHERE entity = ? AND id = ?"),
                                {m_store.clock().now().toString(Qt::ISODate), file.entity, file.id}, &error)
                 // A file that is not the record's is not kept: the sender keeps its own copy.
                 : m_store.exec(QStringLiteral("DELETE FROM attachment_chunks WHERE entity = ? AND id = ?"),
                                {file.entity, file.id}, &error)) &&
        m_store.commit(&error);
    if (!written) {
        m_store.rollback();
        return storeFailure(error);
    }
    m_log.event(matches ? QStringLiteral("info") : QStringLiteral("warning"),
                matches ? QStringLiteral("attachment_accepted") : QStringLiteral("attachment_hash_mismatch"),
                {{QStringLiteral("entity"), file.entity},
                 {QStringLiteral("id"), file.id},
                 {QStringLiteral("user"), principal.user},
                 {QStringLiteral("size"), file.size}});
    if (!matches)
        return refusal(
            422, QStringLiteral("hash_mismatch"),
            QStringLiteral("the file's SHA-256 is %1, but the record names %2; the hub kept nothing")
                .arg(actual, file.sha256));
    return answer;
}

HubAttachments::Answer HubAttachments::chunk(const Principal& principal, const QString& entity,
                                             const QString& id, int index)
{
    const auto found = target(principal, entity, id, false);
    if (const auto* refused = std::get_if<Answer>(&found))
        return *refused;
    const Target& file = std::get<Target>(found);
    QString error;
    const std::optional<bool> complete = isComplete(file, &error);
    if (!complete)
        return storeFailure(error);
    if (!*complete)
        return refusal(404, QStringLiteral("not_uploaded"),
                       QStringLiteral("the file has not reached the hub yet: its auditor's desktop sends it "
                                      "at the next sync"));
    if (index < 0 || index >= file.chunks)
        return refusal(400, QStringLiteral("bad_request"),
                       QStringLiteral("the file has chunks 0 to %1").arg(file.chunks - 1));
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("SELECT data FROM attachment_chunks WHERE entity = ? AND id = ? AND chunk = ?"));
    query.addBindValue(file.entity);
    query.addBindValue(file.id);
    query.addBindValue(index);
    if (!query.exec() || !query.next())
        return storeFailure(query.lastError().text());
    Answer answer;
    answer.bytes = query.value(0).toByteArray();
    answer.sha256 = hexSha256(answer.bytes);
    return answer;
}

} // namespace xs
