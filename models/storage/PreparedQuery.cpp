#include "models/storage/PreparedQuery.h"

#include <QSqlError>

namespace xs {

bool runPrepared(QSqlQuery& query, const QString& sql, const QVariantList& bindings, DatabaseError* error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = DatabaseError::fromSqlError(query.lastError());
        return false;
    }
    for (const QVariant& value : bindings)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = DatabaseError::fromSqlError(query.lastError());
        return false;
    }
    return true;
}

} // namespace xs
