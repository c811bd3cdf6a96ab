#pragma once

#include "models/journal/SyncTypes.h"

#include <QString>

#include <optional>

namespace xs {

/// Who may do what: the one copy of the rules, checked by the desktop (to hide what a role cannot
/// do) and enforced by the hub (which is authoritative).
enum class Role
{
    Cataloguer, // 编目员: edits their own department's catalog entries, submits them
    Reviewer,   // 审核员: publishes, returns and withdraws entries; works registrations
    Manager,    // 负责人: reads
    Auditor,    // 现场核查员: records field audits
    Admin,      // 管理员: users, departments, everything
};

QString roleName(Role role);
std::optional<Role> roleFromName(const QString& name);

struct Principal
{
    QString user;
    Role role = Role::Manager;
    QString department; // department code, for roles bound to one
    QString uid = {};   // on the hub: the user's id, never reused (answers and tokens are bound to it)
};

/// The hub's endpoints, for the role check done before a request is read.
enum class Endpoint
{
    Health,
    Login,
    Logout,
    Pull,
    Push,
    Users,
    Quarantine, // a desktop reports records it could not store
};

/// Whether a role may call an endpoint at all. A forbidden pair is answered 403.
bool mayUse(Role role, Endpoint endpoint);

/// Why an operation is not allowed, or an empty string when it is. current is the record as the
/// hub holds it now (nullptr for a new record); parent lets data items find their entry's
/// department. The codes are stable ("forbidden", "invalid_state", ...); the text is for people.
struct Refusal
{
    QString code;
    QString reason;
    bool isRefused() const { return !code.isEmpty(); }
};

/// A record's fields once an upsert is applied to it (for checks of the record as a whole).
QJsonObject fieldsAfter(const RecordState* current, const Operation& operation);

/// parentEntry: the entry a data item belongs to after the operation; parentEntryBefore: the one
/// it belongs to now. A department's rights are checked on both, so moving another department's
/// item under one's own entry is refused as surely as editing it in place.
Refusal checkOperation(const Principal& principal, const Operation& operation, const RecordState* current,
                       const RecordState* parentEntry, const RecordState* parentEntryBefore = nullptr);

} // namespace xs
