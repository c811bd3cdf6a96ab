#pragma once

#include "models/storage/DatabaseError.h"

#include <QSqlDatabase>

namespace xs {

/// The catalog's two search indexes fed once at the end of a bulk write instead of row by row.
///
/// Inside the writer's transaction, open() makes the entries and data items written after it skip
/// their per-row index triggers (the search backlogs of migrations 0005 and 0037); finish(), before
/// the writer commits, indexes them in one statement each. Fed row by row, every statement of a
/// long transaction made FTS5 write out its pending terms as a small segment of its own. If the
/// catalog's backlog was open already (a first sync's catch-up still running), the entries are
/// left to CatalogSearchIndexer with the rest of it; searches match them meanwhile.
class DeferredSearchIndexes
{
public:
    explicit DeferredSearchIndexes(QSqlDatabase database);

    DatabaseError open();
    DatabaseError finish();

private:
    QSqlDatabase m_database;
    bool m_indexesEntries = false; // the catalog's backlog was opened here, so finish() closes it
};

} // namespace xs
