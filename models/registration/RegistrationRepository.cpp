#include "models/registration/RegistrationRepository.h"

#include "models/calendar/CalendarRepository.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace xs {

namespace {

// Lists and objects are kept as JSON text in their fields; callers may hand them over as JSON.
QJsonObject asRecordFields(const QJsonObject& fields)
{
    QJsonObject result;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (it.value().isArray())
            result.insert(it.key(), QString::fromUtf8(
                                        QJsonDocument(it.value().toArray()).toJson(QJsonDocument::Compact)));
        else if (it.value().isObject())
            result.insert(it.key(), QString::fromUtf8(
                                        QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact)));
        else
            result.insert(it.key(), it.value());
    }
    return result;
}

} // namespace

RegistrationRepository::RegistrationRepository(QSqlDatabase database, QString user, const Clock& clock)
    : m_database(std::move(database))
    , m_user(std::move(user))
    , m_journal(m_database, m_user, clock)
    , m_writer(m_database, m_journal)
{}

std::optional<RecordState> RegistrationRepository::registration(const QString& id, DatabaseError* error) const
{
    LocalRecordStore store(m_database);
    std::optional<RecordState> record = store.read(*findEntity(RegistrationWorkflow::Entity), id, error);
    if (record && record->deleted)
        return std::nullopt;
    return record;
}

DeadlineRules RegistrationRepository::deadlineRulesIn(QSqlDatabase database, DatabaseError* error)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT step, value, unit, source FROM deadline_rule WHERE deleted = 0"))) {
        if (error)
            *error = DatabaseError::fromSqlError(query.lastError());
        return DeadlineRules::defaults();
    }
    QList<QJsonObject> published;
    while (query.next())
        published << QJsonObject{{QStringLiteral("step"), query.value(0).toString()},
                                 {QStringLiteral("value"), query.value(1).toInt()},
                                 {QStringLiteral("unit"), query.value(2).toString()},
                                 {QStringLiteral("source"), query.value(3).toString()}};
    return DeadlineRules::withPublished(published);
}

WorkingCalendar RegistrationRepository::calendar(DatabaseError* error) const
{
    return CalendarRepository(m_database).load(error);
}

RegistrationContext RegistrationRepository::contextFor(Role role, const WorkingCalendar& calendar,
                                                       const DeadlineRules& rules) const
{
    RegistrationContext context;
    context.role = role;
    context.user = m_user;
    const QDateTime now = m_journal.clock().now();
    context.today = Clock::chinaDate(now);
    context.now = now.toString(Qt::ISODateWithMs);
    context.calendar = &calendar;
    context.rules = &rules;
    return context; // no allocateCode: a desktop never mints a registration code
}

DatabaseError RegistrationRepository::create(const QString& id, const QJsonObject& fields,
                                             const RegistrationContext& context)
{
    // Checked and started as the hub will: the procedure's fields come from the first step only.
    QJsonObject application = asRecordFields(fields);
    for (const QString& field : RegistrationWorkflow::commandOnlyFields())
        application.remove(field);
    Operation operation;
    operation.kind = Operation::Kind::Upsert;
    operation.entity = RegistrationWorkflow::Entity;
    operation.recordId = id;
    operation.fields = application;
    return m_writer.write(Principal{m_user, context.role, {}}, operation);
}

DatabaseError RegistrationRepository::step(const QString& id, const QString& command,
                                           const QJsonObject& arguments, const RegistrationContext& context)
{
    DatabaseError error;
    const std::optional<RecordState> current = registration(id, &error);
    if (!current)
        return error.isError() ? error : DatabaseError(DatabaseError::Kind::NotFound, id);
    // Command arguments travel as strings (hub/PROTOCOL.md): lists go as JSON text. Decided here
    // as the hub will decide it, shown at once, and confirmed or reverted by the hub.
    return m_writer.write(
        Principal{m_user, context.role, {}},
        Operation::step(RegistrationWorkflow::Entity, id, command, asRecordFields(arguments)));
}

std::optional<int> RegistrationRepository::recomputeProvisionalDeadlines(Role role,
                                                                         const WorkingCalendar& calendar,
                                                                         const DeadlineRules& rules,
                                                                         DatabaseError* error)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT id FROM registration WHERE deadline_provisional = 1 AND deleted = 0"))) {
        *error = DatabaseError::fromSqlError(query.lastError());
        return std::nullopt;
    }
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    query.finish();
    const RegistrationContext context = contextFor(role, calendar, rules);
    int changed = 0;
    for (const QString& id : ids) {
        const std::optional<RecordState> current = registration(id, error);
        if (!current)
            return std::nullopt;
        const RegistrationStep step = RegistrationWorkflow::apply(
            current->fields, RegistrationWorkflow::RecomputeDeadline, {}, context);
        if (step.isRefused() || step.effect.isEmpty())
            continue;
        if ((*error = m_journal.command(RegistrationWorkflow::Entity, id,
                                        RegistrationWorkflow::RecomputeDeadline, {}, step.effect))
                .isError())
            return std::nullopt;
        ++changed;
    }
    return changed;
}

} // namespace xs
