#pragma once

#include "models/journal/Vocabularies.h"

#include <QHash>
#include <QSqlDatabase>

namespace xs::RecordNames {

// The names the request pages show beside codes and ids, read the same way for each kind of
// request (sharing requests, quality feedback).

/// Every live department's code to its name.
QHash<QString, QString> departments(QSqlDatabase database);
/// The live departments as form choices, in their order.
QList<LabelledValue> departmentChoices(QSqlDatabase database);
/// The names of the catalog entries the live records of table name in their entry_id: only
/// those, since a province's catalog is far larger than its requests.
QHash<QString, QString> entriesNamedIn(QSqlDatabase database, const QString& table);

} // namespace xs::RecordNames
