#include "models/fieldaudit/FieldAuditRules.h"

#include "models/attachments/AttachmentLimits.h"
#include "models/attachments/AttachmentRecords.h"
#include "models/fieldaudit/FieldAuditVocabulary.h"
#include "models/fieldaudit/FieldAuditWorkflow.h"
#include "models/rectification/RectificationWorkflow.h"

#include <QRegularExpression>
#include <QSet>

namespace xs::FieldAuditRules {

namespace {

namespace Flow = FieldAuditWorkflow;

FieldProblem problem(const char* field, Message message)
{
    return {QString::fromLatin1(field), std::move(message)};
}

QString text(const QJsonObject& fields, const char* name)
{
    return fields.value(QLatin1String(name)).toString();
}

std::optional<QJsonObject> liveFields(const StoredRecords& stored, const QString& entity, const QString& id)
{
    const std::optional<RecordState> record = stored.find(entity, id);
    return record && !record->deleted ? std::optional(record->fields) : std::nullopt;
}

// The template of the task an answer or finding belongs to (the task is stored before them: a push
// sends parents first, and the hub stores each operation as it goes).
std::optional<QJsonObject> templateOfTask(const RuleInput& input)
{
    const std::optional<QJsonObject> task =
        liveFields(input.stored, Flow::TaskEntity, text(input.next.fields, "task_id"));
    return task ? liveFields(input.stored, Flow::TemplateEntity, text(*task, "template_id")) : std::nullopt;
}

bool hasItem(const QJsonObject& templateFields, const QString& code)
{
    for (const QJsonObject& item : Flow::itemsOf(templateFields)) {
        if (item.value(QStringLiteral("code")).toString() == code)
            return true;
    }
    return false;
}

/// Refuses an item the checklist does not have (any item, when there is no checklist).
void checkItem(const std::optional<QJsonObject>& checklist, const QString& item,
               QList<FieldProblem>& problems)
{
    if (!checklist || !hasItem(*checklist, item))
        problems << problem(
            "item_code",
            XS_MESSAGE("xs::FieldAuditRules", "item %1 is not on the task's checklist").arg(item.left(64)));
}

} // namespace

QList<FieldProblem> checkTemplate(const RuleInput& input)
{
    const QJsonObject& fields = input.next.fields;
    QList<FieldProblem> problems;
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    const QList<QJsonObject> items = Flow::itemsOf(fields);
    QSet<QString> codes;
    for (const QJsonObject& item : items) {
        const QString code = item.value(QStringLiteral("code")).toString();
        if (code.size() > MaxItemCodeLength || !codePattern.match(code).hasMatch()) {
            problems << problem("items", XS_MESSAGE("xs::FieldAuditRules",
                                                    "item code \"%1\" is not 1 to %2 letters, digits, dots "
                                                    "or dashes")
                                             .arg(code.left(64))
                                             .arg(MaxItemCodeLength));
            break;
        }
        if (codes.contains(code)) {
            problems << problem("items",
                                XS_MESSAGE("xs::FieldAuditRules", "item code %1 is used twice").arg(code));
            break;
        }
        codes.insert(code);
        if (item.value(QStringLiteral("text")).toString().trimmed().isEmpty()) {
            problems << problem(
                "items", XS_MESSAGE("xs::FieldAuditRules", "item %1 does not say what to check").arg(code));
            break;
        }
    }
    if (items.isEmpty())
        problems << problem("items",
                            XS_MESSAGE("xs::FieldAuditRules", "a checklist needs at least one item"));
    if (fields.value(QStringLiteral("template_version")).toInteger() < 1)
        problems << problem("template_version", XS_MESSAGE("xs::FieldAuditRules", "versions count from 1"));
    if (!FieldAuditVocabulary::isVisitKind(fields.value(QStringLiteral("kind")).toString()))
        return problems; // a review's checklist raises no findings to grade or rectify
    const QStringList severities = Flow::severitiesOf(fields);
    if (severities.isEmpty() || severities.contains(QString()) ||
        QSet<QString>(severities.begin(), severities.end()).size() != severities.size())
        problems << problem("severities",
                            XS_MESSAGE("xs::FieldAuditRules", "list each severity once, and at least one"));
    if (const Message days = RectificationWorkflow::checkWorkingDays(
            fields.value(QStringLiteral("rectification_days")).toInteger());
        !days.isEmpty())
        problems << problem("rectification_days", days);
    return problems;
}

QList<FieldProblem> checkTask(const RuleInput& input)
{
    const QJsonObject& fields = input.next.fields;
    QList<FieldProblem> problems;
    const QString kind = text(fields, "kind");
    const std::optional<QJsonObject> checklist =
        liveFields(input.stored, Flow::TemplateEntity, text(fields, "template_id"));
    if (!checklist || text(*checklist, "state") == QLatin1String("draft"))
        problems << problem("template_id",
                            XS_MESSAGE("xs::FieldAuditRules", "choose a published checklist template"));
    else if (text(*checklist, "kind") != kind)
        problems << problem("template_id",
                            XS_MESSAGE("xs::FieldAuditRules", "the checklist is for another kind of visit"));
    const QString targetEntity = FieldAuditVocabulary::targetEntity(kind);
    const QString target = text(fields, "target_code");
    const bool targetKnown =
        FieldAuditVocabulary::targetField(kind) == QLatin1String("id")
            ? liveFields(input.stored, targetEntity, target).has_value()
            : !input.stored.liveWith(targetEntity, QStringLiteral("code"), target).isEmpty();
    if (!targetEntity.isEmpty() && !targetKnown)
        problems << problem("target_code", XS_MESSAGE("xs::FieldAuditRules",
                                                      "the audited department, operator or registration "
                                                      "is not known"));
    if (Flow::auditorsOf(fields).isEmpty())
        problems << problem("auditors", XS_MESSAGE("xs::FieldAuditRules", "assign at least one auditor"));
    return problems;
}

QList<FieldProblem> checkAnswer(const RuleInput& input)
{
    const QJsonObject& fields = input.next.fields;
    QList<FieldProblem> problems;
    const QString item = text(fields, "item_code");
    if (input.next.id != Flow::answerId(text(fields, "task_id"), item))
        problems << problem("item_code",
                            XS_MESSAGE("xs::FieldAuditRules", "an answer's id is its task's and its item's"));
    checkItem(templateOfTask(input), item, problems);
    return problems;
}

QList<FieldProblem> checkFinding(const RuleInput& input)
{
    const QJsonObject& fields = input.next.fields;
    QList<FieldProblem> problems;
    const std::optional<QJsonObject> checklist = templateOfTask(input);
    const QString item = text(fields, "item_code");
    if (!item.isEmpty())
        checkItem(checklist, item, problems);
    if (!checklist || !Flow::severitiesOf(*checklist).contains(text(fields, "severity")))
        problems << problem("severity",
                            XS_MESSAGE("xs::FieldAuditRules", "choose one of the checklist's severities"));
    return problems;
}

QList<FieldProblem> checkEvidence(const RuleInput& input)
{
    const QJsonObject& fields = input.next.fields;
    QList<FieldProblem> problems;
    const QString item = text(fields, "item_code");
    if (!item.isEmpty())
        checkItem(templateOfTask(input), item, problems);
    if (const QList<FieldProblem> file = AttachmentRecords::checkFile(fields); !file.isEmpty())
        return problems + file; // the task's total means nothing with a size out of bounds
    const qint64 size = fields.value(QStringLiteral("size")).toInteger();
    qint64 taskTotal = size;
    for (const RecordState& other :
         input.stored.liveWith(Flow::EvidenceEntity, QStringLiteral("task_id"), text(fields, "task_id"))) {
        if (other.id != input.next.id)
            taskTotal += other.fields.value(QStringLiteral("size")).toInteger();
    }
    if (taskTotal > AttachmentLimits::MaxTaskBytes)
        problems << problem("size",
                            XS_MESSAGE("xs::FieldAuditRules",
                                       "the task's evidence would hold %1 MiB, over its limit of %2 MiB")
                                .arg(taskTotal / AttachmentLimits::ChunkBytes)
                                .arg(AttachmentLimits::MaxTaskBytes / AttachmentLimits::ChunkBytes));
    return problems;
}

} // namespace xs::FieldAuditRules
