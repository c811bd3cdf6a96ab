#include "models/rectification/RectificationWorkflow.h"

#include "models/journal/Roles.h"

namespace xs::RectificationWorkflow {

namespace {

constexpr VocabularyTerm States[] = {
    {"issued", QT_TRANSLATE_NOOP("xs::RectificationWorkflow", "Issued")},
    {"rectifying", QT_TRANSLATE_NOOP("xs::RectificationWorkflow", "Rectifying")},
    {"submitted", QT_TRANSLATE_NOOP("xs::RectificationWorkflow", "Submitted for acceptance")},
    {"accepted", QT_TRANSLATE_NOOP("xs::RectificationWorkflow", "Accepted")},
    {"closed", QT_TRANSLATE_NOOP("xs::RectificationWorkflow", "Closed")},
};

constexpr VocabularyTerm TargetKinds[] = {
    {"department", QT_TRANSLATE_NOOP("xs::RectificationWorkflow", "Department")},
    {"operator", QT_TRANSLATE_NOOP("xs::RectificationWorkflow", "Operator")},
};

// The department (its cataloguers) answers for itself; an operator has no account on the hub yet,
// so an administrator records its answers.
bool targetAnswers(Role role)
{
    return role == Role::Cataloguer || role == Role::Admin;
}

// Whoever checks on site or reviews decides whether the rectification is enough.
bool checkerDecides(Role role)
{
    return role == Role::Auditor || role == Role::Reviewer || role == Role::Admin;
}

bool supervisorCloses(Role role)
{
    return role == Role::Reviewer || role == Role::Manager || role == Role::Admin;
}

} // namespace

std::span<const VocabularyTerm> states()
{
    return States;
}

std::span<const VocabularyTerm> targetKinds()
{
    return TargetKinds;
}

QString initialState()
{
    return QStringLiteral("issued");
}

QString stateLabel(const QString& state)
{
    return vocabularyLabel("xs::RectificationWorkflow", States, state);
}

QString targetKindLabel(const QString& kind)
{
    return vocabularyLabel("xs::RectificationWorkflow", TargetKinds, kind);
}

const StepTable& steps()
{
    static const StepTable table({
        {QStringLiteral("begin"),
         {QStringLiteral("issued")},
         QStringLiteral("rectifying"),
         targetAnswers,
         {},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Begin rectification")},
        {QStringLiteral("submit"),
         {QStringLiteral("rectifying")},
         QStringLiteral("submitted"),
         targetAnswers,
         {needArgument("response", 4000)
              .asked(QT_TRANSLATE_NOOP("xs::StepTable", "What was rectified, and how"))},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Submit the rectification")},
        {QStringLiteral("accept"),
         {QStringLiteral("submitted")},
         QStringLiteral("accepted"),
         checkerDecides,
         {mayArgument("note").asked(QT_TRANSLATE_NOOP("xs::StepTable", "Note"))},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Accept the rectification")},
        {QStringLiteral("reject"),
         {QStringLiteral("submitted")},
         QStringLiteral("rectifying"),
         checkerDecides,
         {needArgument("reason").asked(QT_TRANSLATE_NOOP("xs::StepTable", "What is still wrong"))},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Not accepted: rectify again")},
        {QStringLiteral("close"),
         {QStringLiteral("accepted")},
         QStringLiteral("closed"),
         supervisorCloses,
         {},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Close the order")},
    });
    return table;
}

Message checkWorkingDays(qint64 workingDays)
{
    if (workingDays >= 1 && workingDays <= MaxWorkingDays)
        return {};
    return XS_MESSAGE("xs::RectificationWorkflow", "the deadline is between 1 and %1 working days")
        .arg(MaxWorkingDays);
}

bool isOverdue(const QJsonObject& order, const QDate& today)
{
    const QString state = order.value(StateField).toString();
    if (state != QLatin1String("issued") && state != QLatin1String("rectifying"))
        return false;
    const QDate due = QDate::fromString(order.value(QStringLiteral("due_on")).toString(), Qt::ISODate);
    return due.isValid() && due < today;
}

bool mayIssue(Role role)
{
    return checkerDecides(role);
}

QStringList stepFields()
{
    return {StateField,
            QStringLiteral("issued_by"),
            QStringLiteral("issued_on"),
            QStringLiteral("due_on"),
            QStringLiteral("due_provisional"),
            QStringLiteral("response"),
            QStringLiteral("decision_note"),
            QStringLiteral("submitted_on"),
            QStringLiteral("closed_on")};
}

} // namespace xs::RectificationWorkflow
