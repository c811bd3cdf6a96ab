#include "app/areas/FieldAuditServices.h"

#include "models/fieldaudit/FieldAuditWorkflow.h"
#include "models/journal/LocalRecords.h"

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

std::optional<QString> FieldAuditServices::addEvidence(Role role, const EvidenceDraft& draft,
                                                       DatabaseError* error)
{
    return EvidenceRecorder(m_database, m_journal, m_store).add(Principal{m_user, role, {}}, draft, error);
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
