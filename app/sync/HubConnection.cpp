#include "app/sync/HubConnection.h"

#include "models/journal/SyncLedger.h"

namespace xs {

HubConnection HubConnection::load(const SyncLedger& ledger)
{
    HubConnection connection;
    connection.url = QUrl(ledger.value(QStringLiteral("hub_url")));
    connection.caFile = ledger.value(QStringLiteral("hub_ca_file"));
    connection.pin = ledger.value(QStringLiteral("hub_pin"));
    connection.user = ledger.value(QStringLiteral("hub_user"));
    connection.signingKey =
        QByteArray::fromBase64(ledger.value(QStringLiteral("hub_signing_key")).toLatin1());
    return connection;
}

void HubConnection::save(SyncLedger& ledger) const
{
    ledger.setValue(QStringLiteral("hub_url"), url.toString());
    ledger.setValue(QStringLiteral("hub_ca_file"), caFile);
    ledger.setValue(QStringLiteral("hub_pin"), pin);
    ledger.setValue(QStringLiteral("hub_user"), user);
    trustSigningKey(ledger, signingKey);
}

void HubConnection::trustSigningKey(SyncLedger& ledger, const QByteArray& key)
{
    ledger.setValue(QStringLiteral("hub_signing_key"), QString::fromLatin1(key.toBase64()));
}

QString HubConnection::tokenAccount(const QString& databaseId)
{
    return QStringLiteral("hub-token/%1").arg(databaseId);
}

QString HubConnection::localUser(const SyncLedger& ledger)
{
    const QString hubUser = load(ledger).user;
    if (!hubUser.isEmpty())
        return hubUser;
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("local") : user;
}

} // namespace xs
