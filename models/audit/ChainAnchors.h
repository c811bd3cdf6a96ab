#pragma once

#include "models/audit/ChainReceipt.h"
#include "models/storage/DatabaseError.h"

#include <QSqlDatabase>

#include <optional>

namespace xs {

/// The hub's receipts over this desktop's audit trail (chain_receipt), and the check that the
/// trail still holds every row they anchor. The trail's own chain shows a row altered or removed
/// in the middle; an anchor also shows a trail cut and rebuilt with fresh hashes, up to the last
/// anchored row.
class ChainAnchors
{
public:
    explicit ChainAnchors(QSqlDatabase database);

    enum class Acceptance
    {
        Stored,
        NotWhatWasSent, // another device, or another head than the push carried
        BadSignature,   // not signed by the key it names
        UntrustedKey,   // signed by a key other than the hub's configured one
        StorageFailed,
    };
    /// Checks a receipt that answered a push of `sent` from `device`, then stores it.
    /// trustedKey: the hub's public key (raw); empty: any key that signed correctly.
    Acceptance accept(const ChainReceipt& receipt, const ChainHead& sent, const QString& device,
                      const QByteArray& trustedKey, const QString& receivedAt, DatabaseError* error);

    struct Verdict
    {
        qint64 receipts = 0;
        std::optional<ChainReceipt> lastAnchor; // the receipt with the highest seq
        QString problemCode;                    // empty: every receipt holds
        QString problem;                        // in the user's language
        bool holds() const { return problemCode.isEmpty(); }
    };
    /// Checks every receipt: signed by its key, that key the trusted one (when given), issued to this
    /// database, and the trail's row at its seq still has its hash.
    Verdict verify(const QString& device, const QByteArray& trustedKey, DatabaseError* error) const;

private:
    QSqlDatabase m_database;
};

} // namespace xs
