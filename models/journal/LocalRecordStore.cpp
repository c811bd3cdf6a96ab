#include "models/journal/LocalRecordStore.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <vector>

namespace xs {

namespace {

void bindField(SqlStatement& statement, int position, const QJsonValue& value, FieldType type)
{
    if (value.isNull() || value.isUndefined()) {
        statement.bindNull(position);
        return;
    }
    switch (type) {
    case FieldType::Integer:
        statement.bindInteger(position, value.toInteger());
        return;
    case FieldType::Real:
        statement.bindDouble(position, value.toDouble());
        return;
    case FieldType::Boolean:
        statement.bindInteger(position, value.toBool() ? 1 : 0);
        return;
    case FieldType::Text:
    case FieldType::Date:
        statement.bindText(position, value.toString());
        return;
    }
    statement.bindNull(position);
}

} // namespace

QJsonValue jsonFromSql(const QVariant& value, FieldType type)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (type) {
    case FieldType::Integer:
        return value.toLongLong();
    case FieldType::Real:
        return value.toDouble();
    case FieldType::Boolean:
        return value.toLongLong() != 0;
    case FieldType::Text:
    case FieldType::Date:
        return value.toString();
    }
    return QJsonValue::Null;
}

QJsonObject normaliseFields(const EntitySchema& entity, const QJsonObject& fields)
{
    QJsonObject normalised;
    for (const FieldSchema& field : entity.fields) {
        const QJsonValue value = fields.value(field.name);
        normalised.insert(field.name, value.isUndefined() ? QJsonValue(QJsonValue::Null) : value);
    }
    return normalised;
}

LocalRecordStore::LocalRecordStore(QSqlDatabase database)
    : m_database(std::move(database))
{}

std::optional<RecordState> LocalRecordStore::read(const EntitySchema& entity, const QString& id,
                                                  DatabaseError* error) const
{
    std::unique_ptr<QSqlQuery>& prepared = m_reads[entity.name];
    if (!prepared) {
        prepared = std::make_unique<QSqlQuery>(m_database);
        prepared->setForwardOnly(true);
        if (!prepared->prepare(
                QStringLiteral("SELECT %1, version, deleted, updated_at, updated_by FROM %2 WHERE id = ?")
                    .arg(entity.fieldNames().join(QLatin1String(", ")), entity.table))) {
            if (error)
                *error = DatabaseError::fromSqlError(prepared->lastError());
            prepared.reset();
            return std::nullopt;
        }
    }
    QSqlQuery& query = *prepared;
    const auto done = qScopeGuard([&query] { query.finish(); }); // release the read before writes
    query.addBindValue(id);
    if (!query.exec()) {
        if (error)
            *error = DatabaseError::fromSqlError(query.lastError());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    RecordState record;
    record.entity = entity.name;
    record.id = id;
    const int count = int(entity.fields.size());
    for (int column = 0; column < count; ++column) {
        const FieldSchema& field = entity.fields.at(column);
        record.fields.insert(field.name, jsonFromSql(query.value(column), field.type));
    }
    record.version = query.value(count).toLongLong();
    record.deleted = query.value(count + 1).toBool();
    record.updatedAt = query.value(count + 2).toString();
    record.updatedBy = query.value(count + 3).toString();
    return record;
}

SqlStatement* LocalRecordStore::preparedWrite(const EntitySchema& entity, DatabaseError* error)
{
    std::unique_ptr<SqlStatement>& query = m_writes[entity.name];
    if (!query) {
        const QStringList names = entity.fieldNames();
        QStringList placeholders(names.size() + 5,
                                 QStringLiteral("?")); // id, fields, version, deleted, updated_*
        // An upsert, not INSERT OR REPLACE: the row keeps its rowid, and the UPDATE fires the
        // triggers that keep the search index and history in step (REPLACE would delete silently).
        QStringList assignments;
        for (const QString& column :
             names + QStringList{QStringLiteral("version"), QStringLiteral("deleted"),
                                 QStringLiteral("updated_at"), QStringLiteral("updated_by")})
            assignments.append(column + QLatin1String(" = excluded.") + column);
        query = std::make_unique<SqlStatement>(
            m_database,
            QStringLiteral("INSERT INTO %1 (id, %2, version, deleted, updated_at, "
                           "updated_by) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
                .arg(entity.table, names.join(QLatin1String(", ")), placeholders.join(QLatin1String(", ")),
                     assignments.join(QLatin1String(", "))));
        if (query->error().isError()) {
            *error = query->error();
            query.reset();
            return nullptr;
        }
    }
    return query.get();
}

DatabaseError LocalRecordStore::write(const EntitySchema& entity, const RecordState& record)
{
    return writeAll(entity, {record});
}

DatabaseError LocalRecordStore::writeAll(const EntitySchema& entity, const QList<RecordState>& records)
{
    if (records.isEmpty())
        return {};
    DatabaseError error;
    SqlStatement* statement = preparedWrite(entity, &error);
    if (!statement)
        return error;
    for (const RecordState& record : records) {
        statement->reset();
        int position = 1;
        statement->bindText(position++, record.id);
        for (const FieldSchema& field : entity.fields)
            bindField(*statement, position++, record.fields.value(field.name), field.type);
        statement->bindInteger(position++, record.version);
        statement->bindInteger(position++, record.deleted ? 1 : 0);
        statement->bindText(position++, record.updatedAt);
        statement->bindText(position++, record.updatedBy);
        if ((error = statement->run()).isError())
            return error;
    }
    statement->reset(); // let go of the last row's values
    return {};
}

} // namespace xs
