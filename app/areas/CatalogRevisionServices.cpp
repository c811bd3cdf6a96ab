#include "app/areas/CatalogRevisionServices.h"

#include "models/catalog/DepartmentRepository.h"
#include "models/catalog/revision/CatalogRevisionWorkflow.h"
#include "models/journal/LocalRecords.h"
#include "models/journal/RecordWriter.h"

#include <algorithm>

namespace xs {

namespace Flow = CatalogRevisionWorkflow;

CatalogRevisionServices::CatalogRevisionServices(QSqlDatabase database, QString user, const Clock& clock)
    : m_database(std::move(database))
    , m_user(std::move(user))
    , m_clock(clock)
    , m_journal(m_database, m_user, clock)
{}

std::optional<RecordState> CatalogRevisionServices::openRevision(const QString& entryId) const
{
    for (const RecordState& revision :
         LocalRecords(m_database, m_clock).liveWith(Flow::Entity, QStringLiteral("entry_id"), entryId)) {
        if (Flow::isOpen(revision.fields.value(Flow::StateField).toString()))
            return revision;
    }
    return std::nullopt;
}

QList<CatalogRevisionQueueModel::Row> CatalogRevisionServices::queue() const
{
    const LocalRecords records(m_database, m_clock);
    QHash<QString, QString> departments;
    for (const Department& department : DepartmentRepository(m_database).all())
        departments.insert(department.code, department.name);
    QList<CatalogRevisionQueueModel::Row> rows;
    // Awaiting review first (the data department's 2 working days), then the departments' drafts
    // (their 10); within each, the earliest deadline first.
    for (const QString& state : {QStringLiteral("submitted"), QStringLiteral("draft")}) {
        const bool waits = state == QLatin1String("submitted");
        QList<CatalogRevisionQueueModel::Row> ofState;
        for (const RecordState& revision : records.liveWith(Flow::Entity, Flow::StateField, state)) {
            const QJsonObject& fields = revision.fields;
            const QString entryId = fields.value(QStringLiteral("entry_id")).toString();
            const std::optional<RecordState> entry = records.find(QStringLiteral("catalog_entry"), entryId);
            const QString department =
                entry ? entry->fields.value(QStringLiteral("department_code")).toString() : QString();
            ofState.append(
                {revision.id, entryId,
                 entry ? entry->fields.value(QStringLiteral("name")).toString() : QString(),
                 departments.value(department, department), state,
                 QDate::fromString(fields.value(QLatin1String(waits ? "review_due_on" : "due_on")).toString(),
                                   Qt::ISODate),
                 fields.value(QLatin1String(waits ? "review_due_provisional" : "due_provisional")).toBool(),
                 fields.value(QStringLiteral("submitted_by")).toString()});
        }
        std::ranges::stable_sort(ofState, {}, &CatalogRevisionQueueModel::Row::due);
        rows += ofState;
    }
    return rows;
}

DatabaseError CatalogRevisionServices::save(const Principal& principal, const QString& revisionId,
                                            const QJsonObject& fields, QString* savedId)
{
    return RecordWriter(m_database, m_journal).save(principal, Flow::Entity, revisionId, fields, savedId);
}

DatabaseError CatalogRevisionServices::step(const Principal& principal, const QString& revisionId,
                                            const QString& command, const QJsonObject& arguments)
{
    return RecordWriter(m_database, m_journal)
        .write(principal, Operation::step(Flow::Entity, revisionId, command, arguments));
}

} // namespace xs
