#pragma once

#include "app/sync/AttachmentSync.h"
#include "app/sync/HubClient.h"
#include "app/sync/SyncEngine.h"
#include "models/journal/ChangeJournal.h"
#include "models/storage/Database.h"

#include <memory>

namespace xs::test {

class HubProcess;

/// A desktop in a test: its own encrypted database, a login to the hub, and a sync engine,
/// all in-process against the real hub process over TLS.
class TestDesktop
{
public:
    /// clock: the desktop's time (null: the real time, for tests that hold on any date).
    TestDesktop(const QString& databasePath, const HubProcess& hub, const QString& user,
                const QString& password, const Clock* clock = nullptr);
    /// The same against any address that speaks the protocol (nginx in front of hubs), trusting caFile.
    TestDesktop(const QString& databasePath, const QUrl& url, const QString& caFile, const QString& user,
                const QString& password, const Clock* clock = nullptr);
    /// The same on a database made elsewhere (with a recovery passphrase, for the command line).
    TestDesktop(std::unique_ptr<Database> database, const HubProcess& hub, const QString& user,
                const QString& password, const Clock* clock = nullptr);
    ~TestDesktop();

    bool isReady() const { return m_ready; }
    QString error() const { return m_error; }

    /// One sync, waited for. force: retry even operations whose next attempt is later.
    SyncEngine::Summary sync(bool force = true);

    /// Sends the evidence files waiting for the hub, waited for.
    AttachmentSync::Summary uploadAttachments();
    /// Fetches one file the hub holds into this desktop's store, waited for.
    HubError downloadAttachment(const AttachmentRef& ref);

    ChangeJournal& journal() { return *m_journal; }
    const Clock& clock() const { return *m_clock; }
    HubClient& client() { return m_client; }
    Database& database() { return *m_database; }
    std::optional<RecordState> record(const QString& entity, const QString& id) const;
    /// Points the client at another address (a proxy), keeping the trust settings.
    void useAddress(const QUrl& url);

private:
    void logIn(const QUrl& url, const QString& caFile, const QString& password);

    SystemClock m_systemClock;
    const Clock* m_clock = nullptr;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ChangeJournal> m_journal;
    HubClient m_client;
    HubConnection m_connection;
    QString m_user;
    bool m_ready = false;
    QString m_error;
};

} // namespace xs::test
