#include "models/catalog/CatalogSearchBacklog.h"

#include "models/catalog/CatalogRecordTypes.h"
#include "models/storage/SqlStatement.h"
#include "models/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace xs {

CatalogSearchBacklog::CatalogSearchBacklog(QSqlDatabase database)
    : m_database(std::move(database))
{}

DatabaseError CatalogSearchBacklog::open()
{
    // Everything present now is indexed (the triggers saw it); what comes after waits.
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("INSERT INTO catalog_search_backlog (singleton, indexed_through) "
                                   "SELECT 1, coalesce(max(rowid), 0) FROM catalog_entry "
                                   "WHERE true ON CONFLICT (singleton) DO NOTHING")))
        return DatabaseError::fromSqlError(query.lastError());
    return {};
}

std::optional<qint64> CatalogSearchBacklog::indexedThrough(DatabaseError* error) const
{
    // On SQLCipher directly: the catalog's facet counts ask on every filter change, and a QSqlQuery
    // round costs more than the query.
    SqlStatement statement(m_database, QStringLiteral("SELECT indexed_through FROM catalog_search_backlog"));
    const bool found = statement.next();
    if (error)
        *error = statement.error();
    return found ? std::optional<qint64>(statement.integer(0)) : std::nullopt;
}

CatalogFilter CatalogSearchBacklog::withBacklog(CatalogFilter filter) const
{
    // A failure to read the backlog reads as "no backlog": the search itself reports the database.
    filter.indexedThrough = indexedThrough();
    return filter;
}

std::optional<qint64> CatalogSearchBacklog::waiting(DatabaseError* error) const
{
    DatabaseError failure;
    const std::optional<qint64> through = indexedThrough(&failure);
    if (!through) {
        if (error)
            *error = failure;
        return std::nullopt;
    }
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT count(*) FROM catalog_entry WHERE rowid > ?"));
    query.addBindValue(*through);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = DatabaseError::fromSqlError(query.lastError());
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

DatabaseError CatalogSearchBacklog::indexNext(int entries, bool* closed)
{
    *closed = false;
    Transaction transaction(m_database, QStringLiteral("search_backlog"));
    if (DatabaseError error = transaction.begin(); error.isError())
        return error;
    DatabaseError error;
    const std::optional<qint64> through = indexedThrough(&error);
    if (error.isError())
        return error;
    if (!through) {
        *closed = true;
        return transaction.commit();
    }
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT max(rowid) FROM (SELECT rowid FROM catalog_entry WHERE rowid > ? "
                                 "ORDER BY rowid LIMIT ?)"));
    query.addBindValue(*through);
    query.addBindValue(entries);
    if (!query.exec() || !query.next())
        return DatabaseError::fromSqlError(query.lastError());
    if (query.value(0).isNull()) {
        if (!query.exec(QStringLiteral("DELETE FROM catalog_search_backlog")))
            return DatabaseError::fromSqlError(query.lastError());
        *closed = true;
        return transaction.commit();
    }
    const qint64 last = query.value(0).toLongLong();
    // The index is an external-content FTS5 table: rows are added with their text, by rowid.
    const QString columns = catalogSearchColumns().join(QLatin1String(", "));
    query.prepare(QStringLiteral("INSERT INTO catalog_search (rowid, %1) SELECT rowid, %1 FROM catalog_entry "
                                 "WHERE rowid > ? AND rowid <= ? ORDER BY rowid")
                      .arg(columns));
    query.addBindValue(*through);
    query.addBindValue(last);
    if (!query.exec())
        return DatabaseError::fromSqlError(query.lastError());
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM catalog_entry WHERE rowid > ?)"));
    query.addBindValue(last);
    if (!query.exec() || !query.next())
        return DatabaseError::fromSqlError(query.lastError());
    *closed = !query.value(0).toBool();
    if (*closed) {
        if (!query.exec(QStringLiteral("DELETE FROM catalog_search_backlog")))
            return DatabaseError::fromSqlError(query.lastError());
    } else {
        query.prepare(QStringLiteral("UPDATE catalog_search_backlog SET indexed_through = ?"));
        query.addBindValue(last);
        if (!query.exec())
            return DatabaseError::fromSqlError(query.lastError());
    }
    if (DatabaseError failure = transaction.commit(); failure.isError()) {
        *closed = false;
        return failure;
    }
    return {};
}

} // namespace xs
