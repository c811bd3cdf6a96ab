#pragma once

#include "models/journal/StepTable.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace xs {

/// 现场核查 (DOMAIN.md §6): checklist templates that administrators publish, and audit tasks that
/// go 计划中 → 进行中 → 待复核 → 已完成 (planned → in_progress → in_review → completed).
namespace FieldAuditWorkflow {

inline const QString TemplateEntity = QStringLiteral("audit_template");
inline const QString TaskEntity = QStringLiteral("audit_task");
inline const QString AnswerEntity = QStringLiteral("audit_answer");
inline const QString FindingEntity = QStringLiteral("audit_finding");
inline const QString EvidenceEntity = QStringLiteral("audit_evidence");
inline const QString StateField = QStringLiteral("state");

const StepTable& templateSteps();
const StepTable& taskSteps();

/// The user names a task assigns (its auditors field, a JSON array kept as text).
QStringList auditorsOf(const QJsonObject& task);
/// The items of a template (its items field, a JSON array of {code, section, text} kept as text).
QList<QJsonObject> itemsOf(const QJsonObject& templateFields);
/// The severities a template's findings take (its severities field, a JSON array of words).
QStringList severitiesOf(const QJsonObject& templateFields);

/// An answer's record id: one per item of a task, so two auditors answering the same item offline
/// edit one record and meet in the conflicts view instead of leaving two answers.
QString answerId(const QString& taskId, const QString& itemCode);

/// Who of those whose role may give a task step gives it on this task: its own auditors start and
/// submit the visit; someone who was not on it returns or confirms it (four eyes). Administrators
/// may do either.
bool mayGiveOnTask(const QString& command, Role role, bool assignedToTask);

/// The fields only steps or the hub write on a task.
QStringList taskStepFields();

} // namespace FieldAuditWorkflow

} // namespace xs
