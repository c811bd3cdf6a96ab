#include "models/journal/OperationCheck.h"

#include "models/journal/LocalRecordStore.h"
#include "models/journal/RecordIntegrity.h"

namespace xs::OperationCheck {

Parents parentsOf(const EntitySchema* entity, const Operation& operation, const RecordState* current,
                  const StoredRecords& stored)
{
    Parents parents;
    const FieldSchema* owner = entity ? entity->ownerField() : nullptr;
    if (!owner)
        return parents;
    const QString ownerId = operation.fields.contains(owner->name)
                                ? operation.fields.value(owner->name).toString()
                                : (current ? current->fields.value(owner->name).toString() : QString());
    parents.after = stored.find(owner->parent, ownerId);
    if (current && !current->deleted)
        parents.before = stored.find(owner->parent, current->fields.value(owner->name).toString());
    return parents;
}

Settled settle(const EntitySchema& entity, const AccessRule& rule, const AccessRequest& request,
               AuthorityStore& authority, const RecordLookup& lookup, std::span<const Operation> later,
               QString* error)
{
    const Operation& operation = request.operation;
    Settled settled;
    // What the hub alone sets with it (a first state, a step's effect, an allocated code), decided
    // by the type's own code with the store's records, date and counters.
    if (rule.decide) {
        const AuthorityDecision decision = rule.decide(request, authority, error);
        if (!error->isEmpty())
            return settled;
        if (decision.refusal.isRefused()) {
            settled.refusal = decision.refusal;
            return settled;
        }
        settled.effect = decision.effect;
    }

    RecordState& next = settled.next;
    next = request.current ? *request.current
                           : RecordState{entity.name, operation.recordId, 0, false, {}, {}, {}, 0};
    next.fields = normaliseFields(entity, next.fields);
    switch (operation.kind) {
    case Operation::Kind::Upsert:
        for (auto it = operation.fields.constBegin(); it != operation.fields.constEnd(); ++it)
            next.fields.insert(it.key(), it.value());
        next.deleted = false;
        break;
    case Operation::Kind::Delete:
        next.deleted = true;
        break;
    case Operation::Kind::Command:
        break; // a step changes only what its effect says
    }
    for (auto it = settled.effect.constBegin(); it != settled.effect.constEnd(); ++it)
        next.fields.insert(it.key(), it.value());
    // Nothing is stored that a desktop could not apply: the record as it would be, with every
    // effect of the step, against the field definitions, unique values and parents. A deletion
    // is not checked: desktops apply it whatever the copy held, so it also clears a bad record.
    if (operation.kind != Operation::Kind::Delete) {
        if (const std::optional<IntegrityProblem> problem =
                RecordIntegrity::check(entity, next, lookup, true)) {
            settled.refusal = {problem->code == QLatin1String("missing_parent") ? QStringLiteral("not_found")
                                                                                : QStringLiteral("invalid"),
                               problem->message, problem->field};
            return settled;
        }
    }
    // The type's own rules, as its editors and importer check them.
    if (operation.kind == Operation::Kind::Upsert && rule.rules) {
        const QList<FieldProblem> problems = rule.rules({next, authority, later});
        if (!problems.isEmpty())
            settled.refusal = {QStringLiteral("invalid"), problems.constFirst().message,
                               problems.constFirst().field};
    }
    return settled;
}

} // namespace xs::OperationCheck
