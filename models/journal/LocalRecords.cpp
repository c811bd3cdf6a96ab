#include "models/journal/LocalRecords.h"

#include "models/common/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace xs {

LocalRecords::LocalRecords(QSqlDatabase database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
    , m_store(std::move(database))
{}

std::optional<RecordState> LocalRecords::find(const QString& entity, const QString& id) const
{
    const EntitySchema* schema = findEntity(entity);
    return schema ? m_store.read(*schema, id) : std::nullopt;
}

QList<RecordState> LocalRecords::liveWhere(const QString& entity, const QString& field,
                                           const QVariant& value) const
{
    QList<RecordState> records;
    const EntitySchema* schema = findEntity(entity);
    if (!schema || (!field.isEmpty() && !schema->field(field)))
        return records; // names come from code; an unknown one matches nothing
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(field.isEmpty()
                      ? QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 ORDER BY id").arg(schema->table)
                      : QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 AND %2 = ? ORDER BY id")
                            .arg(schema->table, field));
    if (!field.isEmpty())
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcSync) << "reading" << entity << "for a rule failed:" << query.lastError().text();
        return records;
    }
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    query.finish();
    for (const QString& id : ids) {
        if (std::optional<RecordState> record = m_store.read(*schema, id))
            records << *record;
    }
    return records;
}

QList<RecordState> LocalRecords::liveWith(const QString& entity, const QString& field,
                                          const QString& value) const
{
    return liveWhere(entity, field, value);
}

QList<RecordState> LocalRecords::live(const QString& entity) const
{
    return liveWhere(entity, {}, {});
}

QList<RecordState> LocalRecords::liveFlagged(const QString& entity, const QString& booleanField) const
{
    return liveWhere(entity, booleanField, 1);
}

std::optional<qint64> LocalRecords::nextCounter(const QString& name, QString* error)
{
    *error = QStringLiteral("only the hub allocates %1").arg(name);
    return std::nullopt;
}

bool LocalRecords::exists(const QString& entity, const QString& id) const
{
    const std::optional<RecordState> record = find(entity, id);
    return record && !record->deleted;
}

bool LocalRecords::taken(const QString& entity, const QString& field, const QJsonValue& value,
                         const QString& exceptId) const
{
    const EntitySchema* schema = findEntity(entity);
    if (!schema || !schema->field(field))
        return false;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE deleted = 0 AND %2 = ? AND id <> ? LIMIT 1")
                      .arg(schema->table, field));
    query.addBindValue(value.toVariant());
    query.addBindValue(exceptId);
    return query.exec() && query.next();
}

} // namespace xs
