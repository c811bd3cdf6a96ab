#include "hub/DevCertificate.h"

#include "hub/HubKeyFiles.h"
#include "models/crypto/SigningKey.h"
#include "models/storage/DurableFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>

#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

namespace xs::DevCertificate {

namespace {

template <typename T, void (*Free)(T*)>
using Owned = std::unique_ptr<T, decltype([](T* pointer) { Free(pointer); })>;

QByteArray pem(const std::function<int(BIO*)>& writer)
{
    Owned<BIO, BIO_free_all> bio(BIO_new(BIO_s_mem()));
    if (!bio || writer(bio.get()) != 1)
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

bool addExtension(X509* certificate, int nid, const QByteArray& value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    Owned<X509_EXTENSION, X509_EXTENSION_free> extension(
        X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

} // namespace

QString normalisePin(const QString& pin)
{
    QString normalised = pin.toLower();
    normalised.remove(QLatin1Char(':'));
    normalised.remove(QLatin1Char(' '));
    return normalised;
}

Files write(const QString& directory, const Request& request, const QDateTime& now, QString* error)
{
    const QDateTime notBefore = request.notBefore.isValid() ? request.notBefore : now.addSecs(-3600);
    const QDateTime notAfter = request.notAfter.isValid() ? request.notAfter : now.addDays(825);
    Files files;
    Owned<EVP_PKEY, EVP_PKEY_free> key(EVP_EC_gen("P-256"));
    Owned<X509, X509_free> certificate(X509_new());
    if (!key || !certificate) {
        *error = QStringLiteral("OpenSSL could not make a key");
        return files;
    }
    unsigned char serial[16];
    RAND_bytes(serial, sizeof(serial));
    serial[0] &= 0x7f; // positive
    Owned<BIGNUM, BN_free> serialNumber(BN_bin2bn(serial, sizeof(serial), nullptr));
    X509_set_version(certificate.get(), 2);
    BN_to_ASN1_INTEGER(serialNumber.get(), X509_get_serialNumber(certificate.get()));
    ASN1_TIME_set(X509_getm_notBefore(certificate.get()), time_t(notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(certificate.get()), time_t(notAfter.toSecsSinceEpoch()));
    X509_set_pubkey(certificate.get(), key.get());
    X509_NAME* name = X509_get_subject_name(certificate.get());
    const QByteArray commonName = request.dnsNames.value(0, QStringLiteral("xiangshu-hub")).toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("Xiangshu hub (development)"), -1, -1,
                               0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(commonName.constData()), -1, -1, 0);
    X509_set_issuer_name(certificate.get(), name);
    QStringList alternativeNames;
    for (const QString& dns : request.dnsNames)
        alternativeNames << QStringLiteral("DNS:") + dns;
    for (const QString& ip : request.ipAddresses)
        alternativeNames << QStringLiteral("IP:") + ip;
    // Its own CA: clients trust it by adding it as a CA certificate (--ca FILE).
    if (!addExtension(certificate.get(), NID_subject_alt_name,
                      alternativeNames.join(QLatin1Char(',')).toUtf8()) ||
        !addExtension(certificate.get(), NID_basic_constraints, "critical,CA:TRUE") ||
        !addExtension(certificate.get(), NID_key_usage, "critical,digitalSignature,keyCertSign") ||
        !addExtension(certificate.get(), NID_ext_key_usage, "serverAuth") ||
        X509_sign(certificate.get(), key.get(), EVP_sha256()) == 0) {
        *error = QStringLiteral("OpenSSL could not sign the certificate");
        return files;
    }
    const QByteArray certificatePem =
        pem([&](BIO* bio) { return PEM_write_bio_X509(bio, certificate.get()); });
    const QByteArray keyPem = pem([&](BIO* bio) {
        return PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    });
    if (!QDir().mkpath(directory)) {
        *error = QStringLiteral("cannot create %1").arg(directory);
        return files;
    }
    files.certificatePath = QDir(directory).filePath(QStringLiteral("hub-cert.pem"));
    files.keyPath = QDir(directory).filePath(QStringLiteral("hub-key.pem"));
    DatabaseError written = DurableFile::writeAtomically(files.keyPath, keyPem); // created 0600
    if (!written.isError())
        written = DurableFile::writeAtomically(files.certificatePath, certificatePem);
    if (written.isError()) {
        *error = written.fullText();
        return files;
    }
    QFile::setPermissions(files.certificatePath,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    files.sha256 = QString::fromLatin1(
        QSslCertificate(certificatePem, QSsl::Pem).digest(QCryptographicHash::Sha256).toHex());
    files.signingKeyPath = QDir(directory).filePath(QStringLiteral("hub-signing-key.pem"));
    files.signingPublicKeyPath = files.signingKeyPath + QStringLiteral(".pub");
    if (!QFileInfo::exists(files.signingKeyPath))
        HubKeyFiles::writeSigningKey(SigningKey::generate(), files.signingKeyPath, error);
    return files;
}

} // namespace xs::DevCertificate
