#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace xs {

/// Bytes from the operating system's CSPRNG (through OpenSSL). Never fails silently: aborts if the
/// generator is unavailable, because every key and salt depends on it.
QByteArray secureRandomBytes(int count);

/// A raw 256-bit SQLCipher key. Raw keys skip SQLCipher's PBKDF2 entirely, so opening costs well
/// under a millisecond; the slow, memory-hard derivation lives only in the recovery passphrase.
class DatabaseKey
{
public:
    static constexpr int Size = 32;

    DatabaseKey() = default;
    DatabaseKey(const DatabaseKey&) = default;
    DatabaseKey(DatabaseKey&&) noexcept = default;
    DatabaseKey& operator=(const DatabaseKey&) = default;
    DatabaseKey& operator=(DatabaseKey&&) noexcept = default;
    ~DatabaseKey();

    static DatabaseKey generate();
    /// An invalid key unless bytes holds exactly Size bytes.
    static DatabaseKey fromBytes(const QByteArray& bytes);
    /// An invalid key unless hex is exactly 2 * Size hex digits.
    static DatabaseKey fromHex(QByteArrayView hex);

    bool isValid() const { return m_bytes.size() == Size; }
    const QByteArray& bytes() const { return m_bytes; }
    QByteArray toHex() const { return m_bytes.toHex(); }

    /// A public fingerprint of the key (hex HMAC-SHA256 under a fixed label). Kept outside the
    /// encrypted file, it tells "wrong key" apart from "damaged file", which SQLCipher cannot.
    QByteArray checkValue() const;

    /// SQLCipher's raw-key-with-salt syntax: x'<64 hex key><32 hex salt>'. Giving the salt
    /// explicitly keeps a database's salt, and so its identity, across backups and rekeys.
    QByteArray sqlcipherKeySpec(const QByteArray& salt) const;

    /// Constant-time comparison.
    bool operator==(const DatabaseKey& other) const;

private:
    void wipe();
    QByteArray m_bytes;
};

} // namespace xs
