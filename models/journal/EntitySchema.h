#pragma once

#include "models/common/Message.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace xs {

/// The JSON type a synced field travels as, and the SQL type it is stored as on both sides.
enum class FieldType
{
    Text,
    Integer,
    Real,
    Boolean,
    Date, // ISO-8601 date, as text
};

struct FieldSchema
{
    QString name;
    FieldType type = FieldType::Text;
    int maxLength = 0; // text only; 0 means the default limit
    // What every copy of a record must hold for every desktop to store it (the desktop's tables
    // say NOT NULL, UNIQUE, CHECK and REFERENCES for these): the hub stores nothing that breaks them.
    bool required = false;
    bool unique = false;      // among all rows of the entity, deleted ones too (tables keep them)
    QStringList allowed = {}; // the only values, when not empty
    QString parent = {};      // the entity whose id this field holds
};

/// A synced entity: its wire name, its table on the desktop, and its fields (beyond the
/// bookkeeping columns id, version, updated_at, updated_by and deleted, which every entity has).
/// The one description of an entity that the desktop's journal and the hub's store both use.
struct EntitySchema
{
    QString name;
    QString table;
    QList<FieldSchema> fields;
    QHash<QString, qsizetype> fieldIndex; // name -> position in fields; decoding looks up every field

    const FieldSchema* field(const QString& fieldName) const;
    QStringList fieldNames() const;

    /// Empty if every value has a known name, the right JSON type and a sane size; otherwise
    /// what is wrong, naming the field (shown to users as a rejection reason).
    QString validate(const QJsonObject& values) const;
    /// The same, as a Message translated where it is read (the hub's refusals).
    Message validationProblem(const QJsonObject& values) const;
    /// The fields that hold a parent's id.
    QList<const FieldSchema*> parentFields() const;
};

/// Every entity that syncs, in dependency order (parents before children).
const QList<EntitySchema>& syncedEntities();
const EntitySchema* findEntity(const QString& name);

/// Limits that keep a hostile or broken peer from making either side allocate without bound.
namespace WireLimits {
constexpr int MaxIdLength = 64;
constexpr int MaxTextLength = 16 * 1024;
constexpr int MaxOperationsPerPush = 500;
constexpr int DefaultPageSize = 500;
constexpr int MaxPageSize = 2000;
constexpr qint64 MaxBodyBytes = 8 * 1024 * 1024;
} // namespace WireLimits

} // namespace xs
