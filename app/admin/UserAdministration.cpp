#include "app/admin/UserAdministration.h"

#include "models/common/Logging.h"

#include <QJsonArray>

namespace xs {

UserAdministration::UserAdministration(std::unique_ptr<HubClient> reader, std::unique_ptr<HubClient> actor,
                                       QObject* parent)
    : QObject(parent)
    , m_reader(std::move(reader))
    , m_actor(std::move(actor))
{}

// The clients go with their replies: no answer arrives after this.
UserAdministration::~UserAdministration() = default;

std::optional<QString> UserAdministration::pathOf(const QString& account, const QString& what)
{
    // The client encodes the path once (Chinese names included); these would change its meaning.
    if (account.isEmpty() || account.contains(QLatin1Char('/')) || account.contains(QLatin1Char('?')) ||
        account.contains(QLatin1Char('#')))
        return std::nullopt;
    return QStringLiteral("users/%1/%2").arg(account, what);
}

QString UserAdministration::failureText(const HubError& error)
{
    if (error.isTransport())
        return tr("The hub cannot be reached (%1); nothing was changed there.").arg(error.message());
    if (error.code() == QLatin1String("own_account"))
        return tr("An administrator cannot disable their own account.");
    if (error.code() == QLatin1String("unknown_user"))
        return tr("The hub has no such account (any more); refresh the list.");
    if (error.kind() == HubError::Kind::Unauthorized)
        return tr("This desktop's session on the hub has ended; log in again in the Sync area.");
    if (error.kind() == HubError::Kind::Forbidden)
        return tr("The hub allows this only to administrators.");
    return tr("The hub refused: %1").arg(error.detail().isEmpty() ? error.message() : error.detail());
}

void UserAdministration::reportFailure(const HubError& error)
{
    // A read replaced by a newer one is not a failure anyone needs to read.
    if (error.kind() != HubError::Kind::Cancelled)
        emit failed(failureText(error));
}

void UserAdministration::refresh()
{
    m_reader->abort();
    m_reader->administer(QStringLiteral("users"), std::nullopt,
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
    const std::optional<QString> path = pathOf(account, QStringLiteral("sessions"));
    if (!path) {
        emit sessionsLoaded(account, {});
        return;
    }
    m_reader->abort();
    m_reader->administer(
        *path, std::nullopt, [this, account](const HubError& error, const QJsonObject& answer) {
            if (error.isError()) {
                reportFailure(error);
                return;
            }
            QList<HubSession> sessions;
            for (const QJsonValue& value : answer.value(QStringLiteral("sessions")).toArray()) {
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
    if (m_acting) {
        emit failed(tr("The hub has not answered the last action yet; try again in a moment."));
        return;
    }
    const std::optional<QString> path = pathOf(account, action);
    if (!path) {
        emit failed(
            tr("The account name \"%1\" cannot be used here; use xiangshu-hub users on the hub machine.")
                .arg(account.left(64)));
        return;
    }
    m_acting = true;
    emit actingChanged(true);
    m_actor->administer(*path, body,
                        [this, account, action, doneText](const HubError& error, const QJsonObject&) {
                            m_acting = false;
                            emit actingChanged(false);
                            if (error.isError()) {
                                qCWarning(lcSync) << "administration" << action << "refused:" << error.code()
                                                  << error.detail();
                                emit failed(failureText(error));
                            } else {
                                qCInfo(lcSync) << "administration" << action << "done for" << account;
                                emit done(doneText);
                            }
                            // Whether it was done or not, show what the hub holds now.
                            refresh();
                        });
}

} // namespace xs
