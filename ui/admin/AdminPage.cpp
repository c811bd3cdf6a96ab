#include "ui/admin/AdminPage.h"

#include "app/admin/UserAdministration.h"
#include "app/areas/AdminServices.h"
#include "ui/admin/AccountsPanel.h"
#include "ui/admin/AdminTables.h"
#include "ui/admin/DeadlineRuleDialog.h"
#include "ui/settings/PublishScheduleAction.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace xs {

AdminPage::AdminPage(std::unique_ptr<AdminServices> services, Role role, QWidget* parent)
    : QWidget(parent)
    , m_services(std::move(services))
    , m_role(role)
    , m_roles(new QStandardItemModel(this))
    , m_departments(new QStandardItemModel(this))
    , m_calendars(new QStandardItemModel(this))
    , m_rules(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("page-admin"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Administration"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    layout->addWidget(m_tabs, 1);

    m_accounts = new AccountsPanel(m_tabs);
    m_tabs->addTab(m_accounts, tr("Accounts && Sessions"));
    connect(m_accounts->accounts(), &QAbstractItemModel::modelReset, this, &AdminPage::refillRoles);

    QTableView* rolesView = nullptr;
    m_tabs->addTab(newTableTab(m_roles, &rolesView, {}, false), tr("Roles"));
    rolesView->setWordWrap(true);
    QTableView* departmentsView = nullptr;
    m_tabs->addTab(newTableTab(m_departments, &departmentsView, {}, true), tr("Departments"));

    m_publishSchedule = new QPushButton(tr("&Publish Holiday Schedule..."), this);
    m_publishSchedule->setObjectName(QStringLiteral("publishSchedule"));
    connect(m_publishSchedule, &QPushButton::clicked, this, &AdminPage::publishSchedule);
    QTableView* calendarsView = nullptr;
    m_tabs->addTab(newTableTab(m_calendars, &calendarsView, {m_publishSchedule}, false),
                   tr("Holiday Schedules"));

    m_editRule = new QPushButton(tr("&Change Rule..."), this);
    m_editRule->setObjectName(QStringLiteral("editRule"));
    connect(m_editRule, &QPushButton::clicked, this, &AdminPage::editCurrentRule);
    m_tabs->addTab(newTableTab(m_rules, &m_rulesView, {m_editRule}, false), tr("Deadline Rules"));
    connect(m_rulesView, &QTableView::activated, this, &AdminPage::editCurrentRule);

    reload();
    setRole(role);
}

AdminPage::~AdminPage() = default;

QWidget* AdminPage::newTableTab(QStandardItemModel* model, QTableView** view,
                                const QList<QPushButton*>& actions, bool filter)
{
    auto* tab = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(tab);
    auto* bar = new QHBoxLayout;
    QTableView* table = AdminTables::newView(model, tab);
    if (filter) {
        auto* proxy = new QSortFilterProxyModel(tab);
        proxy->setSourceModel(model);
        proxy->setFilterKeyColumn(-1);
        proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
        auto* search = new QLineEdit(tab);
        search->setPlaceholderText(tr("Filter by code, name or division"));
        search->setClearButtonEnabled(true);
        connect(search, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
        bar->addWidget(search, 1);
        table->setModel(proxy);
        table->setSortingEnabled(true);
    } else {
        bar->addStretch(1);
    }
    for (QPushButton* action : actions)
        bar->addWidget(action);
    layout->addLayout(bar);
    layout->addWidget(table, 1);
    *view = table;
    return tab;
}

void AdminPage::setRole(Role role)
{
    m_role = role;
    const bool admin = role == Role::Admin;
    m_editRule->setEnabled(admin);
    m_publishSchedule->setEnabled(admin);
    const QString onlyAdmins = admin ? QString() : tr("Only administrators change this.");
    m_editRule->setToolTip(onlyAdmins);
    m_publishSchedule->setToolTip(onlyAdmins);
    const std::pair<Role, QString> accountsFor{role, m_services->signedInUser()};
    if (m_accountsFor == accountsFor)
        return;
    m_accountsFor = accountsFor;
    m_accounts->setAdministration(m_services->newUserAdministration(), admin, accountsFor.second);
}

void AdminPage::reload()
{
    // The window asks after every sync; a hidden page reads when it is next shown.
    m_reloadWhenShown = m_filled && !isVisible();
    if (m_reloadWhenShown)
        return;
    m_filled = true;
    const QList<Department> departments = m_services->departments();
    // Accounts name their department by code: a sync may have brought the names since.
    QHash<QString, QString> departmentNames;
    for (const Department& department : departments)
        departmentNames.insert(department.code, department.name);
    m_accounts->setDepartmentNames(departmentNames);
    AdminTables::fillDepartments(*m_departments, departments, m_services->entriesPerDepartment());
    AdminTables::fillCalendars(*m_calendars, m_services->calendar());
    AdminTables::fillRules(*m_rules, m_services->deadlineRules());
    refillRoles();
}

void AdminPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_reloadWhenShown)
        reload();
}

void AdminPage::refillRoles()
{
    QHash<QString, int> perRole;
    for (const HubAccount& account : m_accounts->accounts()->accounts())
        ++perRole[account.role];
    AdminTables::fillRoles(*m_roles, perRole);
}

void AdminPage::editCurrentRule()
{
    const QString step = m_rulesView->currentIndex().siblingAtColumn(0).data(Qt::UserRole).toString();
    if (m_role != Role::Admin || step.isEmpty())
        return;
    for (const DeadlineRuleInForce& rule : m_services->deadlineRules()) {
        if (rule.rule.step != step)
            continue;
        DeadlineRuleDialog dialog(
            rule.rule,
            [this](const DeadlineRule& changed) { return m_services->publishDeadlineRule(m_role, changed); },
            this);
        if (dialog.exec() == QDialog::Accepted) {
            reload();
            for (int row = 0; row < m_rules->rowCount(); ++row) {
                if (m_rules->item(row, 0)->data(Qt::UserRole).toString() == step)
                    m_rulesView->selectRow(row);
            }
        }
        return;
    }
}

void AdminPage::publishSchedule()
{
    if (m_role != Role::Admin)
        return;
    PublishScheduleAction action(m_services->calendarPublisher(m_role), this);
    if (!action.run())
        return;
    reload();
    emit scheduleChanged();
}

} // namespace xs
