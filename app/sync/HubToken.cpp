#include "app/sync/HubToken.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace xs {

QByteArray HubToken::encode() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("token"), token},
                                     {QStringLiteral("expires_at"), expiresAt},
                                     {QStringLiteral("user"), user},
                                     {QStringLiteral("role"), role},
                                     {QStringLiteral("department"), department}})
        .toJson(QJsonDocument::Compact);
}

std::optional<HubToken> HubToken::decode(const QByteArray& bytes)
{
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    HubToken token;
    token.token = object.value(QStringLiteral("token")).toString();
    token.expiresAt = object.value(QStringLiteral("expires_at")).toInteger();
    token.user = object.value(QStringLiteral("user")).toString();
    token.role = object.value(QStringLiteral("role")).toString();
    token.department = object.value(QStringLiteral("department")).toString();
    if (token.token.isEmpty())
        return std::nullopt;
    return token;
}

} // namespace xs
