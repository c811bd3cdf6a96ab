#pragma once

#include "app/sync/HubClient.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

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
/// their own account) and keeps every act in its trail; this only asks and reports.
///
/// Reads and acts go through clients of their own: a new read replaces one still waiting, but an
/// act (disable, enable, end sessions) is never cancelled by a click elsewhere, so what the hub did
/// is always reported; a second act while one waits is declined.
class UserAdministration : public QObject
{
    Q_OBJECT

public:
    /// reader, actor: two clients signed in as an administrator (SyncService::newSignedInClient).
    UserAdministration(std::unique_ptr<HubClient> reader, std::unique_ptr<HubClient> actor,
                       QObject* parent = nullptr);
    ~UserAdministration() override;

    void refresh();
    void loadSessions(const QString& account);
    void setDisabled(const QString& account, bool disabled);
    /// session empty: every session of the account.
    void revoke(const QString& account, const QString& session = {});
    bool isActing() const { return m_acting; }

    /// What people are told when the hub refuses or cannot be reached.
    static QString failureText(const HubError& error);

signals:
    void accountsLoaded(const QList<HubAccount>& accounts);
    void sessionsLoaded(const QString& account, const QList<HubSession>& sessions);
    /// An act the hub carried out, in words for the status line.
    void done(const QString& message);
    void failed(const QString& message);
    void actingChanged(bool acting);

private:
    void act(const QString& account, const QString& action, const QJsonObject& body, const QString& doneText);
    void reportFailure(const HubError& error);
    /// Nothing for a name the path cannot carry (it would address another endpoint).
    static std::optional<QString> pathOf(const QString& account, const QString& what);

    std::unique_ptr<HubClient> m_reader;
    std::unique_ptr<HubClient> m_actor;
    bool m_acting = false;
};

} // namespace xs
