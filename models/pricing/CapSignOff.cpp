#include "models/pricing/CapSignOff.h"

#include "models/journal/Roles.h"
#include "models/pricing/PricingRules.h"

#include <QCoreApplication>

namespace xs::CapSignOff {

namespace {

const QString Cap = QStringLiteral("cap_fen");
const QString CapInForce = QStringLiteral("cap_in_force_fen");
const QString ProposedBy = QStringLiteral("cap_proposed_by");
const QString SignedOffBy = QStringLiteral("cap_signed_off_by");

GrantRules::Step refused(const char* code, Message problem)
{
    return {{}, std::move(problem), QString::fromLatin1(code), {}};
}

bool signsOff(Role role) // DOMAIN.md: managers sign off on grants
{
    return role == Role::Manager || role == Role::Admin;
}

qint64 fen(const QJsonObject& product, const QString& field)
{
    return product.value(field).toInteger();
}

} // namespace

const StepTable& steps()
{
    static const StepTable table({
        {QStringLiteral("sign_off_cap"),
         {Pending},
         InForce,
         signsOff,
         {},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Sign off the proposed cap")},
        {QStringLiteral("return_cap"),
         {Pending},
         InForce,
         signsOff,
         {needArgument("reason").asked(QT_TRANSLATE_NOOP("xs::StepTable", "Reason"))},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Return the proposed cap")},
    });
    return table;
}

QString stateOf(const QJsonObject& product)
{
    return fen(product, Cap) != fen(product, CapInForce) ? Pending : InForce;
}

QString describe(const QJsonObject& product)
{
    const auto yuan = [&product](const QString& field) {
        return PricingRules::yuan(fen(product, field));
    };
    QString inForce =
        fen(product, CapInForce) > 0
            ? QCoreApplication::translate("xs::CapSignOff", "Cap in force: %1 yuan (signed off by %2)")
                  .arg(yuan(CapInForce), product.value(SignedOffBy).toString())
            : QCoreApplication::translate("xs::CapSignOff", "No cap in force");
    if (stateOf(product) == InForce)
        return inForce;
    const QString proposed =
        fen(product, Cap) > 0
            ? QCoreApplication::translate("xs::CapSignOff",
                                          "cap of %1 yuan proposed by %2, waiting for sign-off")
                  .arg(yuan(Cap), product.value(ProposedBy).toString())
            : QCoreApplication::translate("xs::CapSignOff",
                                          "removal of the cap proposed by %1, waiting for sign-off")
                  .arg(product.value(ProposedBy).toString());
    return inForce + QStringLiteral("; ") + proposed;
}

GrantRules::Step step(const QJsonObject& product, const QString& command, const QJsonObject& arguments,
                      Role role, const QString& user)
{
    const StepDefinition* definition = steps().find(command);
    if (!definition)
        return refused("unknown_command", XS_MESSAGE("xs::CapSignOff", "Unknown step \"%1\".").arg(command));
    if (!definition->mayGive(role))
        return refused("forbidden", XS_MESSAGE("xs::CapSignOff", "Your role may not take this step."));
    if (!definition->from.contains(stateOf(product)))
        return refused("invalid_state",
                       XS_MESSAGE("xs::CapSignOff", "No proposed cap is waiting for a sign-off."));
    if (const Refusal refusal = checkArguments(definition->arguments, arguments, UndeclaredArguments::Ignore);
        refusal.isRefused())
        return {{}, refusal.message, refusal.code, {}};
    if (command == QLatin1String("sign_off_cap")) {
        // Four eyes: whoever proposed the cap does not also put it in force.
        if (user.compare(product.value(ProposedBy).toString(), Qt::CaseInsensitive) == 0)
            return refused("forbidden",
                           XS_MESSAGE("xs::CapSignOff",
                                      "You proposed this cap: another manager signs it off (four eyes)."));
        const QJsonValue cap = fen(product, Cap) > 0 ? QJsonValue(fen(product, Cap)) : QJsonValue();
        return {InForce, {}, {}, {{CapInForce, cap}, {SignedOffBy, user}}};
    }
    // Returned: the proposal goes, the cap in force stays, so the price must already be within it.
    const qint64 inForce = fen(product, CapInForce);
    if (inForce > 0 && fen(product, QStringLiteral("price_fen")) > inForce)
        return refused("invalid",
                       XS_MESSAGE("xs::CapSignOff",
                                  "The price is above the cap in force (%1 yuan): lower it before returning "
                                  "the proposal.")
                           .arg(PricingRules::yuan(inForce)));
    return {InForce, {}, {}, {{Cap, inForce > 0 ? QJsonValue(inForce) : QJsonValue()}}};
}

QStringList stepFields()
{
    return {CapInForce, ProposedBy, SignedOffBy};
}

QJsonObject upsertEffect(const QJsonObject* before, const QJsonObject& after, const QString& user)
{
    QJsonObject effect;
    if (!before)
        effect = {{CapInForce, QJsonValue()}, {SignedOffBy, QJsonValue()}, {ProposedBy, QJsonValue()}};
    const qint64 was = before ? fen(*before, Cap) : 0;
    if (fen(after, Cap) != was)
        effect.insert(ProposedBy, user);
    return effect;
}

QList<GrantRules::FieldMessage> checkPrice(const QJsonObject& product)
{
    const qint64 price = fen(product, QStringLiteral("price_fen"));
    if (price <= 0 || product.value(QStringLiteral("use_class")).toString() != QLatin1String("industry"))
        return {};
    const qint64 inForce = fen(product, CapInForce);
    if (inForce <= 0) {
        if (product.value(QStringLiteral("trial")).toBool())
            return {};
        return {
            {QStringLiteral("price_fen"),
             XS_MESSAGE(
                 "xs::CapSignOff",
                 "No cap is in force yet: until a manager signs one off, only a trial price (试行) may be "
                 "charged.")}};
    }
    if (const Message problem = PricingRules::checkSpecificPrice(price, inForce); !problem.isEmpty())
        return {{QStringLiteral("price_fen"), problem}};
    return {};
}

QList<GrantRules::FieldMessage> checkTrial(const QJsonObject& product, const QDate& operatingStart,
                                           const QDate& today, const DeadlineRules& rules)
{
    if (!operatingStart.isValid() || !product.value(QStringLiteral("trial")).toBool() ||
        fen(product, CapInForce) > 0 || fen(product, QStringLiteral("price_fen")) <= 0 ||
        product.value(QStringLiteral("use_class")).toString() != QLatin1String("industry"))
        return {};
    // The rule is counted in years (DeadlineRules::unitsOf): no working-day calendar is involved.
    const QDate ends = rules.deadline(DeadlineRules::TrialPeriod, operatingStart, WorkingCalendar()).date;
    if (today <= ends)
        return {};
    return {{QStringLiteral("trial"),
             XS_MESSAGE("xs::CapSignOff",
                        "The trial period (试行) ended on %1: a manager must sign off a cap before "
                        "this product charges again.")
                 .arg(ends.toString(Qt::ISODate))}};
}

} // namespace xs::CapSignOff
