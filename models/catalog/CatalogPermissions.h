#pragma once

#include <QString>

namespace xs {

enum class Role;

/// Which catalog actions a person may take, from their hub role and department (DOMAIN.md:
/// cataloguers edit their own department, reviewers publish, managers read). The one copy of these
/// rules: the desktop asks before an action, and the hub's AccessPolicy enforces them on a push.
class CatalogPermissions
{
public:
    /// Without a hub (a standalone or demo database) this desktop is its own administrator.
    static CatalogPermissions standalone();
    CatalogPermissions(Role role, QString department);

    bool canCreate() const;
    /// Edit fields and data items of an entry of that department.
    bool canEdit(const QString& entryDepartment) const;
    /// Give a workflow command (sign_off, submit, publish, return, withdraw) on an entry of that
    /// department.
    bool canGive(const QString& command, const QString& entryDepartment) const;
    bool canImport() const { return canCreate(); }
    /// The department new entries get (a cataloguer's own), or empty for any.
    QString fixedDepartment() const;
    Role role() const { return m_role; }
    const QString& department() const { return m_department; }
    /// Whether a published entry changes through a revision another person approves (four eyes):
    /// with a hub, where there are other people; a standalone database has one user, who edits
    /// published entries in place with a reason.
    bool revisesPublished() const { return !m_standalone; }

private:
    Role m_role;
    QString m_department;
    bool m_standalone = false;
};

} // namespace xs
