#pragma once

#include "models/common/Message.h"

#include <QString>

#include <optional>

namespace xs {

/// The roles of hub accounts (DOMAIN.md). Their rights are AccessPolicy's and the areas'.
enum class Role
{
    Cataloguer, // 编目员: edits their own department's catalog entries, submits them
    Reviewer,   // 审核员: publishes, returns and withdraws entries; works registrations
    Manager,    // 负责人: reads
    Auditor,    // 现场核查员: records field audits
    Admin,      // 管理员: users, departments, everything
};

/// The name on the wire and in the hub's user list: cataloguer, reviewer, manager, auditor, admin.
QString roleName(Role role);
std::optional<Role> roleFromName(const QString& name);
/// The English source of the role's label (DOMAIN.md's name in zh_CN), in the xs::FieldLabels
/// context: a Message argument translated where it is read.
const char* roleLabelSource(Role role);
/// The role as a Message argument: its label, translated where the message is read.
Message::Argument roleArgument(Role role);

} // namespace xs
