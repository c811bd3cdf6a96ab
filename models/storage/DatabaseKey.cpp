#include "models/storage/DatabaseKey.h"

#include <cstdio>
#include <cstdlib>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace xs {

QByteArray secureRandomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), count) != 1) {
        std::fputs("xiangshu: the system random number generator failed\n", stderr);
        std::abort();
    }
    return bytes;
}

DatabaseKey::~DatabaseKey()
{
    wipe();
}

void DatabaseKey::wipe()
{
    // Only the last owner of the shared buffer may scrub it.
    if (m_bytes.isEmpty() || !m_bytes.isDetached())
        return;
    OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
}

DatabaseKey DatabaseKey::generate()
{
    return fromBytes(secureRandomBytes(Size));
}

DatabaseKey DatabaseKey::fromBytes(const QByteArray& bytes)
{
    DatabaseKey key;
    if (bytes.size() == Size)
        key.m_bytes = bytes;
    return key;
}

DatabaseKey DatabaseKey::fromHex(QByteArrayView hex)
{
    if (hex.size() != 2 * Size)
        return {};
    for (const char c : hex) {
        const bool isHex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!isHex)
            return {};
    }
    return fromBytes(QByteArray::fromHex(hex.toByteArray()));
}

QByteArray DatabaseKey::checkValue() const
{
    if (!isValid())
        return {};
    static constexpr char Label[] = "xiangshu-workbench/key-check/v1";
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), m_bytes.constData(), int(m_bytes.size()),
         reinterpret_cast<const unsigned char*>(Label), sizeof(Label) - 1, digest, &length);
    return QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex();
}

QByteArray DatabaseKey::sqlcipherKeySpec(const QByteArray& salt) const
{
    return "x'" + m_bytes.toHex() + salt.toHex() + "'";
}

bool DatabaseKey::operator==(const DatabaseKey& other) const
{
    if (m_bytes.size() != other.m_bytes.size())
        return false;
    return CRYPTO_memcmp(m_bytes.constData(), other.m_bytes.constData(), size_t(m_bytes.size())) == 0;
}

} // namespace xs
