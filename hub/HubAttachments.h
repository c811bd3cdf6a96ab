#pragma once

#include "models/journal/AccessPolicy.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>

namespace xs {

class HubLog;
class HubStore;

/// The hub's side of attachments (hub/PROTOCOL.md, Attachments): the bytes of a file a synced
/// record describes, taken in 1 MiB chunks, each checked against the SHA-256 its sender states,
/// and accepted whole only when the file's SHA-256 is the one the record names. Chunks already
/// held are never asked for again, so a cut upload resumes where it stopped. Nothing here knows
/// HTTP; HubHttpServer routes to it.
class HubAttachments
{
public:
    HubAttachments(HubStore& store, HubLog& log);

    /// An answer: a JSON body, or for a chunk download its bytes.
    struct Answer
    {
        int status = 200;
        QString code;     // error code when status is not 2xx
        QString message;  // error message
        QJsonObject body; // 2xx JSON answer
        QByteArray bytes; // a chunk's bytes (download)
        QString sha256;   // the chunk's SHA-256 (download)
    };

    /// What the hub holds of a file: size, hash, chunk size, the chunks received, whether complete.
    Answer status(const Principal& principal, const QString& entity, const QString& id);
    /// Stores one chunk whose SHA-256 the sender states (hex).
    Answer putChunk(const Principal& principal, const QString& entity, const QString& id, int index,
                    const QByteArray& data, const QString& statedSha256);
    /// Checks the whole file against the record's SHA-256: accepted, or refused and dropped.
    Answer complete(const Principal& principal, const QString& entity, const QString& id);
    /// One chunk of a complete file.
    Answer chunk(const Principal& principal, const QString& entity, const QString& id, int index);

private:
    struct Target
    {
        QString entity;
        QString id;
        QString sha256; // what the record names
        qint64 size = 0;
        int chunks = 0;
    };
    /// The record the file belongs to, if the principal may do this with it; else the refusal.
    std::variant<Target, Answer> target(const Principal& principal, const QString& entity, const QString& id,
                                        bool upload) const;
    std::optional<QList<int>> receivedChunks(const Target& target, QString* error) const;
    std::optional<bool> isComplete(const Target& target, QString* error) const;
    static Answer refusal(int status, const QString& code, const QString& message);
    Answer storeFailure(const QString& detail) const;

    HubStore& m_store;
    HubLog& m_log;
};

} // namespace xs
