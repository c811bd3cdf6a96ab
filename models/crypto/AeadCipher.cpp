#include "models/crypto/AeadCipher.h"

#include "models/storage/DatabaseKey.h"

#include <memory>
#include <openssl/evp.h>

namespace xs::AeadCipher {

namespace {

using ContextPointer = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

ContextPointer newContext()
{
    return ContextPointer(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
}

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

unsigned char* bytes(QByteArray& data)
{
    return reinterpret_cast<unsigned char*>(data.data());
}

} // namespace

Sealed seal(const QByteArray& key, const QByteArray& plaintext, const QByteArray& associatedData)
{
    Sealed sealed;
    if (key.size() != KeySize)
        return sealed;
    sealed.nonce = secureRandomBytes(NonceSize);
    ContextPointer context = newContext();
    QByteArray output(plaintext.size() + TagSize, Qt::Uninitialized);
    int length = 0;
    int finalLength = 0;
    const bool ok =
        context && EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1 &&
        EVP_EncryptInit_ex(context.get(), nullptr, nullptr, bytes(key), bytes(sealed.nonce)) == 1 &&
        EVP_EncryptUpdate(context.get(), nullptr, &length, bytes(associatedData),
                          int(associatedData.size())) == 1 &&
        EVP_EncryptUpdate(context.get(), bytes(output), &length, bytes(plaintext), int(plaintext.size())) ==
            1 &&
        EVP_EncryptFinal_ex(context.get(), bytes(output) + length, &finalLength) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, TagSize,
                            bytes(output) + length + finalLength) == 1;
    if (!ok)
        return {};
    sealed.ciphertext = output;
    return sealed;
}

std::optional<QByteArray> open(const QByteArray& key, const Sealed& sealed, const QByteArray& associatedData)
{
    if (key.size() != KeySize || sealed.nonce.size() != NonceSize || sealed.ciphertext.size() < TagSize)
        return std::nullopt;
    const qsizetype plaintextSize = sealed.ciphertext.size() - TagSize;
    QByteArray tag = sealed.ciphertext.right(TagSize);
    QByteArray output(plaintextSize, Qt::Uninitialized);
    ContextPointer context = newContext();
    int length = 0;
    int finalLength = 0;
    const bool ok =
        context && EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1 &&
        EVP_DecryptInit_ex(context.get(), nullptr, nullptr, bytes(key), bytes(sealed.nonce)) == 1 &&
        EVP_DecryptUpdate(context.get(), nullptr, &length, bytes(associatedData),
                          int(associatedData.size())) == 1 &&
        EVP_DecryptUpdate(context.get(), bytes(output), &length, bytes(sealed.ciphertext),
                          int(plaintextSize)) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) == 1 &&
        EVP_DecryptFinal_ex(context.get(), bytes(output) + length, &finalLength) == 1;
    if (!ok)
        return std::nullopt;
    return output;
}

} // namespace xs::AeadCipher
