#pragma once

#include "models/storage/DatabaseError.h"

#include <QDate>
#include <QSqlDatabase>

namespace xs {

/// Demo open-data demands on a desktop: 15 demands in every priority domain and 其他, received,
/// accepted with their answer deadline by the default rule (some overdue, some assigned to the demo
/// cataloguer's department 430000027) and answered in each way. The same date writes the same records.
class OpenDataDemoData
{
public:
    static constexpr int Demands = 15;

    explicit OpenDataDemoData(QDate today);

    /// Writes into a desktop database, inside the caller's transaction.
    DatabaseError write(QSqlDatabase database) const;

private:
    QDate m_today;
};

} // namespace xs
