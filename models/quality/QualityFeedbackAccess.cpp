#include "models/quality/QualityFeedbackAccess.h"

#include "models/common/Clock.h"
#include "models/journal/StepCheck.h"
#include "models/quality/QualityFeedbackWorkflow.h"
#include "models/rectification/RectificationWorkflow.h"

#include <algorithm>

namespace xs::QualityFeedbackAccess {

namespace {

namespace Flow = QualityFeedbackWorkflow;

QString text(const QJsonObject& fields, const char* name)
{
    return fields.value(QLatin1String(name)).toString();
}

Refusal checkFeedback(const AccessRequest& request)
{
    const Operation& operation = request.operation;
    const Principal& principal = request.principal;
    if (operation.kind == Operation::Kind::Command)
        return StepCheck::check(request, Flow::steps(), Flow::StateField,
                                {"xs::QualityFeedbackWorkflow", Flow::states()});
    if (operation.kind == Operation::Kind::Delete)
        return principal.role == Role::Admin
                   ? Refusal{}
                   : Refusal::of("forbidden", XS_MESSAGE("xs::AccessPolicy",
                                                         "only administrators delete quality feedback"));
    if (!Flow::mayFile(principal.role))
        return Refusal::of("forbidden", XS_MESSAGE("xs::AccessPolicy", "a %1 may not file quality feedback")
                                            .arg(roleArgument(principal.role)));
    // A department's people file in its name; the data department and auditors for whoever told them.
    const QJsonObject after = fieldsAfter(request.current, operation);
    if (principal.role == Role::Cataloguer && text(after, "requester_code") != principal.department)
        return Refusal::of(
            "forbidden",
            XS_MESSAGE("xs::AccessPolicy", "a department files quality feedback in its own name"),
            QStringLiteral("requester_code"));
    const RecordState* current = request.current;
    if (current && !current->deleted) {
        if (text(current->fields, "state") != Flow::initialState())
            return Refusal::of(
                "invalid_state",
                XS_MESSAGE("xs::AccessPolicy", "feedback is corrected only before it is verified"));
        if (text(after, "entry_id") != text(current->fields, "entry_id"))
            return Refusal::of("invalid",
                               XS_MESSAGE("xs::AccessPolicy", "file new feedback for another resource"),
                               QStringLiteral("entry_id"));
    }
    return current ? StepCheck::keepsStepFields(request, Flow::stepFields()) : Refusal{};
}

// Corrected means the provider's rectification was accepted and closed: every order that follows
// this feedback, and there is at least one.
Refusal checkCorrected(const QString& feedbackId, const AuthorityStore& hub)
{
    QList<RecordState> orders =
        hub.liveWith(RectificationWorkflow::Entity, QStringLiteral("subject_id"), feedbackId);
    orders.removeIf(
        [](const RecordState& order) { return text(order.fields, "subject_entity") != Flow::Entity; });
    if (orders.isEmpty())
        return Refusal::of("invalid_state", XS_MESSAGE("xs::QualityFeedbackWorkflow",
                                                       "no rectification order has this feedback corrected"));
    if (!std::ranges::all_of(orders, [](const RecordState& order) {
            return text(order.fields, "state") == QLatin1String("closed");
        }))
        return Refusal::of("invalid_state", XS_MESSAGE("xs::QualityFeedbackWorkflow",
                                                       "the provider's rectification is not closed yet"));
    return {};
}

AuthorityDecision decideFeedback(const AccessRequest& request, AuthorityStore& hub, QString*)
{
    const Operation& operation = request.operation;
    if (operation.kind == Operation::Kind::Delete)
        return {};
    const QString today = hub.clock().today().toString(Qt::ISODate);
    if (operation.kind == Operation::Kind::Upsert) {
        if (request.current && !request.current->deleted)
            return {};
        const QJsonObject after = fieldsAfter(request.current, operation);
        const std::optional<RecordState> entry =
            hub.find(QStringLiteral("catalog_entry"), text(after, "entry_id"));
        QJsonObject effect{
            {Flow::StateField, Flow::initialState()},
            {QStringLiteral("provider_code"), entry ? text(entry->fields, "department_code") : QString()},
            {QStringLiteral("filed_by"), request.principal.user},
            {QStringLiteral("filed_on"), today}};
        for (const QString& field : Flow::stepFields()) {
            if (!effect.contains(field))
                effect.insert(field, QJsonValue::Null);
        }
        return {{}, effect};
    }
    const QString& command = operation.command;
    if (command == QLatin1String("mark_corrected")) {
        if (const Refusal refusal = checkCorrected(operation.recordId, hub); refusal.isRefused())
            return {refusal, {}};
    }
    QJsonObject effect = StepCheck::stateAfter(request, Flow::steps(), Flow::StateField);
    if (command == QLatin1String("uphold") || command == QLatin1String("reject")) {
        effect.insert(
            QStringLiteral("verification_note"),
            operation.arguments
                .value(command == QLatin1String("uphold") ? QStringLiteral("note") : QStringLiteral("reason"))
                .toString());
        effect.insert(QStringLiteral("decided_by"), request.principal.user);
        effect.insert(QStringLiteral("decided_on"), today);
    } else if (command == QLatin1String("feed_back")) {
        effect.insert(QStringLiteral("result"), operation.arguments.value(QStringLiteral("result")));
        effect.insert(QStringLiteral("closed_on"), today);
    }
    return {{}, effect};
}

// What feedback must name: a published resource, one of its data items when it names one, a known
// department, and one of the four dimensions.
QList<FieldProblem> feedbackRules(const RuleInput& input)
{
    const QJsonObject& feedback = input.next.fields;
    QList<FieldProblem> problems;
    const QString entryId = text(feedback, "entry_id");
    const std::optional<RecordState> entry = input.stored.find(QStringLiteral("catalog_entry"), entryId);
    if (!entry || entry->deleted || text(entry->fields, "status") != QLatin1String("published"))
        problems.append(
            {QStringLiteral("entry_id"),
             XS_MESSAGE("xs::QualityFeedbackWorkflow", "feedback is filed on a published resource")});
    const QString item = text(feedback, "item_name");
    if (entry && !item.isEmpty()) {
        const QList<RecordState> items =
            input.stored.liveWith(QStringLiteral("data_item"), QStringLiteral("entry_id"), entryId);
        if (std::ranges::none_of(
                items, [&](const RecordState& candidate) { return text(candidate.fields, "name") == item; }))
            problems.append({QStringLiteral("item_name"),
                             XS_MESSAGE("xs::QualityFeedbackWorkflow", "the resource has no data item \"%1\"")
                                 .arg(item.left(200))});
    }
    if (input.stored
            .liveWith(QStringLiteral("department"), QStringLiteral("code"), text(feedback, "requester_code"))
            .isEmpty())
        problems.append({QStringLiteral("requester_code"),
                         XS_MESSAGE("xs::QualityFeedbackWorkflow", "the filing department is not known")});
    const QString dimension = text(feedback, "dimension");
    if (!vocabularyCodes(Flow::dimensions()).contains(dimension))
        problems.append(
            {QStringLiteral("dimension"),
             XS_MESSAGE("xs::QualityFeedbackWorkflow", "choose one of the four quality dimensions")});
    return problems;
}

} // namespace

QList<AccessRule> rules()
{
    AccessRule feedback{Flow::Entity, checkFeedback, true};
    feedback.decide = decideFeedback;
    feedback.rules = feedbackRules;
    feedback.steps = &Flow::steps;
    return {feedback};
}

} // namespace xs::QualityFeedbackAccess
