#include "models/catalog/CatalogPermissions.h"

#include "models/catalog/CatalogWorkflow.h"
#include "models/journal/AccessPolicy.h"

namespace xs {

CatalogPermissions CatalogPermissions::standalone()
{
    CatalogPermissions permissions(Role::Admin, {});
    permissions.m_standalone = true;
    return permissions;
}

CatalogPermissions::CatalogPermissions(Role role, QString department)
    : m_role(role)
    , m_department(std::move(department))
{}

bool CatalogPermissions::canCreate() const
{
    return m_role == Role::Admin || m_role == Role::Cataloguer;
}

bool CatalogPermissions::canEdit(const QString& entryDepartment) const
{
    if (m_role == Role::Admin)
        return true;
    return m_role == Role::Cataloguer && entryDepartment == m_department;
}

bool CatalogPermissions::canGive(const QString& command, const QString& entryDepartment) const
{
    if (!CatalogWorkflow::roleMayGive(m_role, command))
        return false;
    // A cataloguer works on their department's entries; so does a head bound to a department
    // (a bureau's manager, bound to none, signs off any).
    if (m_role == Role::Cataloguer || (m_role == Role::Manager && !m_department.isEmpty()))
        return entryDepartment == m_department;
    return true;
}

QString CatalogPermissions::fixedDepartment() const
{
    return m_role == Role::Cataloguer ? m_department : QString();
}

} // namespace xs
