#include "app/areas/RegistrationServices.h"

#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"
#include "models/journal/SyncLedger.h"
#include "models/registration/RegistrationQueueModel.h"
#include "models/registration/RegistrationWorkflow.h"
#include "models/storage/Transaction.h"

#include <QSqlQuery>

namespace xs {

RegistrationServices::RegistrationServices(QSqlDatabase database, QString user, const Clock& clock)
    : m_database(database)
    , m_user(user)
    , m_clock(clock)
    , m_repository(database, user, clock)
    , m_materialsJournal(database, user, clock)
    , m_store(database, clock)
    , m_materials(database, m_materialsJournal, m_store)
{}

RegistrationServices::~RegistrationServices() = default;

std::unique_ptr<RegistrationQueueModel>
RegistrationServices::newQueueModel(const WorkingCalendar& calendar) const
{
    return std::make_unique<RegistrationQueueModel>(m_database, calendar);
}

std::map<QueueView, qint64> RegistrationServices::counts(const QueueFilter& filter) const
{
    return RegistrationQueueQuery::counts(m_database, filter);
}

bool RegistrationServices::hasLocalChanges(const QString& id) const
{
    return SyncLedger(m_database).hasLocalChanges(RegistrationWorkflow::Entity, id);
}

std::optional<RecordState> RegistrationServices::agreement(const QString& id) const
{
    std::optional<RecordState> found =
        LocalRecordStore(m_database).read(*findEntity(QStringLiteral("grant_agreement")), id);
    if (found && found->deleted)
        return std::nullopt;
    return found;
}

namespace {

QList<LabelledValue> labelled(QSqlDatabase database, const QString& sql, int limit)
{
    QList<LabelledValue> values;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(limit);
    if (query.exec()) {
        while (query.next())
            values.append({query.value(0).toString(), query.value(1).toString()});
    }
    return values;
}

} // namespace

QList<LabelledValue> RegistrationServices::publishedEntries() const
{
    return labelled(
        m_database,
        QStringLiteral("SELECT e.id, e.name || ' — ' || coalesce(d.name, e.department_code, '') "
                       "FROM catalog_entry e LEFT JOIN department d ON d.code = e.department_code "
                       "AND d.deleted = 0 WHERE e.deleted = 0 AND e.status = 'published' "
                       "ORDER BY e.name, e.id LIMIT ?"),
        ChoiceLimit);
}

QList<LabelledValue> RegistrationServices::registrationsInForce() const
{
    return labelled(m_database,
                    QStringLiteral("SELECT id, coalesce(registration_code, number, id) || ' — ' || "
                                   "coalesce(data_name, '') FROM registration WHERE deleted = 0 "
                                   "AND state = 'registered' ORDER BY registration_code, id LIMIT ?"),
                    ChoiceLimit);
}

QList<LabelledValue> RegistrationServices::agreements() const
{
    return labelled(m_database,
                    QStringLiteral("SELECT id, coalesce(title, id) FROM grant_agreement WHERE deleted = 0 "
                                   "ORDER BY title, id LIMIT ?"),
                    ChoiceLimit);
}

DatabaseError RegistrationServices::fileApplication(const QString& id, const QJsonObject& application,
                                                    const QList<RegistrationMaterials::File>& files,
                                                    Role role)
{
    Transaction transaction(m_database, QStringLiteral("registration_intake"));
    if (DatabaseError error = transaction.begin(); error.isError())
        return error;
    const RegistrationContext context =
        m_repository.contextFor(role, m_repository.calendar(), m_repository.deadlineRules());
    if (DatabaseError error = m_repository.create(id, application, context); error.isError())
        return error;
    for (const RegistrationMaterials::File& file : files) {
        DatabaseError error;
        if (!m_materials.attach(Principal{m_user, role, {}}, id, file, &error))
            return error;
    }
    return transaction.commit();
}

DatabaseError RegistrationServices::stepAll(const QStringList& ids, const QString& command,
                                            const QJsonObject& arguments, const RegistrationContext& context)
{
    Transaction transaction(m_database, QStringLiteral("registration_steps"));
    DatabaseError error = transaction.begin();
    m_repository.setJoinsOuterTransaction(true);
    for (const QString& id : ids) {
        if (error.isError())
            break;
        error = m_repository.step(id, command, arguments, context);
    }
    m_repository.setJoinsOuterTransaction(false);
    if (!error.isError())
        error = transaction.commit();
    return error; // an uncommitted transaction rolls back as it goes
}

} // namespace xs
