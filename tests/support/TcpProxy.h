#pragma once

#include <QObject>
#include <QTcpServer>

namespace xs::test {

/// A loopback TCP proxy in front of the hub that can lose an answer on demand: the request reaches
/// the hub in full (so the hub applies it), but the connection dies before the answer reaches the
/// client. TLS passes through untouched; the proxy only counts bytes.
class TcpProxy : public QObject
{
    Q_OBJECT

public:
    explicit TcpProxy(quint16 targetPort, QObject* parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    /// Drop the next `count` answers on connections whose client has sent more than requestBytes
    /// since this call (more than a TLS handshake: a real request body). Qt itself resends a
    /// request once when a kept-alive connection dies before the answer, so losing an answer for
    /// good takes more than one.
    void dropAnswers(qint64 requestBytes, int count);
    int droppedAnswers() const { return m_dropped; }
    /// While held, answers wait in the proxy: the hub looks like it is thinking forever.
    void holdAnswers(bool held) { m_held = held; }
    /// Cuts every connection once clients have sent more than `bytes` through the proxy since this
    /// call, mid-request; after that the network stays down (new connections are dropped) until
    /// restore().
    void cutAfter(qint64 bytes);
    void restore() { m_down = false; }
    int cuts() const { return m_cuts; }

private:
    void accept();

    QTcpServer m_server;
    quint16 m_target;
    int m_toDrop = 0;
    qint64 m_threshold = 0;
    int m_dropped = 0;
    bool m_held = false;
    qint64 m_cutBudget = -1; // bytes still let through before the cut; -1: no cut armed
    bool m_down = false;
    int m_cuts = 0;
};

} // namespace xs::test
