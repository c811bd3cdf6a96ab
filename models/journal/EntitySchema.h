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

/// How a form edits a field. By default the type decides: a line for text and numbers, a date
/// line, a check box for a boolean, and a choice of records for a parent's id.
enum class FieldEditor
{
    Default,
    MultiLine,  // several lines of text
    Choice,     // one value of the field's vocabulary, shown by its label
    None,       // not edited in forms (a state only steps change)
    Money,      // an integer in fen, edited in yuan
    Percent,    // an integer in basis points, edited in percent
    Month,      // "YYYY-MM" text
    Lines,      // a JSON array of strings kept as text, edited one per line
    Table,      // a JSON array of objects kept as text, edited as rows of FieldSchema::columns
    Sections,   // a JSON object kept as text, one text per value of the field's vocabulary
    ChoiceList, // a JSON array of values of the field's vocabulary kept as text, picked from its list
};

/// One column of a Table field: a key of each row's object, its JSON type, and its editor
/// (Default, Money or Percent).
struct FieldColumn
{
    const char* name;
    FieldType type;
    FieldEditor editor;
    const char* label; // xs::FieldLabels source
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
    // What people call the field: an English source in the xs::FieldLabels context, translated
    // where it is shown (FieldLabels), or null when the field has no label of its own.
    const char* label = nullptr;

    // How people meet the field beyond its label: the form's editor, the column it has in import
    // and export files, and whether search finds a record by it. The form, the file columns and
    // the search follow the definition, so adding a field touches only its area folder.
    FieldEditor editor = FieldEditor::Default;
    QString vocabulary = {};           // Choice, ChoiceList: the name of the list its values come from
    const char* fileHeading = nullptr; // UTF-8; files keep fixed Chinese headings in every language
    bool searchable = false;           // in the record type's full-text index
    QList<FieldColumn> columns = {};   // Table: the columns of its rows
    // A field the type's rules compute from the others (a report's maximum allowed revenue): forms
    // show it and fill it in from the record, never let it be typed.
    void (*derive)(QJsonObject& record) = nullptr;

    FieldSchema multiLine() const;
    FieldSchema choice(const char* vocabularyName) const;
    FieldSchema notInForms() const;
    FieldSchema money() const;
    FieldSchema percent() const;
    FieldSchema month() const;
    FieldSchema lines() const;
    FieldSchema choiceList(const char* vocabularyName) const;
    FieldSchema table(QList<FieldColumn> rowColumns) const;
    FieldSchema sections(const char* vocabularyName) const;
    FieldSchema derivedBy(void (*compute)(QJsonObject& record)) const;
    FieldSchema inFiles(const char* heading) const;
    FieldSchema inSearch() const;
    QString heading() const { return QString::fromUtf8(fileHeading); }
};

/// A synced record type: its wire name, its table on the desktop, what people call it, and its
/// fields (beyond the bookkeeping columns id, version, updated_at, updated_by and deleted, which
/// every record has). Each area defines its own types (models/<area>/*RecordTypes.cpp); the desktop's
/// journal and the hub's store both work from these definitions and name no type themselves.
struct EntitySchema
{
    QString name;
    QString table;
    QList<FieldSchema> fields;
    QHash<QString, qsizetype> fieldIndex; // name -> position in fields; decoding looks up every field
    const char* label = nullptr;          // xs::FieldLabels source, like FieldSchema::label

    const FieldSchema* field(const QString& fieldName) const;
    QStringList fieldNames() const;

    /// Empty if every value has a known name, the right JSON type and a sane size; otherwise
    /// what is wrong, naming the field (shown to users as a rejection reason).
    QString validate(const QJsonObject& values) const;
    /// The same, as a Message translated where it is read (the hub's refusals).
    Message validationProblem(const QJsonObject& values) const;
    /// The fields that hold a parent's id.
    QList<const FieldSchema*> parentFields() const;
    /// The field holding the id of the record this one belongs to (a data item's entry, a
    /// product's agreement): its required parent field, or nullptr.
    const FieldSchema* ownerField() const;
    /// The fields search finds the record by, in definition order (the full-text index's columns).
    QStringList searchableFieldNames() const;
    /// Fills in every derived field from the others.
    void derive(QJsonObject& record) const;
};

/// Every entity that syncs, in dependency order (parents before children). The list is assembled
/// from the areas' definitions in models/registry, the one place that knows every area.
const QList<EntitySchema>& syncedEntities();
const EntitySchema* findEntity(const QString& name);
/// The types whose records belong to one of this type (an agreement's products and reports), in
/// registry order.
QList<const EntitySchema*> ownedEntities(const QString& ownerName);

/// The pieces an area's definition is written with.
namespace Fields {
FieldSchema text(const char* name, int maxLength, const char* label);
FieldSchema integer(const char* name, const char* label);
FieldSchema real(const char* name, const char* label);
FieldSchema boolean(const char* name, const char* label);
FieldSchema date(const char* name, const char* label);
FieldSchema required(FieldSchema field);
FieldSchema unique(FieldSchema field);
FieldSchema oneOf(FieldSchema field, QStringList allowed);
FieldSchema parentOf(FieldSchema field, const char* entity);
/// A record type whose desktop table has its wire name.
EntitySchema entity(const char* name, const char* label, QList<FieldSchema> fields);
} // namespace Fields

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
