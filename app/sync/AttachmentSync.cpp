#include "app/sync/AttachmentSync.h"

#include "models/attachments/AttachmentLimits.h"
#include "models/common/Logging.h"
#include "models/storage/Database.h"

#include <QFutureWatcher>

namespace xs {

namespace {
Database::Options readAheadOptions()
{
    // Each chunk is read once: a page cache would only grow the process by what it uploads.
    Database::Options options;
    options.cacheSizeKiB = 2 * 1024;
    return options;
}
} // namespace

AttachmentSync::AttachmentSync(HubClient& client, AttachmentStore& store, const Database& database,
                               QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_reader(database.path(), database.key(), readAheadOptions())
{}

void AttachmentSync::cancel()
{
    m_cancelled = true;
    m_client.abort();
}

HubError AttachmentSync::localError(const DatabaseError& error) const
{
    return HubError(HubError::Kind::LocalStore, error.fullText());
}

void AttachmentSync::uploadPending(std::function<void(const Summary&)> done)
{
    Summary summary;
    if (m_busy) {
        summary.error = HubError(HubError::Kind::Cancelled, tr("a transfer is already running"));
        done(summary);
        return;
    }
    DatabaseError error;
    const QList<AttachmentFile> queue = m_store.files(AttachmentTransfer::Local, &error);
    if (error.isError()) {
        summary.error = localError(error);
        done(summary);
        return;
    }
    m_busy = true;
    m_cancelled = false;
    m_doneBytes = 0;
    m_totalBytes = 0;
    for (const AttachmentFile& file : queue)
        m_totalBytes += file.size;
    uploadNext(queue, summary, std::move(done));
}

void AttachmentSync::uploadNext(QList<AttachmentFile> queue, Summary summary,
                                std::function<void(const Summary&)> done)
{
    if (queue.isEmpty() || m_cancelled) {
        m_busy = false;
        if (m_cancelled && !summary.error.isError())
            summary.error = HubError(HubError::Kind::Cancelled, {});
        if (summary.uploaded + summary.refused > 0 || summary.error.isError())
            qCInfo(lcSync) << "attachments: uploaded" << summary.uploaded << "refused" << summary.refused
                           << "waiting" << summary.waiting << "error" << summary.error.detail();
        done(summary);
        return;
    }
    const AttachmentFile file = queue.takeFirst();
    upload(file, [this, file, queue, summary, done = std::move(done)](Outcome outcome,
                                                                      const HubError& error) mutable {
        switch (outcome) {
        case Outcome::Uploaded:
            ++summary.uploaded;
            break;
        case Outcome::Refused:
            ++summary.refused;
            break;
        case Outcome::Waiting:
            ++summary.waiting;
            break;
        case Outcome::Failed:
            // A network or hub failure stops the run: the next sync resumes it where it stopped.
            summary.error = error;
            queue.clear();
            break;
        }
        uploadNext(queue, summary, std::move(done));
    });
}

void AttachmentSync::upload(const AttachmentFile& file, FileDone done)
{
    m_client.attachmentStatus(
        file.ref, [this, file, done = std::move(done)](const HubError& error,
                                                       const HubClient::AttachmentStatus& status) {
            if (error.httpStatus() == 404) {
                done(Outcome::Waiting, error); // its record has not reached the hub yet
                return;
            }
            if (error.isError()) {
                done(Outcome::Failed, error);
                return;
            }
            if (status.complete) {
                const DatabaseError stored = m_store.setTransfer(file.ref, AttachmentTransfer::Uploaded);
                m_doneBytes += file.size;
                emit progress(m_doneBytes, m_totalBytes);
                done(stored.isError() ? Outcome::Failed : Outcome::Uploaded, localError(stored));
                return;
            }
            QList<int> missing;
            for (int index = 0; index < status.chunks; ++index) {
                if (status.received.contains(index))
                    m_doneBytes += AttachmentLimits::chunkLength(status.size, index);
                else
                    missing.append(index);
            }
            emit progress(m_doneBytes, m_totalBytes);
            const QFuture<ReadChunk> first =
                missing.isEmpty() ? QFuture<ReadChunk>() : readAhead(file.ref, missing.first());
            sendChunks(file, missing, first, std::move(done));
        });
}

QFuture<AttachmentSync::ReadChunk> AttachmentSync::readAhead(const AttachmentRef& ref, int index)
{
    return m_reader.run([ref, index](QSqlDatabase* connection, const DatabaseError& opened) {
        ReadChunk chunk{{}, {}, opened};
        if (!connection)
            return chunk;
        chunk.bytes = AttachmentStore::chunk(*connection, ref, index, &chunk.error);
        if (!chunk.error.isError())
            chunk.sha256 = AttachmentStore::sha256Of(chunk.bytes);
        return chunk;
    });
}

void AttachmentSync::whenRead(const QFuture<ReadChunk>& future, std::function<void(const ReadChunk&)> then)
{
    // A watcher owned by this object: if it goes first, the continuation never runs.
    auto* watcher = new QFutureWatcher<ReadChunk>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, then = std::move(then)] {
        watcher->deleteLater();
        then(watcher->result());
    });
    watcher->setFuture(future);
}

void AttachmentSync::sendChunks(const AttachmentFile& file, QList<int> missing, QFuture<ReadChunk> next,
                                FileDone done)
{
    if (m_cancelled) {
        done(Outcome::Failed, HubError(HubError::Kind::Cancelled, {}));
        return;
    }
    if (missing.isEmpty()) {
        complete(file, std::move(done));
        return;
    }
    whenRead(next, [this, file, missing, done = std::move(done)](const ReadChunk& chunk) mutable {
        if (m_cancelled) {
            done(Outcome::Failed, HubError(HubError::Kind::Cancelled, {}));
            return;
        }
        if (chunk.error.isError()) {
            done(Outcome::Failed, localError(chunk.error));
            return;
        }
        const int index = missing.takeFirst();
        // The next chunk is read while this one travels and the hub stores it.
        const QFuture<ReadChunk> following =
            missing.isEmpty() ? QFuture<ReadChunk>() : readAhead(file.ref, missing.first());
        ++m_chunksStarted;
        m_client.putAttachmentChunk(file.ref, index, chunk.bytes, chunk.sha256,
                                    [this, file, missing, following, size = chunk.bytes.size(),
                                     done = std::move(done)](const HubError& sent) mutable {
                                        if (sent.isError()) {
                                            done(Outcome::Failed, sent);
                                            return;
                                        }
                                        m_doneBytes += size;
                                        emit progress(m_doneBytes, m_totalBytes);
                                        sendChunks(file, missing, following, std::move(done));
                                    });
    });
}

void AttachmentSync::complete(const AttachmentFile& file, FileDone done)
{
    m_client.completeAttachment(file.ref, [this, file, done = std::move(done)](const HubError& error) {
        if (error.code() == QLatin1String("hash_mismatch")) {
            // The bytes here are no longer the ones the record describes. Keep them, and say so:
            // the auditor decides (re-take the photo, or report the damage).
            qCWarning(lcSync) << "attachment" << file.ref.entity << file.ref.id << "refused by the hub";
            const DatabaseError stored =
                m_store.setTransfer(file.ref, AttachmentTransfer::Refused, error.detail());
            done(stored.isError() ? Outcome::Failed : Outcome::Refused,
                 stored.isError() ? localError(stored) : error);
            return;
        }
        if (error.isError()) {
            done(Outcome::Failed, error);
            return;
        }
        const DatabaseError stored = m_store.setTransfer(file.ref, AttachmentTransfer::Uploaded);
        done(stored.isError() ? Outcome::Failed : Outcome::Uploaded, localError(stored));
    });
}

void AttachmentSync::download(const AttachmentRef& ref, std::function<void(const HubError&)> done)
{
    if (m_busy) {
        done(HubError(HubError::Kind::Cancelled, tr("a transfer is already running")));
        return;
    }
    m_busy = true;
    m_cancelled = false;
    auto finish = [this, done = std::move(done)](const HubError& error) {
        m_busy = false;
        done(error);
    };
    m_client.attachmentStatus(ref, [this, ref, finish = std::move(finish)](
                                       const HubError& error, const HubClient::AttachmentStatus& status) {
        if (error.isError()) {
            finish(error);
            return;
        }
        if (!status.complete) {
            finish(HubError(HubError::Kind::BadRequest,
                            tr("the file has not reached the hub yet: its auditor's desktop sends it "
                               "on its next sync"),
                            404, QStringLiteral("not_uploaded")));
            return;
        }
        m_doneBytes = 0;
        m_totalBytes = status.size;
        auto bytes = std::make_shared<QByteArray>();
        bytes->reserve(status.size);
        fetchChunks(ref, status, bytes, finish);
    });
}

void AttachmentSync::fetchChunks(const AttachmentRef& ref, const HubClient::AttachmentStatus& status,
                                 std::shared_ptr<QByteArray> bytes, std::function<void(const HubError&)> done)
{
    if (m_cancelled) {
        done(HubError(HubError::Kind::Cancelled, {}));
        return;
    }
    const int index = AttachmentLimits::chunkCount(bytes->size());
    if (bytes->size() == status.size) {
        if (AttachmentStore::sha256Of(*bytes) != status.sha256) {
            done(HubError(HubError::Kind::BadResponse,
                          tr("the downloaded file does not match the SHA-256 its record names")));
            return;
        }
        const DatabaseError stored = m_store.store(ref, *bytes, AttachmentTransfer::Downloaded);
        done(stored.isError() ? localError(stored) : HubError());
        return;
    }
    m_client.attachmentChunk(
        ref, index,
        [this, ref, status, bytes, index, done = std::move(done)](const HubError& error,
                                                                  const QByteArray& chunk) mutable {
            if (error.isError()) {
                done(error);
                return;
            }
            if (chunk.size() != AttachmentLimits::chunkLength(status.size, index)) {
                done(HubError(HubError::Kind::BadResponse, tr("chunk %1 has the wrong length").arg(index)));
                return;
            }
            bytes->append(chunk);
            emit progress(bytes->size(), status.size);
            fetchChunks(ref, status, bytes, std::move(done));
        });
}

} // namespace xs
