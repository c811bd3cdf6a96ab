#include "models/journal/Roles.h"

#include <QCoreApplication>

namespace xs {

QString roleName(Role role)
{
    switch (role) {
    case Role::Cataloguer:
        return QStringLiteral("cataloguer");
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Auditor:
        return QStringLiteral("auditor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

const char* roleLabelSource(Role role)
{
    switch (role) {
    case Role::Cataloguer:
        return QT_TRANSLATE_NOOP("xs::FieldLabels", "Cataloguer");
    case Role::Reviewer:
        return QT_TRANSLATE_NOOP("xs::FieldLabels", "Reviewer");
    case Role::Manager:
        return QT_TRANSLATE_NOOP("xs::FieldLabels", "Manager");
    case Role::Auditor:
        return QT_TRANSLATE_NOOP("xs::FieldLabels", "Field auditor");
    case Role::Admin:
        return QT_TRANSLATE_NOOP("xs::FieldLabels", "Administrator");
    }
    return nullptr;
}

std::optional<Role> roleFromName(const QString& name)
{
    for (const Role role : {Role::Cataloguer, Role::Reviewer, Role::Manager, Role::Auditor, Role::Admin}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

Message::Argument roleArgument(Role role)
{
    return {QString::fromUtf8(roleLabelSource(role)), QStringLiteral("xs::FieldLabels")};
}

} // namespace xs
