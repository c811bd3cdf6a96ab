#include "app/sync/PageFetcher.h"

namespace xs {

PageFetcher::PageFetcher(QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("xs-page-fetcher"));
    m_thread.start();
    // Made on its thread, so that the client's network manager belongs to that thread too. The
    // anchor only carries the call there, and comes back so that it is destroyed on its own thread.
    QThread* caller = QThread::currentThread();
    QObject anchor;
    anchor.moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        &anchor,
        [this, &anchor, caller] {
            m_client = new HubClient;
            anchor.moveToThread(caller);
        },
        Qt::BlockingQueuedConnection);
}

PageFetcher::~PageFetcher()
{
    HubClient* client = m_client;
    QMetaObject::invokeMethod(
        client, [client] { delete client; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

HubError PageFetcher::configureLike(const HubClient& settings)
{
    const HubConnection connection = settings.connection();
    const QString token = settings.token();
    HubError error;
    QMetaObject::invokeMethod(
        m_client,
        [this, connection, token, &error] {
            error = m_client->configure(connection);
            m_client->setToken(token);
        },
        Qt::BlockingQueuedConnection);
    return error;
}

void PageFetcher::fetch(qint64 after, int limit, std::function<void(const HubError&, const ChangePage&)> done)
{
    ++m_requests;
    QMetaObject::invokeMethod(
        m_client,
        [this, after, limit, done = std::move(done)]() mutable {
            m_client->pull(after, limit, [this, done](const HubError& error, const ChangePage& page) {
                // Back to the caller's thread; dropped if this fetcher was destroyed meanwhile.
                QMetaObject::invokeMethod(
                    this, [done, error, page] { done(error, page); }, Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
}

void PageFetcher::abort()
{
    HubClient* client = m_client;
    QMetaObject::invokeMethod(
        client, [client] { client->abort(); }, Qt::QueuedConnection);
}

} // namespace xs
