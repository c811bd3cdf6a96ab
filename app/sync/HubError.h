#pragma once

#include <QCoreApplication>
#include <QString>

namespace xs {

/// Why a call to the hub failed, in terms of what to do about it.
class HubError
{
    Q_DECLARE_TR_FUNCTIONS(xs::HubError)

public:
    enum class Kind
    {
        None,
        Unreachable,  // DNS, refused, timeout, connection dropped
        Tls,          // certificate not trusted, wrong host name, expired, handshake failure
        PinMismatch,  // the certificate is not the pinned one
        Unauthorized, // no token, bad credentials, token expired or revoked: log in again
        Forbidden,    // the role may not do this
        RateLimited,
        Unavailable, // 5xx: the hub could not do it now; nothing was lost
        BadRequest,  // 4xx: this program sent something the hub refused
        BadResponse, // the hub answered something this program cannot read
        Cancelled,
        LocalStore, // this computer's database could not be read or written (detail says why)
    };

    HubError() = default;
    HubError(Kind kind, QString detail, int httpStatus = 0, QString code = {});

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    /// A network or TLS problem (CLI exit code 7), as opposed to one the hub decided.
    bool isTransport() const;
    int httpStatus() const { return m_httpStatus; }
    QString code() const { return m_code; }
    QString detail() const { return m_detail; }
    QString message() const;

private:
    Kind m_kind = Kind::None;
    QString m_detail;
    int m_httpStatus = 0;
    QString m_code;
};

} // namespace xs
