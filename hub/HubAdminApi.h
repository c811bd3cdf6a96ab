#pragma once

#include "models/journal/AccessPolicy.h"

#include <QByteArray>
#include <QString>

namespace xs {

class HubStore;

/// The administrators' part of the API (hub/PROTOCOL.md, "Administration"), what the desktop's 管理
/// area and scripts call: the users with their state and sessions, and disabling, enabling and
/// ending sessions — the same HubUsers the command line uses, so each act is in the hub's trail
/// under the administrator who did it. Only administrators get here (mayUse, Endpoint::Administration).
///
///   GET  /admin/users                        {"users": [{name, role, department, disabled, sessions,
///   recent_failures, created_at}]} GET  /admin/users/NAME/sessions          {"sessions": [{id, created_at,
///   expires_at}]} POST /admin/users/NAME/disable           {"status": "disabled"} POST
///   /admin/users/NAME/enable            {"status": "enabled"} POST /admin/users/NAME/revoke            body
///   {"session": ID} or {} for all; {"ended": N}
///
/// Passwords are set on the hub machine (`xiangshu-hub users reset-password`): hashing one costs a
/// second of CPU, which the serving thread does not spend for one request.
class HubAdminApi
{
public:
    explicit HubAdminApi(HubStore& store);

    struct Answer
    {
        int status = 200;
        QByteArray body; // JSON
    };

    /// path: after /api/v1/admin (e.g. "/users/wang.fang/disable").
    Answer respond(const Principal& administrator, bool post, const QString& path, const QByteArray& body);

private:
    HubStore& m_store;
};

} // namespace xs
