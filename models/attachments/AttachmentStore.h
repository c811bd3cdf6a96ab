#pragma once

#include "models/storage/DatabaseError.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace xs {

class Clock;

/// Which attachment: the synced record that describes it (an audit_evidence record).
struct AttachmentRef
{
    QString entity;
    QString id;
    bool operator==(const AttachmentRef&) const = default;
};

/// Where an attachment's bytes stand between this desktop and the hub.
enum class AttachmentTransfer
{
    Local,      // stored here, not yet on the hub
    Uploaded,   // the hub holds the same bytes (it checked the hash)
    Refused,    // the hub refused them (note says why); kept here, never dropped
    Downloaded, // fetched from the hub and verified
};

struct AttachmentFile
{
    AttachmentRef ref;
    QString sha256; // lower-case hex of the whole file
    qint64 size = 0;
    AttachmentTransfer transfer = AttachmentTransfer::Local;
    QString note;
};

/// The bytes of attachments inside the encrypted database, in 1 MiB chunks (AttachmentLimits):
/// nothing is ever written beside it, so a photo is as unreadable on disk as the records are, and
/// reading, hashing or uploading one holds a chunk in memory, not the file. Writes are one
/// transaction each (nested as a savepoint in the caller's), so a file is stored whole or not at
/// all, together with the record that describes it.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(xs::AttachmentStore)

public:
    /// clock: when each change is recorded (it must outlive the store).
    AttachmentStore(QSqlDatabase database, const Clock& clock);

    static QString sha256Of(const QByteArray& bytes);

    /// Stores bytes under ref (replacing what was there), with its hash; *sha256 receives it.
    DatabaseError store(const AttachmentRef& ref, const QByteArray& bytes, AttachmentTransfer transfer,
                        QString* sha256 = nullptr);
    std::optional<AttachmentFile> file(const AttachmentRef& ref, DatabaseError* error = nullptr) const;
    /// One chunk's bytes (empty, with *error, when it is missing).
    QByteArray chunk(const AttachmentRef& ref, int index, DatabaseError* error) const;
    /// The same, on any connection to the database: uploads read ahead on a thread of their own.
    static QByteArray chunk(QSqlDatabase database, const AttachmentRef& ref, int index, DatabaseError* error);
    /// The whole file in memory, for viewing (never through a file).
    std::optional<QByteArray> content(const AttachmentRef& ref, DatabaseError* error) const;
    /// Re-hashes the stored bytes chunk by chunk: true when they are whole and match the stored hash.
    bool verify(const AttachmentRef& ref, QString* problem) const;

    DatabaseError setTransfer(const AttachmentRef& ref, AttachmentTransfer transfer,
                              const QString& note = {});
    /// Every stored file, or those in one transfer state.
    QList<AttachmentFile> files(std::optional<AttachmentTransfer> transfer = std::nullopt,
                                DatabaseError* error = nullptr) const;
    DatabaseError remove(const AttachmentRef& ref);

    static QString transferName(AttachmentTransfer transfer);

private:
    QSqlDatabase m_database;
    const Clock& m_clock;
};

} // namespace xs
