#include "app/admin/HubAccountsModel.h"

#include "models/common/Clock.h"
#include "models/journal/Roles.h"

#include <QCoreApplication>
#include <QDateTime>

namespace xs {

QString HubAccountsModel::chinaMinutes(const QString& isoTimestamp)
{
    const QDateTime instant = QDateTime::fromString(isoTimestamp, Qt::ISODate);
    return instant.isValid() ? Clock::chinaTime(instant).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                             : isoTimestamp;
}

void HubAccountsModel::setAccounts(const QList<HubAccount>& accounts)
{
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

void HubAccountsModel::setDepartmentNames(QHash<QString, QString> departmentNames)
{
    m_departmentNames = std::move(departmentNames);
    if (!m_accounts.isEmpty())
        emit dataChanged(index(0, DepartmentColumn), index(rowCount() - 1, DepartmentColumn),
                         {Qt::DisplayRole});
}

int HubAccountsModel::rowOf(const QString& account) const
{
    for (qsizetype row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).name == account)
            return int(row);
    }
    return -1;
}

int HubAccountsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int HubAccountsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HubAccountsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HubAccount& account = m_accounts.at(index.row());
    if (role == AccountRole)
        return account.name;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == SessionsColumn || index.column() == FailuresColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == FailuresColumn && account.recentFailures > 0)
        return tr("Failed logins in the hub's last window; enough of them lock the account for a while.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return account.name;
    case RoleColumn:
        if (const std::optional<Role> known = roleFromName(account.role))
            return QCoreApplication::translate("xs::FieldLabels", roleLabelSource(*known));
        return account.role;
    case DepartmentColumn:
        return account.department.isEmpty() ? QString()
                                            : m_departmentNames.value(account.department, account.department);
    case StateColumn:
        return account.disabled ? tr("Disabled") : tr("Active");
    case SessionsColumn:
        return account.sessions;
    case FailuresColumn:
        return account.recentFailures;
    case CreatedColumn:
        return chinaMinutes(account.createdAt);
    }
    return {};
}

QVariant HubAccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Account");
    case RoleColumn:
        return tr("Role");
    case DepartmentColumn:
        return tr("Department");
    case StateColumn:
        return tr("State");
    case SessionsColumn:
        return tr("Sessions");
    case FailuresColumn:
        return tr("Failed logins");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

void HubSessionsModel::setSessions(const QString& account, const QList<HubSession>& sessions)
{
    beginResetModel();
    m_account = account;
    m_sessions = sessions;
    endResetModel();
}

int HubSessionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int HubSessionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HubSessionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HubSession& session = m_sessions.at(index.row());
    if (role == SessionIdRole)
        return session.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SessionColumn:
        // Enough of the id to tell sessions apart; the whole id is no one's business on screen.
        return session.id.left(8);
    case CreatedColumn:
        return HubAccountsModel::chinaMinutes(session.createdAt);
    case ExpiresColumn:
        return HubAccountsModel::chinaMinutes(session.expiresAt);
    }
    return {};
}

QVariant HubSessionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SessionColumn:
        return tr("Session");
    case CreatedColumn:
        return tr("Logged in");
    case ExpiresColumn:
        return tr("Expires");
    }
    return {};
}

} // namespace xs
