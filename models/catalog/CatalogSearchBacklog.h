#pragma once

#include "models/catalog/CatalogFilter.h"
#include "models/storage/DatabaseError.h"

#include <QSqlDatabase>

#include <optional>

namespace xs {

/// Catalog entries not yet in the search index, and the work of indexing them in bulk.
///
/// Triggers keep the trigram index in step with every entry up to the backlog's
/// `indexed_through` rowid (migration 0005). A bulk writer (a first sync) opens the backlog so that
/// the entries it adds skip the per-row triggers, then calls indexNext() until it reports the
/// backlog closed. Row by row, the index costs twice the rest of a first sync; in chunks of
/// thousands it costs a third of that.
///
/// While a backlog is open, searches match the entries beyond it with LIKE (withBacklog()): slower,
/// never incomplete. CatalogSearchIndexer works the backlog off in the background.
class CatalogSearchBacklog
{
public:
    explicit CatalogSearchBacklog(QSqlDatabase database);

    /// Within the caller's transaction: entries added from now on wait to be indexed in bulk.
    /// Does nothing if a backlog is already open.
    DatabaseError open();
    /// Entries waiting to be indexed, or nothing if no backlog is open.
    std::optional<qint64> waiting(DatabaseError* error) const;
    /// The last indexed rowid, or nothing if no backlog is open (every entry is indexed).
    std::optional<qint64> indexedThrough(DatabaseError* error = nullptr) const;
    /// The filter, told how far the index goes, for queries run now.
    CatalogFilter withBacklog(CatalogFilter filter) const;
    /// Indexes the next `entries` entries in one transaction of its own. *closed is set when nothing
    /// is left and the backlog is gone.
    DatabaseError indexNext(int entries, bool* closed);

private:
    QSqlDatabase m_database;
};

} // namespace xs
