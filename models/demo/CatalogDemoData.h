#pragma once

#include "models/catalog/Department.h"
#include "models/demo/CatalogDemoPlan.h"
#include "models/storage/DatabaseError.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace xs {

/// Writes the demo catalog: each department's resources by its duties, each with five data items,
/// as CatalogDemoPlan lays out from resources/demo/catalog.json. A fixed pseudo-random sequence (the
/// standard's mt19937, whose output is specified) makes every run write the same rows and ids,
/// including the plan's deliberate 一数一源 conflicts and some overdue entries.
class CatalogDemoData
{
public:
    static constexpr int ItemsPerEntry = CatalogDemoPlan::ItemsPerEntry;

    /// Reports the entries written so far; returning false cancels (the caller rolls back).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// today: last updates are spread over the two years before it, so about the same share of
    /// entries is overdue on any date.
    CatalogDemoData(QSqlDatabase database, QList<Department> departments, const QDate& today);

    /// Writes entries inside the caller's transaction.
    DatabaseError write(qint64 entries, const Progress& progress = {});

private:
    QSqlDatabase m_database;
    QList<Department> m_departments;
    QDate m_today;
};

} // namespace xs
