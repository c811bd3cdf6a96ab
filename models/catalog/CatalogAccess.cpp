#include "models/catalog/CatalogAccess.h"

#include "models/catalog/CatalogPermissions.h"
#include "models/catalog/CatalogSignOff.h"
#include "models/catalog/CatalogStoredChecks.h"
#include "models/catalog/CatalogVocabulary.h"
#include "models/catalog/CatalogWorkflow.h"
#include "models/catalog/UpdateFrequencyAccess.h"
#include "models/catalog/revision/CatalogRevisionWorkflow.h"
#include "models/common/Clock.h"
#include "models/journal/StepArguments.h"

namespace xs::CatalogAccess {

namespace {

QString departmentOf(const RecordState* record)
{
    return record ? record->fields.value(QStringLiteral("department_code")).toString() : QString();
}

Refusal checkCommand(const AccessRequest& request)
{
    const Principal& principal = request.principal;
    const Operation& operation = request.operation;
    const RecordState* current = request.current;
    if (!CatalogWorkflow::commands().contains(operation.command))
        return Refusal::of("unknown_command",
                           XS_MESSAGE("xs::AccessPolicy", "\"%1\" is not a workflow command for %2")
                               .arg(operation.command.left(64), operation.entity));
    if (!current || current->deleted)
        return Refusal::of("not_found",
                           XS_MESSAGE("xs::AccessPolicy", "the catalog entry does not exist on the hub"));
    // The step table says which steps need a reason; a reason sent with another (an import gives
    // every step its file's) is passed over.
    if (const Refusal refusal = checkArguments(CatalogWorkflow::steps().find(operation.command)->arguments,
                                               operation.arguments, UndeclaredArguments::Ignore);
        refusal.isRefused())
        return refusal;
    if (!CatalogWorkflow::roleMayGive(principal.role, operation.command))
        return Refusal::of("forbidden", XS_MESSAGE("xs::AccessPolicy", "a %1 may not %2 catalog entries")
                                            .arg(roleArgument(principal.role))
                                            .arg(operation.command));
    if (!CatalogPermissions(principal.role, principal.department)
             .canGive(operation.command, departmentOf(current)))
        return Refusal::of("forbidden",
                           XS_MESSAGE("xs::AccessPolicy", "the entry belongs to another department"));
    const QString state = current->fields.value(QStringLiteral("status")).toString();
    if (!CatalogWorkflow::next(state, operation.command))
        return Refusal::of("invalid_state", XS_MESSAGE("xs::AccessPolicy", "cannot %1 an entry that is %2")
                                                .arg(operation.command)
                                                .argTerm("xs::CatalogVocabulary",
                                                         CatalogVocabulary::labelSource(state), state));
    // What must precede a first submission, and what the head signs (CatalogSignOff).
    const bool signsOff = operation.command == QLatin1String("sign_off");
    if (signsOff || operation.command == QLatin1String("submit")) {
        const std::optional<Message> missing = signsOff ? CatalogSignOff::whyNotSignable(current->fields)
                                                        : CatalogSignOff::whyNotSubmittable(current->fields);
        if (missing)
            return Refusal::of("invalid_state", *missing);
    }
    return {};
}

Refusal checkEntry(const AccessRequest& request)
{
    if (request.operation.kind == Operation::Kind::Command)
        return checkCommand(request);
    const Principal& principal = request.principal;
    const Operation& operation = request.operation;
    const RecordState* current = request.current;
    const CatalogPermissions may(principal.role, principal.department);
    if (!may.canCreate())
        return Refusal::of("forbidden", XS_MESSAGE("xs::AccessPolicy", "a %1 may not edit catalog entries")
                                            .arg(roleArgument(principal.role)));
    if (current && !may.canEdit(departmentOf(current)))
        return Refusal::of("forbidden",
                           XS_MESSAGE("xs::AccessPolicy", "the entry belongs to another department"));
    // A new entry, or an entry moved to a department: that department's too.
    const QJsonValue newDepartment = operation.fields.value(QStringLiteral("department_code"));
    if (((!current && operation.kind == Operation::Kind::Upsert) || !newDepartment.isUndefined()) &&
        !may.canEdit(newDepartment.toString()))
        return Refusal::of("forbidden",
                           XS_MESSAGE("xs::AccessPolicy",
                                      "cataloguers create and edit entries of their own department only"));
    // The sign-off is the head's step, never typed: only an administrator records one given outside
    // the system (a catalog migrated from a file). Sending it back unchanged is not typing it, and
    // clearing it only withdraws it (a desktop does that when the assessment changes).
    for (const QString& field : CatalogSignOff::signOffFields()) {
        const QJsonValue sent = operation.fields.value(field);
        if (principal.role != Role::Admin && operation.kind == Operation::Kind::Upsert &&
            !sent.isUndefined() && !sent.isNull() &&
            sent != (current ? current->fields.value(field) : QJsonValue()))
            return Refusal::of(
                "forbidden",
                XS_MESSAGE("xs::AccessPolicy", "the sign-off is given only by the department head's step"),
                field);
    }
    // A published entry stays as published until a revision another person approves replaces it
    // (CatalogRevisionAccess); only the date of its last data update moves with the data.
    // Administrators may still write it in place (a migration, a restore).
    if (operation.kind == Operation::Kind::Upsert && current && !current->deleted &&
        principal.role != Role::Admin &&
        current->fields.value(QStringLiteral("status")).toString() == QLatin1String("published")) {
        if (const std::optional<QString> field =
                CatalogRevisionWorkflow::changedInPlace(current->fields, operation.fields))
            return Refusal::of("invalid_state",
                               XS_MESSAGE("xs::AccessPolicy",
                                          "a published entry changes through a revision that another "
                                          "person approves"),
                               *field);
    }
    const QJsonValue status = operation.fields.value(QStringLiteral("status"));
    // A new record may leave the status null: the hub starts it as a draft.
    if (operation.kind == Operation::Kind::Upsert && !status.isUndefined() &&
        !(status.isNull() && !current)) {
        const QString allowed = current ? current->fields.value(QStringLiteral("status")).toString()
                                        : CatalogWorkflow::initialState();
        if (status.toString() != allowed)
            return Refusal::of(
                "invalid_state",
                XS_MESSAGE("xs::AccessPolicy", "the status changes only through workflow commands"));
    }
    return {};
}

// A data item's department is its entry's: the one it is under now and the one it would be under
// after the operation are both checked, so moving another department's item under one's own
// entry is refused as surely as editing it in place.
Refusal checkDataItem(const AccessRequest& request)
{
    const Principal& principal = request.principal;
    if (principal.role == Role::Admin)
        return {}; // the item's parent is checked with the record (RecordIntegrity)
    const CatalogPermissions may(principal.role, principal.department);
    if (!may.canCreate())
        return Refusal::of(
            "forbidden",
            XS_MESSAGE("xs::AccessPolicy", "a %1 may not edit data items").arg(roleArgument(principal.role)));
    if (!request.parentEntry || request.parentEntry->deleted)
        return Refusal::of(
            "not_found",
            XS_MESSAGE("xs::AccessPolicy", "the data item's catalog entry does not exist on the hub"));
    if (!may.canEdit(departmentOf(request.parentEntry)) ||
        (request.parentEntryBefore && !may.canEdit(departmentOf(request.parentEntryBefore))))
        return Refusal::of("forbidden",
                           XS_MESSAGE("xs::AccessPolicy", "the entry belongs to another department"));
    return {};
}

Refusal checkDepartment(const AccessRequest& request)
{
    return request.principal.role == Role::Admin
               ? Refusal{}
               : Refusal::of("forbidden",
                             XS_MESSAGE("xs::AccessPolicy", "only administrators maintain departments"));
}

// A new entry starts as a draft; a command moves it to the state the workflow leads to (checked
// allowed by checkCommand).
// A sign-off writes who signed, when (the hub's date) and the comment; changing the assessment of
// a signed entry withdraws the sign-off.
AuthorityDecision entryEffect(const AccessRequest& request, AuthorityStore& hub, QString*)
{
    const Operation& operation = request.operation;
    const QString status = QStringLiteral("status");
    if (operation.kind == Operation::Kind::Command && request.current) {
        QJsonObject effect{{status, *CatalogWorkflow::next(request.current->fields.value(status).toString(),
                                                           operation.command)}};
        if (operation.command == QLatin1String("sign_off")) {
            const QJsonObject signedOff =
                CatalogSignOff::signedOff(request.principal.user, hub.clock().today(),
                                          operation.arguments.value(QLatin1String("comment")).toString());
            for (auto it = signedOff.constBegin(); it != signedOff.constEnd(); ++it)
                effect.insert(it.key(), it.value());
        }
        return {{}, effect};
    }
    if (operation.kind == Operation::Kind::Upsert && request.current) {
        if (const QJsonObject withdrawn =
                CatalogSignOff::withdrawnBy(request.current->fields, operation.fields);
            !withdrawn.isEmpty())
            return {{}, withdrawn};
    }
    // A deleted entry sent again keeps the state it had (the hub keeps deleted records whole).
    const QJsonValue after = operation.fields.contains(status)
                                 ? operation.fields.value(status)
                                 : (request.current ? request.current->fields.value(status) : QJsonValue());
    if (operation.kind == Operation::Kind::Upsert && after.isNull())
        return {{}, {{status, CatalogWorkflow::initialState()}}};
    return {};
}

} // namespace

QList<AccessRule> rules()
{
    return {
        {QStringLiteral("department"), checkDepartment},
        {QStringLiteral("catalog_entry"),
         checkEntry,
         true,
         true, // the department head signs off new entries
         entryEffect,
         CatalogStoredChecks::entry,
         {},
         nullptr,
         &CatalogWorkflow::steps},
        {QStringLiteral("data_item"), checkDataItem, false, false, nullptr, CatalogStoredChecks::dataItem},
        UpdateFrequencyAccess::rule()};
}

} // namespace xs::CatalogAccess
