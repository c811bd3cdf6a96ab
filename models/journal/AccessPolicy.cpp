#include "models/journal/AccessPolicy.h"

#include "models/calendar/CalendarYear.h"
#include "models/catalog/CatalogPermissions.h"
#include "models/catalog/CatalogVocabulary.h"
#include "models/catalog/CatalogWorkflow.h"
#include "models/grants/GrantAccess.h"
#include "models/journal/StepArguments.h"
#include "models/registration/RegistrationWorkflow.h"

#include <QCoreApplication>

namespace xs {

namespace {

Refusal refuse(const char* code, Message message)
{
    return {QString::fromLatin1(code), std::move(message)};
}

QString departmentOf(const RecordState* record)
{
    return record ? record->fields.value(QStringLiteral("department_code")).toString() : QString();
}

Refusal checkCommand(const Principal& principal, const Operation& operation, const RecordState* current)
{
    if (operation.entity == RegistrationWorkflow::Entity) {
        if (!RegistrationWorkflow::commands().contains(operation.command))
            return refuse("unknown_command",
                          XS_MESSAGE("xs::AccessPolicy", "\"%1\" is not a registration step")
                              .arg(operation.command.left(64)));
        if (!current || current->deleted)
            return refuse("not_found",
                          XS_MESSAGE("xs::AccessPolicy", "the registration does not exist on the hub"));
        if (!RegistrationWorkflow::roleMayAct(principal.role))
            return refuse("forbidden", XS_MESSAGE("xs::AccessPolicy", "a %1 may not take registration steps")
                                           .arg(roleArgument(principal.role)));
        return {}; // the state, the timing and the arguments are the workflow's to check
    }
    if (operation.entity != QLatin1String("catalog_entry") ||
        !CatalogWorkflow::commands().contains(operation.command))
        return refuse("unknown_command",
                      XS_MESSAGE("xs::AccessPolicy", "\"%1\" is not a workflow command for %2")
                          .arg(operation.command.left(64), operation.entity));
    if (!current || current->deleted)
        return refuse("not_found",
                      XS_MESSAGE("xs::AccessPolicy", "the catalog entry does not exist on the hub"));
    if (const Refusal refusal = checkArguments({{QStringLiteral("reason"), 2000, false}}, operation.arguments,
                                               UndeclaredArguments::Ignore);
        refusal.isRefused())
        return refusal;
    if (!CatalogWorkflow::roleMayGive(principal.role, operation.command))
        return refuse("forbidden", XS_MESSAGE("xs::AccessPolicy", "a %1 may not %2 catalog entries")
                                       .arg(roleArgument(principal.role))
                                       .arg(operation.command));
    if (!CatalogPermissions(principal.role, principal.department)
             .canGive(operation.command, departmentOf(current)))
        return refuse("forbidden", XS_MESSAGE("xs::AccessPolicy", "the entry belongs to another department"));
    const QString state = current->fields.value(QStringLiteral("status")).toString();
    if (!CatalogWorkflow::next(state, operation.command))
        return refuse("invalid_state",
                      XS_MESSAGE("xs::AccessPolicy", "cannot %1 an entry that is %2")
                          .arg(operation.command)
                          .argTerm("xs::CatalogVocabulary", CatalogVocabulary::labelSource(state), state));
    return {};
}

// Who may edit which department's entries is CatalogPermissions' (the desktop asks it before an
// action); here it is enforced on what the operation does.
Refusal checkCatalogEntry(const Principal& principal, const Operation& operation, const RecordState* current)
{
    const CatalogPermissions may(principal.role, principal.department);
    if (!may.canCreate())
        return refuse("forbidden", XS_MESSAGE("xs::AccessPolicy", "a %1 may not edit catalog entries")
                                       .arg(roleArgument(principal.role)));
    if (current && !may.canEdit(departmentOf(current)))
        return refuse("forbidden", XS_MESSAGE("xs::AccessPolicy", "the entry belongs to another department"));
    // A new entry, or an entry moved to a department: that department's too.
    const QJsonValue newDepartment = operation.fields.value(QStringLiteral("department_code"));
    if (((!current && operation.kind == Operation::Kind::Upsert) || !newDepartment.isUndefined()) &&
        !may.canEdit(newDepartment.toString()))
        return refuse("forbidden",
                      XS_MESSAGE("xs::AccessPolicy",
                                 "cataloguers create and edit entries of their own department only"));
    const QJsonValue status = operation.fields.value(QStringLiteral("status"));
    // A new record may leave the status null: the hub starts it as a draft.
    if (operation.kind == Operation::Kind::Upsert && !status.isUndefined() &&
        !(status.isNull() && !current)) {
        const QString allowed = current ? current->fields.value(QStringLiteral("status")).toString()
                                        : CatalogWorkflow::initialState();
        if (status.toString() != allowed)
            return refuse("invalid_state", XS_MESSAGE("xs::AccessPolicy",
                                                      "the status changes only through workflow commands"));
    }
    return {};
}

Refusal checkDataItem(const Principal& principal, const RecordState* parentEntry,
                      const RecordState* parentEntryBefore)
{
    if (principal.role == Role::Admin)
        return {}; // the item's parent is checked with the record (RecordIntegrity)
    const CatalogPermissions may(principal.role, principal.department);
    if (!may.canCreate())
        return refuse(
            "forbidden",
            XS_MESSAGE("xs::AccessPolicy", "a %1 may not edit data items").arg(roleArgument(principal.role)));
    if (!parentEntry || parentEntry->deleted)
        return refuse("not_found", XS_MESSAGE("xs::AccessPolicy",
                                              "the data item's catalog entry does not exist on the hub"));
    if (!may.canEdit(departmentOf(parentEntry)) ||
        (parentEntryBefore && !may.canEdit(departmentOf(parentEntryBefore))))
        return refuse("forbidden", XS_MESSAGE("xs::AccessPolicy", "the entry belongs to another department"));
    return {};
}

// Deadlines of every registration depend on the calendar: only administrators publish it, and
// only a schedule that parses whole.
Refusal checkCalendarYear(const Principal& principal, const Operation& operation, const RecordState* current)
{
    if (principal.role != Role::Admin)
        return refuse("forbidden",
                      XS_MESSAGE("xs::AccessPolicy", "only administrators publish the working-day calendar"));
    if (operation.kind != Operation::Kind::Upsert)
        return {};
    const QJsonObject fields = fieldsAfter(current, operation);
    Message problem;
    if (!CalendarYear::fromRecordFields(fields, &problem))
        return refuse("invalid", problem);
    if (operation.recordId != CalendarYear::recordId(fields.value(QStringLiteral("year")).toInt()))
        return refuse("invalid",
                      XS_MESSAGE("xs::AccessPolicy",
                                 "a calendar year's record id must be the one derived from its year"));
    return {};
}

// Applications are entered and corrected by the registration body; their procedure fields move
// only through steps.
Refusal checkRegistration(const Principal& principal, const Operation& operation, const RecordState* current)
{
    if (!RegistrationWorkflow::roleMayAct(principal.role))
        return refuse("forbidden", XS_MESSAGE("xs::AccessPolicy", "a %1 may not edit registrations")
                                       .arg(roleArgument(principal.role)));
    if (operation.kind == Operation::Kind::Delete)
        return principal.role == Role::Admin ||
                       (current && current->fields.value(QStringLiteral("state")).toString() ==
                                       QLatin1String("submitted"))
                   ? Refusal{}
                   : refuse("invalid_state",
                            XS_MESSAGE("xs::AccessPolicy",
                                       "only an application not yet accepted can be deleted"));
    if (!current || current->deleted)
        return {}; // a new application: the hub sets its procedure fields itself
    for (const QString& field : RegistrationWorkflow::commandOnlyFields()) {
        if (operation.fields.contains(field) && operation.fields.value(field) != current->fields.value(field))
            return refuse(
                "invalid_state",
                XS_MESSAGE("xs::AccessPolicy", "\"%1\" changes only through registration steps").arg(field));
    }
    return {};
}

Refusal checkDeadlineRule(const Principal& principal, const Operation& operation, const RecordState* current)
{
    if (principal.role != Role::Admin)
        return refuse("forbidden",
                      XS_MESSAGE("xs::AccessPolicy", "only administrators set registration deadlines"));
    if (operation.kind != Operation::Kind::Upsert)
        return {};
    const QJsonObject fields = fieldsAfter(current, operation);
    Message problem;
    const std::optional<DeadlineRule> rule = DeadlineRule::fromRecordFields(fields, &problem);
    if (!rule)
        return refuse("invalid", problem);
    if (operation.recordId != DeadlineRule::recordId(rule->step))
        return refuse("invalid",
                      XS_MESSAGE("xs::AccessPolicy",
                                 "a deadline rule's record id must be the one derived from its step"));
    return {};
}

} // namespace

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
        return role == Role::Admin;
    }
    return false;
}

Refusal checkOperation(const Principal& principal, const Operation& operation, const RecordState* current,
                       const RecordState* parentEntry, const RecordState* parentEntryBefore)
{
    const bool grant = GrantAccess::isGrantEntity(operation.entity);
    // Managers read dashboards and sign off on grants: a step on a grant is all they may send.
    if (principal.role == Role::Manager && !(grant && operation.kind == Operation::Kind::Command))
        return refuse(
            "forbidden",
            XS_MESSAGE("xs::AccessPolicy", "a %1 may not change records").arg(roleArgument(principal.role)));
    if (grant)
        return GrantAccess::check(principal, operation, current);
    if (operation.kind == Operation::Kind::Command)
        return checkCommand(principal, operation, current);
    if (operation.entity == RegistrationWorkflow::Entity)
        return checkRegistration(principal, operation, current);
    if (operation.entity == QLatin1String("deadline_rule"))
        return checkDeadlineRule(principal, operation, current);
    if (operation.entity == QLatin1String("calendar_year"))
        return checkCalendarYear(principal, operation, current);
    if (operation.entity == QLatin1String("department"))
        return principal.role == Role::Admin
                   ? Refusal{}
                   : refuse("forbidden",
                            XS_MESSAGE("xs::AccessPolicy", "only administrators maintain departments"));
    if (operation.entity == QLatin1String("catalog_entry"))
        return checkCatalogEntry(principal, operation, current);
    if (operation.entity == QLatin1String("data_item"))
        return checkDataItem(principal, parentEntry, parentEntryBefore);
    return refuse("unknown_entity",
                  XS_MESSAGE("xs::AccessPolicy", "unknown entity \"%1\"").arg(operation.entity.left(64)));
}

} // namespace xs
