#include "app/secrets/SecretServiceProbe.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>

namespace xs::SecretServiceProbe {

std::optional<bool> defaultCollectionLocked()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return std::nullopt;
    QDBusMessage request = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    request << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    constexpr int TimeoutMs = 2000;
    const QDBusMessage reply = bus.call(request, QDBus::Block, TimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return std::nullopt;
    const QVariant value = reply.arguments().constFirst().value<QDBusVariant>().variant();
    if (!value.canConvert<bool>())
        return std::nullopt;
    return value.toBool();
}

} // namespace xs::SecretServiceProbe
