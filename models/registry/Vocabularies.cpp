// The vocabularies forms offer, put together from the areas (see SyncedRecordTypes.cpp for why
// this lives here).
#include "models/journal/Vocabularies.h"

#include "models/catalog/CatalogSignOff.h"
#include "models/catalog/CatalogVocabulary.h"
#include "models/catalog/Divisions.h"
#include "models/catalog/revision/CatalogRevisionWorkflow.h"
#include "models/fieldaudit/FieldAuditVocabulary.h"
#include "models/grants/GrantVocabulary.h"
#include "models/opendata/OpenDataWorkflow.h"
#include "models/quality/QualityFeedbackWorkflow.h"
#include "models/rectification/RectificationWorkflow.h"
#include "models/securityreview/SecurityReviewWorkflow.h"

#include <QHash>

namespace xs {

namespace {

// The choices of a list of terms, each labelled in the UI's language by its area.
QList<LabelledValue> termChoices(std::span<const VocabularyTerm> terms, QString (*label)(const QString&))
{
    QList<LabelledValue> choices;
    for (const VocabularyTerm& term : terms)
        choices.append({QString::fromLatin1(term.code), label(QString::fromLatin1(term.code))});
    return choices;
}

} // namespace

QList<LabelledValue> vocabularyChoices(const QString& name)
{
    if (name == QLatin1String("division")) {
        QList<LabelledValue> divisions;
        for (const Division& division : hunanDivisions())
            divisions.append({division.code, division.name});
        return divisions;
    }
    if (name == QLatin1String("open_domain")) {
        QList<LabelledValue> domains;
        for (const QString& domain : OpenDataWorkflow::domains())
            domains.append({domain, OpenDataWorkflow::domainLabel(domain)});
        return domains;
    }
    static const QHash<QString, std::pair<std::span<const VocabularyTerm> (*)(), QString (*)(const QString&)>>
        terms{
            {QStringLiteral("rectification_target"),
             {&RectificationWorkflow::targetKinds, &RectificationWorkflow::targetKindLabel}},
            {QStringLiteral("quality_dimension"),
             {&QualityFeedbackWorkflow::dimensions, &QualityFeedbackWorkflow::dimensionLabel}},
            {QStringLiteral("revision_reason"),
             {&CatalogRevisionWorkflow::reasons, &CatalogRevisionWorkflow::reasonLabel}},
            {QStringLiteral("impact_conclusion"),
             {&CatalogSignOff::conclusions, &CatalogSignOff::conclusionLabel}},
            {QStringLiteral("review_subject_kind"),
             {&SecurityReviewWorkflow::subjects, &SecurityReviewWorkflow::subjectLabel}},
        };
    if (const auto list = terms.constFind(name); list != terms.cend())
        return termChoices(list->first(), list->second);
    QList<LabelledValue> choices = GrantVocabulary::choices(name);
    if (choices.isEmpty())
        choices = FieldAuditVocabulary::choices(name);
    if (!choices.isEmpty())
        return choices;
    for (const QString& value : CatalogVocabulary::vocabulary(name))
        choices.append({value, CatalogVocabulary::label(value)});
    return choices;
}

} // namespace xs
