#pragma once

#include "models/catalog/Department.h"
#include "models/storage/DatabaseError.h"

#include <QList>
#include <QSqlDatabase>

namespace xs {

/// SQL for departments and the divisions they belong to.
class DepartmentRepository
{
public:
    explicit DepartmentRepository(QSqlDatabase database);

    qint64 count() const;
    QList<Department> all() const;
    /// Inserts all departments in one transaction: all of them or none.
    DatabaseError insert(const QList<Department>& departments);

private:
    QSqlDatabase m_database;
};

} // namespace xs
