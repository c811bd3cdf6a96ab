#include "app/areas/CatalogRevisionServices.h"

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

QList<CatalogRevisionServices::Open> CatalogRevisionServices::openRevisions() const
{
    const LocalRecords records(m_database, m_clock);
    QList<Open> open;
    for (const QString& state : {QStringLiteral("submitted"), QStringLiteral("draft")}) {
        for (const RecordState& revision : records.liveWith(Flow::Entity, Flow::StateField, state)) {
            const std::optional<RecordState> entry =
                records.find(QStringLiteral("catalog_entry"),
                             revision.fields.value(QStringLiteral("entry_id")).toString());
            open.append(
                {revision, entry ? entry->fields.value(QStringLiteral("name")).toString() : QString(),
                 entry ? entry->fields.value(QStringLiteral("department_code")).toString() : QString()});
        }
    }
    // Awaiting review first (the data department's 2 working days), then the departments' drafts;
    // within each, the earliest deadline first.
    const auto waits = [](const Open& item) {
        return item.revision.fields.value(Flow::StateField).toString() == QLatin1String("submitted");
    };
    const auto due = [&](const Open& item) {
        return item.revision.fields.value(QLatin1String(waits(item) ? "review_due_on" : "due_on")).toString();
    };
    std::stable_sort(open.begin(), open.end(), [&](const Open& a, const Open& b) {
        return waits(a) != waits(b) ? waits(a) : due(a) < due(b);
    });
    return open;
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
