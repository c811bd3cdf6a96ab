#include "ui/grants/GrantFormSpecs.h"

#include "models/catalog/Divisions.h"
#include "models/grants/GrantVocabulary.h"
#include "models/pricing/PricingRecords.h"

#include <QCoreApplication>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::GrantFormSpecs)
};

FieldSpec field(const char* key, const QString& label, FieldKind kind = FieldKind::Text)
{
    return {QString::fromLatin1(key), label, kind, {}, {}, {}, false};
}

FieldSpec choice(const char* key, const QString& label, const QStringList& codes,
                 std::function<QString(const QString&)> codeLabel)
{
    FieldSpec spec = field(key, label, FieldKind::Choice);
    spec.codes = codes;
    spec.codeLabel = std::move(codeLabel);
    return spec;
}

FieldSpec reference(const char* key, const QString& label, const char* entity)
{
    FieldSpec spec = field(key, label, FieldKind::Reference);
    spec.referenceEntity = QString::fromLatin1(entity);
    return spec;
}

FieldSpec division()
{
    QStringList codes;
    for (const Division& division : hunanDivisions())
        codes << division.code;
    return choice("division_code", Text::tr("Granting division"), codes, [](const QString& code) {
        const Division* division = findDivision(code);
        return division ? division->name : code;
    });
}

void completeReport(QJsonObject& report)
{
    const PricingRules::MaxRevenue computed =
        PricingRules::maxAllowedRevenue(PricingRecords::revenueInputs(report));
    if (computed.fen)
        report.insert(QStringLiteral("max_revenue_fen"), *computed.fen);
    else
        report.remove(QStringLiteral("max_revenue_fen"));
}

} // namespace

FormSpec formSpec(const QString& entity)
{
    if (entity == QLatin1String("grant_operator"))
        return {entity,
                Text::tr("Operator"),
                {field("name", Text::tr("Name")),
                 field("credit_code", Text::tr("Unified social credit code")),
                 field("contact", Text::tr("Contact")),
                 field("qualifications", Text::tr("Qualifications"), FieldKind::LongText)},
                {},
                {}};
    if (entity == QLatin1String("grant_plan")) {
        FormSpec spec{entity,
                      Text::tr("Implementation plan"),
                      {field("title", Text::tr("Title")), field("domain", Text::tr("Domain")), division()},
                      {},
                      {}};
        for (const QString& section : GrantVocabulary::planSections()) {
            FieldSpec sectionField =
                field("", GrantVocabulary::planSectionLabel(section), FieldKind::Section);
            sectionField.key = section;
            spec.fields.append(sectionField);
        }
        return spec;
    }
    if (entity == QLatin1String("grant_agreement"))
        return {
            entity,
            Text::tr("Agreement"),
            {field("title", Text::tr("Title")),
             reference("plan_id", Text::tr("Implementation plan"), "grant_plan"),
             reference("operator_id", Text::tr("Operator"), "grant_operator"),
             choice("mode", Text::tr("Mode"), GrantVocabulary::modes(), GrantVocabulary::modeLabel),
             choice("selection_method", Text::tr("Selection method"), GrantVocabulary::selectionMethods(),
                    GrantVocabulary::selectionMethodLabel),
             field("domain", Text::tr("Domain")), division(),
             field("resources", Text::tr("Resources in scope (one per line)"), FieldKind::Lines),
             field("starts_on", Text::tr("Term starts"), FieldKind::Date),
             field("ends_on", Text::tr("Term ends"), FieldKind::Date),
             field("revenue_shares", Text::tr("Revenue shares"), FieldKind::Shares)},
            {{QStringLiteral("grant_product"), QStringLiteral("agreement_id"),
              Text::tr("Products and services")},
             {QStringLiteral("grant_report"), QStringLiteral("agreement_id"),
              Text::tr("Annual operating reports")},
             {QStringLiteral("grant_disclosure"), QStringLiteral("agreement_id"), Text::tr("Disclosures")}},
            {}};
    if (entity == QLatin1String("grant_product"))
        return {entity,
                Text::tr("Product or service"),
                {field("name", Text::tr("Name")),
                 choice("use_class", Text::tr("Use class"), GrantVocabulary::useClasses(),
                        GrantVocabulary::useClassLabel),
                 choice("billing_unit", Text::tr("Billing unit"), GrantVocabulary::billingUnits(),
                        GrantVocabulary::billingUnitLabel),
                 field("registration_code", Text::tr("Registration code")),
                 field("cap_fen", Text::tr("Price cap (yuan)"), FieldKind::Money),
                 field("price_fen", Text::tr("Specific price (yuan)"), FieldKind::Money),
                 field("trial", Text::tr("Trial price (before the first full year)"), FieldKind::Flag),
                 field("tiers", Text::tr("Volume tiers"), FieldKind::Tiers)},
                {{QStringLiteral("grant_price"), QStringLiteral("product_id"), Text::tr("Monthly prices")}},
                {}};
    if (entity == QLatin1String("grant_price"))
        return {entity,
                Text::tr("Monthly price"),
                {field("month", Text::tr("Month"), FieldKind::Month),
                 field("cap_fen", Text::tr("Cap in force (yuan)"), FieldKind::Money),
                 field("price_fen", Text::tr("Specific price (yuan)"), FieldKind::Money)},
                {},
                {}};
    if (entity == QLatin1String("grant_report")) {
        FieldSpec max =
            field("max_revenue_fen", Text::tr("Maximum allowed revenue (yuan)"), FieldKind::Money);
        max.readOnly = true;
        return {
            entity,
            Text::tr("Annual operating report"),
            {field("year", Text::tr("Year"), FieldKind::Integer),
             field("cost_fen", Text::tr("Cost (yuan)"), FieldKind::Money),
             field("rate_bp", Text::tr("Reasonable return r (%)"), FieldKind::BasisPoints),
             field("taxes_fen", Text::tr("Taxes (yuan)"), FieldKind::Money),
             field("treasury_yield_bp", Text::tr("10-year Treasury yield (%)"), FieldKind::BasisPoints),
             field("yield_year", Text::tr("Year of that yield"), FieldKind::Integer),
             field("cost_survey_year", Text::tr("Cost survey year"), FieldKind::Integer),
             field("carry_over_fen", Text::tr("Carried over from the last cycle (yuan)"), FieldKind::Money),
             max, field("actual_revenue_fen", Text::tr("Actual revenue (yuan)"), FieldKind::Money),
             field("content", Text::tr("Report"), FieldKind::LongText),
             field("submitted_on", Text::tr("Submitted on"), FieldKind::Date)},
            {},
            completeReport};
    }
    if (entity == QLatin1String("grant_disclosure"))
        return {entity,
                Text::tr("Disclosure"),
                {choice("kind", Text::tr("Kind"), GrantVocabulary::disclosureKinds(),
                        GrantVocabulary::disclosureKindLabel),
                 field("year", Text::tr("Year"), FieldKind::Integer),
                 field("content", Text::tr("Content"), FieldKind::LongText),
                 field("submitted_on", Text::tr("Submitted on"), FieldKind::Date)},
                {},
                {}};
    return {};
}

} // namespace xs
