#include "models/catalog/DepartmentRepository.h"

#include "models/storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace xs {

QString Department::kindToString(Kind kind)
{
    switch (kind) {
    case Kind::Provincial:
        return QStringLiteral("provincial");
    case Kind::Prefectural:
        return QStringLiteral("prefectural");
    case Kind::Utility:
        return QStringLiteral("utility");
    }
    return {};
}

Department::Kind Department::kindFromString(const QString& text)
{
    if (text == QLatin1String("prefectural"))
        return Kind::Prefectural;
    if (text == QLatin1String("utility"))
        return Kind::Utility;
    return Kind::Provincial;
}

DepartmentRepository::DepartmentRepository(QSqlDatabase database)
    : m_database(std::move(database))
{}

qint64 DepartmentRepository::count() const
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT count(*) FROM department WHERE deleted = 0")) && query.next())
        return query.value(0).toLongLong();
    return -1;
}

QList<Department> DepartmentRepository::all() const
{
    QList<Department> departments;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id, code, name, kind, division_code, sort_order, version, updated_at, "
                              "updated_by, deleted FROM department WHERE deleted = 0 "
                              "ORDER BY division_code, sort_order, code"));
    while (query.next()) {
        Department department;
        department.id = query.value(0).toString();
        department.code = query.value(1).toString();
        department.name = query.value(2).toString();
        department.kind = Department::kindFromString(query.value(3).toString());
        department.divisionCode = query.value(4).toString();
        department.sortOrder = query.value(5).toInt();
        department.version = query.value(6).toLongLong();
        department.updatedAt = query.value(7).toString();
        department.updatedBy = query.value(8).toString();
        department.deleted = query.value(9).toBool();
        departments.append(department);
    }
    return departments;
}

DatabaseError DepartmentRepository::insert(const QList<Department>& departments)
{
    Transaction transaction(m_database, QStringLiteral("departments")); // nests inside the demo's
    if (DatabaseError error = transaction.begin(); error.isError())
        return error;
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("INSERT INTO department (id, code, name, kind, division_code, sort_order, version, "
                       "updated_at, updated_by, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Department& department : departments) {
        query.addBindValue(department.id);
        query.addBindValue(department.code);
        query.addBindValue(department.name);
        query.addBindValue(Department::kindToString(department.kind));
        query.addBindValue(department.divisionCode);
        query.addBindValue(department.sortOrder);
        query.addBindValue(department.version);
        query.addBindValue(department.updatedAt);
        query.addBindValue(department.updatedBy);
        query.addBindValue(department.deleted);
        if (!query.exec())
            return DatabaseError::fromSqlError(query.lastError());
    }
    return transaction.commit();
}

} // namespace xs
