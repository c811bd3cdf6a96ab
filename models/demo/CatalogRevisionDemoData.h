#pragma once

#include "models/storage/DatabaseError.h"

#include <QDate>
#include <QSqlDatabase>

namespace xs {

/// Demo revisions of published catalog entries (修订) on a desktop: for the first published entries
/// of the catalog, revisions in every state — being revised (on time and overdue, one extended),
/// awaiting review (in time and past the 2 working days), approved (submitted in time and late,
/// their changes already in the entry) and discarded — for every reason. The same date writes the
/// same records.
class CatalogRevisionDemoData
{
public:
    static constexpr int Revisions = 24;

    explicit CatalogRevisionDemoData(QDate today);

    /// Writes into a desktop database that holds the demo catalog, inside the caller's transaction.
    DatabaseError write(QSqlDatabase database) const;

private:
    QDate m_today;
};

} // namespace xs
