#include "models/fieldaudit/FieldAuditVocabulary.h"

#include <QCoreApplication>

namespace xs::FieldAuditVocabulary {

namespace {

constexpr const char* Context = "xs::FieldAuditVocabulary";

constexpr VocabularyTerm Kinds[] = {
    {"catalog_quality", QT_TRANSLATE_NOOP("xs::FieldAuditVocabulary", "Catalog and data quality")},
    {"authorized_operation", QT_TRANSLATE_NOOP("xs::FieldAuditVocabulary", "Authorized operation")},
    {"registration_materials", QT_TRANSLATE_NOOP("xs::FieldAuditVocabulary", "Registration materials")},
};

// The checklists templates hold: one per kind of visit, and the security review's (HN25 item 20),
// which is no visit but is answered item by item the same way.
constexpr VocabularyTerm TemplateKinds[] = {
    {"catalog_quality", QT_TRANSLATE_NOOP("xs::FieldAuditVocabulary", "Catalog and data quality")},
    {"authorized_operation", QT_TRANSLATE_NOOP("xs::FieldAuditVocabulary", "Authorized operation")},
    {"registration_materials", QT_TRANSLATE_NOOP("xs::FieldAuditVocabulary", "Registration materials")},
    {"security_review",
     QT_TRANSLATE_NOOP("xs::FieldAuditVocabulary", "Security risk assessment and conformity review")},
};

constexpr VocabularyTerm Results[] = {
    {"conforms", QT_TRANSLATE_NOOP("xs::FieldAuditVocabulary", "Conforms")},
    {"nonconforming", QT_TRANSLATE_NOOP("xs::FieldAuditVocabulary", "Does not conform")},
    {"not_applicable", QT_TRANSLATE_NOOP("xs::FieldAuditVocabulary", "Not applicable")},
};

constexpr VocabularyTerm TaskStates[] = {
    {"planned", QT_TRANSLATE_NOOP("xs::FieldAuditVocabulary", "Planned")},
    {"in_progress", QT_TRANSLATE_NOOP("xs::FieldAuditVocabulary", "In progress")},
    {"in_review", QT_TRANSLATE_NOOP("xs::FieldAuditVocabulary", "Awaiting review")},
    {"completed", QT_TRANSLATE_NOOP("xs::FieldAuditVocabulary", "Completed")},
};

constexpr VocabularyTerm TemplateStates[] = {
    {"draft", QT_TRANSLATE_NOOP("xs::FieldAuditVocabulary", "Draft")},
    {"published", QT_TRANSLATE_NOOP("xs::FieldAuditVocabulary", "Published")},
    {"retired", QT_TRANSLATE_NOOP("xs::FieldAuditVocabulary", "Retired")},
};

QList<LabelledValue> labelled(std::span<const VocabularyTerm> terms)
{
    QList<LabelledValue> values;
    for (const VocabularyTerm& term : terms)
        values.append({QString::fromLatin1(term.code), QCoreApplication::translate(Context, term.label)});
    return values;
}

} // namespace

std::span<const VocabularyTerm> kinds()
{
    return Kinds;
}

std::span<const VocabularyTerm> results()
{
    return Results;
}

std::span<const VocabularyTerm> taskStates()
{
    return TaskStates;
}

std::span<const VocabularyTerm> templateStates()
{
    return TemplateStates;
}

bool isVisitKind(const QString& kind)
{
    return vocabularyCodes(Kinds).contains(kind);
}

QString rectificationTargetKind(const QString& kind)
{
    return kind == QLatin1String("catalog_quality") ? QStringLiteral("department")
                                                    : QStringLiteral("operator");
}

QString targetEntity(const QString& kind)
{
    if (kind == QLatin1String("catalog_quality"))
        return QStringLiteral("department");
    if (kind == QLatin1String("authorized_operation"))
        return QStringLiteral("grant_operator");
    if (kind == QLatin1String("registration_materials"))
        return QStringLiteral("registration");
    return {};
}

QString targetField(const QString& kind)
{
    return kind == QLatin1String("catalog_quality") ? QStringLiteral("code") : QStringLiteral("id");
}

QStringList defaultSeverities()
{
    // A template keeps its severities as the words on its findings and in its reports, which are
    // Chinese documents whatever the language of the screen.
    return {QString::fromUtf8("一般"), QString::fromUtf8("较重"), QString::fromUtf8("严重")};
}

QString kindLabel(const QString& kind)
{
    return vocabularyLabel(Context, TemplateKinds, kind);
}

QString resultLabel(const QString& result)
{
    return vocabularyLabel(Context, Results, result);
}

QString taskStateLabel(const QString& state)
{
    return vocabularyLabel(Context, TaskStates, state);
}

QString templateStateLabel(const QString& state)
{
    return vocabularyLabel(Context, TemplateStates, state);
}

QList<LabelledValue> choices(const QString& name)
{
    if (name == QLatin1String("audit_kind"))
        return labelled(Kinds);
    if (name == QLatin1String("audit_template_kind"))
        return labelled(TemplateKinds);
    if (name == QLatin1String("audit_result"))
        return labelled(Results);
    return {};
}

} // namespace xs::FieldAuditVocabulary
