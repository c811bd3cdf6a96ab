#pragma once

#include <QByteArray>
#include <QString>

namespace xs::PasswordHash {

/// An Argon2id hash of a password in the PHC string form ($argon2id$v=19$m=...,t=...,p=...$salt$hash),
/// which carries its own parameters, so stronger settings later do not break old users.
QString hash(const QByteArray& password);

/// Constant-time check of a password against a stored hash. False for malformed hashes.
bool verify(const QString& encoded, const QByteArray& password);

/// A hash that verifies nothing, to spend the same time on unknown users as on known ones.
QString decoy();

} // namespace xs::PasswordHash
