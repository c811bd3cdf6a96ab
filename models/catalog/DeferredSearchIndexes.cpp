#include "models/catalog/DeferredSearchIndexes.h"

#include "models/catalog/CatalogSearchBacklog.h"

#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace xs {

namespace {

DatabaseError run(QSqlDatabase database, const QString& sql)
{
    QSqlQuery query(std::move(database));
    if (!query.exec(sql))
        return DatabaseError::fromSqlError(query.lastError());
    return {};
}

} // namespace

DeferredSearchIndexes::DeferredSearchIndexes(QSqlDatabase database)
    : m_database(std::move(database))
{}

DatabaseError DeferredSearchIndexes::open()
{
    CatalogSearchBacklog entries(m_database);
    DatabaseError error;
    m_indexesEntries = !entries.indexedThrough(&error).has_value();
    if (error.isError())
        return error;
    if (m_indexesEntries) {
        if (DatabaseError opened = entries.open(); opened.isError())
            return opened;
    }
    // Every item present now is indexed (the triggers saw it); what comes after waits for finish().
    return run(m_database, QStringLiteral("INSERT INTO data_item_search_backlog (singleton, indexed_through) "
                                          "SELECT 1, coalesce(max(rowid), 0) FROM data_item "
                                          "WHERE true ON CONFLICT (singleton) DO NOTHING"));
}

DatabaseError DeferredSearchIndexes::finish()
{
    if (m_indexesEntries) {
        bool closed = false;
        if (DatabaseError error =
                CatalogSearchBacklog(m_database).indexNext(std::numeric_limits<int>::max(), &closed);
            error.isError())
            return error;
        if (!closed)
            return DatabaseError(DatabaseError::Kind::Internal,
                                 QStringLiteral("the search backlog stayed open"));
    }
    // The pair index is an external-content FTS5 table: rows are added with their text, by rowid.
    if (DatabaseError error = run(
            m_database, QStringLiteral("INSERT INTO data_item_search (rowid, name, identifier, description) "
                                       "SELECT rowid, name, identifier, description FROM data_item "
                                       "WHERE rowid > (SELECT indexed_through FROM data_item_search_backlog) "
                                       "ORDER BY rowid"));
        error.isError())
        return error;
    return run(m_database, QStringLiteral("DELETE FROM data_item_search_backlog"));
}

} // namespace xs
