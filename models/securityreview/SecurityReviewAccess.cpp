#include "models/securityreview/SecurityReviewAccess.h"

#include "models/catalog/CatalogVocabulary.h"
#include "models/common/Clock.h"
#include "models/fieldaudit/FieldAuditWorkflow.h"
#include "models/journal/StepCheck.h"
#include "models/securityreview/SecurityReviewWorkflow.h"

namespace xs::SecurityReviewAccess {

namespace {

namespace Flow = SecurityReviewWorkflow;

QString text(const QJsonObject& fields, const char* name)
{
    return fields.value(QLatin1String(name)).toString();
}

QStringList templateCodes(const QJsonObject& checklist)
{
    QStringList codes;
    for (const QJsonObject& item : FieldAuditWorkflow::itemsOf(checklist))
        codes << item.value(QStringLiteral("code")).toString();
    return codes;
}

std::optional<RecordState> liveRecord(const StoredRecords& store, const QString& entity, const QString& id)
{
    std::optional<RecordState> record = store.find(entity, id);
    if (record && record->deleted)
        return std::nullopt;
    return record;
}

Refusal checkReview(const AccessRequest& request)
{
    const Operation& operation = request.operation;
    const Principal& principal = request.principal;
    if (operation.kind == Operation::Kind::Command)
        return StepCheck::check(request, Flow::steps(), Flow::StateField,
                                {"xs::SecurityReviewWorkflow", Flow::states()});
    if (operation.kind == Operation::Kind::Delete)
        return principal.role == Role::Admin
                   ? Refusal{}
                   : Refusal::of("forbidden", XS_MESSAGE("xs::AccessPolicy",
                                                         "only administrators delete security reviews"));
    if (!Flow::mayReview(principal.role))
        return Refusal::of("forbidden", XS_MESSAGE("xs::AccessPolicy", "a %1 may not make security reviews")
                                            .arg(roleArgument(principal.role)));
    const RecordState* current = request.current;
    if (!current || current->deleted)
        return {};
    if (text(current->fields, "state") != QLatin1String("in_progress"))
        return Refusal::of("invalid_state",
                           XS_MESSAGE("xs::AccessPolicy", "a concluded security review is never changed"));
    const QJsonObject after = fieldsAfter(current, operation);
    for (const char* fixed : {"subject_entity", "subject_id", "template_id"}) {
        if (text(after, fixed) != text(current->fields, fixed))
            return Refusal::of(
                "invalid",
                XS_MESSAGE("xs::AccessPolicy", "start a new review for another subject or checklist"),
                QString::fromLatin1(fixed));
    }
    return StepCheck::keepsStepFields(request, Flow::stepFields());
}

AuthorityDecision decideReview(const AccessRequest& request, AuthorityStore& hub, QString*)
{
    const Operation& operation = request.operation;
    if (operation.kind == Operation::Kind::Delete)
        return {};
    const QString today = hub.clock().today().toString(Qt::ISODate);
    if (operation.kind == Operation::Kind::Upsert) {
        if (request.current && !request.current->deleted)
            return {};
        const QJsonObject after = fieldsAfter(request.current, operation);
        const std::optional<RecordState> checklist =
            hub.find(FieldAuditWorkflow::TemplateEntity, text(after, "template_id"));
        QJsonObject effect{
            {Flow::StateField, QStringLiteral("in_progress")},
            {QStringLiteral("template_version"),
             checklist ? checklist->fields.value(QStringLiteral("template_version")) : QJsonValue()},
            {QStringLiteral("opened_by"), request.principal.user},
            {QStringLiteral("opened_on"), today}};
        for (const QString& field : Flow::stepFields()) {
            if (!effect.contains(field))
                effect.insert(field, QJsonValue::Null);
        }
        return {{}, effect};
    }
    const QJsonObject& review = request.current->fields;
    const std::optional<RecordState> checklist =
        hub.find(FieldAuditWorkflow::TemplateEntity, text(review, "template_id"));
    if (const Message problem =
            Flow::checkConclusion(operation.command, Flow::answersOf(review),
                                  checklist ? templateCodes(checklist->fields) : QStringList());
        !problem.isEmpty())
        return {Refusal::of("invalid_state", problem, QStringLiteral("answers")), {}};
    QJsonObject effect = StepCheck::stateAfter(request, Flow::steps(), Flow::StateField);
    effect.insert(QStringLiteral("conclusion"), Flow::conclusionOf(operation.command));
    effect.insert(QStringLiteral("opinion"), operation.arguments.value(QStringLiteral("opinion")).toString());
    effect.insert(QStringLiteral("concluded_by"), request.principal.user);
    effect.insert(QStringLiteral("concluded_on"), today);
    return {{}, effect};
}

// What a review must name: a conditional sharing request or an agreement that exists, and a
// published security-review checklist; its answers must fit that checklist.
QList<FieldProblem> reviewRules(const RuleInput& input)
{
    const QJsonObject& review = input.next.fields;
    QList<FieldProblem> problems;
    const QString subjectEntity = text(review, "subject_entity");
    const std::optional<RecordState> subject =
        liveRecord(input.stored, subjectEntity, text(review, "subject_id"));
    if (!subject)
        problems.append(
            {QStringLiteral("subject_id"),
             XS_MESSAGE("xs::SecurityReviewWorkflow", "the request or agreement reviewed is not known")});
    else if (subjectEntity == Flow::SharingSubject &&
             text(subject->fields, "share_attribute") != CatalogVocabulary::conditionalShare())
        problems.append({QStringLiteral("subject_id"),
                         XS_MESSAGE("xs::SecurityReviewWorkflow",
                                    "only a request for conditionally shared data is reviewed")});
    // A review is opened on a published checklist, and keeps it when the checklist is retired later.
    const std::optional<RecordState> checklist =
        liveRecord(input.stored, FieldAuditWorkflow::TemplateEntity, text(review, "template_id"));
    const std::optional<RecordState> stored = liveRecord(input.stored, Flow::Entity, input.next.id);
    const QString checklistState = checklist ? text(checklist->fields, "state") : QString();
    if (!checklist || text(checklist->fields, "kind") != Flow::TemplateKind ||
        checklistState == QLatin1String("draft") ||
        (!stored && checklistState != QLatin1String("published"))) {
        problems.append(
            {QStringLiteral("template_id"),
             XS_MESSAGE("xs::SecurityReviewWorkflow", "choose a published security-review checklist")});
        return problems;
    }
    if (const Message answers = Flow::checkAnswers(Flow::answersOf(review), templateCodes(checklist->fields));
        !answers.isEmpty())
        problems.append({QStringLiteral("answers"), answers});
    return problems;
}

} // namespace

Refusal requirePassingReview(const StoredRecords& store, const QString& subjectEntity,
                             const QString& subjectId)
{
    // The latest conclusion by its date, then by when it was written (a review is never changed
    // after it is concluded, so that is when it was concluded).
    QString latestOn;
    QString latestAt;
    QString latestConclusion;
    for (const RecordState& review : store.liveWith(Flow::Entity, QStringLiteral("subject_id"), subjectId)) {
        const QJsonObject& fields = review.fields;
        if (text(fields, "subject_entity") != subjectEntity ||
            text(fields, "state") != QLatin1String("concluded"))
            continue;
        const QString on = text(fields, "concluded_on");
        const QString conclusion = text(fields, "conclusion");
        const auto key = std::pair(on, review.updatedAt);
        const auto latest = std::pair(latestOn, latestAt);
        if (key > latest || (key == latest && !Flow::isPassing(conclusion))) {
            latestOn = on;
            latestAt = review.updatedAt;
            latestConclusion = conclusion;
        }
    }
    if (latestOn.isEmpty())
        return Refusal::of("invalid_state",
                           XS_MESSAGE("xs::SecurityReviewWorkflow",
                                      "a security risk assessment and conformity review must pass first"));
    if (!Flow::isPassing(latestConclusion))
        return Refusal::of("invalid_state",
                           XS_MESSAGE("xs::SecurityReviewWorkflow",
                                      "the latest security review failed (%1): a new review must pass first")
                               .arg(latestOn));
    return {};
}

QList<AccessRule> rules()
{
    AccessRule review{Flow::Entity, checkReview, true};
    review.decide = decideReview;
    review.rules = reviewRules;
    review.steps = &Flow::steps;
    return {review};
}

} // namespace xs::SecurityReviewAccess
