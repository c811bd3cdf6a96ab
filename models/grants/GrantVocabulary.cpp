#include "models/grants/GrantVocabulary.h"

#include "models/common/VocabularyTerm.h"

namespace xs::GrantVocabulary {

namespace {

using Term = VocabularyTerm;

#define XS_TERM(code, text)                                                                                  \
    {                                                                                                        \
        code, QT_TRANSLATE_NOOP("xs::GrantVocabulary", text)                                                 \
    }

// English source texts; the Chinese terms come from translations/xiangshu_zh_CN.ts.
constexpr Term Modes[] = {
    XS_TERM("whole", "Whole grant"),
    XS_TERM("domain", "Grant by domain"),
    XS_TERM("scenario", "Grant by scenario"),
};

constexpr Term SelectionMethods[] = {
    XS_TERM("open_tender", "Open tender"),
    XS_TERM("invited_tender", "Invited tender"),
    XS_TERM("negotiation", "Negotiation"),
};

constexpr Term PlanStates[] = {
    XS_TERM("drafting", "Drafting"),
    XS_TERM("collective_decision", "Collective decision"),
    XS_TERM("government_approval", "Government approval"),
    XS_TERM("filed", "Filed"),
};

constexpr Term PlanSections[] = {
    XS_TERM("basis", "Basis and objectives"),
    XS_TERM("data_scope", "Data scope and catalog"),
    XS_TERM("data_quality", "Update frequency and data quality"),
    XS_TERM("mode", "Grant mode"),
    XS_TERM("selection", "Selection of the operator"),
    XS_TERM("term_exit", "Term and exit mechanism"),
    XS_TERM("products", "Products and services in two classes"),
    XS_TERM("platform", "Operating platform"),
    XS_TERM("accounting", "Cost and revenue accounting"),
    XS_TERM("distribution", "Revenue distribution"),
    XS_TERM("security", "Security"),
    XS_TERM("supervision", "Supervision, evaluation and disclosure"),
};

constexpr Term AgreementStates[] = {
    XS_TERM("operating", "Operating"),   XS_TERM("evaluation", "Under evaluation"),
    XS_TERM("renewed", "Renewed"),       XS_TERM("exited", "Exited"),
    XS_TERM("terminated", "Terminated"),
};

constexpr Term UseClasses[] = {
    XS_TERM("public_welfare", "Public governance and welfare"),
    XS_TERM("industry", "Industry and sector development"),
};

constexpr Term BillingUnits[] = {
    XS_TERM("per_product", "Per product"),
    XS_TERM("per_call", "Per call"),
    XS_TERM("per_time", "Per unit of time"),
    XS_TERM("per_volume", "Per data volume"),
};

constexpr Term DisclosureKinds[] = {
    XS_TERM("grant", "Grant disclosure"),
    XS_TERM("product_list", "Product and service list"),
    XS_TERM("data_use", "Data use"),
};

#undef XS_TERM

QStringList codes(std::span<const Term> terms)
{
    return vocabularyCodes(terms);
}

QString label(std::span<const Term> terms, const QString& code)
{
    return vocabularyLabel("xs::GrantVocabulary", terms, code);
}

} // namespace

QStringList modes()
{
    return codes(Modes);
}
QStringList selectionMethods()
{
    return codes(SelectionMethods);
}
QStringList planStates()
{
    return codes(PlanStates);
}
QStringList planSections()
{
    return codes(PlanSections);
}
QStringList agreementStates()
{
    return codes(AgreementStates);
}
QStringList useClasses()
{
    return codes(UseClasses);
}
QStringList billingUnits()
{
    return codes(BillingUnits);
}
QStringList disclosureKinds()
{
    return codes(DisclosureKinds);
}

QString modeLabel(const QString& code)
{
    return label(Modes, code);
}
QString selectionMethodLabel(const QString& code)
{
    return label(SelectionMethods, code);
}
QString planStateLabel(const QString& code)
{
    return label(PlanStates, code);
}
QString planSectionLabel(const QString& code)
{
    return label(PlanSections, code);
}
QString agreementStateLabel(const QString& code)
{
    return label(AgreementStates, code);
}
QString useClassLabel(const QString& code)
{
    return label(UseClasses, code);
}
QString billingUnitLabel(const QString& code)
{
    return label(BillingUnits, code);
}
QString disclosureKindLabel(const QString& code)
{
    return label(DisclosureKinds, code);
}

} // namespace xs::GrantVocabulary
