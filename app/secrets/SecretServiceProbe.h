#pragma once

#include <optional>

namespace xs::SecretServiceProbe {

/// Whether the Secret Service's default collection (the login keyring) is locked, asked over
/// D-Bus. libsecret answers a lookup in a locked keyring that it cannot unlock (no prompt can be
/// shown) with "not found", which would send the user looking for a key that is there; this tells
/// the two apart. nullopt when there is no service or no default collection to ask.
std::optional<bool> defaultCollectionLocked();

} // namespace xs::SecretServiceProbe
