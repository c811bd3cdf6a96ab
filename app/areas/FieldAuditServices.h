#pragma once

#include "models/attachments/AttachmentStore.h"
#include "models/fieldaudit/AuditTaskList.h"
#include "models/fieldaudit/ChecklistModel.h"
#include "models/fieldaudit/EvidenceListModel.h"
#include "models/fieldaudit/EvidenceRecorder.h"
#include "models/fieldaudit/FieldAuditOverview.h"
#include "models/fieldaudit/FindingListModel.h"
#include "models/fieldaudit/OfflinePackage.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/Vocabularies.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace xs {

class Clock;

/// What the 现场核查 page gets from the application: the tasks and their evidence on this desktop,
/// adding evidence as the hub's rules allow, and the stored bytes for viewing and verifying (in
/// memory only). The page never sees the database (shared/ARCHITECTURE.md, Dependencies).
class FieldAuditServices
{
    Q_DECLARE_TR_FUNCTIONS(xs::FieldAuditServices)

public:
    /// user: who works on this desktop; clock: "today" (it must outlive the services).
    FieldAuditServices(QSqlDatabase database, QString user, const Clock& clock);

    const Clock& clock() const { return m_clock; }
    /// The department the user answers for (a cataloguer's own): the orders addressed to it.
    void setDepartment(const QString& department) { m_department = department; }
    QString user() const { return m_user; }

    QList<AuditTaskRow> tasks() const;
    /// Tasks by state, open findings by severity, overdue orders: the overview tiles.
    FieldAuditOverview overview() const;
    std::optional<AuditTaskRow> task(const QString& taskId) const;
    /// A live task's fields as stored, for the planning form.
    std::optional<QJsonObject> taskFields(const QString& taskId) const;
    QList<EvidenceRow> evidence(const QString& taskId) const;
    /// The fields of the checklist template a task is made on (empty if it is not here).
    QJsonObject checklistOf(const QString& taskId) const;
    QList<RecordState> answers(const QString& taskId) const;
    QList<FindingRow> findings(const QString& taskId) const;

    // Writes go through RecordWriter, so the hub's rules run here first; a refusal is an
    // Invalid error whose detail is the reason in the user's language.
    /// The answer to one item (one record per task and item: FieldAuditWorkflow::answerId).
    DatabaseError answer(Role role, const QString& taskId, const ChecklistRow& row);
    DatabaseError addFinding(Role role, const QString& taskId, const QString& itemCode,
                             const QString& severity, const QString& description);
    /// Issues a rectification order after a finding, to whom the task's kind of visit says
    /// (FieldAuditVocabulary::rectificationTargetKind); the hub counts its deadline.
    DatabaseError issueOrder(Role role, const QString& findingId, const QString& requirement,
                             int workingDays);
    /// The audit task a record belongs to (a finding's, an answer's), or empty.
    QString taskOf(const QString& entity, const QString& id) const;
    /// Departments' codes and operators' ids to their names, for showing whom orders address.
    QHash<QString, QString> targetNames() const;
    /// What the planning form offers for a field of a task: published checklists, the departments,
    /// operators and registrations a visit can be made at, or the field's vocabulary.
    QList<LabelledValue> planChoices(const FieldSchema& field) const;
    /// Plans a visit (a new task when taskId is empty; *savedId receives its id) or changes the
    /// plan of one not yet under review. Managers and administrators plan (FieldAuditAccess).
    DatabaseError savePlan(Role role, const QString& taskId, const QJsonObject& fields, QString* savedId);
    /// Every rectification order on this desktop (the queue), whatever it follows.
    QList<RecordState> orders() const;
    /// A step of an order (begin, submit, accept, reject, close) with its arguments.
    DatabaseError orderStep(Role role, const QString& orderId, const QString& command,
                            const QJsonObject& arguments);
    /// The working days a task's checklist gives its orders (DOMAIN.md §6: 10 unless it says).
    int rectificationDays(const QString& taskId) const;
    /// A step of the task (start, submit, return, confirm) with what its step table asks for.
    DatabaseError step(Role role, const QString& taskId, const QString& command,
                       const QJsonObject& arguments);
    /// Records a file as evidence of the task (EvidenceRecorder); its id, or nothing with *error.
    std::optional<QString> addEvidence(Role role, const EvidenceDraft& draft, DatabaseError* error);
    /// What this desktop holds for doing the task offline, and when it was last prepared (准备离线).
    OfflineContents offlineContents(const QString& taskId) const;
    std::optional<OfflineMark> offlineMark(const QString& taskId) const;
    std::optional<QByteArray> content(const QString& evidenceId, DatabaseError* error) const;
    bool verify(const QString& evidenceId, QString* problem) const;

private:
    DatabaseError write(Role role, const Operation& operation);
    /// A workflow step on a record, through write().
    DatabaseError give(Role role, const QString& entity, const QString& id, const QString& command,
                       const QJsonObject& arguments);

    QSqlDatabase m_database;
    QString m_user;
    QString m_department;
    const Clock& m_clock;
    ChangeJournal m_journal;
    AttachmentStore m_store;
};

} // namespace xs
