#include "models/audit/ChainAnchors.h"

#include "models/crypto/SigningKey.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::ChainAnchors)
};

} // namespace

ChainAnchors::ChainAnchors(QSqlDatabase database)
    : m_database(std::move(database))
{}

ChainAnchors::Acceptance ChainAnchors::accept(const ChainReceipt& receipt, const ChainHead& sent,
                                              const QString& device, const QByteArray& trustedKey,
                                              const QString& receivedAt, DatabaseError* error)
{
    if (receipt.device != device || receipt.head.seq != sent.seq || receipt.head.hash != sent.hash)
        return Acceptance::NotWhatWasSent;
    if (!receipt.isSignatureValid())
        return Acceptance::BadSignature;
    if (!trustedKey.isEmpty() && receipt.publicKey != trustedKey)
        return Acceptance::UntrustedKey;
    QSqlQuery insert(m_database);
    insert.prepare(
        QStringLiteral("INSERT INTO chain_receipt (seq, head, device, user_name, signed_at, hub_key, "
                       "signature, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         {QVariant(receipt.head.seq), QVariant(receipt.head.hash), QVariant(receipt.device),
          QVariant(receipt.user), QVariant(receipt.signedAt),
          QVariant(QString::fromLatin1(receipt.publicKey.toBase64())),
          QVariant(QString::fromLatin1(receipt.signature.toBase64())), QVariant(receivedAt)})
        insert.addBindValue(value);
    if (!insert.exec()) {
        *error = DatabaseError::fromSqlError(insert.lastError());
        return Acceptance::StorageFailed;
    }
    return Acceptance::Stored;
}

ChainAnchors::Verdict ChainAnchors::verify(const QString& device, const QByteArray& trustedKey,
                                           DatabaseError* error) const
{
    Verdict verdict;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    // Each receipt with the trail's row at its seq (null if the trail no longer has one), in one pass.
    if (!query.exec(
            QStringLiteral("SELECT r.seq, r.head, r.device, r.user_name, r.signed_at, r.hub_key, "
                           "r.signature, a.hash FROM chain_receipt r LEFT JOIN audit_log a ON a.seq = r.seq "
                           "ORDER BY r.seq, r.rowid"))) {
        *error = DatabaseError::fromSqlError(query.lastError());
        return verdict;
    }
    while (query.next()) {
        ChainReceipt receipt;
        receipt.head = {query.value(0).toLongLong(), query.value(1).toString()};
        receipt.device = query.value(2).toString();
        receipt.user = query.value(3).toString();
        receipt.signedAt = query.value(4).toString();
        receipt.publicKey = QByteArray::fromBase64(query.value(5).toString().toLatin1());
        receipt.signature = QByteArray::fromBase64(query.value(6).toString().toLatin1());
        ++verdict.receipts;
        const auto fail = [&](const char* code, const QString& problem) {
            verdict.problemCode = QString::fromLatin1(code);
            verdict.problem = problem;
            return verdict;
        };
        if (!receipt.isSignatureValid() || receipt.device != device)
            return fail("receipt_invalid",
                        Text::tr("the hub's receipt for audit record %1 (%2) is not a valid receipt for this "
                                 "database")
                            .arg(receipt.head.seq)
                            .arg(receipt.signedAt));
        if (!trustedKey.isEmpty() && receipt.publicKey != trustedKey)
            return fail(
                "receipt_untrusted",
                Text::tr("the receipt for audit record %1 was signed by key %2, not by the hub's key %3")
                    .arg(receipt.head.seq)
                    .arg(SigningKey::keyId(receipt.publicKey), SigningKey::keyId(trustedKey)));
        const QString stored = query.value(7).toString();
        if (stored != receipt.head.hash)
            return fail(
                "anchor_mismatch",
                stored.isEmpty()
                    ? Text::tr("the audit trail no longer has record %1, which the hub anchored on %2: it "
                               "was cut")
                          .arg(receipt.head.seq)
                          .arg(receipt.signedAt)
                    : Text::tr("audit record %1 is not the one the hub anchored on %2: the trail was cut "
                               "and rebuilt")
                          .arg(receipt.head.seq)
                          .arg(receipt.signedAt));
        verdict.lastAnchor = receipt;
    }
    return verdict;
}

} // namespace xs
