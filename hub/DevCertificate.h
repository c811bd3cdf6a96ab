#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace xs::DevCertificate {

/// A self-signed certificate and its key, for development, tests and a first try of the hub.
struct Request
{
    QStringList dnsNames{QStringLiteral("localhost")};
    QStringList ipAddresses{QStringLiteral("127.0.0.1")};
    QDateTime notBefore; // invalid: an hour before now
    QDateTime notAfter;  // invalid: 825 days after now
};

struct Files
{
    QString certificatePath;      // DIR/hub-cert.pem
    QString keyPath;              // DIR/hub-key.pem, readable by the owner only
    QString sha256;               // lowercase hex of the certificate's DER digest: the pin
    QString signingKeyPath;       // DIR/hub-signing-key.pem: signs receipts (serve --signing-key)
    QString signingPublicKeyPath; // DIR/hub-signing-key.pem.pub: what desktops trust (--hub-key)
};

/// Writes an EC P-256 key and a certificate for it into directory, and an Ed25519 signing key for
/// receipts unless the directory has one already (desktops keep trusting the key they know).
/// Empty error on success.
/// now: the real time (TLS peers check validity against their own clocks, not a test's).
Files write(const QString& directory, const Request& request, const QDateTime& now, QString* error);

/// The SHA-256 fingerprint form the CLI's --pin accepts: lowercase hex without separators.
QString normalisePin(const QString& pin);

} // namespace xs::DevCertificate
