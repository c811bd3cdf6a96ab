#include "models/crypto/SigningKey.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <openssl/evp.h>
#include <openssl/pem.h>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::SigningKey)
};

struct PkeyDeleter
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

struct BioDeleter
{
    void operator()(BIO* bio) const { BIO_free(bio); }
};
using Bio = std::unique_ptr<BIO, BioDeleter>;

struct MdContextDeleter
{
    void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};
using MdContext = std::unique_ptr<EVP_MD_CTX, MdContextDeleter>;

QByteArray rawPublicKey(EVP_PKEY* key)
{
    QByteArray raw(SigningKey::PublicKeySize, Qt::Uninitialized);
    size_t length = size_t(raw.size());
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(raw.data()), &length) != 1 ||
        length != size_t(SigningKey::PublicKeySize))
        return {};
    return raw;
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(length));
}

/// A key file is a few hundred bytes; anything much larger is not one.
std::optional<QByteArray> readSmallFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("Cannot read the key file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray bytes = file.read(16 * 1024 + 1);
    if (bytes.size() > 16 * 1024) {
        *error = Text::tr("%1 is not a key file (too large).").arg(path);
        return std::nullopt;
    }
    return bytes;
}

/// An Ed25519 key from a PEM file: the private key (PKCS#8) or the public one (SubjectPublicKeyInfo).
Pkey readEd25519Pem(const QString& path, bool privateKey, QString* error)
{
    const std::optional<QByteArray> pem = readSmallFile(path, error);
    if (!pem)
        return nullptr;
    Bio bio(BIO_new_mem_buf(pem->constData(), int(pem->size())));
    Pkey key(privateKey ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr)
                        : PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519) {
        *error = privateKey ? Text::tr("%1 is not an Ed25519 private key in PEM form.").arg(path)
                            : Text::tr("%1 is not an Ed25519 public key in PEM form.").arg(path);
        return nullptr;
    }
    return key;
}

} // namespace

struct SigningKey::Handle
{
    Pkey key;
};

SigningKey::SigningKey(std::unique_ptr<Handle> handle)
    : m_handle(std::move(handle))
{}

SigningKey::~SigningKey() = default;
SigningKey::SigningKey(SigningKey&&) noexcept = default;
SigningKey& SigningKey::operator=(SigningKey&&) noexcept = default;

SigningKey SigningKey::generate()
{
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    Q_ASSERT(key); // fails only when OpenSSL lacks Ed25519, which Debian's never does
    auto handle = std::make_unique<Handle>();
    handle->key.reset(key);
    return SigningKey(std::move(handle));
}

std::optional<SigningKey> SigningKey::readPrivateKeyFile(const QString& path, QString* error)
{
    Pkey key = readEd25519Pem(path, true, error);
    if (!key)
        return std::nullopt;
    auto handle = std::make_unique<Handle>();
    handle->key = std::move(key);
    return SigningKey(std::move(handle));
}

QByteArray SigningKey::privateKeyPem() const
{
    Bio pem(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(pem.get(), m_handle->key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioBytes(pem.get());
}

QByteArray SigningKey::publicKeyPem() const
{
    Bio pem(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PUBKEY(pem.get(), m_handle->key.get()) != 1)
        return {};
    return bioBytes(pem.get());
}

QByteArray SigningKey::publicKey() const
{
    return rawPublicKey(m_handle->key.get());
}

QByteArray SigningKey::sign(const QByteArray& message) const
{
    MdContext context(EVP_MD_CTX_new());
    QByteArray signature(SignatureSize, Qt::Uninitialized);
    size_t length = size_t(signature.size());
    // Ed25519 hashes the message itself: no digest is named, and the message goes in one call.
    if (!context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, m_handle->key.get()) != 1 ||
        EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       size_t(message.size())) != 1)
        return {};
    return signature;
}

std::optional<QByteArray> SigningKey::readPublicKeyFile(const QString& path, QString* error)
{
    const Pkey key = readEd25519Pem(path, false, error);
    if (!key)
        return std::nullopt;
    return rawPublicKey(key.get());
}

bool SigningKey::verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    if (publicKey.size() != PublicKeySize || signature.size() != SignatureSize)
        return false;
    Pkey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                         reinterpret_cast<const unsigned char*>(publicKey.constData()),
                                         size_t(publicKey.size())));
    MdContext context(EVP_MD_CTX_new());
    return key && context && EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
           EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char*>(message.constData()),
                            size_t(message.size())) == 1;
}

QString SigningKey::keyId(const QByteArray& publicKey)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace xs
