#include "models/securityreview/SecurityReviewWorkflow.h"

#include "models/common/StructuredField.h"
#include "models/fieldaudit/FieldAuditVocabulary.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace xs::SecurityReviewWorkflow {

namespace {

constexpr VocabularyTerm States[] = {
    {"in_progress", QT_TRANSLATE_NOOP("xs::SecurityReviewWorkflow", "Under review")},
    {"concluded", QT_TRANSLATE_NOOP("xs::SecurityReviewWorkflow", "Concluded")},
};

constexpr VocabularyTerm Conclusions[] = {
    {"passed", QT_TRANSLATE_NOOP("xs::SecurityReviewWorkflow", "Passed")},
    {"conditional", QT_TRANSLATE_NOOP("xs::SecurityReviewWorkflow", "Passed with conditions")},
    {"failed", QT_TRANSLATE_NOOP("xs::SecurityReviewWorkflow", "Failed")},
};

constexpr VocabularyTerm Subjects[] = {
    {"sharing_request", QT_TRANSLATE_NOOP("xs::SecurityReviewWorkflow", "Sharing request (conditional)")},
    {"grant_agreement", QT_TRANSLATE_NOOP("xs::SecurityReviewWorkflow", "Authorized-operation agreement")},
};

} // namespace

std::span<const VocabularyTerm> states()
{
    return States;
}

std::span<const VocabularyTerm> subjects()
{
    return Subjects;
}

QString stateLabel(const QString& state)
{
    return vocabularyLabel("xs::SecurityReviewWorkflow", States, state);
}

QString conclusionLabel(const QString& conclusion)
{
    return vocabularyLabel("xs::SecurityReviewWorkflow", Conclusions, conclusion);
}

QString subjectLabel(const QString& subjectEntity)
{
    return vocabularyLabel("xs::SecurityReviewWorkflow", Subjects, subjectEntity);
}

bool mayReview(Role role)
{
    return role == Role::Reviewer || role == Role::Admin;
}

const StepTable& steps()
{
    static const StepTable table({
        {QStringLiteral("conclude_passed"),
         {QStringLiteral("in_progress")},
         QStringLiteral("concluded"),
         mayReview,
         {mayArgument("opinion").asked(QT_TRANSLATE_NOOP("xs::StepTable", "Opinion (optional)"))},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Conclude: passed")},
        {QStringLiteral("conclude_conditional"),
         {QStringLiteral("in_progress")},
         QStringLiteral("concluded"),
         mayReview,
         {needArgument("opinion").asked(QT_TRANSLATE_NOOP("xs::StepTable", "Conditions the use must meet"))},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Conclude: passed with conditions")},
        {QStringLiteral("conclude_failed"),
         {QStringLiteral("in_progress")},
         QStringLiteral("concluded"),
         mayReview,
         {needArgument("opinion").asked(QT_TRANSLATE_NOOP("xs::StepTable", "Reasons it fails"))},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Conclude: failed")},
    });
    return table;
}

QString conclusionOf(const QString& command)
{
    if (command == QLatin1String("conclude_passed"))
        return QStringLiteral("passed");
    if (command == QLatin1String("conclude_conditional"))
        return QStringLiteral("conditional");
    if (command == QLatin1String("conclude_failed"))
        return QStringLiteral("failed");
    return {};
}

bool isPassing(const QString& conclusion)
{
    return conclusion == QLatin1String("passed") || conclusion == QLatin1String("conditional");
}

QList<ItemAnswer> answersOf(const QJsonObject& review)
{
    QList<ItemAnswer> answers;
    for (const QJsonValue& value : structuredField(review, "answers").toArray()) {
        const QJsonObject answer = value.toObject();
        answers.append({answer.value(QStringLiteral("code")).toString(),
                        answer.value(QStringLiteral("result")).toString(),
                        answer.value(QStringLiteral("note")).toString()});
    }
    return answers;
}

QString answersText(const QList<ItemAnswer>& answers)
{
    QJsonArray array;
    for (const ItemAnswer& answer : answers)
        array.append(QJsonObject{{QStringLiteral("code"), answer.code},
                                 {QStringLiteral("result"), answer.result},
                                 {QStringLiteral("note"), answer.note}});
    return structuredText(array);
}

Message checkAnswers(const QList<ItemAnswer>& answers, const QStringList& templateCodes)
{
    const QStringList results = vocabularyCodes(FieldAuditVocabulary::results());
    QSet<QString> seen;
    for (const ItemAnswer& answer : answers) {
        if (!templateCodes.contains(answer.code))
            return XS_MESSAGE("xs::SecurityReviewWorkflow", "the checklist has no item %1")
                .arg(answer.code.left(64));
        if (seen.contains(answer.code))
            return XS_MESSAGE("xs::SecurityReviewWorkflow", "item %1 is answered twice").arg(answer.code);
        seen.insert(answer.code);
        if (!results.contains(answer.result))
            return XS_MESSAGE("xs::SecurityReviewWorkflow",
                              "item %1: choose conforms, does not conform or not applicable")
                .arg(answer.code);
    }
    return {};
}

Message checkConclusion(const QString& command, const QList<ItemAnswer>& answers,
                        const QStringList& templateCodes)
{
    if (const Message problem = checkAnswers(answers, templateCodes); !problem.isEmpty())
        return problem;
    int unanswered = 0;
    for (const QString& code : templateCodes) {
        if (std::ranges::none_of(answers, [&](const ItemAnswer& answer) { return answer.code == code; }))
            ++unanswered;
    }
    if (unanswered > 0)
        return XS_MESSAGE("xs::SecurityReviewWorkflow", "%1 checklist items are not answered yet")
            .arg(unanswered);
    if (command == QLatin1String("conclude_passed") &&
        std::ranges::any_of(answers, [](const ItemAnswer& answer) {
            return answer.result == QLatin1String("nonconforming");
        }))
        return XS_MESSAGE("xs::SecurityReviewWorkflow",
                          "an item does not conform: conclude with conditions or as failed");
    return {};
}

QStringList stepFields()
{
    return {StateField,
            QStringLiteral("template_version"),
            QStringLiteral("opened_by"),
            QStringLiteral("opened_on"),
            QStringLiteral("conclusion"),
            QStringLiteral("opinion"),
            QStringLiteral("concluded_by"),
            QStringLiteral("concluded_on")};
}

} // namespace xs::SecurityReviewWorkflow
