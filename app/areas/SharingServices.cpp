#include "app/areas/SharingServices.h"

#include "app/areas/RecordNames.h"
#include "models/calendar/CalendarRepository.h"
#include "models/catalog/CatalogVocabulary.h"
#include "models/journal/LocalRecords.h"
#include "models/journal/RecordWriter.h"
#include "models/securityreview/SecurityReviewAccess.h"
#include "models/sharing/SharingWorkflow.h"

#include <QSqlQuery>

namespace xs {

SharingServices::SharingServices(QSqlDatabase database, QString user, const Clock& clock)
    : m_database(database)
    , m_user(std::move(user))
    , m_clock(clock)
    , m_journal(database, m_user, clock)
{}

QList<RecordState> SharingServices::requests() const
{
    return LocalRecords(m_database, m_clock).live(SharingWorkflow::Entity);
}

WorkingCalendar SharingServices::calendar() const
{
    return CalendarRepository(m_database).load();
}

SharingQueueModel::Names SharingServices::names() const
{
    return {RecordNames::departments(m_database),
            RecordNames::entriesNamedIn(m_database, SharingWorkflow::Entity)};
}

QList<LabelledValue> SharingServices::choices(const FieldSchema& field) const
{
    if (field.vocabulary == QLatin1String("department"))
        return RecordNames::departmentChoices(m_database);
    if (field.vocabulary != QLatin1String("shared_resource"))
        return vocabularyChoices(field.vocabulary);
    QList<LabelledValue> resources;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT e.id, e.name, e.share_attribute, coalesce(d.name, e.department_code) FROM catalog_entry e "
        "LEFT JOIN department d ON d.code = e.department_code AND d.deleted = 0 "
        "WHERE e.deleted = 0 AND e.status = 'published' AND e.in_share_catalog = 1 "
        "AND e.share_attribute <> :noShare AND e.department_code <> :own ORDER BY e.name, e.id LIMIT "
        ":limit"));
    query.bindValue(QStringLiteral(":noShare"), CatalogVocabulary::noShare());
    query.bindValue(QStringLiteral(":own"), m_department);
    query.bindValue(QStringLiteral(":limit"), ResourceChoiceLimit);
    if (query.exec()) {
        while (query.next())
            resources.append(
                {query.value(0).toString(), tr("%1 — %2 (%3)")
                                                .arg(query.value(1).toString(), query.value(3).toString(),
                                                     CatalogVocabulary::label(query.value(2).toString()))});
    }
    return resources;
}

DatabaseError SharingServices::write(Role role, const Operation& operation)
{
    return RecordWriter(m_database, m_journal).write(Principal{m_user, role, m_department}, operation);
}

DatabaseError SharingServices::save(Role role, const QString& requestId, const QJsonObject& fields,
                                    QString* savedId)
{
    return RecordWriter(m_database, m_journal)
        .save(Principal{m_user, role, m_department}, SharingWorkflow::Entity, requestId, fields, savedId);
}

Message SharingServices::reviewStanding(const RecordState& request) const
{
    if (request.fields.value(QStringLiteral("share_attribute")).toString() !=
        CatalogVocabulary::conditionalShare())
        return {};
    return SecurityReviewAccess::requirePassingReview(LocalRecords(m_database, m_clock),
                                                      SharingWorkflow::Entity, request.id)
        .message;
}

QList<RecordState> SharingServices::usage(const QString& requestId) const
{
    const LocalRecords records(m_database, m_clock);
    QList<RecordState> usage =
        requestId.isEmpty()
            ? records.live(SharingWorkflow::UsageEntity)
            : records.liveWith(SharingWorkflow::UsageEntity, QStringLiteral("request_id"), requestId);
    std::sort(usage.begin(), usage.end(), [](const RecordState& a, const RecordState& b) {
        return a.fields.value(QStringLiteral("used_on")).toString() <
               b.fields.value(QStringLiteral("used_on")).toString();
    });
    return usage;
}

DatabaseError SharingServices::recordUsage(Role role, const QString& requestId, const QJsonObject& fields,
                                           QString* savedId)
{
    QJsonObject use = fields;
    use.insert(QStringLiteral("request_id"), requestId);
    return RecordWriter(m_database, m_journal)
        .save(Principal{m_user, role, m_department}, SharingWorkflow::UsageEntity, {}, use, savedId);
}

DatabaseError SharingServices::step(Role role, const QString& requestId, const QString& command,
                                    const QJsonObject& arguments)
{
    return write(role, Operation::step(SharingWorkflow::Entity, requestId, command, arguments));
}

} // namespace xs
