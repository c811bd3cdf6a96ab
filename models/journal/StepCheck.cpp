#include "models/journal/StepCheck.h"

#include "models/journal/StepTable.h"

namespace xs::StepCheck {

Refusal check(const AccessRequest& request, const StepTable& steps, const QString& stateField,
              StateVocabulary states)
{
    const Operation& operation = request.operation;
    const StepDefinition* step = steps.find(operation.command);
    if (!step)
        return Refusal::of("unknown_command",
                           XS_MESSAGE("xs::AccessPolicy", "\"%1\" is not a workflow command for %2")
                               .arg(operation.command.left(64), operation.entity));
    if (!request.current || request.current->deleted)
        return Refusal::of("not_found",
                           XS_MESSAGE("xs::AccessPolicy", "the record does not exist on the hub"));
    if (const Refusal refusal = checkArguments(step->arguments, operation.arguments); refusal.isRefused())
        return refusal;
    if (!steps.mayGive(request.principal.role, operation.command))
        return Refusal::of("forbidden", XS_MESSAGE("xs::AccessPolicy", "a %1 may not %2")
                                            .arg(roleArgument(request.principal.role))
                                            .argTerm("xs::StepTable", step->label, step->command));
    const QString state = request.current->fields.value(stateField).toString();
    if (!steps.next(state, operation.command))
        return Refusal::of("invalid_state",
                           XS_MESSAGE("xs::AccessPolicy", "cannot %1 a record that is %2")
                               .argTerm("xs::StepTable", step->label, step->command)
                               .argTerm(states.context, vocabularySource(states.terms, state), state));
    return {};
}

QJsonObject stateAfter(const AccessRequest& request, const StepTable& steps, const QString& stateField)
{
    if (!request.current)
        return {};
    const std::optional<QString> next =
        steps.next(request.current->fields.value(stateField).toString(), request.operation.command);
    return next ? QJsonObject{{stateField, *next}} : QJsonObject();
}

Refusal keepsStepFields(const AccessRequest& request, const QStringList& stepFields)
{
    const Operation& operation = request.operation;
    // A new record's step fields are the hub's to fill in (its decide writes every one of them).
    if (!request.current || request.current->deleted)
        return {};
    for (const QString& field : stepFields) {
        if (operation.fields.contains(field) &&
            operation.fields.value(field) != request.current->fields.value(field))
            return Refusal::of(
                "invalid_state",
                XS_MESSAGE("xs::AccessPolicy", "\"%1\" changes only through workflow steps").arg(field),
                field);
    }
    return {};
}

} // namespace xs::StepCheck
