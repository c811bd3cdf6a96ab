#include "models/catalog/CatalogWorkflow.h"

#include "models/journal/AccessPolicy.h"

namespace xs::CatalogWorkflow {

QString initialState()
{
    return QStringLiteral("draft");
}

QStringList states()
{
    return {QStringLiteral("draft"), QStringLiteral("submitted"), QStringLiteral("published"),
            QStringLiteral("withdrawn")};
}

namespace {

bool cataloguerGives(Role role)
{
    return role == Role::Cataloguer || role == Role::Admin;
}

bool reviewerGives(Role role)
{
    return role == Role::Reviewer || role == Role::Admin;
}

// 负责人: the department head, who signs off a new entry's impact assessment.
bool headGives(Role role)
{
    return role == Role::Manager || role == Role::Admin;
}

} // namespace

const StepTable& steps()
{
    // A step that sends an entry back or takes it out of use says why; the reason is kept in the
    // entry's history.
    const ArgumentSpec reason =
        needArgument("reason").asked(QT_TRANSLATE_NOOP("xs::StepTable", "Why is this change made?"));
    static const StepTable table({
        // The head's sign-off keeps the state; it writes who signed, when and why (CatalogSignOff).
        {QStringLiteral("sign_off"),
         {QStringLiteral("draft"), QStringLiteral("withdrawn")},
         {},
         headGives,
         {mayArgument("comment").asked(QT_TRANSLATE_NOOP("xs::StepTable", "Sign-off comment"))},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Sign off as department head")},
        {QStringLiteral("submit"),
         {QStringLiteral("draft"), QStringLiteral("withdrawn")},
         QStringLiteral("submitted"),
         cataloguerGives,
         {},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Submit for review")},
        {QStringLiteral("publish"),
         {QStringLiteral("submitted")},
         QStringLiteral("published"),
         reviewerGives,
         {},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Publish")},
        {QStringLiteral("return"),
         {QStringLiteral("submitted")},
         QStringLiteral("draft"),
         reviewerGives,
         {reason},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Return to draft")},
        {QStringLiteral("withdraw"),
         {QStringLiteral("published")},
         QStringLiteral("withdrawn"),
         reviewerGives,
         {reason},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Withdraw")},
    });
    return table;
}

QStringList commands()
{
    return steps().commands();
}

std::optional<QString> next(const QString& state, const QString& command)
{
    return steps().next(state, command);
}

std::optional<QStringList> pathTo(const QString& from, const QString& to, const QStringList& allowed)
{
    return steps().pathTo(from, to, allowed);
}

bool roleMayGive(Role role, const QString& command)
{
    return steps().mayGive(role, command);
}

} // namespace xs::CatalogWorkflow
