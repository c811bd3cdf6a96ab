#include "app/areas/FieldAuditServices.h"

#include "models/fieldaudit/FieldAuditVocabulary.h"
#include "models/fieldaudit/FieldAuditWorkflow.h"
#include "models/journal/LocalRecords.h"
#include "models/journal/RecordWriter.h"
#include "models/rectification/RectificationWorkflow.h"

namespace xs {

FieldAuditServices::FieldAuditServices(QSqlDatabase database, QString user, const Clock& clock)
    : m_database(database)
    , m_user(std::move(user))
    , m_clock(clock)
    , m_journal(database, m_user, clock)
    , m_store(database, clock)
{}

QList<AuditTaskRow> FieldAuditServices::tasks() const
{
    return AuditTaskList::load(LocalRecords(m_database, m_clock).live(FieldAuditWorkflow::TaskEntity),
                               m_clock.today());
}

FieldAuditOverview FieldAuditServices::overview() const
{
    const LocalRecords records(m_database, m_clock);
    return FieldAuditOverview::compute(records.live(FieldAuditWorkflow::TaskEntity),
                                       records.live(FieldAuditWorkflow::FindingEntity),
                                       records.live(RectificationWorkflow::Entity), m_clock.today());
}

std::optional<AuditTaskRow> FieldAuditServices::task(const QString& taskId) const
{
    const std::optional<RecordState> task =
        LocalRecords(m_database, m_clock).find(FieldAuditWorkflow::TaskEntity, taskId);
    if (!task || task->deleted)
        return std::nullopt;
    return AuditTaskRow::of(*task, m_clock.today());
}

std::optional<QJsonObject> FieldAuditServices::taskFields(const QString& taskId) const
{
    const std::optional<RecordState> task =
        LocalRecords(m_database, m_clock).find(FieldAuditWorkflow::TaskEntity, taskId);
    if (!task || task->deleted)
        return std::nullopt;
    return task->fields;
}

QList<EvidenceRow> FieldAuditServices::evidence(const QString& taskId) const
{
    QList<EvidenceRow> rows;
    for (const RecordState& record :
         LocalRecords(m_database, m_clock)
             .liveWith(FieldAuditWorkflow::EvidenceEntity, QStringLiteral("task_id"), taskId))
        rows.append({record, m_store.file({record.entity, record.id})});
    std::sort(rows.begin(), rows.end(), [](const EvidenceRow& a, const EvidenceRow& b) {
        return std::pair(a.field("taken_at"), a.record.id) < std::pair(b.field("taken_at"), b.record.id);
    });
    return rows;
}

OfflineContents FieldAuditServices::offlineContents(const QString& taskId) const
{
    return OfflinePackage(m_database, m_clock).contents(taskId);
}

std::optional<OfflineMark> FieldAuditServices::offlineMark(const QString& taskId) const
{
    return OfflinePackage(m_database, m_clock).mark(taskId);
}

QJsonObject FieldAuditServices::checklistOf(const QString& taskId) const
{
    const LocalRecords records(m_database, m_clock);
    const std::optional<RecordState> task = records.find(FieldAuditWorkflow::TaskEntity, taskId);
    if (!task)
        return {};
    const std::optional<RecordState> checklist = records.find(
        FieldAuditWorkflow::TemplateEntity, task->fields.value(QStringLiteral("template_id")).toString());
    return checklist && !checklist->deleted ? checklist->fields : QJsonObject();
}

QList<RecordState> FieldAuditServices::answers(const QString& taskId) const
{
    return LocalRecords(m_database, m_clock)
        .liveWith(FieldAuditWorkflow::AnswerEntity, QStringLiteral("task_id"), taskId);
}

QList<FindingRow> FieldAuditServices::findings(const QString& taskId) const
{
    const LocalRecords records(m_database, m_clock);
    QList<RecordState> findings =
        records.liveWith(FieldAuditWorkflow::FindingEntity, QStringLiteral("task_id"), taskId);
    std::sort(findings.begin(), findings.end(), [](const RecordState& a, const RecordState& b) {
        return std::pair(a.fields.value(QStringLiteral("item_code")).toString(), a.id) <
               std::pair(b.fields.value(QStringLiteral("item_code")).toString(), b.id);
    });
    QList<RecordState> orders;
    for (const RecordState& finding : findings)
        orders += records.liveWith(RectificationWorkflow::Entity, QStringLiteral("subject_id"), finding.id);
    return FindingRow::join(findings, orders);
}

DatabaseError FieldAuditServices::write(Role role, const Operation& operation)
{
    return RecordWriter(m_database, m_journal).write(Principal{m_user, role, m_department}, operation);
}

DatabaseError FieldAuditServices::give(Role role, const QString& entity, const QString& id,
                                       const QString& command, const QJsonObject& arguments)
{
    return write(role, Operation::step(entity, id, command, arguments));
}

DatabaseError FieldAuditServices::answer(Role role, const QString& taskId, const ChecklistRow& row)
{
    Operation operation;
    operation.entity = FieldAuditWorkflow::AnswerEntity;
    operation.recordId = FieldAuditWorkflow::answerId(taskId, row.code);
    operation.fields = {{QStringLiteral("task_id"), taskId},
                        {QStringLiteral("item_code"), row.code},
                        {QStringLiteral("result"), row.result},
                        {QStringLiteral("note"), row.note}};
    return write(role, operation);
}

DatabaseError FieldAuditServices::addFinding(Role role, const QString& taskId, const QString& itemCode,
                                             const QString& severity, const QString& description)
{
    Operation operation;
    operation.entity = FieldAuditWorkflow::FindingEntity;
    operation.recordId = m_journal.newId();
    operation.fields = {{QStringLiteral("task_id"), taskId},
                        {QStringLiteral("item_code"), itemCode},
                        {QStringLiteral("severity"), severity},
                        {QStringLiteral("description"), description}};
    return write(role, operation);
}

DatabaseError FieldAuditServices::issueOrder(Role role, const QString& findingId, const QString& requirement,
                                             int workingDays)
{
    const LocalRecords records(m_database, m_clock);
    const std::optional<RecordState> finding = records.find(FieldAuditWorkflow::FindingEntity, findingId);
    const std::optional<AuditTaskRow> visit =
        finding ? task(finding->fields.value(QStringLiteral("task_id")).toString()) : std::nullopt;
    if (!finding || finding->deleted || !visit)
        return DatabaseError(DatabaseError::Kind::NotFound, tr("The finding is not on this computer."));
    Operation operation;
    operation.entity = RectificationWorkflow::Entity;
    operation.recordId = m_journal.newId();
    operation.fields = {
        {QStringLiteral("subject_entity"), FieldAuditWorkflow::FindingEntity},
        {QStringLiteral("subject_id"), findingId},
        {QStringLiteral("target_kind"), FieldAuditVocabulary::rectificationTargetKind(visit->kind)},
        {QStringLiteral("target_code"), visit->target},
        {QStringLiteral("requirement"), requirement},
        {QStringLiteral("working_days"), workingDays}};
    return write(role, operation);
}

QString FieldAuditServices::taskOf(const QString& entity, const QString& id) const
{
    if (entity != FieldAuditWorkflow::FindingEntity && entity != FieldAuditWorkflow::AnswerEntity &&
        entity != FieldAuditWorkflow::EvidenceEntity)
        return {};
    const std::optional<RecordState> record = LocalRecords(m_database, m_clock).find(entity, id);
    return record && !record->deleted ? record->fields.value(QStringLiteral("task_id")).toString()
                                      : QString();
}

QHash<QString, QString> FieldAuditServices::targetNames() const
{
    const LocalRecords records(m_database, m_clock);
    QHash<QString, QString> names;
    for (const RecordState& department : records.live(QStringLiteral("department")))
        names.insert(department.fields.value(QStringLiteral("code")).toString(),
                     department.fields.value(QStringLiteral("name")).toString());
    for (const RecordState& operatorRecord : records.live(QStringLiteral("grant_operator")))
        names.insert(operatorRecord.id, operatorRecord.fields.value(QStringLiteral("name")).toString());
    return names;
}

QList<LabelledValue> FieldAuditServices::planChoices(const FieldSchema& field) const
{
    const LocalRecords records(m_database, m_clock);
    QList<LabelledValue> choices;
    if (field.parent == FieldAuditWorkflow::TemplateEntity) {
        for (const RecordState& checklist : records.live(FieldAuditWorkflow::TemplateEntity)) {
            // A security review's checklist is answered in its own review, never on a visit.
            if (checklist.fields.value(QStringLiteral("state")).toString() != QLatin1String("published") ||
                !FieldAuditVocabulary::isVisitKind(checklist.fields.value(QStringLiteral("kind")).toString()))
                continue;
            choices.append(
                {checklist.id, tr("%1 (v%2, %3)")
                                   .arg(checklist.fields.value(QStringLiteral("title")).toString())
                                   .arg(checklist.fields.value(QStringLiteral("template_version")).toInt())
                                   .arg(FieldAuditVocabulary::kindLabel(
                                       checklist.fields.value(QStringLiteral("kind")).toString()))});
        }
    } else if (field.vocabulary == QLatin1String("audit_target")) {
        const QHash<QString, QString> names = targetNames();
        for (auto name = names.constBegin(); name != names.constEnd(); ++name)
            choices.append({name.key(), name.value()});
        for (const RecordState& registration : records.live(QStringLiteral("registration")))
            choices.append(
                {registration.id, tr("Registration %1 %2")
                                      .arg(registration.fields.value(QStringLiteral("number")).toString(),
                                           registration.fields.value(QStringLiteral("data_name")).toString())
                                      .simplified()});
    } else {
        return vocabularyChoices(field.vocabulary);
    }
    std::sort(choices.begin(), choices.end(),
              [](const LabelledValue& a, const LabelledValue& b) { return a.label < b.label; });
    return choices;
}

DatabaseError FieldAuditServices::savePlan(Role role, const QString& taskId, const QJsonObject& fields,
                                           QString* savedId)
{
    return RecordWriter(m_database, m_journal)
        .save(Principal{m_user, role, m_department}, FieldAuditWorkflow::TaskEntity, taskId, fields, savedId);
}

QList<RecordState> FieldAuditServices::orders() const
{
    return LocalRecords(m_database, m_clock).live(RectificationWorkflow::Entity);
}

DatabaseError FieldAuditServices::orderStep(Role role, const QString& orderId, const QString& command,
                                            const QJsonObject& arguments)
{
    return give(role, RectificationWorkflow::Entity, orderId, command, arguments);
}

int FieldAuditServices::rectificationDays(const QString& taskId) const
{
    const QJsonValue days = checklistOf(taskId).value(QStringLiteral("rectification_days"));
    return days.isDouble() && days.toInt() > 0 ? days.toInt() : RectificationWorkflow::DefaultWorkingDays;
}

DatabaseError FieldAuditServices::step(Role role, const QString& taskId, const QString& command,
                                       const QJsonObject& arguments)
{
    return give(role, FieldAuditWorkflow::TaskEntity, taskId, command, arguments);
}

std::optional<QString> FieldAuditServices::addEvidence(Role role, const EvidenceDraft& draft,
                                                       DatabaseError* error)
{
    return EvidenceRecorder(m_database, m_journal, m_store)
        .add(Principal{m_user, role, m_department}, draft, error);
}

std::optional<QByteArray> FieldAuditServices::content(const QString& evidenceId, DatabaseError* error) const
{
    return m_store.content({FieldAuditWorkflow::EvidenceEntity, evidenceId}, error);
}

bool FieldAuditServices::verify(const QString& evidenceId, QString* problem) const
{
    return m_store.verify({FieldAuditWorkflow::EvidenceEntity, evidenceId}, problem);
}

} // namespace xs
