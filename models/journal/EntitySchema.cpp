#include "models/journal/EntitySchema.h"

#include <QDate>
#include <QJsonValue>

namespace xs {

namespace Fields {

namespace {

FieldSchema typed(const char* name, FieldType type, int maxLength, const char* label)
{
    FieldSchema field{QString::fromLatin1(name), type, maxLength};
    field.label = label;
    return field;
}

} // namespace

FieldSchema text(const char* name, int maxLength, const char* label)
{
    return typed(name, FieldType::Text, maxLength, label);
}

FieldSchema integer(const char* name, const char* label)
{
    return typed(name, FieldType::Integer, 0, label);
}

FieldSchema real(const char* name, const char* label)
{
    return typed(name, FieldType::Real, 0, label);
}

FieldSchema boolean(const char* name, const char* label)
{
    return typed(name, FieldType::Boolean, 0, label);
}

FieldSchema date(const char* name, const char* label)
{
    return typed(name, FieldType::Date, 0, label);
}

FieldSchema required(FieldSchema field)
{
    field.required = true;
    return field;
}

FieldSchema unique(FieldSchema field)
{
    field.unique = true;
    return field;
}

FieldSchema oneOf(FieldSchema field, QStringList allowed)
{
    field.allowed = std::move(allowed);
    return field;
}

FieldSchema parentOf(FieldSchema field, const char* entity)
{
    field.parent = QString::fromLatin1(entity);
    return field;
}

EntitySchema entity(const char* name, const char* label, QList<FieldSchema> fields)
{
    EntitySchema built{QString::fromLatin1(name), QString::fromLatin1(name), std::move(fields), {}};
    built.label = label;
    for (qsizetype i = 0; i < built.fields.size(); ++i)
        built.fieldIndex.insert(built.fields.at(i).name, i);
    return built;
}

} // namespace Fields

FieldSchema FieldSchema::multiLine() const
{
    FieldSchema field = *this;
    field.editor = FieldEditor::MultiLine;
    return field;
}

FieldSchema FieldSchema::choice(const char* vocabularyName) const
{
    FieldSchema field = *this;
    field.editor = FieldEditor::Choice;
    field.vocabulary = QString::fromLatin1(vocabularyName);
    return field;
}

FieldSchema FieldSchema::notInForms() const
{
    FieldSchema field = *this;
    field.editor = FieldEditor::None;
    return field;
}

namespace {

FieldSchema editedAs(FieldSchema field, FieldEditor editor)
{
    field.editor = editor;
    return field;
}

} // namespace

FieldSchema FieldSchema::money() const
{
    return editedAs(*this, FieldEditor::Money);
}

FieldSchema FieldSchema::percent() const
{
    return editedAs(*this, FieldEditor::Percent);
}

FieldSchema FieldSchema::month() const
{
    return editedAs(*this, FieldEditor::Month);
}

FieldSchema FieldSchema::lines() const
{
    return editedAs(*this, FieldEditor::Lines);
}

FieldSchema FieldSchema::choiceList(const char* vocabularyName) const
{
    FieldSchema field = editedAs(*this, FieldEditor::ChoiceList);
    field.vocabulary = QString::fromLatin1(vocabularyName);
    return field;
}

FieldSchema FieldSchema::table(QList<FieldColumn> rowColumns) const
{
    FieldSchema field = editedAs(*this, FieldEditor::Table);
    field.columns = std::move(rowColumns);
    return field;
}

FieldSchema FieldSchema::sections(const char* vocabularyName) const
{
    FieldSchema field = editedAs(*this, FieldEditor::Sections);
    field.vocabulary = QString::fromLatin1(vocabularyName);
    return field;
}

FieldSchema FieldSchema::derivedBy(void (*compute)(QJsonObject& record)) const
{
    FieldSchema field = *this;
    field.derive = compute;
    return field;
}

FieldSchema FieldSchema::inFiles(const char* heading) const
{
    FieldSchema field = *this;
    field.fileHeading = heading;
    return field;
}

FieldSchema FieldSchema::inSearch() const
{
    FieldSchema field = *this;
    field.searchable = true;
    return field;
}

namespace {

bool typeMatches(const QJsonValue& value, FieldType type)
{
    if (value.isNull())
        return true;
    switch (type) {
    case FieldType::Text:
        return value.isString();
    case FieldType::Integer:
        return value.isDouble() && value.toDouble() == double(value.toInteger());
    case FieldType::Real:
        return value.isDouble();
    case FieldType::Boolean:
        return value.isBool();
    case FieldType::Date:
        return value.isString() && QDate::fromString(value.toString(), Qt::ISODate).isValid();
    }
    return false;
}

} // namespace

const FieldSchema* EntitySchema::field(const QString& fieldName) const
{
    const auto found = fieldIndex.constFind(fieldName);
    return found == fieldIndex.cend() ? nullptr : &fields.at(*found);
}

QList<const FieldSchema*> EntitySchema::parentFields() const
{
    QList<const FieldSchema*> parents;
    for (const FieldSchema& candidate : fields) {
        if (!candidate.parent.isEmpty())
            parents << &candidate;
    }
    return parents;
}

const FieldSchema* EntitySchema::ownerField() const
{
    for (const FieldSchema& candidate : fields) {
        if (!candidate.parent.isEmpty() && candidate.required)
            return &candidate;
    }
    return nullptr;
}

QStringList EntitySchema::searchableFieldNames() const
{
    QStringList names;
    for (const FieldSchema& field : fields) {
        if (field.searchable)
            names.append(field.name);
    }
    return names;
}

void EntitySchema::derive(QJsonObject& record) const
{
    for (const FieldSchema& candidate : fields) {
        if (candidate.derive)
            candidate.derive(record);
    }
}

QList<const EntitySchema*> ownedEntities(const QString& ownerName)
{
    QList<const EntitySchema*> owned;
    for (const EntitySchema& candidate : syncedEntities()) {
        const FieldSchema* owner = candidate.ownerField();
        if (owner && owner->parent == ownerName)
            owned.append(&candidate);
    }
    return owned;
}

QStringList EntitySchema::fieldNames() const
{
    QStringList names;
    for (const FieldSchema& candidate : fields)
        names << candidate.name;
    return names;
}

QString EntitySchema::validate(const QJsonObject& values) const
{
    return validationProblem(values).text();
}

Message EntitySchema::validationProblem(const QJsonObject& values) const
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const FieldSchema* schema = field(it.key());
        if (!schema)
            return XS_MESSAGE("xs::EntitySchema", "unknown field \"%1\" for %2").arg(it.key(), name);
        if (!typeMatches(it.value(), schema->type))
            return XS_MESSAGE("xs::EntitySchema", "field \"%1\" has the wrong type")
                .argTerm("xs::FieldLabels", schema->label, it.key());
        const int limit = schema->maxLength > 0 ? schema->maxLength : WireLimits::MaxTextLength;
        if (it.value().isString() && it.value().toString().size() > limit)
            return XS_MESSAGE("xs::EntitySchema", "field \"%1\" is longer than %2 characters")
                .argTerm("xs::FieldLabels", schema->label, it.key())
                .arg(qint64(limit));
    }
    return {};
}

const EntitySchema* findEntity(const QString& name)
{
    for (const EntitySchema& entity : syncedEntities()) {
        if (entity.name == name)
            return &entity;
    }
    return nullptr;
}

} // namespace xs
