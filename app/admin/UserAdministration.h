#pragma once

#include "app/sync/HubClient.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace xs {

/// A hub account as the administrators' API lists it (GET /admin/users).
struct HubAccount
{
    QString name;
    QString role; // wire name: cataloguer, reviewer, manager, auditor, admin
    QString department;
    bool disabled = false;
    int sessions = 0;
    int recentFailures = 0; // failed logins in the hub's rate-limit window
    QString createdAt;
};

/// One signed-in session of an account (GET /admin/users/NAME/sessions).
struct HubSession
{
    QString id;
    QString createdAt;
    QString expiresAt;
};

/// The 管理 area's talk with the hub about accounts: list them, see and end their sessions, disable
/// and enable them. The hub decides (only administrators may; an administrator cannot disable
/// their own account) and keeps every act in its trail; this only asks and reports. One request at
/// a time: a new one replaces a request still waiting.
class UserAdministration : public QObject
{
    Q_OBJECT

public:
    /// client: signed in as an administrator (SyncService::newSignedInClient).
    explicit UserAdministration(std::unique_ptr<HubClient> client, QObject* parent = nullptr);
    ~UserAdministration() override;

    void refresh();
    void loadSessions(const QString& account);
    void setDisabled(const QString& account, bool disabled);
    /// session empty: every session of the account.
    void revoke(const QString& account, const QString& session = {});

signals:
    void accountsLoaded(const QList<HubAccount>& accounts);
    void sessionsLoaded(const QString& account, const QList<HubSession>& sessions);
    /// An act the hub carried out, in words for the status line.
    void done(const QString& message);
    void failed(const QString& message);

private:
    void act(const QString& account, const QString& action, const QJsonObject& body, const QString& doneText);
    void reportFailure(const HubError& error);
    static QString pathOf(const QString& account, const QString& what);

    std::unique_ptr<HubClient> m_client;
};

} // namespace xs
