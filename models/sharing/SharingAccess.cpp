#include "models/sharing/SharingAccess.h"

#include "models/calendar/CalendarRepository.h"
#include "models/calendar/CalendarYear.h"
#include "models/calendar/ProvisionalRecount.h"
#include "models/catalog/CatalogVocabulary.h"
#include "models/common/Clock.h"
#include "models/journal/StepCheck.h"
#include "models/securityreview/SecurityReviewAccess.h"
#include "models/sharing/SharingWorkflow.h"

namespace xs::SharingAccess {

namespace {

namespace Flow = SharingWorkflow;

const QString EntryEntity = QStringLiteral("catalog_entry");

QString text(const QJsonObject& fields, const char* name)
{
    return fields.value(QLatin1String(name)).toString();
}

// A department's staff act on its own side of a request only: the provider's steps by the
// department holding the data, the requester's by the one asking. Administrators act for either.
Refusal checkSide(const AccessRequest& request)
{
    const Principal& principal = request.principal;
    if (principal.role == Role::Admin)
        return {};
    const bool provider = Flow::providerGives(request.operation.command);
    const QString side = text(request.current->fields, provider ? "provider_code" : "requester_code");
    if (principal.department.isEmpty() || principal.department != side)
        return Refusal::of(
            "forbidden", provider
                             ? XS_MESSAGE("xs::AccessPolicy", "only the department holding the data answers "
                                                              "this sharing request")
                             : XS_MESSAGE("xs::AccessPolicy", "only the requesting department supplies "
                                                              "material for or withdraws this request"));
    return {};
}

// What one step asks of the record beyond its state: one notice of missing material, one
// extension of a conditional request's reply period, by a number of days the rule allows.
Refusal checkStepRules(const AccessRequest& request)
{
    const QString& command = request.operation.command;
    const QJsonObject& current = request.current->fields;
    Message problem;
    if (command == QLatin1String("request_material")) {
        problem = Flow::checkMaterialNotice(current);
    } else if (command == QLatin1String("extend")) {
        problem = Flow::checkExtension(current);
        bool number = false;
        const int days = request.operation.arguments.value(QStringLiteral("working_days"))
                             .toString()
                             .trimmed()
                             .toInt(&number);
        if (const Message wrongDays = Flow::checkExtensionDays(number ? days : 0);
            problem.isEmpty() && !wrongDays.isEmpty())
            return Refusal::of("invalid", wrongDays, QStringLiteral("working_days"));
    }
    return problem.isEmpty() ? Refusal{} : Refusal::of("invalid_state", problem);
}

Refusal checkRequest(const AccessRequest& request)
{
    const Operation& operation = request.operation;
    const Principal& principal = request.principal;
    if (operation.kind == Operation::Kind::Command) {
        Refusal refusal = StepCheck::check(request, Flow::steps(), Flow::StateField,
                                           {"xs::SharingWorkflow", Flow::states()});
        if (!refusal.isRefused())
            refusal = checkSide(request);
        return refusal.isRefused() ? refusal : checkStepRules(request);
    }
    if (operation.kind == Operation::Kind::Delete)
        return principal.role == Role::Admin
                   ? Refusal{}
                   : Refusal::of("forbidden", XS_MESSAGE("xs::AccessPolicy",
                                                         "only administrators delete sharing requests"));
    if (principal.role != Role::Cataloguer && principal.role != Role::Admin)
        return Refusal::of("forbidden", XS_MESSAGE("xs::AccessPolicy", "a %1 may not ask for shared data")
                                            .arg(roleArgument(principal.role)));
    const QJsonObject after = fieldsAfter(request.current, operation);
    if (principal.role != Role::Admin && text(after, "requester_code") != principal.department)
        return Refusal::of(
            "forbidden", XS_MESSAGE("xs::AccessPolicy", "a department asks for shared data in its own name"),
            QStringLiteral("requester_code"));
    const RecordState* current = request.current;
    if (!current || current->deleted)
        return {};
    // The request as sent is what the provider answers: it changes only while material is asked
    // for, and never to another resource or requester.
    if (text(current->fields, "state") != QLatin1String("material_requested"))
        return Refusal::of("invalid_state",
                           XS_MESSAGE("xs::AccessPolicy", "a sharing request is changed only to supply "
                                                          "requested material"));
    for (const char* fixed : {"entry_id", "requester_code"}) {
        if (text(after, fixed) != text(current->fields, fixed))
            return Refusal::of("invalid",
                               XS_MESSAGE("xs::AccessPolicy", "ask again for another resource or department"),
                               QLatin1String(fixed));
    }
    return StepCheck::keepsStepFields(request, Flow::stepFields());
}

QJsonObject firstSubmission(const AccessRequest& request, AuthorityStore& hub)
{
    const QJsonObject after = fieldsAfter(request.current, request.operation);
    const std::optional<RecordState> entry = hub.find(EntryEntity, text(after, "entry_id"));
    const QString attribute = entry ? text(entry->fields, "share_attribute") : QString();
    const QDate today = hub.clock().today();
    QJsonObject effect{
        {Flow::StateField, Flow::initialState()},
        {QStringLiteral("provider_code"), entry ? text(entry->fields, "department_code") : QString()},
        {QStringLiteral("share_attribute"), attribute},
        {QStringLiteral("requested_by"), request.principal.user},
        {QStringLiteral("submitted_on"), today.toString(Qt::ISODate)}};
    for (const QString& field : Flow::stepFields()) {
        if (!effect.contains(field))
            effect.insert(field, QJsonValue::Null);
    }
    writeDeadline(effect, "reply_due", hubDeadline(hub, today, Flow::replyDays(attribute)));
    return effect;
}

AuthorityDecision decideRequest(const AccessRequest& request, AuthorityStore& hub, QString*)
{
    const Operation& operation = request.operation;
    if (operation.kind == Operation::Kind::Delete)
        return {};
    if (operation.kind == Operation::Kind::Upsert)
        return {{},
                !request.current || request.current->deleted ? firstSubmission(request, hub) : QJsonObject()};
    const QJsonObject& current = request.current->fields;
    const QJsonObject& arguments = operation.arguments;
    const QDate today = hub.clock().today();
    const QString isoToday = today.toString(Qt::ISODate);
    const QString& command = operation.command;
    // Conditionally shared data is used only after a passing security review (HN25 item 20).
    if (command == QLatin1String("approve") &&
        text(current, "share_attribute") == CatalogVocabulary::conditionalShare()) {
        if (Refusal refusal =
                SecurityReviewAccess::requirePassingReview(hub, Flow::Entity, operation.recordId);
            refusal.isRefused())
            return {refusal, {}};
    }
    QJsonObject effect = StepCheck::stateAfter(request, Flow::steps(), Flow::StateField);
    if (command == QLatin1String("request_material")) {
        effect.insert(QStringLiteral("material_notice"), arguments.value(QStringLiteral("material")));
        effect.insert(QStringLiteral("material_noticed_on"), isoToday);
    } else if (command == QLatin1String("resubmit")) {
        // The reply period runs again, whole, from the day the material arrives.
        effect.insert(QStringLiteral("supplement"), arguments.value(QStringLiteral("supplement")));
        effect.insert(QStringLiteral("submitted_on"), isoToday);
        writeDeadline(effect, "reply_due",
                      hubDeadline(hub, today, Flow::replyDays(text(current, "share_attribute"))));
    } else if (command == QLatin1String("extend")) {
        const int days = arguments.value(QStringLiteral("working_days")).toString().trimmed().toInt();
        const QDate due = QDate::fromString(text(current, "reply_due_on"), Qt::ISODate);
        effect.insert(QStringLiteral("extension_days"), days);
        effect.insert(QStringLiteral("extension_reason"), arguments.value(QStringLiteral("reason")));
        writeDeadline(effect, "reply_due", hubDeadline(hub, due.isValid() ? due : today, days));
    } else if (command == QLatin1String("approve") || command == QLatin1String("refuse") ||
               command == QLatin1String("withdraw")) {
        const QString reason =
            command == QLatin1String("approve") ? QStringLiteral("note") : QStringLiteral("reason");
        effect.insert(QStringLiteral("decision_reason"), arguments.value(reason).toString());
        effect.insert(QStringLiteral("decided_by"), request.principal.user);
        effect.insert(QStringLiteral("decided_on"), isoToday);
        if (command == QLatin1String("approve"))
            writeDeadline(effect, "delivery_due", hubDeadline(hub, today, Flow::DeliveryDays));
    } else if (command == QLatin1String("deliver")) {
        effect.insert(QStringLiteral("delivered_on"), isoToday);
        effect.insert(QStringLiteral("delivery_note"), arguments.value(QStringLiteral("note")));
    }
    return {{}, effect};
}

// What a request must name: a published resource of the sharing catalog that is shared at all,
// held by another department than the one asking.
QList<FieldProblem> requestRules(const RuleInput& input)
{
    const QJsonObject& request = input.next.fields;
    QList<FieldProblem> problems;
    const std::optional<RecordState> entry = input.stored.find(EntryEntity, text(request, "entry_id"));
    if (!entry || entry->deleted || text(entry->fields, "status") != QLatin1String("published") ||
        !entry->fields.value(QStringLiteral("in_share_catalog")).toBool())
        problems.append({QStringLiteral("entry_id"),
                         XS_MESSAGE("xs::SharingWorkflow",
                                    "only a published resource of the sharing catalog can be asked for")});
    else if (text(entry->fields, "share_attribute") == CatalogVocabulary::noShare())
        problems.append({QStringLiteral("entry_id"),
                         XS_MESSAGE("xs::SharingWorkflow", "the resource is not shared (不予共享): %1")
                             .arg(text(entry->fields, "no_share_reason"))});
    else if (text(entry->fields, "department_code") == text(request, "requester_code"))
        problems.append(
            {QStringLiteral("requester_code"),
             XS_MESSAGE("xs::SharingWorkflow", "a department does not ask itself for its own data")});
    const QString requester = text(request, "requester_code");
    if (input.stored.liveWith(QStringLiteral("department"), QStringLiteral("code"), requester).isEmpty())
        problems.append({QStringLiteral("requester_code"),
                         XS_MESSAGE("xs::SharingWorkflow", "the requesting department is not known")});
    const QString method = text(request, "share_method");
    if (!method.isEmpty() && !CatalogVocabulary::shareMethods().contains(method))
        problems.append({QStringLiteral("share_method"),
                         XS_MESSAGE("xs::SharingWorkflow", "choose one of the sharing methods")});
    return problems;
}

// The reply counts from the (last) submission, with its one extension; delivery from approval.
std::optional<std::pair<QDate, int>> replyBasis(const QJsonObject& request)
{
    if (text(request, "state") != QLatin1String("submitted"))
        return std::nullopt;
    return std::pair(QDate::fromString(text(request, "submitted_on"), Qt::ISODate),
                     Flow::replyDays(text(request, "share_attribute")) +
                         request.value(QStringLiteral("extension_days")).toInt());
}

std::optional<std::pair<QDate, int>> deliveryBasis(const QJsonObject& request)
{
    if (text(request, "state") != QLatin1String("approved"))
        return std::nullopt;
    return std::pair(QDate::fromString(text(request, "decided_on"), Qt::ISODate), Flow::DeliveryDays);
}

std::optional<QList<Rederived>> recountProvisional(const Principal&, AuthorityStore& hub,
                                                   const QSet<QString>&, QString*)
{
    return recountProvisionalDeadlines(hub, Flow::Entity,
                                       {{"reply_due_on", "reply_due_provisional", replyBasis},
                                        {"delivery_due_on", "delivery_due_provisional", deliveryBasis}});
}

// A usage record is the requesting department's account of what it did with delivered data: only
// that department writes one, on a delivered request, once; nobody deletes it in its first three
// years (an administrator may after).
Refusal checkUsage(const AccessRequest& request)
{
    const Operation& operation = request.operation;
    const Principal& principal = request.principal;
    const RecordState* current = request.current;
    if (operation.kind ==
        Operation::Kind::Delete) // and only after three years: decideUsage, by the hub's date
        return principal.role == Role::Admin
                   ? Refusal{}
                   : Refusal::of("forbidden",
                                 XS_MESSAGE("xs::AccessPolicy", "only administrators delete usage records"));
    if (current && !current->deleted)
        return Refusal::of("invalid_state", XS_MESSAGE("xs::AccessPolicy",
                                                       "a usage record is kept as written: add a new one"));
    if (principal.role != Role::Cataloguer && principal.role != Role::Admin)
        return Refusal::of("forbidden",
                           XS_MESSAGE("xs::AccessPolicy", "a %1 may not record the use of shared data")
                               .arg(roleArgument(principal.role)));
    const RecordState* shared = request.parentEntry;
    if (!shared || shared->deleted)
        return Refusal::of("not_found", XS_MESSAGE("xs::AccessPolicy", "the sharing request does not exist"),
                           QStringLiteral("request_id"));
    if (principal.role != Role::Admin && text(shared->fields, "requester_code") != principal.department)
        return Refusal::of(
            "forbidden",
            XS_MESSAGE("xs::AccessPolicy", "only the requesting department records its use of the data"));
    if (text(shared->fields, "state") != QLatin1String("delivered"))
        return Refusal::of("invalid_state", XS_MESSAGE("xs::AccessPolicy",
                                                       "use is recorded once the data has been delivered"));
    return {};
}

AuthorityDecision decideUsage(const AccessRequest& request, AuthorityStore& hub, QString*)
{
    const QDate today = hub.clock().today();
    if (request.operation.kind == Operation::Kind::Delete) {
        if (!request.current)
            return {};
        const QDate used = QDate::fromString(text(request.current->fields, "used_on"), Qt::ISODate);
        if (used.addYears(Flow::UsageKeptYears) > today)
            return {Refusal::of(
                        "invalid_state",
                        XS_MESSAGE("xs::AccessPolicy", "usage records are kept %1 years: this one until %2")
                            .arg(Flow::UsageKeptYears)
                            .arg(used.addYears(Flow::UsageKeptYears).toString(Qt::ISODate))),
                    {}};
        return {};
    }
    const QJsonObject after = fieldsAfter(request.current, request.operation);
    const QDate used = QDate::fromString(text(after, "used_on"), Qt::ISODate);
    const QDate delivered =
        request.parentEntry
            ? QDate::fromString(text(request.parentEntry->fields, "delivered_on"), Qt::ISODate)
            : QDate();
    if (used > today || (delivered.isValid() && used < delivered))
        return {Refusal::of("invalid",
                            XS_MESSAGE("xs::AccessPolicy", "the data is used between its delivery and today"),
                            QStringLiteral("used_on")),
                {}};
    return {{},
            {{QStringLiteral("recorded_by"), request.principal.user},
             {QStringLiteral("recorded_on"), today.toString(Qt::ISODate)}}};
}

} // namespace

QList<AccessRule> rules()
{
    AccessRule request{Flow::Entity, checkRequest, true};
    request.decide = decideRequest;
    request.rules = requestRules;
    request.steps = &Flow::steps;
    request.rederivedAfter = {CalendarYear::Entity};
    request.rederive = recountProvisional;
    AccessRule usage{Flow::UsageEntity, checkUsage, false};
    usage.decide = decideUsage;
    return {request, usage};
}

} // namespace xs::SharingAccess
