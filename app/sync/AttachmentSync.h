#pragma once

#include "app/DatabaseThread.h"
#include "app/sync/HubClient.h"
#include "models/attachments/AttachmentStore.h"

#include <QFuture>
#include <QObject>

#include <functional>

namespace xs {

/// Moves evidence files between this desktop's encrypted store and the hub (hub/PROTOCOL.md,
/// Attachments), one 1 MiB chunk at a time so a laptop never holds more than a chunk of an upload.
/// Uploads resume: each starts by asking the hub which chunks it already holds, so a cut
/// connection costs the chunk that was in flight and nothing more. A file the hub refuses (its
/// bytes no longer match the hash its record names) is kept here, marked refused with the hub's
/// reason; nothing is ever deleted because of a transfer.
///
/// Chunks are read, decrypted and hashed on a thread of their own (DatabaseThread), one ahead of
/// the chunk in flight: the calling thread (the UI thread in the app) only starts requests, and the
/// next chunk is ready when the hub has taken the last.
class AttachmentSync : public QObject
{
    Q_OBJECT

public:
    /// client and store must outlive this object; chunks are read ahead on a second connection to
    /// database (same file, same key).
    AttachmentSync(HubClient& client, AttachmentStore& store, const Database& database,
                   QObject* parent = nullptr);

    struct Summary
    {
        int uploaded = 0;
        int refused = 0;
        int waiting = 0; // their record is not on the hub yet: the next sync sends them
        HubError error;  // what stopped the run (a transport error stops it; the rest resumes later)
    };

    /// Uploads every file still only on this desktop, one after another.
    void uploadPending(std::function<void(const Summary&)> done);
    /// Fetches a file the hub holds, verifies it chunk by chunk and whole, and stores it here.
    void download(const AttachmentRef& ref, std::function<void(const HubError&)> done);
    void cancel();
    bool isBusy() const { return m_busy; }

    /// Chunks whose upload was started, for tests and benchmarks of resumption.
    int chunksStarted() const { return m_chunksStarted; }

signals:
    /// Bytes moved in this run of total to move.
    void progress(qint64 done, qint64 total);

private:
    enum class Outcome
    {
        Uploaded,
        Refused,
        Waiting,
        Failed,
    };
    using FileDone = std::function<void(Outcome, const HubError&)>;
    struct ReadChunk
    {
        QByteArray bytes;
        QString sha256;
        DatabaseError error;
    };

    void uploadNext(QList<AttachmentFile> queue, Summary summary, std::function<void(const Summary&)> done);
    void upload(const AttachmentFile& file, FileDone done);
    QFuture<ReadChunk> readAhead(const AttachmentRef& ref, int index);
    void whenRead(const QFuture<ReadChunk>& future, std::function<void(const ReadChunk&)> then);
    void sendChunks(const AttachmentFile& file, QList<int> missing, QFuture<ReadChunk> next, FileDone done);
    void complete(const AttachmentFile& file, FileDone done);
    void fetchChunks(const AttachmentRef& ref, const HubClient::AttachmentStatus& status,
                     std::shared_ptr<QByteArray> bytes, std::function<void(const HubError&)> done);
    HubError localError(const DatabaseError& error) const;

    HubClient& m_client;
    AttachmentStore& m_store;
    DatabaseThread m_reader;
    bool m_busy = false;
    bool m_cancelled = false;
    qint64 m_doneBytes = 0;
    qint64 m_totalBytes = 0;
    int m_chunksStarted = 0;
};

} // namespace xs
