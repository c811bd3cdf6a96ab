#include "ui/grants/GrantFormSpecs.h"

#include "models/catalog/Divisions.h"
#include "models/grants/GrantVocabulary.h"
#include "models/journal/FieldLabels.h"
#include "models/pricing/PricingRecords.h"

#include <QCoreApplication>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::GrantFormSpecs)
};

/// A form's fields, labelled as the record type's definition names them (one label for the form,
/// the conflict lists and the hub's refusals), with the unit the editor works in.
class SpecBuilder
{
public:
    explicit SpecBuilder(const QString& entity)
        : m_entity(entity)
    {}

    FieldSpec field(const char* key, FieldKind kind = FieldKind::Text) const
    {
        const QString name = QString::fromLatin1(key);
        return {name, labelFor(fieldLabel(m_entity, name), kind), kind, {}, {}, {}, false};
    }

    FieldSpec choice(const char* key, const QStringList& codes,
                     std::function<QString(const QString&)> codeLabel) const
    {
        FieldSpec spec = field(key, FieldKind::Choice);
        spec.codes = codes;
        spec.codeLabel = std::move(codeLabel);
        return spec;
    }

    FieldSpec reference(const char* key, const char* entity) const
    {
        FieldSpec spec = field(key, FieldKind::Reference);
        spec.referenceEntity = QString::fromLatin1(entity);
        return spec;
    }

    FieldSpec division() const
    {
        QStringList codes;
        for (const Division& division : hunanDivisions())
            codes << division.code;
        return choice("division_code", codes, [](const QString& code) {
            const Division* division = findDivision(code);
            return division ? division->name : code;
        });
    }

    FormSpec form(QList<FieldSpec> fields, QList<ChildSpec> children = {},
                  std::function<void(QJsonObject&)> complete = {}) const
    {
        return {m_entity, entityLabel(m_entity), std::move(fields), std::move(children), std::move(complete)};
    }

private:
    static QString labelFor(const QString& label, FieldKind kind)
    {
        switch (kind) {
        case FieldKind::Money:
            return Text::tr("%1 (yuan)").arg(label);
        case FieldKind::BasisPoints:
            return Text::tr("%1 (%)").arg(label);
        case FieldKind::Lines:
            return Text::tr("%1 (one per line)").arg(label);
        default:
            return label;
        }
    }

    QString m_entity;
};

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
    const SpecBuilder spec(entity);
    if (entity == QLatin1String("grant_operator"))
        return spec.form({spec.field("name"), spec.field("credit_code"), spec.field("contact"),
                          spec.field("qualifications", FieldKind::LongText)});
    if (entity == QLatin1String("grant_plan")) {
        FormSpec form = spec.form({spec.field("title"), spec.field("domain"), spec.division()});
        for (const QString& section : GrantVocabulary::planSections())
            form.fields.append(
                {section, GrantVocabulary::planSectionLabel(section), FieldKind::Section, {}, {}, {}, false});
        return form;
    }
    if (entity == QLatin1String("grant_agreement"))
        return spec.form(
            {spec.field("title"), spec.reference("plan_id", "grant_plan"),
             spec.reference("operator_id", "grant_operator"),
             spec.choice("mode", GrantVocabulary::modes(), GrantVocabulary::modeLabel),
             spec.choice("selection_method", GrantVocabulary::selectionMethods(),
                         GrantVocabulary::selectionMethodLabel),
             spec.field("domain"), spec.division(), spec.field("resources", FieldKind::Lines),
             spec.field("starts_on", FieldKind::Date), spec.field("ends_on", FieldKind::Date),
             spec.field("revenue_shares", FieldKind::Shares)},
            {{QStringLiteral("grant_product"), QStringLiteral("agreement_id"),
              Text::tr("Products and services")},
             {QStringLiteral("grant_report"), QStringLiteral("agreement_id"),
              Text::tr("Annual operating reports")},
             {QStringLiteral("grant_disclosure"), QStringLiteral("agreement_id"), Text::tr("Disclosures")}});
    if (entity == QLatin1String("grant_product"))
        return spec.form(
            {spec.field("name"),
             spec.choice("use_class", GrantVocabulary::useClasses(), GrantVocabulary::useClassLabel),
             spec.choice("billing_unit", GrantVocabulary::billingUnits(), GrantVocabulary::billingUnitLabel),
             spec.field("registration_code"), spec.field("cap_fen", FieldKind::Money),
             spec.field("price_fen", FieldKind::Money), spec.field("trial", FieldKind::Flag),
             spec.field("tiers", FieldKind::Tiers)},
            {{QStringLiteral("grant_price"), QStringLiteral("product_id"), Text::tr("Monthly prices")}});
    if (entity == QLatin1String("grant_price"))
        return spec.form({spec.field("month", FieldKind::Month), spec.field("cap_fen", FieldKind::Money),
                          spec.field("price_fen", FieldKind::Money)});
    if (entity == QLatin1String("grant_report")) {
        FieldSpec max = spec.field("max_revenue_fen", FieldKind::Money);
        max.readOnly = true;
        return spec.form(
            {spec.field("year", FieldKind::Integer), spec.field("cost_fen", FieldKind::Money),
             spec.field("rate_bp", FieldKind::BasisPoints), spec.field("taxes_fen", FieldKind::Money),
             spec.field("treasury_yield_bp", FieldKind::BasisPoints),
             spec.field("yield_year", FieldKind::Integer), spec.field("cost_survey_year", FieldKind::Integer),
             spec.field("carry_over_fen", FieldKind::Money), max,
             spec.field("actual_revenue_fen", FieldKind::Money), spec.field("content", FieldKind::LongText),
             spec.field("submitted_on", FieldKind::Date)},
            {}, completeReport);
    }
    if (entity == QLatin1String("grant_disclosure"))
        return spec.form(
            {spec.choice("kind", GrantVocabulary::disclosureKinds(), GrantVocabulary::disclosureKindLabel),
             spec.field("year", FieldKind::Integer), spec.field("content", FieldKind::LongText),
             spec.field("submitted_on", FieldKind::Date)});
    return {};
}

} // namespace xs
