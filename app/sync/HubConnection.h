#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace xs {

class SyncLedger;

/// Where the hub is and how to trust it, kept in the database it syncs (not in settings):
/// the URL, an optional deployment CA file, an optional SHA-256 pin, the user name, and the hub's
/// public signing key (for its receipts; given with the hub's configuration, or trusted on first use).
struct HubConnection
{
    QUrl url;
    QString caFile;
    QString pin; // lowercase hex SHA-256 of the hub certificate, or empty
    QString user;
    QByteArray signingKey; // the hub's Ed25519 public key, 32 raw bytes, or empty

    bool isConfigured() const { return url.isValid() && url.scheme() == QLatin1String("https"); }

    static HubConnection load(const SyncLedger& ledger);
    /// Who this desktop's changes are recorded as: the last hub user to log in, else the OS user.
    static QString localUser(const SyncLedger& ledger);
    void save(SyncLedger& ledger) const;
    /// Remembers the key of the first receipt this desktop accepted, when none was configured.
    static void trustSigningKey(SyncLedger& ledger, const QByteArray& key);

    /// The keychain account of this database's hub token.
    static QString tokenAccount(const QString& databaseId);
};

} // namespace xs
