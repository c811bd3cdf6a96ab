#include "models/journal/AccessPolicy.h"

namespace xs {

QJsonObject fieldsAfter(const RecordState* current, const Operation& operation)
{
    QJsonObject fields = current && !current->deleted ? current->fields : QJsonObject();
    for (auto it = operation.fields.constBegin(); it != operation.fields.constEnd(); ++it)
        fields.insert(it.key(), it.value());
    return fields;
}

bool mayUse(Role role, Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Health:
    case Endpoint::Login:
    case Endpoint::Logout:
    case Endpoint::Pull:
    case Endpoint::Quarantine:
        return true;
    case Endpoint::Push:
        return true; // managers push only their sign-offs (checkOperation)
    case Endpoint::Users:
    case Endpoint::Administration:
        return role == Role::Admin;
    }
    return false;
}

const AccessRule* accessRuleFor(const QString& entity)
{
    for (const AccessRule& rule : accessRules()) {
        if (rule.entity == entity)
            return &rule;
    }
    return nullptr;
}

const StepTable* stepTableFor(const QString& entity)
{
    const AccessRule* rule = accessRuleFor(entity);
    return rule && rule->steps ? &rule->steps() : nullptr;
}

Refusal checkOperation(const Principal& principal, const Operation& operation, const RecordState* current,
                       const RecordState* parentEntry, const RecordState* parentEntryBefore)
{
    return checkOperation({principal, operation, current, parentEntry, parentEntryBefore},
                          accessRuleFor(operation.entity));
}

Refusal checkOperation(const AccessRequest& request, const AccessRule* rule)
{
    const Principal& principal = request.principal;
    const Operation& operation = request.operation;
    // Managers read dashboards, sign off and plan: a step on a record that takes sign-offs, and
    // the records they plan, are all they may send.
    const bool managerMay =
        rule && ((rule->managersSignOff && operation.kind == Operation::Kind::Command) || rule->managersPlan);
    if (principal.role == Role::Manager && !managerMay)
        return Refusal::of(
            "forbidden",
            XS_MESSAGE("xs::AccessPolicy", "a %1 may not change records").arg(roleArgument(principal.role)));
    if (!rule)
        return Refusal::of(
            "unknown_entity",
            XS_MESSAGE("xs::AccessPolicy", "unknown entity \"%1\"").arg(operation.entity.left(64)));
    if (operation.kind == Operation::Kind::Command && !rule->takesCommands)
        return Refusal::of("unknown_command",
                           XS_MESSAGE("xs::AccessPolicy", "\"%1\" is not a workflow command for %2")
                               .arg(operation.command.left(64), operation.entity));
    return rule->check(request);
}

} // namespace xs
