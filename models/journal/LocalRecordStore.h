#pragma once

#include "models/journal/EntitySchema.h"
#include "models/journal/SyncTypes.h"
#include "models/storage/DatabaseError.h"
#include "models/storage/SqlStatement.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>
#include <memory>
#include <optional>

namespace xs {

/// Every field of the schema, missing ones as null: the one shape records have in merges, on the
/// wire and in both stores, so "absent" and "empty" never disagree.
/// A column's value as the JSON value of a field of that type (null stays null).
QJsonValue jsonFromSql(const QVariant& value, FieldType type);

QJsonObject normaliseFields(const EntitySchema& entity, const QJsonObject& fields);

/// Reads and writes synced records in their entity tables on the desktop, converting between
/// JSON values and SQL columns by the schema.
class LocalRecordStore
{
public:
    explicit LocalRecordStore(QSqlDatabase database);

    /// The record, deleted or not; nothing if the row does not exist (or the query failed: error).
    std::optional<RecordState> read(const EntitySchema& entity, const QString& id,
                                    DatabaseError* error = nullptr) const;
    /// Inserts or replaces the whole row.
    DatabaseError write(const EntitySchema& entity, const RecordState& record);
    /// Inserts or replaces many rows of one entity with one batch: how a pulled page is written.
    DatabaseError writeAll(const EntitySchema& entity, const QList<RecordState>& records);

private:
    SqlStatement* preparedWrite(const EntitySchema& entity, DatabaseError* error);

    QSqlDatabase m_database;
    // Prepared once per entity, on SQLCipher directly: a pulled page writes thousands of rows, and
    // a QVariant per value cost a fifth of the write.
    std::map<QString, std::unique_ptr<SqlStatement>> m_writes;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_reads;
};

} // namespace xs
