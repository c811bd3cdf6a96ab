#include "models/grants/GrantRepository.h"

#include "models/calendar/CalendarRepository.h"
#include "models/common/StructuredField.h"
#include "models/grants/AgreementScope.h"
#include "models/grants/GrantAccess.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/FieldLabels.h"
#include "models/journal/LocalRecordStore.h"
#include "models/registration/FirstRegistrationDeadline.h"
#include "models/registration/RegistrationRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::GrantRepository)
};

/// The column people know a record by, and what orders its children.
QString labelColumn(const QString& entity)
{
    if (entity == QLatin1String("grant_plan") || entity == QLatin1String("grant_agreement"))
        return QStringLiteral("title");
    return QStringLiteral("name");
}

DatabaseError notAGrantEntity(const QString& entity)
{
    return DatabaseError(DatabaseError::Kind::Invalid,
                         Text::tr("%1 is not a record of authorized operation.").arg(entity.left(64)));
}

QString childOrder(const QString& entity)
{
    if (entity == QLatin1String("grant_price"))
        return QStringLiteral("month DESC");
    if (entity == QLatin1String("grant_report") || entity == QLatin1String("grant_disclosure"))
        return QStringLiteral("year DESC");
    return QStringLiteral("name");
}

} // namespace

GrantRepository::GrantRepository(QSqlDatabase database, QString user, const Clock& clock)
    : m_database(std::move(database))
    , m_user(std::move(user))
    , m_clock(clock)
    , m_journal(m_database, m_user, clock)
    , m_writer(m_database, m_journal)
{}

std::optional<RecordState> GrantRepository::record(const QString& entity, const QString& id,
                                                   DatabaseError* error) const
{
    const EntitySchema* schema = findEntity(entity);
    if (!schema || !GrantAccess::isGrantEntity(entity))
        return std::nullopt;
    std::optional<RecordState> found = LocalRecordStore(m_database).read(*schema, id, error);
    if (found && found->deleted)
        return std::nullopt;
    return found;
}

DatabaseError GrantRepository::current(const QString& entity, const QString& id,
                                       std::optional<RecordState>* record) const
{
    if (!findEntity(entity) || !GrantAccess::isGrantEntity(entity))
        return notAGrantEntity(entity);
    DatabaseError error;
    *record = this->record(entity, id, &error);
    return error;
}

DatabaseError GrantRepository::save(const QString& entity, const QString& id, const QJsonObject& fields,
                                    Role role)
{
    if (!findEntity(entity) || !GrantAccess::isGrantEntity(entity))
        return notAGrantEntity(entity);
    // Checked as the hub will (the role, the fields, the record it belongs to), and a new plan or
    // agreement starts where the hub will start it.
    Operation operation;
    operation.kind = Operation::Kind::Upsert;
    operation.entity = entity;
    operation.recordId = id;
    operation.fields = fields;
    return m_writer.write(Principal{m_user, role, {}}, operation);
}

DatabaseError GrantRepository::step(const QString& entity, const QString& id, const QString& command,
                                    const QJsonObject& arguments, Role role)
{
    std::optional<RecordState> current;
    if (const DatabaseError error = this->current(entity, id, &current); error.isError())
        return error;
    if (!current)
        return DatabaseError(DatabaseError::Kind::Invalid, Text::tr("The record no longer exists."));
    return m_writer.write(Principal{m_user, role, {}}, Operation::step(entity, id, command, arguments));
}

QList<GrantRepository::Choice> GrantRepository::choices(const QString& entity, const QString& parentId) const
{
    QList<Choice> result;
    if (!findEntity(entity) || !GrantAccess::isGrantEntity(entity))
        return result;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    const QString label = labelColumn(entity);
    const bool byAgreement = entity == QLatin1String("grant_product") && !parentId.isEmpty();
    query.prepare(QStringLiteral("SELECT id, coalesce(%1, '') FROM %2 WHERE deleted = 0%3 ORDER BY %1, id")
                      .arg(label, entity, byAgreement ? QStringLiteral(" AND agreement_id = ?") : QString()));
    if (byAgreement)
        query.addBindValue(parentId);
    if (query.exec()) {
        while (query.next())
            result.append({query.value(0).toString(), query.value(1).toString()});
    }
    return result;
}

QList<LabelledValue> GrantRepository::resourceChoices(const QJsonObject& agreement) const
{
    QList<LabelledValue> result;
    QSet<QString> offered;
    const QString select = QStringLiteral(
        "SELECT e.id, coalesce(e.name, ''), coalesce(d.name, e.department_code, ''), e.deleted, "
        "coalesce(e.status, ''), coalesce(e.in_authorized_catalog, 0) FROM catalog_entry e "
        "LEFT JOIN department d ON d.code = e.department_code AND d.deleted = 0 WHERE ");
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(select + AgreementScope::authorizedEntry() +
                  QStringLiteral(" ORDER BY e.name, e.id LIMIT ?"));
    query.addBindValue(ResourceChoiceLimit);
    if (query.exec()) {
        while (query.next()) {
            result.append({query.value(0).toString(),
                           Text::tr("%1 — %2").arg(query.value(1).toString(), query.value(2).toString())});
            offered.insert(query.value(0).toString());
        }
    }
    QStringList named = AgreementScope::resourceIds(agreement);
    named.removeIf([&offered](const QString& id) { return offered.contains(id); });
    if (named.isEmpty())
        return result;
    query.prepare(select + QStringLiteral("e.id IN (SELECT value FROM json_each(?))"));
    query.addBindValue(structuredText(QJsonArray::fromStringList(named)));
    if (query.exec()) {
        while (query.next()) {
            // An authorized entry past the limit is named as the offered ones are.
            const QString name =
                Text::tr("%1 — %2").arg(query.value(1).toString(), query.value(2).toString());
            QString what;
            if (query.value(3).toBool())
                what = Text::tr("deleted");
            else if (query.value(4).toString() != QLatin1String("published"))
                what = Text::tr("withdrawn");
            else if (!query.value(5).toBool())
                what = Text::tr("no longer in the authorized-operation catalog");
            result.append({query.value(0).toString(),
                           what.isEmpty() ? name : Text::tr("%1 (%2)").arg(name, what), what.isEmpty()});
        }
    }
    return result;
}

QStringList GrantRepository::children(const QString& entity, const QString& parentColumn,
                                      const QString& parentId) const
{
    QStringList ids;
    const EntitySchema* schema = findEntity(entity);
    if (!schema || !GrantAccess::isGrantEntity(entity) || !schema->field(parentColumn))
        return ids;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 AND %2 = ? ORDER BY %3, id")
                      .arg(entity, parentColumn, childOrder(entity)));
    query.addBindValue(parentId);
    if (query.exec()) {
        while (query.next())
            ids << query.value(0).toString();
    }
    return ids;
}

QString GrantRepository::firstRegistrationNote(const QString& agreementId, const QJsonObject& agreement) const
{
    // The first registration filed for the agreement (the earliest, if an operator filed twice).
    QJsonObject registration;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT coalesce(submitted_on, '') FROM registration WHERE agreement_id = ? "
                                 "AND type = 'first' AND deleted = 0 ORDER BY submitted_on LIMIT 1"));
    query.addBindValue(agreementId);
    if (query.exec() && query.next())
        registration.insert(QStringLiteral("submitted_on"), query.value(0).toString());
    return FirstRegistrationDeadline::describeForAgreement(
        agreement, registration, RegistrationRepository::deadlineRulesIn(m_database),
        CalendarRepository(m_database).load(), m_clock.today());
}

} // namespace xs
