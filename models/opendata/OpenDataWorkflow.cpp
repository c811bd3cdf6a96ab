#include "models/opendata/OpenDataWorkflow.h"

#include "models/catalog/CatalogVocabulary.h"

#include <QCoreApplication>
#include <QDate>

namespace xs::OpenDataWorkflow {

namespace {

constexpr VocabularyTerm States[] = {
    {"submitted", QT_TRANSLATE_NOOP("xs::OpenDataWorkflow", "Received")},
    {"accepted", QT_TRANSLATE_NOOP("xs::OpenDataWorkflow", "Accepted, awaiting answer")},
    {"answered", QT_TRANSLATE_NOOP("xs::OpenDataWorkflow", "Answered")},
};

constexpr VocabularyTerm Outcomes[] = {
    {"opened", QT_TRANSLATE_NOOP("xs::OpenDataWorkflow", "Opened")},
    {"conditional", QT_TRANSLATE_NOOP("xs::OpenDataWorkflow", "Opened under a conditional agreement")},
    {"refused", QT_TRANSLATE_NOOP("xs::OpenDataWorkflow", "Refused")},
};

bool dataDepartment(Role role)
{
    return role == Role::Reviewer || role == Role::Admin;
}

// The named department's staff answer (SharingAccess-like side check in OpenDataAccess); the data
// department may record an answer it received in writing.
bool answers(Role role)
{
    return role == Role::Cataloguer || role == Role::Reviewer || role == Role::Admin;
}

} // namespace

std::span<const VocabularyTerm> states()
{
    return States;
}

std::span<const VocabularyTerm> outcomes()
{
    return Outcomes;
}

QString stateLabel(const QString& state)
{
    return vocabularyLabel("xs::OpenDataWorkflow", States, state);
}

QString outcomeLabel(const QString& outcome)
{
    return vocabularyLabel("xs::OpenDataWorkflow", Outcomes, outcome);
}

QStringList domains()
{
    return CatalogVocabulary::priorityOpenDomains() << OtherDomain;
}

QString domainLabel(const QString& domain)
{
    return domain == OtherDomain ? QCoreApplication::translate("xs::OpenDataWorkflow", "Other")
                                 : CatalogVocabulary::label(domain);
}

const StepTable& steps()
{
    static const StepTable table({
        {QStringLiteral("accept"),
         {QStringLiteral("submitted")},
         QStringLiteral("accepted"),
         dataDepartment,
         {needArgument("department", 32)
              .asked(QT_TRANSLATE_NOOP("xs::StepTable", "Code of the department to answer"),
                     ArgumentInput::Line)},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Accept and assign")},
        {QStringLiteral("answer_opened"),
         {QStringLiteral("accepted")},
         QStringLiteral("answered"),
         answers,
         {needArgument("answer").asked(QT_TRANSLATE_NOOP("xs::StepTable", "What was opened, and where"))},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Answer: opened")},
        {QStringLiteral("answer_conditional"),
         {QStringLiteral("accepted")},
         QStringLiteral("answered"),
         answers,
         {needArgument("answer").asked(
             QT_TRANSLATE_NOOP("xs::StepTable", "The conditional agreement: terms and how to sign it"))},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Answer: conditional agreement")},
        {QStringLiteral("answer_refused"),
         {QStringLiteral("accepted")},
         QStringLiteral("answered"),
         answers,
         {needArgument("answer").asked(QT_TRANSLATE_NOOP("xs::StepTable", "Reasons for refusal"))},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Answer: refused")},
    });
    return table;
}

QString outcomeOf(const QString& command)
{
    if (command == QLatin1String("answer_opened"))
        return QStringLiteral("opened");
    if (command == QLatin1String("answer_conditional"))
        return QStringLiteral("conditional");
    if (command == QLatin1String("answer_refused"))
        return QStringLiteral("refused");
    return {};
}

bool mayRegister(Role role)
{
    return role == Role::Cataloguer || dataDepartment(role);
}

QStringList stepFields()
{
    return {StateField,
            QStringLiteral("received_on"),
            QStringLiteral("registered_by"),
            QStringLiteral("provider_code"),
            QStringLiteral("accepted_on"),
            QStringLiteral("answer_due_on"),
            QStringLiteral("answer_due_provisional"),
            QStringLiteral("answer_days"),
            QStringLiteral("outcome"),
            QStringLiteral("answer"),
            QStringLiteral("answered_by"),
            QStringLiteral("answered_on")};
}

bool isOverdue(const QJsonObject& demand, const QDate& today)
{
    if (demand.value(StateField).toString() != QLatin1String("accepted"))
        return false;
    const QDate due =
        QDate::fromString(demand.value(QStringLiteral("answer_due_on")).toString(), Qt::ISODate);
    return due.isValid() && due < today;
}

} // namespace xs::OpenDataWorkflow
