#include "app/areas/QualityFeedbackServices.h"

#include "app/areas/RecordNames.h"
#include "models/journal/LocalRecords.h"
#include "models/journal/RecordWriter.h"
#include "models/quality/QualityFeedbackWorkflow.h"
#include "models/rectification/RectificationWorkflow.h"
#include "models/storage/Transaction.h"

#include <QSqlQuery>

namespace xs {

QualityFeedbackServices::QualityFeedbackServices(QSqlDatabase database, QString user, const Clock& clock)
    : m_database(database)
    , m_user(std::move(user))
    , m_clock(clock)
    , m_journal(database, m_user, clock)
{}

QList<RecordState> QualityFeedbackServices::feedback() const
{
    return LocalRecords(m_database, m_clock).live(QualityFeedbackWorkflow::Entity);
}

QList<RecordState> QualityFeedbackServices::orders() const
{
    return LocalRecords(m_database, m_clock).live(RectificationWorkflow::Entity);
}

QualityFeedbackListModel::Names QualityFeedbackServices::names() const
{
    return {RecordNames::departments(m_database),
            RecordNames::entriesNamedIn(m_database, QualityFeedbackWorkflow::Entity)};
}

QList<LabelledValue> QualityFeedbackServices::choices(const FieldSchema& field) const
{
    if (field.vocabulary == QLatin1String("department"))
        return RecordNames::departmentChoices(m_database);
    if (field.vocabulary != QLatin1String("feedback_resource"))
        return vocabularyChoices(field.vocabulary);
    QList<LabelledValue> resources;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT e.id, e.name, coalesce(d.name, e.department_code) FROM catalog_entry e "
                       "LEFT JOIN department d ON d.code = e.department_code AND d.deleted = 0 "
                       "WHERE e.deleted = 0 AND e.status = 'published' ORDER BY e.name, e.id LIMIT :limit"));
    query.bindValue(QStringLiteral(":limit"), ResourceChoiceLimit);
    if (query.exec()) {
        while (query.next())
            resources.append({query.value(0).toString(),
                              tr("%1 — %2").arg(query.value(1).toString(), query.value(2).toString())});
    }
    return resources;
}

DatabaseError QualityFeedbackServices::write(Role role, const Operation& operation)
{
    return RecordWriter(m_database, m_journal).write(Principal{m_user, role, m_department}, operation);
}

DatabaseError QualityFeedbackServices::file(Role role, const QString& feedbackId, const QJsonObject& fields,
                                            QString* savedId)
{
    return RecordWriter(m_database, m_journal)
        .save(Principal{m_user, role, m_department}, QualityFeedbackWorkflow::Entity, feedbackId, fields,
              savedId);
}

DatabaseError QualityFeedbackServices::step(Role role, const QString& feedbackId, const QString& command,
                                            const QJsonObject& arguments)
{
    if (command == QLatin1String("uphold"))
        return uphold(role, feedbackId, arguments);
    return write(role, Operation::step(QualityFeedbackWorkflow::Entity, feedbackId, command, arguments));
}

DatabaseError QualityFeedbackServices::uphold(Role role, const QString& feedbackId,
                                              const QJsonObject& arguments)
{
    const std::optional<RecordState> item =
        LocalRecords(m_database, m_clock).find(QualityFeedbackWorkflow::Entity, feedbackId);
    if (!item)
        return DatabaseError(DatabaseError::Kind::NotFound,
                             QStringLiteral("quality feedback %1").arg(feedbackId));
    Transaction transaction(m_database, QStringLiteral("uphold_feedback"));
    if (DatabaseError error = transaction.begin(); error.isError())
        return error;
    if (DatabaseError error = write(role, Operation::step(QualityFeedbackWorkflow::Entity, feedbackId,
                                                          QStringLiteral("uphold"), arguments));
        error.isError())
        return error;
    const QJsonObject& fields = item->fields;
    Operation order;
    order.entity = RectificationWorkflow::Entity;
    order.recordId = m_journal.newId();
    order.fields = {
        {QStringLiteral("subject_entity"), QualityFeedbackWorkflow::Entity},
        {QStringLiteral("subject_id"), feedbackId},
        {QStringLiteral("target_kind"), QStringLiteral("department")},
        {QStringLiteral("target_code"), fields.value(QStringLiteral("provider_code"))},
        {QStringLiteral("requirement"), tr("Correct the data quality problem (%1): %2")
                                            .arg(QualityFeedbackWorkflow::dimensionLabel(
                                                     fields.value(QStringLiteral("dimension")).toString()),
                                                 fields.value(QStringLiteral("description")).toString())
                                            .left(4000)},
        {QStringLiteral("working_days"), QualityFeedbackWorkflow::ProviderWorkingDays}};
    if (DatabaseError error = write(role, order); error.isError())
        return error; // the transaction rolls back: the feedback is not upheld without its order
    return transaction.commit();
}

} // namespace xs
