#pragma once

#include "models/journal/Roles.h"

#include <QWidget>

#include <memory>
#include <optional>

class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace xs {

class AccountsPanel;
class AdminServices;

/// 管理: what administrators keep in order. The hub's accounts and their sessions, the roles, the
/// departments and the resources each keeps, the holiday schedules and the deadline rules, with
/// publishing of the last two. Everyone may read the tables; only administrators change them.
class AdminPage : public QWidget
{
    Q_OBJECT

public:
    AdminPage(std::unique_ptr<AdminServices> services, Role role, QWidget* parent = nullptr);
    ~AdminPage() override;

    /// The role signed in now (and with it, whether the hub's accounts may be administered).
    void setRole(Role role);
    /// Reads the departments, schedules and rules again (after a sync brought new ones); while
    /// the page is hidden, when it is next shown.
    void reload();

    AccountsPanel* accountsPanel() const { return m_accounts; }
    QStandardItemModel* rolesModel() const { return m_roles; }
    QStandardItemModel* departmentsModel() const { return m_departments; }
    QStandardItemModel* calendarsModel() const { return m_calendars; }
    QStandardItemModel* rulesModel() const { return m_rules; }
    QTableView* rulesView() const { return m_rulesView; }

signals:
    /// A holiday schedule was published here: deadlines elsewhere may have moved.
    void scheduleChanged();

public slots:
    /// Opens the chosen rule's dialog (administrators).
    void editCurrentRule();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* newTableTab(QStandardItemModel* model, QTableView** view, const QList<QPushButton*>& actions,
                         bool filter);
    void publishSchedule();
    void refillRoles();

    std::unique_ptr<AdminServices> m_services;
    Role m_role;
    /// Whom the accounts tab was set up for (role and hub user): a sync's state changes keep it.
    std::optional<std::pair<Role, QString>> m_accountsFor;
    QTabWidget* m_tabs = nullptr;
    AccountsPanel* m_accounts = nullptr;
    QStandardItemModel* m_roles = nullptr;
    QStandardItemModel* m_departments = nullptr;
    QStandardItemModel* m_calendars = nullptr;
    QStandardItemModel* m_rules = nullptr;
    QTableView* m_rulesView = nullptr;
    bool m_filled = false;
    bool m_reloadWhenShown = false;
    QPushButton* m_editRule = nullptr;
    QPushButton* m_publishSchedule = nullptr;
};

} // namespace xs
