#pragma once

#include "models/storage/DatabaseError.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace xs::bench {

/// Catalog-like rows for the storage benchmark: ten columns with realistic Chinese names and
/// abstracts, an index for sorted paging and an FTS5 trigram index over name and abstract.
/// Deterministic: the same row count gives the same rows.
class CatalogWorkload
{
public:
    explicit CatalogWorkload(int rows);

    /// Creates the schema and inserts every row in one transaction through QSqlQuery.
    DatabaseError fill(QSqlDatabase database) const;

    /// A term that matches a handful of rows, and one that matches most of them.
    static QString selectiveTerm();
    static QString broadTerm();

    /// The read queries the benchmark times, by name.
    struct Query
    {
        QString name;
        QString sql;
        QVariantList bindings;
    };
    QList<Query> readQueries() const;

private:
    int m_rows;
};

} // namespace xs::bench
