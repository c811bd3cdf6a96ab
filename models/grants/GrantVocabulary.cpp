#include "models/grants/GrantVocabulary.h"

#include "models/common/VocabularyTerm.h"

#include <QHash>

namespace xs::GrantVocabulary {

namespace {

using Term = VocabularyTerm;

// English source texts; the Chinese terms come from translations/xiangshu_zh_CN.ts.
constexpr Term Modes[] = {
    {"whole", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Whole grant")},
    {"domain", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Grant by domain")},
    {"scenario", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Grant by scenario")},
};

constexpr Term SelectionMethods[] = {
    {"open_tender", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Open tender")},
    {"invited_tender", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Invited tender")},
    {"negotiation", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Negotiation")},
};

constexpr Term PlanStates[] = {
    {"drafting", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Drafting")},
    {"collective_decision", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Collective decision")},
    {"government_approval", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Government approval")},
    {"filed", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Filed")},
};

constexpr Term PlanSections[] = {
    {"basis", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Basis and objectives")},
    {"data_scope", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Data scope and catalog")},
    {"data_quality", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Update frequency and data quality")},
    {"mode", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Grant mode")},
    {"selection", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Selection of the operator")},
    {"term_exit", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Term and exit mechanism")},
    {"products", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Products and services in two classes")},
    {"platform", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Operating platform")},
    {"accounting", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Cost and revenue accounting")},
    {"distribution", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Revenue distribution")},
    {"security", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Security")},
    {"supervision", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Supervision, evaluation and disclosure")},
};

constexpr Term AgreementStates[] = {
    {"signed", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Signed, awaiting security review")},
    {"operating", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Operating")},
    {"evaluation", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Under evaluation")},
    {"renewed", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Renewed")},
    {"exited", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Exited")},
    {"terminated", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Terminated")},
};

constexpr Term UseClasses[] = {
    {"public_welfare", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Public governance and welfare")},
    {"industry", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Industry and sector development")},
};

constexpr Term BillingUnits[] = {
    {"per_product", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Per product")},
    {"per_call", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Per call")},
    {"per_time", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Per unit of time")},
    {"per_volume", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Per data volume")},
};

// 场内交易 (HN25 item 12): where a fee-charging product is listed, and how its listing stands.
constexpr Term Exchanges[] = {
    {"hunan", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Hunan Big Data Exchange")},
    {"shanghai", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Shanghai Data Exchange")},
    {"shenzhen", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Shenzhen Data Exchange")},
    {"beijing", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Beijing International Big Data Exchange")},
    {"guiyang", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Global Big Data Exchange (Guiyang)")},
    {"other", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Another data exchange")},
};

constexpr Term ListingStatuses[] = {
    {"listed", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Listed and trading")},
    {"suspended", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Trading suspended")},
    {"delisted", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Delisted")},
};

constexpr Term DisclosureKinds[] = {
    {"grant", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Grant disclosure")},
    {"product_list", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Product and service list")},
    {"data_use", QT_TRANSLATE_NOOP("xs::GrantVocabulary", "Data use")},
};

QStringList codes(std::span<const Term> terms)
{
    return vocabularyCodes(terms);
}

QString label(std::span<const Term> terms, const QString& code)
{
    return vocabularyLabel("xs::GrantVocabulary", terms, code);
}

QList<LabelledValue> labelled(std::span<const Term> terms)
{
    QList<LabelledValue> values;
    for (const Term& term : terms)
        values.append({QString::fromLatin1(term.code), label(terms, QString::fromLatin1(term.code))});
    return values;
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
QStringList exchanges()
{
    return codes(Exchanges);
}
QStringList listingStatuses()
{
    return codes(ListingStatuses);
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
const char* planStateLabelSource(const QString& code)
{
    return vocabularySource(PlanStates, code);
}
const char* agreementStateLabelSource(const QString& code)
{
    return vocabularySource(AgreementStates, code);
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

QList<LabelledValue> choices(const QString& name)
{
    static const QHash<QString, std::span<const Term>> vocabularies{
        {QStringLiteral("grant_mode"), Modes},
        {QStringLiteral("selection_method"), SelectionMethods},
        {QStringLiteral("use_class"), UseClasses},
        {QStringLiteral("billing_unit"), BillingUnits},
        {QStringLiteral("disclosure_kind"), DisclosureKinds},
        {QStringLiteral("exchange"), Exchanges},
        {QStringLiteral("listing_status"), ListingStatuses},
        {QStringLiteral("plan_section"), PlanSections},
    };
    const auto found = vocabularies.constFind(name);
    return found == vocabularies.cend() ? QList<LabelledValue>() : labelled(*found);
}

} // namespace xs::GrantVocabulary
