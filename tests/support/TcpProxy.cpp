#include "tests/support/TcpProxy.h"

#include <QTcpSocket>

namespace xs::test {

TcpProxy::TcpProxy(quint16 targetPort, QObject* parent)
    : QObject(parent)
    , m_target(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::accept);
}

bool TcpProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void TcpProxy::dropAnswers(qint64 requestBytes, int count)
{
    m_toDrop = count;
    m_threshold = requestBytes;
    for (QTcpSocket* client : m_server.findChildren<QTcpSocket*>())
        client->setProperty("sentSinceArmed", 0);
}

void TcpProxy::cutAfter(qint64 bytes)
{
    m_cutBudget = bytes;
}

void TcpProxy::accept()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        if (m_down) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto* hub = new QTcpSocket(client);
        client->setProperty("sentSinceArmed", 0);
        hub->connectToHost(QHostAddress::LocalHost, m_target);
        const auto forwardRequest = [this, client, hub] {
            if (hub->state() != QAbstractSocket::ConnectedState)
                return; // sent once connected
            const QByteArray data = client->readAll();
            if (m_cutBudget >= 0) {
                m_cutBudget -= data.size();
                if (m_cutBudget < 0) {
                    ++m_cuts;
                    m_cutBudget = -1;
                    m_down = true;
                    for (QTcpSocket* socket : m_server.findChildren<QTcpSocket*>())
                        socket->abort();
                    return;
                }
            }
            client->setProperty("sentSinceArmed",
                                client->property("sentSinceArmed").toLongLong() + data.size());
            hub->write(data);
        };
        connect(client, &QTcpSocket::readyRead, hub, forwardRequest);
        connect(hub, &QTcpSocket::connected, hub, forwardRequest);
        connect(hub, &QTcpSocket::readyRead, client, [this, client, hub] {
            if (m_held)
                return; // left unread in the socket
            const QByteArray data = hub->readAll();
            if (m_toDrop > 0 && client->property("sentSinceArmed").toLongLong() > m_threshold) {
                --m_toDrop;
                ++m_dropped;
                hub->abort();
                client->abort();
                return;
            }
            client->write(data);
        });
        // A hub that is down refuses the proxy: the client sees its connection close, as it would.
        connect(hub, &QTcpSocket::errorOccurred, client, [client] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, hub, [hub] { hub->disconnectFromHost(); });
        connect(hub, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
}

} // namespace xs::test
