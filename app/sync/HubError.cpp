#include "app/sync/HubError.h"

namespace xs {

HubError::HubError(Kind kind, QString detail, int httpStatus, QString code)
    : m_kind(kind)
    , m_detail(std::move(detail))
    , m_httpStatus(httpStatus)
    , m_code(std::move(code))
{}

bool HubError::isTransport() const
{
    return m_kind == Kind::Unreachable || m_kind == Kind::Tls || m_kind == Kind::PinMismatch ||
           m_kind == Kind::Unavailable;
}

QString HubError::message() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Unreachable:
        return tr(
            "The province hub cannot be reached. Check the network and the hub address; your changes stay "
            "on this computer and are sent later.");
    case Kind::Tls:
        return tr(
            "The hub's certificate is not trusted (unknown issuer, wrong host name or expired). Check the "
            "hub address and the CA file.");
    case Kind::PinMismatch:
        return tr("The hub's certificate is not the pinned one. Do not connect until the hub administrator "
                  "confirms the new fingerprint.");
    case Kind::Unauthorized:
        return tr("The hub needs a new login (wrong user name or password, or the session expired).");
    case Kind::Forbidden:
        return tr("Your role may not do this on the hub.");
    case Kind::RateLimited:
        return tr("Too many failed logins. Wait 15 minutes and try again.");
    case Kind::Unavailable:
        return tr("The hub could not handle the request now. Nothing was lost; try again later.");
    case Kind::BadRequest:
        return tr("The hub refused the request.");
    case Kind::BadResponse:
        return tr("The hub's answer could not be read. The hub may run an incompatible version.");
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::LocalStore:
        return tr("This computer's database could not be read or written; nothing was sent or lost.");
    }
    return {};
}

} // namespace xs
