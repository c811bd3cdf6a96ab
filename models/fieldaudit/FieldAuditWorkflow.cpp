#include "models/fieldaudit/FieldAuditWorkflow.h"

#include "models/common/StructuredField.h"
#include "models/journal/Roles.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace xs::FieldAuditWorkflow {

namespace {

bool administers(Role role)
{
    return role == Role::Admin;
}

bool audits(Role role)
{
    return role == Role::Auditor || role == Role::Admin;
}

bool reviews(Role role)
{
    return role == Role::Reviewer || role == Role::Admin;
}

} // namespace

const StepTable& templateSteps()
{
    static const StepTable table({
        {QStringLiteral("publish"),
         {QStringLiteral("draft")},
         QStringLiteral("published"),
         administers,
         {},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Publish the template")},
        {QStringLiteral("retire"),
         {QStringLiteral("published")},
         QStringLiteral("retired"),
         administers,
         {},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Retire the template")},
    });
    return table;
}

const StepTable& taskSteps()
{
    static const StepTable table({
        {QStringLiteral("start"),
         {QStringLiteral("planned")},
         QStringLiteral("in_progress"),
         audits,
         {},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Start the visit")},
        {QStringLiteral("submit"),
         {QStringLiteral("in_progress")},
         QStringLiteral("in_review"),
         audits,
         {},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Submit for review")},
        {QStringLiteral("return"),
         {QStringLiteral("in_review")},
         QStringLiteral("in_progress"),
         reviews,
         {needArgument("reason").asked(QT_TRANSLATE_NOOP("xs::StepTable", "What must be done again"))},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Return to the auditors")},
        {QStringLiteral("confirm"),
         {QStringLiteral("in_review")},
         QStringLiteral("completed"),
         reviews,
         {mayArgument("note").asked(QT_TRANSLATE_NOOP("xs::StepTable", "Note"))},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Confirm the audit")},
    });
    return table;
}

QStringList auditorsOf(const QJsonObject& task)
{
    QStringList auditors;
    for (const QJsonValue& name : structuredField(task, "auditors").toArray()) {
        if (!name.toString().trimmed().isEmpty())
            auditors << name.toString().trimmed();
    }
    return auditors;
}

QList<QJsonObject> itemsOf(const QJsonObject& templateFields)
{
    QList<QJsonObject> items;
    for (const QJsonValue& item : structuredField(templateFields, "items").toArray())
        items << item.toObject();
    return items;
}

QStringList severitiesOf(const QJsonObject& templateFields)
{
    QStringList severities;
    for (const QJsonValue& severity : structuredField(templateFields, "severities").toArray())
        severities << severity.toString();
    return severities;
}

QString answerId(const QString& taskId, const QString& itemCode)
{
    return taskId + QLatin1Char('.') + itemCode;
}

bool mayGiveOnTask(const QString& command, Role role, bool assignedToTask)
{
    const bool byAuditors = command == QLatin1String("start") || command == QLatin1String("submit");
    return role == Role::Admin || byAuditors == assignedToTask;
}

QStringList taskStepFields()
{
    return {StateField,
            QStringLiteral("started_on"),
            QStringLiteral("submitted_on"),
            QStringLiteral("completed_on"),
            QStringLiteral("reviewed_by"),
            QStringLiteral("review_note")};
}

} // namespace xs::FieldAuditWorkflow
