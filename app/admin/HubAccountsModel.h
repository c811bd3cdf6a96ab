#pragma once

#include "app/admin/UserAdministration.h"

#include <QAbstractTableModel>
#include <QHash>

namespace xs {

/// The hub's accounts as the 管理 area lists them: name, role and department in words, whether
/// the account is disabled, its sessions and recent failed logins.
class HubAccountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        DepartmentColumn,
        StateColumn,
        SessionsColumn,
        FailuresColumn,
        CreatedColumn,
        ColumnCount
    };
    /// The account's name, whichever column.
    static constexpr int AccountRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    void setAccounts(const QList<HubAccount>& accounts);
    /// Code → name, for the department column (again after a sync brought departments).
    void setDepartmentNames(QHash<QString, QString> departmentNames);
    const QList<HubAccount>& accounts() const { return m_accounts; }
    /// The row of an account, or -1.
    int rowOf(const QString& account) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "2026-12-07 10:15" in China's time, from the hub's UTC timestamp.
    static QString chinaMinutes(const QString& isoTimestamp);

private:
    QList<HubAccount> m_accounts;
    QHash<QString, QString> m_departmentNames;
};

/// The sessions of one account: when each began and when it expires.
class HubSessionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SessionColumn,
        CreatedColumn,
        ExpiresColumn,
        ColumnCount
    };
    static constexpr int SessionIdRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    void setSessions(const QString& account, const QList<HubSession>& sessions);
    QString account() const { return m_account; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_account;
    QList<HubSession> m_sessions;
};

} // namespace xs
