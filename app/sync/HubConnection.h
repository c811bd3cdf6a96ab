#pragma once

#include <QString>
#include <QUrl>

namespace xs {

class SyncLedger;

/// Where the hub is and how to trust it, kept in the database it syncs (not in settings):
/// the URL, an optional deployment CA file, an optional SHA-256 pin, and the user name.
struct HubConnection
{
    QUrl url;
    QString caFile;
    QString pin; // lowercase hex SHA-256 of the hub certificate, or empty
    QString user;

    bool isConfigured() const { return url.isValid() && url.scheme() == QLatin1String("https"); }

    static HubConnection load(const SyncLedger& ledger);
    /// Who this desktop's changes are recorded as: the last hub user to log in, else the OS user.
    static QString localUser(const SyncLedger& ledger);
    void save(SyncLedger& ledger) const;

    /// The keychain account of this database's hub token.
    static QString tokenAccount(const QString& databaseId);
};

} // namespace xs
