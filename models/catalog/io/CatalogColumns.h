#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace xs {

/// The columns of an exported or imported catalog file: every field of a resource under the
/// Chinese heading its definition gives it, plus the id and the data items (as a JSON array in one
/// cell), so export then import loses nothing. Shared by CSV, XLSX and the importer's header matching.
namespace CatalogColumns {

struct Column
{
    QString field;   // the synced field, or "id" / "items"
    QString heading; // 目录名称 ... (the official Chinese term; files are exchanged between bureaus)
};

const QList<Column>& all();
QStringList headings();
/// The fields an import cannot do without.
QStringList requiredFields(); // name, code, department_code

/// The column a heading names: a Chinese heading or the field name itself, ignoring case and
/// surrounding spaces. Nothing for an unknown heading.
std::optional<QString> fieldForHeading(const QString& heading);

/// A field's value as cell text: 是/否 for flags, numbers as digits, null as empty.
QString cellText(const QString& field, const QJsonValue& value);
/// Cell text back to the field's JSON value; an error message (translated) if it does not parse.
QJsonValue parseCell(const QString& field, const QString& text, QString* error);

/// Data items as the JSON array of the items cell (without bookkeeping: no entry_id), in order.
QString itemsCell(const QList<QJsonObject>& items);
/// The cell back to items; each gets its id from the cell, if it had one.
std::optional<QList<QJsonObject>> parseItemsCell(const QString& text, QString* error);

} // namespace CatalogColumns

} // namespace xs
