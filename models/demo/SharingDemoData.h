#pragma once

#include "models/catalog/Department.h"
#include "models/storage/DatabaseError.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace xs {

/// Demo sharing requests on a desktop, after the demo catalog: 36 requests for published resources
/// of the sharing catalog, in every state and both queues of the demo cataloguer's department
/// (430000027), with deadlines counted on the holiday schedule as the hub would: some due soon,
/// some overdue, one notice of missing material, an extension, refusals with reasons, deliveries.
/// The same date and catalog write the same records.
class SharingDemoData
{
public:
    static constexpr int Requests = 36;
    /// The department the hub's demo cataloguer works for.
    static constexpr const char* OwnDepartment = "430000027";

    SharingDemoData(QList<Department> departments, QDate today);

    /// Writes into a desktop database, inside the caller's transaction.
    DatabaseError write(QSqlDatabase database) const;

private:
    QList<Department> m_departments;
    QDate m_today;
};

} // namespace xs
