#pragma once

#include <QByteArray>

#include <optional>

namespace xs::AeadCipher {

// AES-256-GCM from OpenSSL: confidentiality plus a tag, so a wrong key or a changed byte is detected
// instead of producing garbage. Used to wrap database keys under a passphrase-derived key.

constexpr int KeySize = 32;
constexpr int NonceSize = 12;
constexpr int TagSize = 16;

struct Sealed
{
    QByteArray nonce;
    QByteArray ciphertext; // with the tag appended
};

/// Encrypts plaintext under key (32 bytes) with a fresh random nonce; associatedData is
/// authenticated but not encrypted.
Sealed seal(const QByteArray& key, const QByteArray& plaintext, const QByteArray& associatedData);

/// Decrypts and checks the tag. nullopt if the key, nonce, data or associated data do not match.
std::optional<QByteArray> open(const QByteArray& key, const Sealed& sealed, const QByteArray& associatedData);

} // namespace xs::AeadCipher
