#include "hub/HubAnchors.h"

#include "hub/HubStore.h"
#include "hub/HubTrail.h"
#include "models/crypto/SigningKey.h"

namespace xs {

HubAnchors::HubAnchors(HubStore& store, std::shared_ptr<const SigningKey> key)
    : m_store(store)
    , m_key(std::move(key))
{}

std::optional<ChainReceipt> HubAnchors::issue(const QString& user, const QString& device,
                                              const ChainHead& head, QString* error)
{
    if (!m_key || device.isEmpty())
        return std::nullopt;
    AuditRecord record;
    record.at = m_store.clock().timestamp();
    record.actor = user;
    record.entity = QStringLiteral("audit_trail");
    record.recordId = device;
    record.action = QStringLiteral("anchored");
    record.field = QString::number(head.seq);
    record.newValue = head.hash;
    if (!HubTrail(m_store).appendAlone(record, error))
        return std::nullopt;
    ChainReceipt receipt;
    receipt.device = device;
    receipt.user = user;
    receipt.head = head;
    receipt.signedAt = record.at;
    receipt.publicKey = m_key->publicKey();
    receipt.signature = m_key->sign(receipt.message());
    return receipt;
}

} // namespace xs
