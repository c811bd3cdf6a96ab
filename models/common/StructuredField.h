#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace xs {

/// A record field that holds a list or an object (an agreement's resources, a task's auditors, a
/// plan's sections). Records keep such values as JSON text in their columns, while operations made
/// in memory may hold them already parsed: this gives the parsed value either way (an empty array
/// for text that is not JSON).
QJsonValue structuredField(const QJsonObject& fields, const char* name);
/// The same for a value already taken from its record (a command's argument, say).
QJsonValue structuredValue(const QJsonValue& value);
/// A list as such a field keeps it: compact JSON text.
QString structuredText(const QJsonArray& array);

} // namespace xs
