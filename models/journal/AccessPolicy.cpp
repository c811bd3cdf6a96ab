#include "models/journal/AccessPolicy.h"

#include "models/catalog/CatalogWorkflow.h"

#include <QCoreApplication>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::AccessPolicy)
};

Refusal refuse(const char* code, const QString& reason)
{
    return {QString::fromLatin1(code), reason};
}

QString departmentOf(const RecordState* record)
{
    return record ? record->fields.value(QStringLiteral("department_code")).toString() : QString();
}

Refusal checkCommand(const Principal& principal, const Operation& operation, const RecordState* current)
{
    if (operation.entity != QLatin1String("catalog_entry") ||
        !CatalogWorkflow::commands().contains(operation.command))
        return refuse("unknown_command", Text::tr("\"%1\" is not a workflow command for %2")
                                             .arg(operation.command.left(64), operation.entity));
    if (!current || current->deleted)
        return refuse("not_found", Text::tr("the catalog entry does not exist on the hub"));
    if (!CatalogWorkflow::roleMayGive(principal.role, operation.command))
        return refuse(
            "forbidden",
            Text::tr("a %1 may not %2 catalog entries").arg(roleName(principal.role), operation.command));
    if (principal.role == Role::Cataloguer && departmentOf(current) != principal.department)
        return refuse("forbidden", Text::tr("the entry belongs to another department"));
    const QString state = current->fields.value(QStringLiteral("status")).toString();
    if (!CatalogWorkflow::next(state, operation.command))
        return refuse("invalid_state",
                      Text::tr("cannot %1 an entry that is %2").arg(operation.command, state));
    return {};
}

Refusal checkCatalogEntry(const Principal& principal, const Operation& operation, const RecordState* current)
{
    if (principal.role != Role::Cataloguer && principal.role != Role::Admin)
        return refuse("forbidden",
                      Text::tr("a %1 may not edit catalog entries").arg(roleName(principal.role)));
    if (principal.role == Role::Cataloguer) {
        if (current && departmentOf(current) != principal.department)
            return refuse("forbidden", Text::tr("the entry belongs to another department"));
        const QJsonValue newDepartment = operation.fields.value(QStringLiteral("department_code"));
        if ((!current && operation.kind == Operation::Kind::Upsert &&
             newDepartment.toString() != principal.department) ||
            (!newDepartment.isUndefined() && newDepartment.toString() != principal.department))
            return refuse("forbidden",
                          Text::tr("cataloguers create and edit entries of their own department only"));
    }
    const QJsonValue status = operation.fields.value(QStringLiteral("status"));
    // A new record may leave the status null: the hub starts it as a draft.
    if (operation.kind == Operation::Kind::Upsert && !status.isUndefined() &&
        !(status.isNull() && !current)) {
        const QString allowed = current ? current->fields.value(QStringLiteral("status")).toString()
                                        : CatalogWorkflow::initialState();
        if (status.toString() != allowed)
            return refuse("invalid_state", Text::tr("the status changes only through workflow commands"));
    }
    return {};
}

Refusal checkDataItem(const Principal& principal, const RecordState* parentEntry)
{
    if (principal.role == Role::Admin)
        return {};
    if (principal.role != Role::Cataloguer)
        return refuse("forbidden", Text::tr("a %1 may not edit data items").arg(roleName(principal.role)));
    if (!parentEntry || parentEntry->deleted)
        return refuse("not_found", Text::tr("the data item's catalog entry does not exist on the hub"));
    if (departmentOf(parentEntry) != principal.department)
        return refuse("forbidden", Text::tr("the entry belongs to another department"));
    return {};
}

} // namespace

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

std::optional<Role> roleFromName(const QString& name)
{
    for (const Role role : {Role::Cataloguer, Role::Reviewer, Role::Manager, Role::Auditor, Role::Admin}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

bool mayUse(Role role, Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Health:
    case Endpoint::Login:
    case Endpoint::Logout:
    case Endpoint::Pull:
        return true;
    case Endpoint::Push:
        return role != Role::Manager; // managers read dashboards; they never write
    case Endpoint::Users:
        return role == Role::Admin;
    }
    return false;
}

Refusal checkOperation(const Principal& principal, const Operation& operation, const RecordState* current,
                       const RecordState* parentEntry)
{
    if (!mayUse(principal.role, Endpoint::Push))
        return refuse("forbidden", Text::tr("a %1 may not change records").arg(roleName(principal.role)));
    if (operation.kind == Operation::Kind::Command)
        return checkCommand(principal, operation, current);
    if (operation.entity == QLatin1String("department"))
        return principal.role == Role::Admin
                   ? Refusal{}
                   : refuse("forbidden", Text::tr("only administrators maintain departments"));
    if (operation.entity == QLatin1String("catalog_entry"))
        return checkCatalogEntry(principal, operation, current);
    if (operation.entity == QLatin1String("data_item"))
        return checkDataItem(principal, parentEntry);
    return refuse("unknown_entity", Text::tr("unknown entity \"%1\"").arg(operation.entity.left(64)));
}

} // namespace xs
