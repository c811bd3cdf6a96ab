#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace xs {

/// The bearer token a login gave, as kept in the keychain (never in settings or the database).
struct HubToken
{
    QString token;
    qint64 expiresAt = 0; // seconds since the epoch
    QString user;
    QString role;
    QString department;

    bool isExpired(qint64 nowSeconds) const { return expiresAt <= nowSeconds; }
    QByteArray encode() const;
    static std::optional<HubToken> decode(const QByteArray& bytes);
};

} // namespace xs
