#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace xs {

/// Where a desktop's audit trail ends: the last row's seq and hash. A push carries it
/// (hub/PROTOCOL.md, "Anchored chains") so the hub can sign it.
struct ChainHead
{
    qint64 seq = 0;
    QString hash; // 64 lowercase hex digits

    QJsonObject toJson() const;
    /// Strict: seq a whole number from 1 to 2^53, hash exactly 64 lowercase hex digits.
    static std::optional<ChainHead> fromJson(const QJsonValue& value, QString* error);
};

/// The hub's signed statement that a desktop's trail ended at `head` when it pushed. A desktop that
/// keeps it can later show that its trail still holds that row with that hash: a trail cut and
/// rebuilt (every hash recomputed) before an anchored row no longer matches the receipt, and
/// nobody but the hub can sign a new one.
struct ChainReceipt
{
    QString device;       // the desktop database's id (X-Device-Id)
    QString user;         // who pushed
    ChainHead head;       // what the desktop said its trail ended at
    QString signedAt;     // the hub's time, ISO-8601 UTC with milliseconds
    QByteArray publicKey; // the hub's Ed25519 key, 32 raw bytes
    QByteArray signature; // 64 bytes

    /// The bytes signed: every field above but the signature, each as "<byte length>:<bytes>,"
    /// after a fixed label, so no two receipts share a message and an outside tool can rebuild it.
    QByteArray message() const;
    /// The signature is the key's over message() (it says nothing of whether the key is trusted).
    bool isSignatureValid() const;

    QJsonObject toJson() const;
    static std::optional<ChainReceipt> fromJson(const QJsonValue& value, QString* error);
};

} // namespace xs
