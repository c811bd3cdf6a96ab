#include "models/quality/QualityFeedbackWorkflow.h"

namespace xs::QualityFeedbackWorkflow {

namespace {

constexpr VocabularyTerm Dimensions[] = {
    {"accuracy", QT_TRANSLATE_NOOP("xs::QualityFeedbackWorkflow", "Accuracy")},
    {"completeness", QT_TRANSLATE_NOOP("xs::QualityFeedbackWorkflow", "Completeness")},
    {"timeliness", QT_TRANSLATE_NOOP("xs::QualityFeedbackWorkflow", "Timeliness")},
    {"consistency", QT_TRANSLATE_NOOP("xs::QualityFeedbackWorkflow", "Consistency")},
};

constexpr VocabularyTerm States[] = {
    {"filed", QT_TRANSLATE_NOOP("xs::QualityFeedbackWorkflow", "Filed")},
    {"verifying", QT_TRANSLATE_NOOP("xs::QualityFeedbackWorkflow", "Verifying")},
    {"rectifying", QT_TRANSLATE_NOOP("xs::QualityFeedbackWorkflow", "Being corrected")},
    {"corrected", QT_TRANSLATE_NOOP("xs::QualityFeedbackWorkflow", "Corrected")},
    {"rejected", QT_TRANSLATE_NOOP("xs::QualityFeedbackWorkflow", "Not upheld")},
    {"closed", QT_TRANSLATE_NOOP("xs::QualityFeedbackWorkflow", "Result fed back")},
};

} // namespace

std::span<const VocabularyTerm> dimensions()
{
    return Dimensions;
}

std::span<const VocabularyTerm> states()
{
    return States;
}

QString initialState()
{
    return QStringLiteral("filed");
}

QString stateLabel(const QString& state)
{
    return vocabularyLabel("xs::QualityFeedbackWorkflow", States, state);
}

QString dimensionLabel(const QString& dimension)
{
    return vocabularyLabel("xs::QualityFeedbackWorkflow", Dimensions, dimension);
}

bool mayFile(Role role)
{
    return role == Role::Cataloguer || role == Role::Reviewer || role == Role::Auditor || role == Role::Admin;
}

bool dataDepartment(Role role)
{
    return role == Role::Reviewer || role == Role::Admin;
}

const StepTable& steps()
{
    static const StepTable table({
        {QStringLiteral("verify"),
         {QStringLiteral("filed")},
         QStringLiteral("verifying"),
         dataDepartment,
         {},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Start verifying")},
        {QStringLiteral("uphold"),
         {QStringLiteral("verifying")},
         QStringLiteral("rectifying"),
         dataDepartment,
         {mayArgument("note").asked(QT_TRANSLATE_NOOP("xs::StepTable", "What verification found"))},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Uphold: have it corrected")},
        {QStringLiteral("reject"),
         {QStringLiteral("verifying")},
         QStringLiteral("rejected"),
         dataDepartment,
         {needArgument("reason").asked(QT_TRANSLATE_NOOP("xs::StepTable", "Why the feedback is not upheld"))},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Not upheld")},
        {QStringLiteral("mark_corrected"),
         {QStringLiteral("rectifying")},
         QStringLiteral("corrected"),
         dataDepartment,
         {},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Mark corrected")},
        {QStringLiteral("feed_back"),
         {QStringLiteral("corrected"), QStringLiteral("rejected")},
         QStringLiteral("closed"),
         dataDepartment,
         {needArgument("result").asked(
             QT_TRANSLATE_NOOP("xs::StepTable", "The result, as the filer is told"))},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Feed the result back")},
    });
    return table;
}

QStringList stepFields()
{
    return {StateField,
            QStringLiteral("provider_code"),
            QStringLiteral("filed_by"),
            QStringLiteral("filed_on"),
            QStringLiteral("verification_note"),
            QStringLiteral("decided_by"),
            QStringLiteral("decided_on"),
            QStringLiteral("result"),
            QStringLiteral("closed_on")};
}

} // namespace xs::QualityFeedbackWorkflow
