#include "models/catalog/io/CatalogColumns.h"

#include "models/journal/EntitySchema.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

namespace xs::CatalogColumns {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::CatalogColumns)
};

const EntitySchema& entrySchema()
{
    return *findEntity(QStringLiteral("catalog_entry"));
}

const EntitySchema& itemSchema()
{
    return *findEntity(QStringLiteral("data_item"));
}

} // namespace

const QList<Column>& all()
{
    // The entry's fields under the headings its definition gives them (CatalogRecordTypes), between
    // the id and the data items.
    static const QList<Column> columns = [] {
        QList<Column> list{{QStringLiteral("id"), QStringLiteral("标识")}};
        for (const FieldSchema& field : entrySchema().fields) {
            if (field.fileHeading)
                list.append({field.name, field.heading()});
        }
        list.append({QStringLiteral("items"), QStringLiteral("数据项")});
        return list;
    }();
    return columns;
}

QStringList headings()
{
    QStringList list;
    for (const Column& column : all())
        list.append(column.heading);
    return list;
}

QStringList requiredFields()
{
    return {QStringLiteral("name"), QStringLiteral("code"), QStringLiteral("department_code")};
}

std::optional<QString> fieldForHeading(const QString& heading)
{
    const QString wanted = heading.trimmed();
    for (const Column& column : all()) {
        if (wanted == column.heading || wanted.compare(column.field, Qt::CaseInsensitive) == 0)
            return column.field;
    }
    return std::nullopt;
}

QString cellText(const QString& field, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    const FieldSchema* schema = entrySchema().field(field);
    if (schema && schema->type == FieldType::Boolean)
        return value.toBool() ? QStringLiteral("是") : QStringLiteral("否");
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

QJsonValue parseCell(const QString& field, const QString& text, QString* error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QJsonValue::Null;
    const FieldSchema* schema = entrySchema().field(field);
    if (!schema)
        return trimmed; // id
    switch (schema->type) {
    case FieldType::Boolean: {
        static const QStringList yes{QStringLiteral("是"), QStringLiteral("true"), QStringLiteral("1"),
                                     QStringLiteral("yes"), QStringLiteral("y")};
        static const QStringList no{QStringLiteral("否"), QStringLiteral("false"), QStringLiteral("0"),
                                    QStringLiteral("no"), QStringLiteral("n")};
        if (yes.contains(trimmed, Qt::CaseInsensitive))
            return true;
        if (no.contains(trimmed, Qt::CaseInsensitive))
            return false;
        *error = Text::tr("「%1」 is not 是 or 否.").arg(trimmed);
        return QJsonValue::Undefined;
    }
    case FieldType::Date: {
        QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!date.isValid())
            date = QDate::fromString(trimmed, QStringLiteral("yyyy/M/d"));
        if (!date.isValid()) {
            *error = Text::tr("「%1」 is not a date (YYYY-MM-DD).").arg(trimmed);
            return QJsonValue::Undefined;
        }
        return date.toString(Qt::ISODate);
    }
    case FieldType::Integer: {
        bool ok = false;
        const qint64 number = trimmed.toLongLong(&ok);
        if (!ok) {
            *error = Text::tr("「%1」 is not a whole number.").arg(trimmed);
            return QJsonValue::Undefined;
        }
        return number;
    }
    case FieldType::Real:
    case FieldType::Text:
        break;
    }
    // Text keeps its leading whitespace: stripping a leading tab would turn "\t=1+1" into a formula
    // that the next spreadsheet opening an export runs. Trailing blanks (Excel pads) go.
    QString kept = text;
    while (!kept.isEmpty() && kept.back().isSpace())
        kept.chop(1);
    if (schema->maxLength > 0 && kept.size() > schema->maxLength) {
        *error = Text::tr("Longer than %1 characters.").arg(schema->maxLength);
        return QJsonValue::Undefined;
    }
    return kept;
}

QString itemsCell(const QList<QJsonObject>& items)
{
    if (items.isEmpty())
        return {};
    QJsonArray array;
    for (QJsonObject item : items) {
        item.remove(QStringLiteral("entry_id"));
        array.append(item);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::optional<QList<QJsonObject>> parseItemsCell(const QString& text, QString* error)
{
    QList<QJsonObject> items;
    if (text.trimmed().isEmpty())
        return items;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        *error = Text::tr("The data items are not a JSON array: %1.").arg(parseError.errorString());
        return std::nullopt;
    }
    int position = 0;
    for (const QJsonValue& value : document.array()) {
        ++position;
        if (!value.isObject()) {
            *error = Text::tr("Data item %1 is not an object.").arg(position);
            return std::nullopt;
        }
        QJsonObject item = value.toObject();
        const QString id = item.take(QStringLiteral("id")).toString();
        item.remove(QStringLiteral("entry_id"));
        if (!item.contains(QStringLiteral("position")))
            item.insert(QStringLiteral("position"), position);
        if (const QString problem = itemSchema().validate(item); !problem.isEmpty()) {
            *error = Text::tr("Data item %1: %2").arg(position).arg(problem);
            return std::nullopt;
        }
        if (!id.isEmpty())
            item.insert(QStringLiteral("id"), id);
        items.append(item);
    }
    return items;
}

} // namespace xs::CatalogColumns
