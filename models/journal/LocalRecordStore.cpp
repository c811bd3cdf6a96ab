#include "models/journal/LocalRecordStore.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <vector>

namespace xs {

namespace {

QVariant toSql(const QJsonValue& value, FieldType type)
{
    if (value.isNull() || value.isUndefined()) {
        switch (type) {
        case FieldType::Integer:
        case FieldType::Boolean:
            return QVariant(QMetaType::fromType<qlonglong>());
        case FieldType::Real:
            return QVariant(QMetaType::fromType<double>());
        default:
            return QVariant(QMetaType::fromType<QString>());
        }
    }
    switch (type) {
    case FieldType::Integer:
        return value.toInteger();
    case FieldType::Real:
        return value.toDouble();
    case FieldType::Boolean:
        return value.toBool() ? 1 : 0;
    case FieldType::Text:
    case FieldType::Date:
        return value.toString();
    }
    return {};
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

QSqlQuery* LocalRecordStore::preparedWrite(const EntitySchema& entity, DatabaseError* error)
{
    std::unique_ptr<QSqlQuery>& query = m_writes[entity.name];
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
        query = std::make_unique<QSqlQuery>(m_database);
        if (!query->prepare(QStringLiteral("INSERT INTO %1 (id, %2, version, deleted, updated_at, "
                                           "updated_by) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
                                .arg(entity.table, names.join(QLatin1String(", ")),
                                     placeholders.join(QLatin1String(", ")),
                                     assignments.join(QLatin1String(", "))))) {
            *error = DatabaseError::fromSqlError(query->lastError());
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
    QSqlQuery* query = preparedWrite(entity, &error);
    if (!query)
        return error;
    // One list per column, bound once: see SqlCipherResult::execBatch.
    const qsizetype fieldCount = entity.fields.size();
    std::vector<QVariantList> columns(size_t(fieldCount) + 5);
    for (QVariantList& column : columns)
        column.reserve(records.size());
    for (const RecordState& record : records) {
        qsizetype position = 0;
        columns[position++].append(record.id);
        for (const FieldSchema& field : entity.fields)
            columns[position++].append(toSql(record.fields.value(field.name), field.type));
        columns[position++].append(record.version);
        columns[position++].append(record.deleted ? 1 : 0);
        columns[position++].append(record.updatedAt);
        columns[position++].append(record.updatedBy);
    }
    for (qsizetype position = 0; position < qsizetype(columns.size()); ++position)
        query->bindValue(int(position), std::move(columns[size_t(position)]));
    if (!query->execBatch())
        return DatabaseError::fromSqlError(query->lastError());
    return {};
}

} // namespace xs
