#pragma once

#include "models/catalog/Department.h"
#include "models/storage/DatabaseError.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace xs {

/// Demo field audits on a desktop: the three starter checklists (resources/demo/
/// audit-templates.json, one per kind of visit, published), 40 tasks at departments and operators
/// in every state (some overdue), their answers and findings, orders after the findings of
/// submitted visits in every step of rectification, and photos as evidence with their
/// EXIF date, place and camera, stored encrypted like an auditor's. The same date writes the same
/// records.
class FieldAuditDemoData
{
public:
    static constexpr int Tasks = 40;

    /// operators: how many demo operators the grants wrote (GrantDemoData::operatorCount).
    FieldAuditDemoData(QList<Department> departments, qint64 operators, QDate today);

    /// Writes into a desktop database, inside the caller's transaction.
    DatabaseError write(QSqlDatabase database) const;

private:
    QList<Department> m_departments;
    qint64 m_operators = 1;
    QDate m_today;
};

} // namespace xs
