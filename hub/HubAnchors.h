#pragma once

#include "models/audit/ChainReceipt.h"

#include <memory>
#include <optional>

namespace xs {

class HubStore;
class SigningKey;

/// Signs the audit trail heads desktops push (hub/PROTOCOL.md, "Anchored chains"): a receipt
/// with the hub's Ed25519 key over the device, the user, the head and the hub's time. Each receipt
/// is also a row of the hub's own trail, so the hub can later say which heads it anchored for a
/// desktop even if the desktop lost or discarded its receipts.
class HubAnchors
{
public:
    /// key: null when the hub was started without --signing-key (no receipts then).
    HubAnchors(HubStore& store, std::shared_ptr<const SigningKey> key);

    bool isSigning() const { return m_key != nullptr; }

    /// The receipt for head, pushed by user from device; nullopt with *error if the trail row cannot
    /// be written (no receipt without its record), or without a key or a device.
    std::optional<ChainReceipt> issue(const QString& user, const QString& device, const ChainHead& head,
                                      QString* error);

private:
    HubStore& m_store;
    std::shared_ptr<const SigningKey> m_key;
};

} // namespace xs
