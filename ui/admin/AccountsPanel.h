#pragma once

#include "app/admin/HubAccountsModel.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace xs {

class UserAdministration;

/// 用户与会话: the hub's accounts and the sessions of the chosen one, with disable, enable and
/// ending sessions. Works only for an administrator signed in to the hub; otherwise it says why.
class AccountsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsPanel(QWidget* parent = nullptr);
    ~AccountsPanel() override;

    /// administration: null when this desktop is not signed in; isAdmin: the signed-in role; self:
    /// the account signed in, which the panel does not offer to disable.
    void setAdministration(std::unique_ptr<UserAdministration> administration, bool isAdmin,
                           const QString& self = {});
    void setDepartmentNames(QHash<QString, QString> departmentNames);
    void refresh();

    HubAccountsModel* accounts() const { return m_accounts; }
    HubSessionsModel* sessions() const { return m_sessions; }
    QString statusText() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    QString currentAccount() const;
    void showSessionsOfCurrent();
    void updateActions();
    void setDisabled(bool disabled);
    void revoke(bool selectedSessionOnly);

    std::unique_ptr<UserAdministration> m_administration;
    QString m_self;
    /// The hub is asked only while the panel shows: a hidden panel asks when it is next shown.
    bool m_refreshWhenShown = false;
    HubAccountsModel* m_accounts = nullptr;
    HubSessionsModel* m_sessions = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_unavailable = nullptr;
    QTableView* m_accountView = nullptr;
    QTableView* m_sessionView = nullptr;
    QLabel* m_sessionsTitle = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_disable = nullptr;
    QPushButton* m_enable = nullptr;
    QPushButton* m_revokeAll = nullptr;
    QPushButton* m_revokeSelected = nullptr;
};

} // namespace xs
