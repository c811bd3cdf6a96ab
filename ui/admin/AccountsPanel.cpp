#include "ui/admin/AccountsPanel.h"

#include "app/admin/UserAdministration.h"
#include "ui/admin/AdminTables.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace xs {

AccountsPanel::AccountsPanel(QWidget* parent)
    : QWidget(parent)
    , m_accounts(new HubAccountsModel(this))
    , m_sessions(new HubSessionsModel(this))
{
    auto* layout = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_unavailable = new QLabel(m_stack);
    m_unavailable->setObjectName(QStringLiteral("accountsUnavailable"));
    m_unavailable->setAlignment(Qt::AlignCenter);
    m_unavailable->setWordWrap(true);
    m_stack->addWidget(m_unavailable);

    auto* content = new QWidget(m_stack);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    auto* actions = new QHBoxLayout;
    m_refresh = new QPushButton(tr("&Refresh"), content);
    m_refresh->setObjectName(QStringLiteral("accountsRefresh"));
    m_disable = new QPushButton(tr("&Disable"), content);
    m_disable->setObjectName(QStringLiteral("disableAccount"));
    m_enable = new QPushButton(tr("&Enable"), content);
    m_enable->setObjectName(QStringLiteral("enableAccount"));
    m_revokeAll = new QPushButton(tr("End &All Sessions"), content);
    m_revokeAll->setObjectName(QStringLiteral("revokeAll"));
    for (QPushButton* button : {m_refresh, m_disable, m_enable, m_revokeAll})
        actions->addWidget(button);
    actions->addStretch(1);
    // What the hub last did or refused, apart from the count so a refresh does not wipe it.
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("accountsStatus"));
    actions->addWidget(m_status);
    m_count = new QLabel(content);
    actions->addWidget(m_count);
    contentLayout->addLayout(actions);

    m_accountView = AdminTables::newView(m_accounts, content);
    m_accountView->setObjectName(QStringLiteral("accountTable"));
    m_accountView->setAccessibleName(tr("Accounts"));
    contentLayout->addWidget(m_accountView, 3);

    auto* sessionsHeader = new QHBoxLayout;
    m_sessionsTitle = new QLabel(content);
    sessionsHeader->addWidget(m_sessionsTitle, 1);
    m_revokeSelected = new QPushButton(tr("End &Selected Session"), content);
    m_revokeSelected->setObjectName(QStringLiteral("revokeSelected"));
    sessionsHeader->addWidget(m_revokeSelected);
    contentLayout->addLayout(sessionsHeader);
    m_sessionView = AdminTables::newView(m_sessions, content);
    m_sessionView->setObjectName(QStringLiteral("sessionTable"));
    m_sessionView->setAccessibleName(tr("Sessions"));
    contentLayout->addWidget(m_sessionView, 2);

    auto* passwordHint = new QLabel(
        tr("Passwords are reset on the hub's machine: xiangshu-hub users reset-password NAME. A new password "
           "ends the account's other sessions."),
        content);
    passwordHint->setWordWrap(true);
    passwordHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout->addWidget(passwordHint);
    m_stack->addWidget(content);

    connect(m_refresh, &QPushButton::clicked, this, &AccountsPanel::refresh);
    connect(m_disable, &QPushButton::clicked, this, [this] { setDisabled(true); });
    connect(m_enable, &QPushButton::clicked, this, [this] { setDisabled(false); });
    connect(m_revokeAll, &QPushButton::clicked, this, [this] { revoke(false); });
    connect(m_revokeSelected, &QPushButton::clicked, this, [this] { revoke(true); });
    connect(m_accountView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountsPanel::showSessionsOfCurrent);
    connect(m_sessionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountsPanel::updateActions);
    setAdministration(nullptr, false);
}

AccountsPanel::~AccountsPanel() = default;

void AccountsPanel::setDepartmentNames(QHash<QString, QString> departmentNames)
{
    m_accounts->setDepartmentNames(std::move(departmentNames));
}

void AccountsPanel::setAdministration(std::unique_ptr<UserAdministration> administration, bool isAdmin,
                                      const QString& self)
{
    m_self = self;
    m_administration = isAdmin ? std::move(administration) : nullptr;
    m_accounts->setAccounts({});
    m_sessions->setSessions({}, {});
    if (!m_administration) {
        m_unavailable->setText(isAdmin || !administration
                                   ? tr("Sign in to the hub (Sync area) to administer its accounts.")
                                   : tr("Only administrators administer the hub's accounts."));
        m_stack->setCurrentWidget(m_unavailable);
        return;
    }
    connect(m_administration.get(), &UserAdministration::accountsLoaded, this,
            [this](const QList<HubAccount>& accounts) {
                const QString current = currentAccount();
                m_accounts->setAccounts(accounts);
                m_count->setText(tr("%n account(s)", nullptr, int(accounts.size())));
                // Choosing a row loads its sessions; with no row, the sessions pane empties here.
                const int row = m_accounts->rowOf(current);
                if (accounts.isEmpty())
                    showSessionsOfCurrent();
                else
                    m_accountView->selectRow(row >= 0 ? row : 0);
            });
    connect(m_administration.get(), &UserAdministration::sessionsLoaded, this,
            [this](const QString& account, const QList<HubSession>& sessions) {
                if (account != currentAccount())
                    return;
                m_sessions->setSessions(account, sessions);
                m_sessionsTitle->setText(
                    tr("Sessions of %1: %n", nullptr, int(sessions.size())).arg(account));
                updateActions();
            });
    connect(m_administration.get(), &UserAdministration::done, m_status, &QLabel::setText);
    connect(m_administration.get(), &UserAdministration::failed, m_status, &QLabel::setText);
    connect(m_administration.get(), &UserAdministration::actingChanged, this, &AccountsPanel::updateActions);
    m_stack->setCurrentIndex(1);
    refresh();
}

void AccountsPanel::refresh()
{
    m_refreshWhenShown = !isVisible();
    if (m_administration && !m_refreshWhenShown)
        m_administration->refresh();
}

void AccountsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_refreshWhenShown)
        refresh();
}

QString AccountsPanel::statusText() const
{
    return m_stack->currentWidget() == m_unavailable ? m_unavailable->text() : m_status->text();
}

QString AccountsPanel::currentAccount() const
{
    return m_accountView->currentIndex().data(HubAccountsModel::AccountRole).toString();
}

void AccountsPanel::showSessionsOfCurrent()
{
    const QString account = currentAccount();
    m_sessions->setSessions(account, {});
    m_sessionsTitle->setText(account.isEmpty() ? tr("Sessions") : tr("Sessions of %1").arg(account));
    updateActions();
    if (m_administration && !account.isEmpty())
        m_administration->loadSessions(account);
}

void AccountsPanel::updateActions()
{
    const int row = m_accounts->rowOf(currentAccount());
    const bool chosen = row >= 0;
    const bool disabled = chosen && m_accounts->accounts().at(row).disabled;
    // One act at a time: the buttons wait for the hub's answer to the last.
    const bool ready = m_administration && !m_administration->isActing();
    const bool self = chosen && currentAccount() == m_self;
    m_disable->setEnabled(ready && chosen && !disabled && !self);
    m_disable->setToolTip(self ? tr("Your own account: another administrator disables it if need be.")
                               : QString());
    m_enable->setEnabled(ready && disabled);
    m_revokeAll->setEnabled(ready && chosen && m_sessions->rowCount() > 0);
    m_revokeSelected->setEnabled(ready && m_sessionView->currentIndex().isValid());
}

void AccountsPanel::setDisabled(bool disabled)
{
    const QString account = currentAccount();
    if (!m_administration || account.isEmpty())
        return;
    if (disabled &&
        QMessageBox::question(this, tr("Disable Account"),
                              tr("Disable %1? Their sessions end at once and they cannot log in until an "
                                 "administrator enables the account again.")
                                  .arg(account)) != QMessageBox::Yes)
        return;
    m_administration->setDisabled(account, disabled);
}

void AccountsPanel::revoke(bool selectedSessionOnly)
{
    const QString account = currentAccount();
    if (!m_administration || account.isEmpty())
        return;
    const QString session =
        selectedSessionOnly ? m_sessionView->currentIndex().data(HubSessionsModel::SessionIdRole).toString()
                            : QString();
    if (selectedSessionOnly && session.isEmpty())
        return;
    if (QMessageBox::question(
            this, tr("End Sessions"),
            selectedSessionOnly
                ? tr("End this session of %1? That desktop must log in again.").arg(account)
                : tr("End every session of %1? Each of their desktops must log in again.").arg(account)) !=
        QMessageBox::Yes)
        return;
    m_administration->revoke(account, session);
}

} // namespace xs
