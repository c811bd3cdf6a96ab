#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace xs {

/// An Ed25519 key pair from OpenSSL: the hub signs receipts with it (hub/PROTOCOL.md, "Anchored
/// chains") and desktops check them with its public half. The private key lives in a PEM file
/// (PKCS#8, readable by its owner only); the public key travels as 32 raw bytes (base64 on the
/// wire) or as a PEM file shipped with the hub's configuration.
class SigningKey
{
public:
    static constexpr int PublicKeySize = 32;
    static constexpr int SignatureSize = 64;

    ~SigningKey();
    SigningKey(SigningKey&&) noexcept;
    SigningKey& operator=(SigningKey&&) noexcept;

    static SigningKey generate();
    /// Reads a private key file; nullopt (and *error) if it cannot be read or is not Ed25519.
    static std::optional<SigningKey> readPrivateKeyFile(const QString& path, QString* error);
    /// The private key as PEM (PKCS#8) and the public key as PEM (SubjectPublicKeyInfo), for the
    /// files the hub writes (hub/HubKeyFiles).
    QByteArray privateKeyPem() const;
    QByteArray publicKeyPem() const;

    QByteArray publicKey() const;
    QByteArray sign(const QByteArray& message) const;

    /// The public key's 32 raw bytes from a PEM file (SubjectPublicKeyInfo), or nullopt.
    static std::optional<QByteArray> readPublicKeyFile(const QString& path, QString* error);
    /// True if signature is publicKey's Ed25519 signature of message.
    static bool verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);
    /// How people name a key: the first 16 hex digits of the SHA-256 of its raw bytes.
    static QString keyId(const QByteArray& publicKey);

private:
    struct Handle;
    explicit SigningKey(std::unique_ptr<Handle> handle);
    std::unique_ptr<Handle> m_handle;
};

} // namespace xs
