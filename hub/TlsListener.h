#pragma once

#include "hub/RequestScreen.h"
#include "hub/ServerLimits.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>

#include <deque>

class QSslSocket;

namespace xs {

/// The hub's listening socket: TLS done here, with bounds, before a connection reaches QtHttpServer.
///
/// Qt 6.4's QSslServer counts handshakes in progress as pending connections and stops watching the
/// listening socket at 30 of them; only a handshake timeout turns it back on, so 30 clients that
/// fail or speak plain HTTP before their timeout stop the hub for good (docs/PLATFORM-NOTES.md).
/// This server never uses QTcpServer's pending queue for handshakes: each one is tracked here, with
/// a timeout, a cap that drops the oldest, a cap per address and in all; only an encrypted socket
/// is handed on (QAbstractHttpServer::bind takes it from nextPendingConnection). Every connection
/// then gets a RequestScreen ahead of QtHttpServer's parser, an idle timeout and a request timeout.
class TlsListener : public QTcpServer
{
    Q_OBJECT

public:
    TlsListener(QSslConfiguration tls, ServerLimits limits, BodyPolicy policy, QObject* parent = nullptr);

    /// TLS 1.2 with AEAD suites only (and TLS 1.3), on the hub's certificate and key.
    static QSslConfiguration hardened(const QSslCertificate& certificate, const QSslKey& key);

    /// From the next connection on (a certificate renewed): connections already made keep theirs.
    void setTlsConfiguration(const QSslConfiguration& tls) { m_tls = tls; }

    int handshakesInProgress() const { return int(m_handshakes.size()); }
    int connections() const { return m_connections; }

signals:
    /// A connection dropped or a request refused, for the security log (never with secrets).
    void refused(const QString& event, const QJsonObject& details);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void dropHandshake(QSslSocket* socket, const QString& reason);
    void encrypted(QSslSocket* socket);
    void guard(QSslSocket* socket);
    void refuse(QSslSocket* socket, const ScreenRefusal& refusal);

    QSslConfiguration m_tls;
    ServerLimits m_limits;
    BodyPolicy m_policy;
    std::deque<QPointer<QSslSocket>> m_handshakes; // oldest first
    QHash<QString, int> m_perAddress;
    int m_connections = 0;
};

} // namespace xs
