#include "models/attachments/AttachmentStore.h"

#include "models/attachments/AttachmentLimits.h"
#include "models/common/Clock.h"
#include "models/storage/PreparedQuery.h"
#include "models/storage/Transaction.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace xs {

namespace {

const QList<std::pair<AttachmentTransfer, QString>>& transferNames()
{
    static const QList<std::pair<AttachmentTransfer, QString>> names{
        {AttachmentTransfer::Local, QStringLiteral("local")},
        {AttachmentTransfer::Uploaded, QStringLiteral("uploaded")},
        {AttachmentTransfer::Refused, QStringLiteral("refused")},
        {AttachmentTransfer::Downloaded, QStringLiteral("downloaded")},
    };
    return names;
}

AttachmentTransfer transferOf(const QString& name)
{
    for (const auto& [transfer, text] : transferNames()) {
        if (text == name)
            return transfer;
    }
    return AttachmentTransfer::Local;
}

AttachmentFile fileFromRow(const QSqlQuery& query)
{
    return {{query.value(0).toString(), query.value(1).toString()},
            query.value(2).toString(),
            query.value(3).toLongLong(),
            transferOf(query.value(4).toString()),
            query.value(5).toString()};
}

const char* const FileColumns = "entity, record_id, sha256, size, transfer, transfer_note";

} // namespace

AttachmentStore::AttachmentStore(QSqlDatabase database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
{}

QString AttachmentStore::sha256Of(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString AttachmentStore::transferName(AttachmentTransfer transfer)
{
    for (const auto& [value, text] : transferNames()) {
        if (value == transfer)
            return text;
    }
    return {};
}

DatabaseError AttachmentStore::store(const AttachmentRef& ref, const QByteArray& bytes,
                                     AttachmentTransfer transfer, QString* sha256)
{
    const QString hash = sha256Of(bytes);
    Transaction transaction(m_database, QStringLiteral("xs_attachment"));
    if (DatabaseError error = transaction.begin(); error.isError())
        return error;
    QSqlQuery query(m_database);
    DatabaseError error;
    if (!runPrepared(query, QStringLiteral("DELETE FROM attachment_chunk WHERE entity = ? AND record_id = ?"),
                     {ref.entity, ref.id}, &error))
        return error;
    for (int index = 0; index < AttachmentLimits::chunkCount(bytes.size()); ++index) {
        const QByteArray part =
            bytes.mid(qint64(index) * AttachmentLimits::ChunkBytes, AttachmentLimits::ChunkBytes);
        if (!runPrepared(query,
                         QStringLiteral("INSERT INTO attachment_chunk (entity, record_id, chunk, data) "
                                        "VALUES (?, ?, ?, ?)"),
                         {ref.entity, ref.id, index, part}, &error))
            return error;
    }
    if (!runPrepared(
            query,
            QStringLiteral("INSERT OR REPLACE INTO attachment_file (entity, record_id, sha256, size, "
                           "transfer, transfer_note, updated_at) VALUES (?, ?, ?, ?, ?, NULL, ?)"),
            {ref.entity, ref.id, hash, qint64(bytes.size()), transferName(transfer), m_clock.timestamp()},
            &error))
        return error;
    if (error = transaction.commit(); error.isError())
        return error;
    if (sha256)
        *sha256 = hash;
    return {};
}

std::optional<AttachmentFile> AttachmentStore::file(const AttachmentRef& ref, DatabaseError* error) const
{
    QSqlQuery query(m_database);
    DatabaseError failure;
    if (!runPrepared(query,
                     QStringLiteral("SELECT %1 FROM attachment_file WHERE entity = ? AND record_id = ?")
                         .arg(QLatin1String(FileColumns)),
                     {ref.entity, ref.id}, &failure)) {
        if (error)
            *error = failure;
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return fileFromRow(query);
}

QByteArray AttachmentStore::chunk(const AttachmentRef& ref, int index, DatabaseError* error) const
{
    return chunk(m_database, ref, index, error);
}

QByteArray AttachmentStore::chunk(QSqlDatabase database, const AttachmentRef& ref, int index,
                                  DatabaseError* error)
{
    QSqlQuery query(database);
    if (!runPrepared(
            query,
            QStringLiteral(
                "SELECT data FROM attachment_chunk WHERE entity = ? AND record_id = ? AND chunk = ?"),
            {ref.entity, ref.id, index}, error))
        return {};
    if (!query.next()) {
        *error = DatabaseError(DatabaseError::Kind::NotFound,
                               tr("part %1 of attachment %2 is missing").arg(index + 1).arg(ref.id));
        return {};
    }
    return query.value(0).toByteArray();
}

std::optional<QByteArray> AttachmentStore::content(const AttachmentRef& ref, DatabaseError* error) const
{
    const std::optional<AttachmentFile> stored = file(ref, error);
    if (!stored) {
        if (!error->isError())
            *error = DatabaseError(DatabaseError::Kind::NotFound,
                                   tr("attachment %1 is not on this computer").arg(ref.id));
        return std::nullopt;
    }
    QByteArray bytes;
    bytes.reserve(stored->size);
    for (int index = 0; index < AttachmentLimits::chunkCount(stored->size); ++index) {
        const QByteArray part = chunk(ref, index, error);
        if (error->isError())
            return std::nullopt;
        bytes += part;
    }
    return bytes;
}

bool AttachmentStore::verify(const AttachmentRef& ref, QString* problem) const
{
    DatabaseError error;
    const std::optional<AttachmentFile> stored = file(ref, &error);
    if (!stored) {
        *problem = error.isError() ? error.message() : tr("not stored on this computer");
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    for (int index = 0; index < AttachmentLimits::chunkCount(stored->size); ++index) {
        const QByteArray part = chunk(ref, index, &error);
        if (error.isError()) {
            *problem = error.message();
            return false;
        }
        hash.addData(part);
        size += part.size();
    }
    if (size != stored->size) {
        *problem = tr("%1 bytes stored, %2 expected").arg(size).arg(stored->size);
        return false;
    }
    const QString actual = QString::fromLatin1(hash.result().toHex());
    if (actual != stored->sha256) {
        *problem = tr("SHA-256 is %1, expected %2").arg(actual, stored->sha256);
        return false;
    }
    return true;
}

DatabaseError AttachmentStore::setTransfer(const AttachmentRef& ref, AttachmentTransfer transfer,
                                           const QString& note)
{
    QSqlQuery query(m_database);
    DatabaseError error;
    runPrepared(query,
                QStringLiteral("UPDATE attachment_file SET transfer = ?, transfer_note = ?, updated_at = ? "
                               "WHERE entity = ? AND record_id = ?"),
                {transferName(transfer), note.isEmpty() ? QVariant() : QVariant(note), m_clock.timestamp(),
                 ref.entity, ref.id},
                &error);
    if (!error.isError() && query.numRowsAffected() == 0)
        return DatabaseError(DatabaseError::Kind::NotFound,
                             tr("no stored file for %1 %2").arg(ref.entity, ref.id));
    return error;
}

QList<AttachmentFile> AttachmentStore::files(std::optional<AttachmentTransfer> transfer,
                                             DatabaseError* error) const
{
    QSqlQuery query(m_database);
    DatabaseError failure;
    const QString sql =
        QStringLiteral("SELECT %1 FROM attachment_file %2 ORDER BY entity, record_id")
            .arg(QLatin1String(FileColumns), transfer ? QStringLiteral("WHERE transfer = ?") : QString());
    QList<AttachmentFile> result;
    if (!runPrepared(query, sql, transfer ? QVariantList{transferName(*transfer)} : QVariantList{},
                     &failure)) {
        if (error)
            *error = failure;
        return result;
    }
    while (query.next())
        result << fileFromRow(query);
    return result;
}

DatabaseError AttachmentStore::remove(const AttachmentRef& ref)
{
    Transaction transaction(m_database, QStringLiteral("xs_attachment"));
    if (DatabaseError error = transaction.begin(); error.isError())
        return error;
    QSqlQuery query(m_database);
    DatabaseError error;
    for (const char* table : {"attachment_chunk", "attachment_file"}) {
        if (!runPrepared(
                query,
                QStringLiteral("DELETE FROM %1 WHERE entity = ? AND record_id = ?").arg(QLatin1String(table)),
                {ref.entity, ref.id}, &error))
            return error;
    }
    return transaction.commit();
}

} // namespace xs
