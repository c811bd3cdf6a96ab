#include "app/admin/UserAdministration.h"

#include "models/common/Logging.h"

#include <QJsonArray>
#include <QUrl>

namespace xs {

UserAdministration::UserAdministration(std::unique_ptr<HubClient> client, QObject* parent)
    : QObject(parent)
    , m_client(std::move(client))
{}

// The client goes with its replies: no answer arrives after this.
UserAdministration::~UserAdministration() = default;

QString UserAdministration::pathOf(const QString& account, const QString& what)
{
    return QStringLiteral("users/%1/%2").arg(QString::fromLatin1(QUrl::toPercentEncoding(account)), what);
}

void UserAdministration::reportFailure(const HubError& error)
{
    // A request replaced by a newer one is not a failure anyone needs to read.
    if (error.kind() != HubError::Kind::Cancelled)
        emit failed(error.message());
}

void UserAdministration::refresh()
{
    m_client->abort();
    m_client->administer(QStringLiteral("users"), std::nullopt,
                         [this](const HubError& error, const QJsonObject& answer) {
                             if (error.isError()) {
                                 reportFailure(error);
                                 return;
                             }
                             QList<HubAccount> accounts;
                             for (const QJsonValue& value : answer.value(QStringLiteral("users")).toArray()) {
                                 const QJsonObject user = value.toObject();
                                 accounts.append({user.value(QStringLiteral("name")).toString(),
                                                  user.value(QStringLiteral("role")).toString(),
                                                  user.value(QStringLiteral("department")).toString(),
                                                  user.value(QStringLiteral("disabled")).toBool(),
                                                  user.value(QStringLiteral("sessions")).toInt(),
                                                  user.value(QStringLiteral("recent_failures")).toInt(),
                                                  user.value(QStringLiteral("created_at")).toString()});
                             }
                             emit accountsLoaded(accounts);
                         });
}

void UserAdministration::loadSessions(const QString& account)
{
    m_client->abort();
    m_client->administer(pathOf(account, QStringLiteral("sessions")), std::nullopt,
                         [this, account](const HubError& error, const QJsonObject& answer) {
                             if (error.isError()) {
                                 reportFailure(error);
                                 return;
                             }
                             QList<HubSession> sessions;
                             for (const QJsonValue& value :
                                  answer.value(QStringLiteral("sessions")).toArray()) {
                                 const QJsonObject session = value.toObject();
                                 sessions.append({session.value(QStringLiteral("id")).toString(),
                                                  session.value(QStringLiteral("created_at")).toString(),
                                                  session.value(QStringLiteral("expires_at")).toString()});
                             }
                             emit sessionsLoaded(account, sessions);
                         });
}

void UserAdministration::setDisabled(const QString& account, bool disabled)
{
    act(account, disabled ? QStringLiteral("disable") : QStringLiteral("enable"), {},
        disabled ? tr("%1 is disabled: their sessions ended and they cannot log in.").arg(account)
                 : tr("%1 may log in again.").arg(account));
}

void UserAdministration::revoke(const QString& account, const QString& session)
{
    QJsonObject body;
    if (!session.isEmpty())
        body.insert(QStringLiteral("session"), session);
    act(account, QStringLiteral("revoke"), body,
        session.isEmpty() ? tr("Every session of %1 is ended.").arg(account)
                          : tr("The session of %1 is ended.").arg(account));
}

void UserAdministration::act(const QString& account, const QString& action, const QJsonObject& body,
                             const QString& doneText)
{
    m_client->abort();
    m_client->administer(pathOf(account, action), body,
                         [this, account, action, doneText](const HubError& error, const QJsonObject&) {
                             if (error.isError()) {
                                 qCWarning(lcSync) << "administration" << action << "refused:" << error.code()
                                                   << error.detail();
                                 reportFailure(error);
                                 return;
                             }
                             qCInfo(lcSync) << "administration" << action << "done for" << account;
                             emit done(doneText);
                             refresh();
                         });
}

} // namespace xs
