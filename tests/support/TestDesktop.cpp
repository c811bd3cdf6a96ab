#include "tests/support/TestDesktop.h"

#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"
#include "tests/support/HubProcess.h"

#include <QEventLoop>
#include <QTimer>

namespace xs::test {

TestDesktop::TestDesktop(const QString& databasePath, const HubProcess& hub, const QString& user,
                         const QString& password, const Clock* clock)
    : TestDesktop(databasePath, hub.url(), hub.caFile(), user, password, clock)
{}

TestDesktop::TestDesktop(const QString& databasePath, const QUrl& url, const QString& caFile,
                         const QString& user, const QString& password, const Clock* clock)
    : m_clock(clock ? clock : &m_systemClock)
    , m_user(user)
{
    DatabaseError error;
    m_database = Database::create(databasePath, DatabaseKey::generate(), {}, &error);
    if (!m_database) {
        m_error = error.fullText();
        return;
    }
    logIn(url, caFile, password);
}

TestDesktop::TestDesktop(std::unique_ptr<Database> database, const HubProcess& hub, const QString& user,
                         const QString& password, const Clock* clock)
    : m_clock(clock ? clock : &m_systemClock)
    , m_database(std::move(database))
    , m_user(user)
{
    if (!m_database) {
        m_error = QStringLiteral("no database");
        return;
    }
    logIn(hub.url(), hub.caFile(), password);
}

void TestDesktop::logIn(const QUrl& url, const QString& caFile, const QString& password)
{
    const QString& user = m_user;
    m_journal = std::make_unique<ChangeJournal>(m_database->connection(), user, *m_clock);
    m_connection.url = url;
    m_connection.caFile = caFile;
    m_connection.user = user;
    if (const HubError configured = m_client.configure(m_connection); configured.isError()) {
        m_error = configured.message();
        return;
    }
    QEventLoop loop;
    m_client.login(user, password, [&](const HubError& loginError, const HubClient::Login& login) {
        if (loginError.isError())
            m_error = loginError.message() + QLatin1Char(' ') + loginError.detail();
        else
            m_client.setToken(login.token);
        m_client.setDevice(m_database->databaseId());
        m_ready = !loginError.isError();
        loop.quit();
    });
    loop.exec();
}

TestDesktop::~TestDesktop()
{
    m_journal.reset();
}

void TestDesktop::useAddress(const QUrl& url)
{
    m_connection.url = url;
    m_client.configure(m_connection);
}

SyncEngine::Summary TestDesktop::sync(bool force)
{
    SyncEngine engine(m_database->connection(), m_user, m_client, *m_clock);
    QEventLoop loop;
    SyncEngine::Summary summary;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncEngine::Summary& result) {
        summary = result;
        loop.quit();
    });
    QTimer::singleShot(0, &engine, [&engine, force] { engine.start(force); });
    loop.exec();
    return summary;
}

AttachmentSync::Summary TestDesktop::uploadAttachments()
{
    AttachmentStore store(m_database->connection(), *m_clock);
    AttachmentSync sync(m_client, store, *m_database);
    AttachmentSync::Summary result;
    QEventLoop loop;
    sync.uploadPending([&](const AttachmentSync::Summary& summary) {
        result = summary;
        loop.quit();
    });
    if (sync.isBusy())
        loop.exec();
    return result;
}

HubError TestDesktop::downloadAttachment(const AttachmentRef& ref)
{
    AttachmentStore store(m_database->connection(), *m_clock);
    AttachmentSync sync(m_client, store, *m_database);
    HubError result;
    QEventLoop loop;
    sync.download(ref, [&](const HubError& error) {
        result = error;
        loop.quit();
    });
    if (sync.isBusy())
        loop.exec();
    return result;
}

std::optional<RecordState> TestDesktop::record(const QString& entity, const QString& id) const
{
    return LocalRecordStore(m_database->connection()).read(*findEntity(entity), id);
}

} // namespace xs::test
