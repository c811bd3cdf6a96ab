#include "models/registration/RegistrationAccess.h"

#include "models/attachments/AttachmentRecords.h"
#include "models/calendar/CalendarYear.h"
#include "models/registration/DeadlineRules.h"
#include "models/registration/RegistrationAmendment.h"
#include "models/registration/RegistrationAuthority.h"
#include "models/registration/RegistrationMaterials.h"
#include "models/registration/RegistrationVocabulary.h"
#include "models/registration/RegistrationWorkflow.h"

namespace xs::RegistrationAccess {

namespace {

Refusal checkStep(const AccessRequest& request)
{
    const Operation& operation = request.operation;
    if (!RegistrationWorkflow::commands().contains(operation.command))
        return Refusal::of("unknown_command",
                           XS_MESSAGE("xs::AccessPolicy", "\"%1\" is not a registration step")
                               .arg(operation.command.left(64)));
    // What follows from the date or from another registration is the hub's own to write.
    if (RegistrationWorkflow::takenByHubOnly(operation.command))
        return Refusal::of(
            "forbidden",
            XS_MESSAGE("xs::AccessPolicy", "only the hub takes the step \"%1\"").arg(operation.command));
    if (!request.current || request.current->deleted)
        return Refusal::of("not_found",
                           XS_MESSAGE("xs::AccessPolicy", "the registration does not exist on the hub"));
    if (!RegistrationWorkflow::roleMayAct(request.principal.role))
        return Refusal::of("forbidden", XS_MESSAGE("xs::AccessPolicy", "a %1 may not take registration steps")
                                            .arg(roleArgument(request.principal.role)));
    return {}; // the state, the timing and the arguments are the workflow's to check
}

Refusal checkRegistration(const AccessRequest& request)
{
    const Operation& operation = request.operation;
    const RecordState* current = request.current;
    if (operation.kind == Operation::Kind::Command)
        return checkStep(request);
    if (!RegistrationWorkflow::roleMayAct(request.principal.role))
        return Refusal::of("forbidden", XS_MESSAGE("xs::AccessPolicy", "a %1 may not edit registrations")
                                            .arg(roleArgument(request.principal.role)));
    if (operation.kind == Operation::Kind::Delete)
        return request.principal.role == Role::Admin ||
                       (current && current->fields.value(QStringLiteral("state")).toString() ==
                                       QLatin1String("submitted"))
                   ? Refusal{}
                   : Refusal::of("invalid_state",
                                 XS_MESSAGE("xs::AccessPolicy",
                                            "only an application not yet accepted can be deleted"));
    if (!current || current->deleted)
        return {}; // a new application: the hub sets its procedure fields itself
    for (const QString& field : RegistrationWorkflow::commandOnlyFields()) {
        if (operation.fields.contains(field) && operation.fields.value(field) != current->fields.value(field))
            return Refusal::of(
                "invalid_state",
                XS_MESSAGE("xs::AccessPolicy", "\"%1\" changes only through registration steps").arg(field));
    }
    // What an amendment does is settled once it is decided: its record keeps what was applied.
    if (!RegistrationVocabulary::isOpen(current->fields.value(QStringLiteral("state")).toString())) {
        for (const char* field : {"type", "changes", "related_registration_id"}) {
            const QString name = QString::fromLatin1(field);
            if (operation.fields.contains(name) &&
                operation.fields.value(name) != current->fields.value(name))
                return Refusal::of(
                    "invalid_state",
                    XS_MESSAGE("xs::AccessPolicy", "\"%1\" is not changed once the application is decided")
                        .arg(name));
        }
    }
    return {};
}

// The registration type's rules on what an upsert stores: what an amendment may name and change,
// and the agreement a first registration follows, which must exist.
QList<FieldProblem> registrationRules(const RuleInput& input)
{
    QList<FieldProblem> problems = RegistrationAmendment::check(input);
    const QString agreement = input.next.fields.value(QStringLiteral("agreement_id")).toString();
    if (!agreement.isEmpty()) {
        const std::optional<RecordState> found =
            input.stored.find(QStringLiteral("grant_agreement"), agreement);
        if (!found || found->deleted)
            problems.append({QStringLiteral("agreement_id"),
                             XS_MESSAGE("xs::AccessPolicy", "the agreement does not exist on the hub")});
    }
    return problems;
}

Refusal checkDeadlineRule(const AccessRequest& request)
{
    if (request.principal.role != Role::Admin)
        return Refusal::of("forbidden",
                           XS_MESSAGE("xs::AccessPolicy", "only administrators set registration deadlines"));
    const Operation& operation = request.operation;
    if (operation.kind != Operation::Kind::Upsert)
        return {};
    Message problem;
    const std::optional<DeadlineRule> rule =
        DeadlineRule::fromRecordFields(fieldsAfter(request.current, operation), &problem);
    if (!rule)
        return Refusal::of("invalid", problem);
    if (operation.recordId != DeadlineRule::recordId(rule->step))
        return Refusal::of("invalid",
                           XS_MESSAGE("xs::AccessPolicy",
                                      "a deadline rule's record id must be the one derived from its step"));
    return {};
}

// ---- the files of an application's materials -------------------------------------------------

Refusal checkMaterial(const AccessRequest& request)
{
    if (!RegistrationWorkflow::roleMayAct(request.principal.role))
        return Refusal::of("forbidden",
                           XS_MESSAGE("xs::AccessPolicy", "a %1 may not add application materials")
                               .arg(roleArgument(request.principal.role)));
    return AttachmentRecords::keepsItsFile(request, XS_MESSAGE("xs::AccessPolicy",
                                                               "the file of a material is not replaced: add "
                                                               "the new file as another one"));
}

QList<FieldProblem> materialRules(const RuleInput& input)
{
    const QJsonObject& fields = input.next.fields;
    QList<FieldProblem> problems = AttachmentRecords::checkFile(fields);
    const QString material = fields.value(QStringLiteral("material")).toString();
    const std::optional<RecordState> registration = input.stored.find(
        RegistrationWorkflow::Entity, fields.value(QStringLiteral("registration_id")).toString());
    const QString type =
        registration ? registration->fields.value(QStringLiteral("type")).toString() : QString();
    if (!RegistrationVocabulary::materialsFor(type).contains(material))
        problems.append(
            {QStringLiteral("material"),
             XS_MESSAGE("xs::RegistrationWorkflow", "\"%1\" is not a material of this application.")
                 .arg(material.left(64))});
    return problems;
}

AuthorityDecision decideMaterial(const AccessRequest& request, AuthorityStore&, QString*)
{
    return {{}, AttachmentRecords::addedBy(request)}; // who may upload its bytes
}

} // namespace

QList<AccessRule> rules()
{
    AccessRule registration{RegistrationWorkflow::Entity, checkRegistration, true};
    registration.decide = &RegistrationAuthority::decide;
    registration.rules = &registrationRules;
    registration.rederivedAfter = {CalendarYear::Entity, RegistrationWorkflow::Entity};
    registration.rederive = &RegistrationAuthority::rederive;
    registration.steps = &RegistrationWorkflow::steps;
    registration.onNewDay = &RegistrationAuthority::lapseExpired;
    AccessRule material{RegistrationMaterials::Entity, checkMaterial};
    material.rules = &materialRules;
    material.decide = &decideMaterial;
    return {{DeadlineRule::Entity, checkDeadlineRule}, registration, material};
}

} // namespace xs::RegistrationAccess
