#include "models/fieldaudit/OfflinePackage.h"

#include "models/common/Clock.h"
#include "models/common/StructuredField.h"
#include "models/fieldaudit/EvidenceListModel.h"
#include "models/fieldaudit/FieldAuditVocabulary.h"
#include "models/fieldaudit/FieldAuditWorkflow.h"
#include "models/journal/LocalRecords.h"
#include "models/storage/PreparedQuery.h"

#include <QJsonArray>
#include <QSet>

namespace xs {

namespace {

QString field(const RecordState& record, const char* name)
{
    return record.fields.value(QLatin1String(name)).toString();
}

} // namespace

OfflinePackage::OfflinePackage(QSqlDatabase database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

OfflineContents OfflinePackage::contents(const QString& taskId) const
{
    OfflineContents contents;
    const LocalRecords records(m_database, m_clock);
    const std::optional<RecordState> task = records.find(FieldAuditWorkflow::TaskEntity, taskId);
    if (!task || task->deleted)
        return contents;
    contents.taskHere = true;
    const std::optional<RecordState> checklist =
        records.find(FieldAuditWorkflow::TemplateEntity, field(*task, "template_id"));
    contents.templateHere = checklist && !checklist->deleted;
    countTargetRecords(field(*task, "kind"), field(*task, "target_code"), &contents);
    countEarlierVisits(*task, &contents);
    return contents;
}

int OfflinePackage::count(const QString& sql, const QVariantList& bindings) const
{
    QSqlQuery query(m_database);
    DatabaseError error;
    if (!runPrepared(query, sql, bindings, &error) || !query.next())
        return 0; // unreadable counts as not here: the screen then asks for a preparation
    return query.value(0).toInt();
}

void OfflinePackage::countTargetRecords(const QString& kind, const QString& target,
                                        OfflineContents* contents) const
{
    const LocalRecords records(m_database, m_clock);
    const QString entity = FieldAuditVocabulary::targetEntity(kind);
    const QString byField = FieldAuditVocabulary::targetField(kind);
    // Named by id (an operator, a registration) or by a field (a department's code).
    QList<RecordState> targets;
    if (byField == QLatin1String("id")) {
        if (const std::optional<RecordState> found = records.find(entity, target); found && !found->deleted)
            targets.append(*found);
    } else {
        targets = records.liveWith(entity, byField, target);
    }
    contents->targetHere = !targets.isEmpty();
    if (kind == QLatin1String("catalog_quality")) {
        contents->catalogEntries = count(
            QStringLiteral("SELECT count(*) FROM catalog_entry WHERE department_code = ? AND deleted = 0"),
            {target});
        return;
    }
    QSet<QString> entries;
    if (kind == QLatin1String("authorized_operation")) {
        const QList<RecordState> agreements =
            records.liveWith(QStringLiteral("grant_agreement"), QStringLiteral("operator_id"), target);
        contents->agreements = int(agreements.size());
        for (const RecordState& agreement : agreements)
            for (const QJsonValue& resource : structuredField(agreement.fields, "resources").toArray())
                entries.insert(resource.toString());
    } else {
        for (const RecordState& registration : targets)
            entries.insert(field(registration, "catalog_entry_id"));
    }
    entries.remove(QString());
    for (const QString& entry : std::as_const(entries))
        contents->catalogEntries += records.exists(QStringLiteral("catalog_entry"), entry) ? 1 : 0;
}

void OfflinePackage::countEarlierVisits(const RecordState& task, OfflineContents* contents) const
{
    const LocalRecords records(m_database, m_clock);
    QStringList visits{task.id};
    for (const RecordState& other : records.liveWith(
             FieldAuditWorkflow::TaskEntity, QStringLiteral("target_code"), field(task, "target_code"))) {
        if (other.id == task.id || field(other, "kind") != field(task, "kind") ||
            field(other, "planned_on") > field(task, "planned_on"))
            continue;
        ++contents->earlierVisits;
        contents->earlierFindings += int(
            records.liveWith(FieldAuditWorkflow::FindingEntity, QStringLiteral("task_id"), other.id).size());
        visits.append(other.id);
    }
    countEvidence(visits, contents);
}

void OfflinePackage::countEvidence(const QStringList& taskIds, OfflineContents* contents) const
{
    const LocalRecords records(m_database, m_clock);
    const AttachmentStore store(m_database, m_clock);
    for (const QString& taskId : taskIds) {
        for (const RecordState& evidence :
             records.liveWith(FieldAuditWorkflow::EvidenceEntity, QStringLiteral("task_id"), taskId)) {
            ++contents->evidenceFiles;
            const AttachmentRef ref{evidence.entity, evidence.id};
            if (store.file(ref)) {
                ++contents->evidenceHere;
                continue;
            }
            contents->toFetch.append(ref);
            contents->bytesMissing += evidence.fields.value(QStringLiteral("size")).toInteger();
        }
    }
}

DatabaseError OfflinePackage::markPrepared(const QString& taskId, const QString& user)
{
    QSqlQuery query(m_database);
    DatabaseError error;
    runPrepared(query,
                QStringLiteral("INSERT INTO audit_offline_mark (task_id, prepared_at, prepared_by) "
                               "VALUES (?, ?, ?) ON CONFLICT (task_id) DO UPDATE SET "
                               "prepared_at = excluded.prepared_at, prepared_by = excluded.prepared_by"),
                {taskId, m_clock.now().toUTC().toString(Qt::ISODate), user}, &error);
    return error;
}

std::optional<OfflineMark> OfflinePackage::mark(const QString& taskId) const
{
    QSqlQuery query(m_database);
    DatabaseError error;
    if (!runPrepared(
            query,
            QStringLiteral("SELECT prepared_at, prepared_by FROM audit_offline_mark WHERE task_id = ?"),
            {taskId}, &error) ||
        !query.next())
        return std::nullopt;
    return OfflineMark{QDateTime::fromString(query.value(0).toString(), Qt::ISODate),
                       query.value(1).toString()};
}

QString OfflinePackage::describe(const OfflineContents& contents)
{
    QStringList parts;
    parts << (contents.templateHere ? tr("checklist here") : tr("checklist missing"));
    parts << tr("%n catalog entr(y/ies)", nullptr, contents.catalogEntries);
    if (contents.agreements > 0)
        parts << tr("%n agreement(s)", nullptr, contents.agreements);
    parts << tr("%n earlier finding(s)", nullptr, contents.earlierFindings);
    parts << tr("evidence %1 of %2 here").arg(contents.evidenceHere).arg(contents.evidenceFiles);
    return parts.join(QStringLiteral(" · "));
}

QStringList OfflinePackage::gaps(const OfflineContents& contents)
{
    QStringList lines;
    if (!contents.taskHere)
        return {tr("The task is not on this desktop.")};
    if (!contents.templateHere)
        lines << tr("The task's checklist template is not on this desktop.");
    if (!contents.targetHere)
        lines << tr("The audited department, operator or registration is not on this desktop.");
    if (!contents.toFetch.isEmpty())
        lines << tr("%n evidence file(s) (%1) are only on the hub.", nullptr, int(contents.toFetch.size()))
                     .arg(EvidenceListModel::sizeLabel(contents.bytesMissing));
    return lines;
}

} // namespace xs
