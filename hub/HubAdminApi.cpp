#include "hub/HubAdminApi.h"

#include "hub/HubStore.h"
#include "hub/HubUsers.h"
#include "models/journal/WireCodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace xs {

namespace {

HubAdminApi::Answer ok(const QJsonObject& object)
{
    return {200, QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

HubAdminApi::Answer refused(int status, const QString& code, const QString& message)
{
    return {status, WireCodec::encodeError(code, message)};
}

QString isoSeconds(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

HubAdminApi::HubAdminApi(HubStore& store)
    : m_store(store)
{}

HubAdminApi::Answer HubAdminApi::respond(const Principal& administrator, bool post, const QString& path,
                                         const QByteArray& body)
{
    HubUsers users(m_store, administrator.user);
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.value(0) != QLatin1String("users") || parts.size() > 3)
        return refused(404, QStringLiteral("not_found"),
                       QStringLiteral("no such endpoint: /admin%1").arg(path.left(200)));
    if (parts.size() == 1) {
        if (post)
            return refused(405, QStringLiteral("method_not_allowed"), QStringLiteral("GET /admin/users"));
        QJsonArray list;
        for (const HubUsers::Entry& entry : users.list())
            list.append(QJsonObject{{QStringLiteral("name"), entry.name},
                                    {QStringLiteral("role"), roleName(entry.role)},
                                    {QStringLiteral("department"), entry.department},
                                    {QStringLiteral("disabled"), entry.disabled},
                                    {QStringLiteral("sessions"), entry.sessions},
                                    {QStringLiteral("recent_failures"), entry.recentFailures},
                                    {QStringLiteral("created_at"), entry.createdAt}});
        return ok({{QStringLiteral("users"), list}});
    }
    const QString name = parts.at(1);
    if (!m_store.user(name))
        return refused(404, QStringLiteral("unknown_user"),
                       QStringLiteral("there is no user %1").arg(name.left(128)));
    const QString action = parts.value(2);
    if (action == QLatin1String("sessions") && !post) {
        QJsonArray list;
        for (const HubUsers::Session& session : users.sessions(name))
            list.append(QJsonObject{{QStringLiteral("id"), session.id},
                                    {QStringLiteral("created_at"), isoSeconds(session.createdAt)},
                                    {QStringLiteral("expires_at"), isoSeconds(session.expiresAt)}});
        return ok({{QStringLiteral("sessions"), list}});
    }
    if (!post || (action != QLatin1String("disable") && action != QLatin1String("enable") &&
                  action != QLatin1String("revoke")))
        return refused(404, QStringLiteral("not_found"),
                       QStringLiteral("no such endpoint: /admin%1").arg(path.left(200)));
    if (action == QLatin1String("disable") && name == administrator.user)
        return refused(409, QStringLiteral("own_account"),
                       QStringLiteral("an administrator does not disable their own account"));
    QString error;
    if (action == QLatin1String("revoke")) {
        const QJsonValue session = QJsonDocument::fromJson(body).object().value(QStringLiteral("session"));
        if (!session.isUndefined() && !session.isString())
            return refused(400, QStringLiteral("bad_request"),
                           QStringLiteral("session is a text: the id of a session"));
        const int ended = users.revoke(name, session.toString(), &error);
        if (ended < 0)
            return refused(400, QStringLiteral("bad_request"), error);
        return ok({{QStringLiteral("ended"), ended}});
    }
    const bool disable = action == QLatin1String("disable");
    if (!users.setDisabled(name, disable, &error))
        return refused(503, QStringLiteral("unavailable"), error);
    return ok({{QStringLiteral("status"), disable ? QStringLiteral("disabled") : QStringLiteral("enabled")}});
}

} // namespace xs
