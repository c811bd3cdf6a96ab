#pragma once

#include <QByteArray>
#include <QString>

namespace xs::RecoveryCode {

/// A new recovery code: 120 random bits as 24 base32 characters in six groups
/// ("K7QF-M2XA-...") that are easy to read aloud, write down and type back.
QString generate();

/// The bytes a passphrase or recovery code is derived from. Trims surrounding white space and
/// normalises Unicode (NFC, so the same Chinese text typed through different input methods
/// matches); a recovery code is also case-folded with its dashes and spaces removed.
QByteArray normalise(const QString& text);

/// A recovery passphrase chosen by a person must be at least this many characters long.
constexpr int MinimumPassphraseLength = 10;

} // namespace xs::RecoveryCode
