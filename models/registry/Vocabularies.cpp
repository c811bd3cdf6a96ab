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

namespace xs {

QList<LabelledValue> vocabularyChoices(const QString& name)
{
    if (name == QLatin1String("division")) {
        QList<LabelledValue> divisions;
        for (const Division& division : hunanDivisions())
            divisions.append({division.code, division.name});
        return divisions;
    }
    if (name == QLatin1String("rectification_target")) {
        QList<LabelledValue> kinds;
        for (const VocabularyTerm& kind : RectificationWorkflow::targetKinds())
            kinds.append({QString::fromLatin1(kind.code),
                          RectificationWorkflow::targetKindLabel(QString::fromLatin1(kind.code))});
        return kinds;
    }
    if (name == QLatin1String("open_domain")) {
        QList<LabelledValue> domains;
        for (const QString& domain : OpenDataWorkflow::domains())
            domains.append({domain, OpenDataWorkflow::domainLabel(domain)});
        return domains;
    }
    if (name == QLatin1String("quality_dimension")) {
        QList<LabelledValue> dimensions;
        for (const VocabularyTerm& dimension : QualityFeedbackWorkflow::dimensions())
            dimensions.append({QString::fromLatin1(dimension.code),
                               QualityFeedbackWorkflow::dimensionLabel(QString::fromLatin1(dimension.code))});
        return dimensions;
    }
    if (name == QLatin1String("revision_reason")) {
        QList<LabelledValue> reasons;
        for (const VocabularyTerm& reason : CatalogRevisionWorkflow::reasons())
            reasons.append({QString::fromLatin1(reason.code),
                            CatalogRevisionWorkflow::reasonLabel(QString::fromLatin1(reason.code))});
        return reasons;
    }
    if (name == QLatin1String("impact_conclusion")) {
        QList<LabelledValue> conclusions;
        for (const VocabularyTerm& conclusion : CatalogSignOff::conclusions())
            conclusions.append({QString::fromLatin1(conclusion.code),
                                CatalogSignOff::conclusionLabel(QString::fromLatin1(conclusion.code))});
        return conclusions;
    }
    if (name == QLatin1String("review_subject_kind")) {
        QList<LabelledValue> subjects;
        for (const VocabularyTerm& subject : SecurityReviewWorkflow::subjects())
            subjects.append({QString::fromLatin1(subject.code),
                             SecurityReviewWorkflow::subjectLabel(QString::fromLatin1(subject.code))});
        return subjects;
    }
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
