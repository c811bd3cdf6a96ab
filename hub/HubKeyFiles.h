#pragma once

#include <QString>

namespace xs {

class SigningKey;

namespace HubKeyFiles {

/// Writes the hub's signing key to path (readable by its owner only) and its public half to
/// path + ".pub" (readable by all: desktops are given it). Refuses to overwrite either file, so a
/// key desktops already trust is never replaced by accident. Empty error on success.
bool writeSigningKey(const SigningKey& key, const QString& path, QString* error);

} // namespace HubKeyFiles

} // namespace xs
