#pragma once

#include "models/storage/DatabaseError.h"

#include <QSqlQuery>
#include <QVariantList>

namespace xs {

/// A WHERE clause and the values it binds, in order (CatalogQuery, GrantQuery build them).
struct SqlCondition
{
    QString sql;
    QVariantList bindings;
};

/// Prepares sql on query (forward only), binds the values in order and runs it. False, with
/// *error set, if any of that fails; the rows are then read from query.
bool runPrepared(QSqlQuery& query, const QString& sql, const QVariantList& bindings, DatabaseError* error);

} // namespace xs
