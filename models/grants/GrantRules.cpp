#include "models/grants/GrantRules.h"

#include "models/common/CreditCode.h"
#include "models/common/StructuredField.h"
#include "models/grants/GrantVocabulary.h"
#include "models/journal/StepArguments.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace xs::GrantRules {

namespace {

// Messages are translated where they are read: the hub refuses with them in no language.
Message tr(const char* text)
{
    return Message("xs::GrantRules", text);
}

bool isStaff(Role role) // drafts plans, starts evaluations
{
    return role == Role::Reviewer || role == Role::Manager || role == Role::Admin;
}

bool signsOff(Role role) // DOMAIN.md: managers sign off on grants
{
    return role == Role::Manager || role == Role::Admin;
}

Step refused(const char* code, Message problem)
{
    return {{}, std::move(problem), QString::fromLatin1(code), {}};
}

const ArgumentSpec Reference =
    needArgument("reference", 300)
        .asked(QT_TRANSLATE_NOOP("xs::StepTable", "Reference of the decision, approval or filing"),
               ArgumentInput::Line);
const ArgumentSpec Reason = needArgument("reason").asked(QT_TRANSLATE_NOOP("xs::StepTable", "Reason"));
const ArgumentSpec NewEnd =
    needArgument("ends_on", 10)
        .asked(QT_TRANSLATE_NOOP("xs::StepTable", "New end of term"), ArgumentInput::Date);
const ArgumentSpec Handover =
    needArgument("handover", 4000)
        .asked(QT_TRANSLATE_NOOP("xs::StepTable", "How running services continue without interruption"));

/// The step itself: known command, right state, right role.
Step move(const StepTable& steps, const QString& state, const QString& command, const QJsonObject& arguments,
          Role role, const char* (*stateLabelSource)(const QString&))
{
    const StepDefinition* step = steps.find(command);
    if (!step)
        return refused("unknown_command", tr("Unknown step \"%1\".").arg(command));
    if (!step->mayGive(role))
        return refused("forbidden", tr("Your role may not take this step."));
    if (!step->from.contains(state))
        return refused("invalid_state", tr("This step does not apply to a record in the state \"%1\".")
                                            .argTerm("xs::GrantVocabulary", stateLabelSource(state), state));
    // The arguments each step takes, each no longer than the field it is copied into (reference
    // 300, handover 4000), and given where the table says they must be. Grant steps read only the
    // arguments they declare (into reference, ends_on, handover).
    if (const Refusal refusal = checkArguments(step->arguments, arguments, UndeclaredArguments::Ignore);
        refusal.isRefused())
        return {{}, refusal.message, refusal.code, {}};
    return {step->to, {}, {}, {{QStringLiteral("state"), step->to}}};
}

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString().trimmed();
}

QDate date(const QJsonObject& object, const char* key)
{
    return QDate::fromString(object.value(QLatin1String(key)).toString(), Qt::ISODate);
}

} // namespace

const StepTable& planSteps()
{
    static const StepTable table({
        {QStringLiteral("submit"),
         {QStringLiteral("drafting")},
         QStringLiteral("collective_decision"),
         isStaff,
         {},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Submit for collective decision")},
        {QStringLiteral("decide"),
         {QStringLiteral("collective_decision")},
         QStringLiteral("government_approval"),
         signsOff,
         {Reference},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Record the decision")},
        {QStringLiteral("file"),
         {QStringLiteral("government_approval")},
         QStringLiteral("filed"),
         signsOff,
         {Reference},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Record the filing")},
        {QStringLiteral("return"),
         {QStringLiteral("collective_decision"), QStringLiteral("government_approval")},
         QStringLiteral("drafting"),
         signsOff,
         {Reason},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Return for revision")},
        {QStringLiteral("revise"),
         {QStringLiteral("filed")},
         QStringLiteral("drafting"),
         isStaff,
         {Reason},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Revise (major change)")},
    });
    return table;
}

const StepTable& agreementSteps()
{
    static const StepTable table({
        {QStringLiteral("start_operation"),
         {QStringLiteral("signed")},
         QStringLiteral("operating"),
         signsOff,
         {},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Start operating")},
        {QStringLiteral("start_evaluation"),
         {QStringLiteral("operating"), QStringLiteral("renewed")},
         QStringLiteral("evaluation"),
         isStaff,
         {},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Start evaluation")},
        {QStringLiteral("renew"),
         {QStringLiteral("evaluation")},
         QStringLiteral("renewed"),
         signsOff,
         {NewEnd, Reason},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Renew")},
        {QStringLiteral("exit"),
         {QStringLiteral("operating"), QStringLiteral("evaluation"), QStringLiteral("renewed")},
         QStringLiteral("exited"),
         signsOff,
         {Handover},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Exit")},
        {QStringLiteral("terminate"),
         {QStringLiteral("signed"), QStringLiteral("operating"), QStringLiteral("evaluation"),
          QStringLiteral("renewed")},
         QStringLiteral("terminated"),
         signsOff,
         {Reason},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Terminate")},
    });
    return table;
}

QStringList planCommands()
{
    return planSteps().commands();
}

QStringList availablePlanCommands(const QString& state, Role role)
{
    return planSteps().available(state, role);
}

QStringList missingSections(const QJsonObject& plan)
{
    const QJsonObject sections = structuredField(plan, "sections").toObject();
    QStringList missing;
    for (const QString& section : GrantVocabulary::planSections()) {
        if (sections.value(section).toString().trimmed().isEmpty())
            missing << section;
    }
    return missing;
}

Step planStep(const QJsonObject& plan, const QString& command, const QJsonObject& arguments, Role role)
{
    Step step = move(planSteps(), text(plan, "state"), command, arguments, role,
                     GrantVocabulary::planStateLabelSource);
    if (step.isRefused())
        return step;
    if (command == QLatin1String("submit")) {
        if (const QStringList missing = missingSections(plan); !missing.isEmpty()) {
            QStringList labels;
            for (const QString& section : missing)
                labels << GrantVocabulary::planSectionLabel(section);
            return refused("invalid",
                           tr("The plan lacks required sections: %1.")
                               .arg(labels.join(QCoreApplication::translate("xs::GrantRules", ", "))));
        }
    }
    if (command == QLatin1String("decide") || command == QLatin1String("file"))
        step.effect.insert(QStringLiteral("reference"), text(arguments, "reference"));
    return step;
}

QStringList agreementCommands()
{
    return agreementSteps().commands();
}

QStringList availableAgreementCommands(const QString& state, Role role)
{
    return agreementSteps().available(state, role);
}

Step agreementStep(const QJsonObject& agreement, const QString& command, const QJsonObject& arguments,
                   Role role)
{
    Step step = move(agreementSteps(), text(agreement, "state"), command, arguments, role,
                     GrantVocabulary::agreementStateLabelSource);
    if (step.isRefused())
        return step;
    if (command == QLatin1String("renew")) {
        const QDate oldEnd = date(agreement, "ends_on");
        const QDate newEnd = date(arguments, "ends_on");
        if (!newEnd.isValid() || (oldEnd.isValid() && newEnd <= oldEnd))
            return refused("invalid", tr("A renewal needs a new end date after the current one."));
        // The renewed term runs from the day after the old end; it too is ≤ 5 years in principle.
        const QList<FieldMessage> term = checkTerm(oldEnd.isValid() ? oldEnd.addDays(1) : QDate(), newEnd);
        if (hasErrors(term))
            return refused("invalid", term.constFirst().message);
        step.effect.insert(QStringLiteral("ends_on"), newEnd.toString(Qt::ISODate));
    }
    if (command == QLatin1String("exit"))
        step.effect.insert(QStringLiteral("handover"), text(arguments, "handover"));
    return step;
}

QString initialPlanState()
{
    return QStringLiteral("drafting");
}

QString initialAgreementState()
{
    // Recorded once signed; it starts operating after a passing security review (HN25 item 20).
    return QStringLiteral("signed");
}

QList<FieldMessage> checkTerm(const QDate& startsOn, const QDate& endsOn)
{
    QList<FieldMessage> messages;
    if (!startsOn.isValid())
        messages.append({QStringLiteral("starts_on"), tr("Enter the start date.")});
    if (!endsOn.isValid())
        messages.append({QStringLiteral("ends_on"), tr("Enter the end date.")});
    if (!messages.isEmpty())
        return messages;
    if (endsOn < startsOn) {
        messages.append({QStringLiteral("ends_on"), tr("The term ends before it starts.")});
    } else if (endsOn >= startsOn.addYears(MaxTermYears)) {
        messages.append({QStringLiteral("ends_on"),
                         tr("The term is longer than %1 years; agreements run at most %1 years in principle.")
                             .arg(MaxTermYears),
                         true});
    }
    return messages;
}

QList<FieldMessage> checkAgreement(const QJsonObject& agreement)
{
    QList<FieldMessage> messages;
    if (text(agreement, "operator_id").isEmpty())
        messages.append({QStringLiteral("operator_id"), tr("Choose the operator.")});
    if (!GrantVocabulary::modes().contains(text(agreement, "mode")))
        messages.append({QStringLiteral("mode"), tr("Choose the grant mode.")});
    if (!GrantVocabulary::selectionMethods().contains(text(agreement, "selection_method")))
        messages.append({QStringLiteral("selection_method"), tr("Choose how the operator was selected.")});
    if (structuredField(agreement, "resources").toArray().isEmpty())
        messages.append({QStringLiteral("resources"), tr("Name at least one data resource in scope.")});
    messages += checkTerm(date(agreement, "starts_on"), date(agreement, "ends_on"));
    return messages;
}

QList<FieldMessage> checkOperator(const QJsonObject& grantee)
{
    QList<FieldMessage> messages;
    if (text(grantee, "name").isEmpty())
        messages.append({QStringLiteral("name"), tr("Enter the operator's name.")});
    if (!CreditCode::isValid(text(grantee, "credit_code").toUpper()))
        messages.append({QStringLiteral("credit_code"),
                         tr("Enter the 18-character unified social credit code; its last character did "
                            "not check out.")});
    return messages;
}

QList<FieldMessage> checkListing(const QJsonObject& product, bool charges)
{
    const QString exchange = text(product, "exchange");
    const QString code = text(product, "listing_code");
    const QString status = text(product, "listing_status");
    const QDate listed = QDate::fromString(text(product, "listed_on"), Qt::ISODate);
    if (exchange.isEmpty() && code.isEmpty() && status.isEmpty() && !listed.isValid())
        return {}; // traded off-exchange, as most are
    QList<FieldMessage> messages;
    if (!charges)
        messages.append({QStringLiteral("exchange"),
                         tr("Only fee-charging products for industry are traded on an exchange.")});
    if (!GrantVocabulary::exchanges().contains(exchange))
        messages.append({QStringLiteral("exchange"), tr("Choose the exchange the product is listed on.")});
    if (code.isEmpty())
        messages.append({QStringLiteral("listing_code"), tr("Enter the listing code the exchange gave.")});
    if (!listed.isValid())
        messages.append({QStringLiteral("listed_on"), tr("Enter the day the product was listed.")});
    if (!GrantVocabulary::listingStatuses().contains(status))
        messages.append({QStringLiteral("listing_status"), tr("Choose how the listing stands.")});
    return messages;
}

QList<FieldMessage> checkProduct(const QJsonObject& product)
{
    QList<FieldMessage> messages;
    if (text(product, "name").isEmpty())
        messages.append({QStringLiteral("name"), tr("Enter the product's name.")});
    const QString useClass = text(product, "use_class");
    if (!GrantVocabulary::useClasses().contains(useClass))
        messages.append({QStringLiteral("use_class"), tr("Choose the use class.")});
    const QString unit = text(product, "billing_unit");
    const bool charges = product.value(QStringLiteral("cap_fen")).toInteger() > 0 ||
                         product.value(QStringLiteral("price_fen")).toInteger() > 0;
    if (useClass == QLatin1String("public_welfare") && charges)
        messages.append({QStringLiteral("price_fen"),
                         tr("Products for public governance and welfare are free: no price or cap.")});
    if (useClass == QLatin1String("industry") && !GrantVocabulary::billingUnits().contains(unit))
        messages.append({QStringLiteral("billing_unit"), tr("Choose how the product is billed.")});
    messages += checkListing(product, useClass == QLatin1String("industry") && charges);
    return messages;
}

bool hasErrors(const QList<FieldMessage>& messages)
{
    return std::any_of(messages.cbegin(), messages.cend(), [](const FieldMessage& m) { return !m.warning; });
}

QDate annualDueDate(int year)
{
    return QDate(year + 1, 3, 31);
}

DueStatus dueStatus(int year, const std::optional<QDate>& submittedOn, const QDate& today)
{
    const QDate due = annualDueDate(year);
    if (submittedOn && submittedOn->isValid()) {
        if (*submittedOn <= due)
            return {Due::SubmittedOnTime, 0};
        return {Due::SubmittedLate, int(due.daysTo(*submittedOn))};
    }
    if (today <= due)
        return {Due::NotYetDue, int(today.daysTo(due))};
    return {Due::Overdue, int(due.daysTo(today))};
}

QList<int> reportYears(const QDate& startsOn, const QDate& endsOn, const QDate& today)
{
    QList<int> years;
    if (!startsOn.isValid())
        return years;
    const int last = std::min(endsOn.isValid() ? endsOn.year() : today.year(), today.year() - 1);
    for (int year = startsOn.year(); year <= last; ++year)
        years << year;
    return years;
}

} // namespace xs::GrantRules
