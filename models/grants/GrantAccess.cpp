#include "models/grants/GrantAccess.h"

#include "models/common/Clock.h"
#include "models/grants/AgreementScope.h"
#include "models/grants/GrantRecordTypes.h"
#include "models/grants/GrantRules.h"
#include "models/grants/GrantVocabulary.h"
#include "models/pricing/CapSignOff.h"
#include "models/pricing/PricingRecordTypes.h"
#include "models/pricing/PricingRecords.h"
#include "models/pricing/PricingRules.h"
#include "models/securityreview/SecurityReviewAccess.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace xs::GrantAccess {

namespace {

const QString Plan = QStringLiteral("grant_plan");
const QString Agreement = QStringLiteral("grant_agreement");
const QString Product = QStringLiteral("grant_product");

// Refusals are translated where they are read: the hub sends them in no language.
Message tr(const char* text)
{
    return Message("xs::GrantAccess", text);
}

Refusal refuse(const char* code, Message message, const QString& field = {})
{
    return {QString::fromLatin1(code), std::move(message), field};
}

/// Fields that only steps set: an edit may not change them.
QStringList stepFields(const QString& entity)
{
    if (entity == Plan)
        return {QStringLiteral("state"), QStringLiteral("reference")};
    if (entity == Agreement)
        return {QStringLiteral("state"), QStringLiteral("handover")};
    if (entity == Product)
        return CapSignOff::stepFields();
    return {};
}

Refusal firstError(const QList<GrantRules::FieldMessage>& messages)
{
    for (const GrantRules::FieldMessage& message : messages) {
        if (!message.warning)
            return refuse("invalid", message.message, message.field);
    }
    return {};
}

QList<GrantRules::FieldMessage> checkShares(const QJsonObject& agreement)
{
    const QString field = QStringLiteral("revenue_shares");
    const QString text = agreement.value(field).toString();
    if (text.trimmed().isEmpty())
        return {};
    QList<PricingRules::Share> shares;
    for (const QJsonValue& share : QJsonDocument::fromJson(text.toUtf8()).array())
        shares.append({share.toObject().value(QStringLiteral("party")).toString(),
                       share.toObject().value(QStringLiteral("share_bp")).toInt(-1)});
    const Message problem = PricingRules::checkShares(shares);
    return problem.isEmpty() ? QList<GrantRules::FieldMessage>{}
                             : QList<GrantRules::FieldMessage>{{field, problem}};
}

QList<GrantRules::FieldMessage> checkProduct(const QJsonObject& fields)
{
    QList<GrantRules::FieldMessage> messages = GrantRules::checkProduct(fields);
    const qint64 cap = fields.value(QStringLiteral("cap_fen")).toInteger();
    const qint64 price = fields.value(QStringLiteral("price_fen")).toInteger();
    if (cap > 0) {
        if (const Message problem = PricingRules::checkSpecificPrice(price, cap); !problem.isEmpty())
            messages.append({QStringLiteral("price_fen"), problem});
    }
    return messages + PricingRecords::checkProductTiers(fields) +
           PricingRecords::checkProductDiscounts(fields) + CapSignOff::checkPrice(fields);
}

QList<GrantRules::FieldMessage> checkDisclosure(const QJsonObject& fields)
{
    QList<GrantRules::FieldMessage> messages;
    if (!GrantVocabulary::disclosureKinds().contains(fields.value(QStringLiteral("kind")).toString()))
        messages.append({QStringLiteral("kind"), tr("unknown disclosure kind")});
    if (fields.value(QStringLiteral("year")).toInt() < 2000)
        messages.append({QStringLiteral("year"), tr("a disclosure needs the year it covers")});
    return messages;
}

GrantRules::Step productStep(const Principal& principal, const Operation& operation,
                             const RecordState& current)
{
    return CapSignOff::step(current.fields, operation.command, operation.arguments, principal.role,
                            principal.user);
}

/// The fields a product upsert leaves on file, with what the hub sets (who proposed its cap).
QJsonObject productAfter(const Principal& principal, const Operation& operation, const RecordState* current)
{
    QJsonObject after = fieldsAfter(current, operation);
    const bool exists = current && !current->deleted;
    const QJsonObject set =
        CapSignOff::upsertEffect(exists ? &current->fields : nullptr, after, principal.user);
    for (auto it = set.constBegin(); it != set.constEnd(); ++it)
        after.insert(it.key(), it.value());
    return after;
}

Refusal checkCommand(const Principal& principal, const Operation& operation, const RecordState* current)
{
    if (operation.entity == Product) {
        if (!current || current->deleted)
            return refuse("not_found", tr("the record does not exist on the hub"));
        const GrantRules::Step step = productStep(principal, operation, *current);
        return step.isRefused() ? Refusal{step.code, step.problem} : Refusal{};
    }
    if (operation.entity != Plan && operation.entity != Agreement)
        return refuse(
            "unknown_command",
            tr("\"%1\" is not a workflow command for %2").arg(operation.command.left(64), operation.entity));
    if (!current || current->deleted)
        return refuse("not_found", tr("the record does not exist on the hub"));
    const GrantRules::Step step =
        operation.entity == Plan
            ? GrantRules::planStep(current->fields, operation.command, operation.arguments, principal.role)
            : GrantRules::agreementStep(current->fields, operation.command, operation.arguments,
                                        principal.role);
    return step.isRefused() ? Refusal{step.code, step.problem} : Refusal{};
}

} // namespace

QList<GrantRules::FieldMessage> fieldMessages(const QString& entity, const QJsonObject& fields)
{
    if (entity == QLatin1String("grant_operator"))
        return GrantRules::checkOperator(fields);
    if (entity == Agreement)
        return GrantRules::checkAgreement(fields) + checkShares(fields) +
               PricingRecords::checkEvaluationCycles(fields);
    if (entity == QLatin1String("grant_product"))
        return checkProduct(fields);
    if (entity == QLatin1String("grant_price"))
        return PricingRecords::checkPrice(fields);
    if (entity == QLatin1String("grant_report"))
        return PricingRecords::checkReport(fields);
    if (entity == QLatin1String("grant_disclosure"))
        return checkDisclosure(fields);
    return {};
}

bool recordsGrants(Role role)
{
    return role == Role::Reviewer || role == Role::Admin;
}

bool isGrantEntity(const QString& entity)
{
    return entity.startsWith(QLatin1String("grant_"));
}

namespace {

Refusal check(const Principal& principal, const Operation& operation, const RecordState* current)
{
    if (operation.kind == Operation::Kind::Command)
        return checkCommand(principal, operation, current);
    if (!recordsGrants(principal.role))
        return refuse("forbidden", tr("a %1 may not edit grants").arg(roleArgument(principal.role)));
    if (operation.kind == Operation::Kind::Delete)
        return principal.role == Role::Admin
                   ? Refusal{}
                   : refuse("forbidden", tr("only administrators delete grant records"));
    if (current && !current->deleted) {
        for (const QString& field : stepFields(operation.entity)) {
            if (operation.fields.contains(field) &&
                operation.fields.value(field) != current->fields.value(field))
                return refuse("invalid_state", tr("\"%1\" changes only through workflow steps").arg(field));
        }
    }
    if (operation.entity == Product) // checked as it will be stored: the hub sets the cap's sign-off fields
        return firstError(fieldMessages(operation.entity, productAfter(principal, operation, current)));
    return firstError(fieldMessages(operation.entity, fieldsAfter(current, operation)));
}

QJsonObject effect(const Principal& principal, const Operation& operation, const RecordState* current)
{
    if (operation.kind == Operation::Kind::Command) {
        if (!current)
            return {};
        if (operation.entity == Product)
            return productStep(principal, operation, *current).effect;
        return (operation.entity == Plan ? GrantRules::planStep(current->fields, operation.command,
                                                                operation.arguments, principal.role)
                                         : GrantRules::agreementStep(current->fields, operation.command,
                                                                     operation.arguments, principal.role))
            .effect;
    }
    if (operation.kind == Operation::Kind::Upsert && operation.entity == Product)
        return CapSignOff::upsertEffect(current && !current->deleted ? &current->fields : nullptr,
                                        fieldsAfter(current, operation), principal.user);
    if (operation.kind != Operation::Kind::Upsert || (current && !current->deleted))
        return {};
    // A new record: the procedure starts at its beginning, whatever the client sent.
    if (operation.entity == Plan)
        return {{QStringLiteral("state"), GrantRules::initialPlanState()},
                {QStringLiteral("reference"), QJsonValue()}};
    if (operation.entity == Agreement)
        return {{QStringLiteral("state"), GrantRules::initialAgreementState()},
                {QStringLiteral("handover"), QJsonValue()}};
    return {};
}

} // namespace

QList<AccessRule> rules()
{
    const auto checkRequest = [](const AccessRequest& request) {
        return check(request.principal, request.operation, request.current);
    };
    const auto decideRequest = [](const AccessRequest& request, AuthorityStore& hub, QString*) {
        const Operation& operation = request.operation;
        // An agreement's data is used only after a passing security review (HN25 item 20).
        if (operation.kind == Operation::Kind::Command && operation.entity == Agreement &&
            operation.command == QLatin1String("start_operation")) {
            if (Refusal refusal =
                    SecurityReviewAccess::requirePassingReview(hub, operation.entity, operation.recordId);
                refusal.isRefused())
                return AuthorityDecision{refusal, {}};
        }
        // A trial price ends with the trial period, counted on the hub's date and published rule.
        if (operation.kind == Operation::Kind::Upsert && operation.entity == Product) {
            const QJsonObject after = productAfter(request.principal, operation, request.current);
            const std::optional<RecordState> agreement =
                hub.find(Agreement, after.value(QStringLiteral("agreement_id")).toString());
            const QDate start =
                agreement ? QDate::fromString(agreement->fields.value(QStringLiteral("starts_on")).toString(),
                                              Qt::ISODate)
                          : QDate();
            if (const Refusal refusal = firstError(CapSignOff::checkTrial(after, start, hub.clock().today(),
                                                                          DeadlineRules::publishedIn(hub)));
                refusal.isRefused())
                return AuthorityDecision{refusal, {}};
        }
        return AuthorityDecision{{}, effect(request.principal, operation, request.current)};
    };
    QList<AccessRule> all;
    for (const EntitySchema& type : grantRecordTypes() + pricingRecordTypes())
        all.append({type.name, checkRequest, true, true, decideRequest});
    for (AccessRule& rule : all) {
        if (rule.entity == QLatin1String("grant_plan"))
            rule.steps = &GrantRules::planSteps;
        else if (rule.entity == QLatin1String("grant_agreement")) {
            rule.steps = &GrantRules::agreementSteps;
            rule.rules = &AgreementScope::check;
        } else if (rule.entity == Product)
            rule.steps = &CapSignOff::steps;
    }
    return all;
}

} // namespace xs::GrantAccess
