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

} // namespace

const StepTable& steps()
{
    static const StepTable table({
        {QStringLiteral("submit"),
         {QStringLiteral("draft"), QStringLiteral("withdrawn")},
         QStringLiteral("submitted"),
         cataloguerGives},
        {QStringLiteral("publish"),
         {QStringLiteral("submitted")},
         QStringLiteral("published"),
         reviewerGives},
        {QStringLiteral("return"), {QStringLiteral("submitted")}, QStringLiteral("draft"), reviewerGives},
        {QStringLiteral("withdraw"),
         {QStringLiteral("published")},
         QStringLiteral("withdrawn"),
         reviewerGives},
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
