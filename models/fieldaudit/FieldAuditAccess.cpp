#include "models/fieldaudit/FieldAuditAccess.h"

#include "models/attachments/AttachmentRecords.h"
#include "models/common/Clock.h"
#include "models/fieldaudit/FieldAuditRules.h"
#include "models/fieldaudit/FieldAuditVocabulary.h"
#include "models/fieldaudit/FieldAuditWorkflow.h"
#include "models/journal/StepCheck.h"

namespace xs::FieldAuditAccess {

namespace {

namespace Flow = FieldAuditWorkflow;

QString stateOf(const RecordState* record)
{
    return record ? record->fields.value(Flow::StateField).toString() : QString();
}

bool isLive(const RecordState* record)
{
    return record && !record->deleted;
}

bool plans(Role role)
{
    return role == Role::Manager || role == Role::Admin;
}

bool assigned(const Principal& principal, const RecordState* task)
{
    return isLive(task) && Flow::auditorsOf(task->fields).contains(principal.user);
}

// ---- checklist templates -------------------------------------------------------------------

Refusal checkTemplate(const AccessRequest& request)
{
    const Operation& operation = request.operation;
    if (operation.kind == Operation::Kind::Command)
        return StepCheck::check(request, Flow::templateSteps(), Flow::StateField,
                                {"xs::FieldAuditVocabulary", FieldAuditVocabulary::templateStates()});
    if (request.principal.role != Role::Admin)
        return Refusal::of(
            "forbidden", XS_MESSAGE("xs::AccessPolicy", "only administrators maintain checklist templates"));
    if (isLive(request.current) && stateOf(request.current) != QLatin1String("draft"))
        return Refusal::of("invalid_state",
                           XS_MESSAGE("xs::AccessPolicy",
                                      "a published checklist is not changed: publish a new version instead"));
    return StepCheck::keepsStepFields(request, {Flow::StateField});
}

AuthorityDecision decideTemplate(const AccessRequest& request, AuthorityStore&, QString*)
{
    if (request.operation.kind == Operation::Kind::Command)
        return {{}, StepCheck::stateAfter(request, Flow::templateSteps(), Flow::StateField)};
    if (request.operation.kind == Operation::Kind::Upsert && !isLive(request.current))
        return {{}, {{Flow::StateField, QStringLiteral("draft")}}};
    return {};
}

// ---- tasks ---------------------------------------------------------------------------------

Refusal checkTaskStep(const AccessRequest& request)
{
    const Refusal refusal =
        StepCheck::check(request, Flow::taskSteps(), Flow::StateField,
                         {"xs::FieldAuditVocabulary", FieldAuditVocabulary::taskStates()});
    if (refusal.isRefused() || request.principal.role == Role::Admin)
        return refusal;
    const bool onTask = assigned(request.principal, request.current);
    if (Flow::mayGiveOnTask(request.operation.command, request.principal.role, onTask))
        return {};
    // Four eyes: whoever made the visit does not confirm it.
    return onTask ? Refusal::of("forbidden", XS_MESSAGE("xs::AccessPolicy",
                                                        "an auditor of the task cannot also review it"))
                  : Refusal::of("forbidden",
                                XS_MESSAGE("xs::AccessPolicy", "the task is assigned to other auditors"));
}

Refusal checkTask(const AccessRequest& request)
{
    const Operation& operation = request.operation;
    const Principal& principal = request.principal;
    if (operation.kind == Operation::Kind::Command)
        return checkTaskStep(request);
    const QString state = stateOf(request.current);
    if (operation.kind == Operation::Kind::Delete)
        return plans(principal.role) && state == QLatin1String("planned")
                   ? Refusal{}
                   : Refusal::of("forbidden", XS_MESSAGE("xs::AccessPolicy",
                                                         "only a planned task is deleted, by its planner"));
    if (const Refusal refusal = StepCheck::keepsStepFields(request, Flow::taskStepFields());
        refusal.isRefused())
        return refusal;
    if (isLive(request.current) && state != QLatin1String("planned") && state != QLatin1String("in_progress"))
        return Refusal::of("invalid_state",
                           XS_MESSAGE("xs::AccessPolicy", "a task under review or completed is not changed"));
    if (plans(principal.role))
        return {};
    // The auditors on site write the conclusion, and nothing else of the plan.
    if (principal.role == Role::Auditor && assigned(principal, request.current) &&
        state == QLatin1String("in_progress")) {
        for (auto it = operation.fields.constBegin(); it != operation.fields.constEnd(); ++it) {
            if (it.key() != QLatin1String("summary") && it.value() != request.current->fields.value(it.key()))
                return Refusal::of(
                    "forbidden", XS_MESSAGE("xs::AccessPolicy", "managers plan and assign tasks"), it.key());
        }
        return {};
    }
    return Refusal::of(
        "forbidden",
        XS_MESSAGE("xs::AccessPolicy", "a %1 may not plan field audits").arg(roleArgument(principal.role)));
}

AuthorityDecision decideTask(const AccessRequest& request, AuthorityStore& hub, QString*)
{
    const Operation& operation = request.operation;
    const QString today = hub.clock().today().toString(Qt::ISODate);
    if (operation.kind == Operation::Kind::Upsert && !isLive(request.current))
        return {{},
                {{Flow::StateField, QStringLiteral("planned")},
                 {QStringLiteral("started_on"), QJsonValue::Null},
                 {QStringLiteral("submitted_on"), QJsonValue::Null},
                 {QStringLiteral("completed_on"), QJsonValue::Null},
                 {QStringLiteral("reviewed_by"), QJsonValue::Null},
                 {QStringLiteral("review_note"), QJsonValue::Null}}};
    if (operation.kind != Operation::Kind::Command)
        return {};
    QJsonObject effect = StepCheck::stateAfter(request, Flow::taskSteps(), Flow::StateField);
    const QString& command = operation.command;
    if (command == QLatin1String("start"))
        effect.insert(QStringLiteral("started_on"), today);
    else if (command == QLatin1String("submit"))
        effect.insert(QStringLiteral("submitted_on"), today);
    if (command == QLatin1String("return") || command == QLatin1String("confirm")) {
        effect.insert(QStringLiteral("reviewed_by"), request.principal.user);
        const QString note =
            command == QLatin1String("return") ? QStringLiteral("reason") : QStringLiteral("note");
        effect.insert(QStringLiteral("review_note"), operation.arguments.value(note).toString());
    }
    if (command == QLatin1String("confirm"))
        effect.insert(QStringLiteral("completed_on"), today);
    return {{}, effect};
}

// ---- answers and findings ------------------------------------------------------------------

Refusal checkVisitTask(const Principal& principal, const RecordState* task)
{
    if (!isLive(task))
        return Refusal::of("not_found",
                           XS_MESSAGE("xs::AccessPolicy", "the audit task does not exist on the hub"));
    if (principal.role != Role::Admin && !(principal.role == Role::Auditor && assigned(principal, task)))
        return Refusal::of("forbidden",
                           XS_MESSAGE("xs::AccessPolicy", "the task is assigned to other auditors"));
    if (stateOf(task) != QLatin1String("in_progress"))
        return Refusal::of(
            "invalid_state",
            XS_MESSAGE("xs::AccessPolicy", "the visit is recorded while the task is in progress"));
    return {};
}

// What is recorded on site is recorded by the task's auditors while the visit is in progress: on
// the task the record is under now, and the one it would be under.
Refusal checkVisitRecord(const AccessRequest& request)
{
    if (const Refusal refusal = checkVisitTask(request.principal, request.parentEntry); refusal.isRefused())
        return refusal;
    return request.parentEntryBefore ? checkVisitTask(request.principal, request.parentEntryBefore)
                                     : Refusal{};
}

// ---- evidence ------------------------------------------------------------------------------

// Recorded like answers; and the file a record names is fixed once it is there: another photo is
// another record, so what a reviewer verified never changes under them.
Refusal checkEvidence(const AccessRequest& request)
{
    if (const Refusal refusal = checkVisitRecord(request); refusal.isRefused())
        return refusal;
    return AttachmentRecords::keepsItsFile(
        request, XS_MESSAGE("xs::AccessPolicy", "the file of a piece of evidence is not replaced: "
                                                "add the new file as new evidence"));
}

AuthorityDecision decideEvidence(const AccessRequest& request, AuthorityStore&, QString*)
{
    // Who added it is who may upload its bytes (hub/PROTOCOL.md, Attachments).
    return {{}, AttachmentRecords::addedBy(request)};
}

} // namespace

QList<AccessRule> rules()
{
    AccessRule checklist{Flow::TemplateEntity, checkTemplate, true};
    checklist.decide = decideTemplate;
    checklist.rules = FieldAuditRules::checkTemplate;
    checklist.steps = &Flow::templateSteps;

    AccessRule task{Flow::TaskEntity, checkTask, true};
    task.managersPlan = true;
    task.decide = decideTask;
    task.rules = FieldAuditRules::checkTask;
    task.steps = &Flow::taskSteps;

    AccessRule answer{Flow::AnswerEntity, checkVisitRecord};
    answer.rules = FieldAuditRules::checkAnswer;
    AccessRule finding{Flow::FindingEntity, checkVisitRecord};
    finding.rules = FieldAuditRules::checkFinding;
    AccessRule evidence{Flow::EvidenceEntity, checkEvidence};
    evidence.rules = FieldAuditRules::checkEvidence;
    evidence.decide = decideEvidence;
    return {checklist, task, answer, finding, evidence};
}

} // namespace xs::FieldAuditAccess
