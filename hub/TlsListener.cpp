#include "hub/TlsListener.h"

#include <QSslCipher>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace xs {

namespace {

QString addressOf(const QSslSocket* socket)
{
    QHostAddress address = socket->peerAddress();
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped)
        address = QHostAddress(v4); // ::ffff:1.2.3.4 and 1.2.3.4 are one client
    return address.toString();
}

/// What one encrypted connection carries besides the socket: its screen and its timers. A child
/// of the socket, so it goes with it.
class ConnectionGuard : public QObject
{
public:
    ConnectionGuard(QSslSocket* socket, const ServerLimits& limits, const BodyPolicy& policy,
                    std::function<void(const ScreenRefusal&)> refuse)
        : QObject(socket)
        , m_socket(socket)
        , m_screen(limits, policy)
        , m_refuse(std::move(refuse))
    {
        m_idle.setSingleShot(true);
        m_idle.setInterval(limits.idleTimeoutMs);
        m_request.setSingleShot(true);
        m_request.setInterval(limits.requestTimeoutMs);
        connect(&m_idle, &QTimer::timeout, socket, &QSslSocket::abort);
        connect(&m_request, &QTimer::timeout, this, [this] {
            m_closed = true;
            m_refuse(ScreenRefusal{408,
                                   QByteArrayLiteral("request_timeout"),
                                   QStringLiteral("the request did not arrive in time"),
                                   {}});
        });
        const auto active = [this] {
            m_idle.start();
        };
        connect(socket, &QSslSocket::bytesWritten, this, active);
        connect(socket, &QSslSocket::encryptedBytesWritten, this, active);
        m_idle.start();
    }

    /// Runs before QtHttpServer's own readyRead slot: it sees exactly the bytes that slot is about
    /// to read (QtHttpServer reads everything available each time), and refuses first.
    void onReadyRead()
    {
        m_idle.start();
        if (m_closed) {
            // Lingering after a refusal: what the client still sends is read and dropped (never
            // kept), so it sees the answer instead of a reset; past a bound, it is cut off.
            m_drained += m_socket->readAll().size();
            if (m_drained > DrainLimit)
                m_socket->abort();
            return;
        }
        const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
        if (const std::optional<ScreenRefusal> refusal = m_screen.feed(fresh)) {
            m_closed = true;
            m_socket->readAll();
            m_refuse(*refusal);
            return;
        }
        if (m_screen.inRequest() && !m_request.isActive())
            m_request.start();
        else if (!m_screen.inRequest())
            m_request.stop();
    }

private:
    static constexpr qint64 DrainLimit = 16 << 20;

    QSslSocket* m_socket;
    RequestScreen m_screen;
    qint64 m_drained = 0;
    std::function<void(const ScreenRefusal&)> m_refuse;
    QTimer m_idle;
    QTimer m_request;
    bool m_closed = false;
};

} // namespace

TlsListener::TlsListener(QSslConfiguration tls, ServerLimits limits, BodyPolicy policy, QObject* parent)
    : QTcpServer(parent)
    , m_tls(std::move(tls))
    , m_limits(limits)
    , m_policy(std::move(policy))
{}

QSslConfiguration TlsListener::hardened(const QSslCertificate& certificate, const QSslKey& key)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    // TLS 1.2 with authenticated encryption and forward secrecy only (no CBC, no SHA-1 MACs, no RSA
    // key transport); every TLS 1.3 suite is AEAD.
    QList<QSslCipher> ciphers;
    for (const QSslCipher& cipher : QSslConfiguration::supportedCiphers()) {
        const QString name = cipher.name();
        const bool tls13 = cipher.protocol() == QSsl::TlsV1_3;
        const bool aead = name.contains(QLatin1String("GCM")) || name.contains(QLatin1String("CHACHA20"));
        if (tls13 || (aead && name.startsWith(QLatin1String("ECDHE"))))
            ciphers << cipher;
    }
    tls.setCiphers(ciphers);
    return tls;
}

void TlsListener::incomingConnection(qintptr descriptor)
{
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QString address = addressOf(socket);
    if (m_connections >= m_limits.maxConnections ||
        m_perAddress.value(address) >= m_limits.maxConnectionsPerAddress) {
        emit refused(
            QStringLiteral("connection_refused"),
            {{QStringLiteral("remote"), address},
             {QStringLiteral("reason"), m_connections >= m_limits.maxConnections
                                            ? QStringLiteral("too many connections")
                                            : QStringLiteral("too many connections from this address")}});
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_connections;
    ++m_perAddress[address];
    connect(socket, &QObject::destroyed, this, [this, address] {
        --m_connections;
        if (--m_perAddress[address] <= 0)
            m_perAddress.remove(address);
    });

    // A new handshake never waits behind stalled ones: over the cap, the oldest goes.
    while (int(m_handshakes.size()) >= m_limits.maxPendingHandshakes) {
        const QPointer<QSslSocket> oldest = m_handshakes.front();
        m_handshakes.pop_front();
        if (oldest)
            dropHandshake(oldest, QStringLiteral("too many handshakes in progress; the oldest is dropped"));
    }
    m_handshakes.push_back(socket);
    auto* timeout = new QTimer(socket);
    timeout->setSingleShot(true);
    timeout->setObjectName(QStringLiteral("handshakeTimeout"));
    connect(timeout, &QTimer::timeout, this, [this, socket] {
        dropHandshake(socket, QStringLiteral("the TLS handshake did not finish in time"));
    });
    timeout->start(m_limits.handshakeTimeoutMs);
    connect(socket, &QSslSocket::encrypted, this, [this, socket] { encrypted(socket); });
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket] {
        if (!socket->isEncrypted())
            dropHandshake(socket, socket->errorString());
    });
    // Qt's HTTP client sends a request body with Nagle on, so the body's last partial segment waits
    // for an ACK of the rest, which Linux delays up to 40 ms: every other 1 MiB chunk of an upload
    // took 55 ms instead of 15 (evidence_bench). Acknowledging at once whenever data arrives ends
    // that wait; quick-ACK mode is not sticky, hence on every read.
    connect(socket, &QIODevice::readyRead, this, [socket] {
        const int on = 1;
        ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    });
    socket->setSslConfiguration(m_tls);
    socket->startServerEncryption();
}

void TlsListener::dropHandshake(QSslSocket* socket, const QString& reason)
{
    const auto found = std::find(m_handshakes.begin(), m_handshakes.end(), socket);
    if (found != m_handshakes.end())
        m_handshakes.erase(found);
    // Only this listener's slots go: the bookkeeping on destroyed must still run.
    disconnect(socket, &QSslSocket::encrypted, this, nullptr);
    disconnect(socket, &QSslSocket::errorOccurred, this, nullptr);
    emit refused(QStringLiteral("handshake_dropped"),
                 {{QStringLiteral("remote"), addressOf(socket)}, {QStringLiteral("reason"), reason}});
    socket->abort();
    socket->deleteLater();
}

void TlsListener::encrypted(QSslSocket* socket)
{
    const auto found = std::find(m_handshakes.begin(), m_handshakes.end(), socket);
    if (found != m_handshakes.end())
        m_handshakes.erase(found);
    if (QTimer* timeout =
            socket->findChild<QTimer*>(QStringLiteral("handshakeTimeout"), Qt::FindDirectChildrenOnly))
        timeout->deleteLater();
    disconnect(socket, &QSslSocket::encrypted, this, nullptr);
    disconnect(socket, &QSslSocket::errorOccurred, this, nullptr);
    guard(socket);
    // QAbstractHttpServer takes it from here (bind() listens for pendingConnectionAvailable).
    addPendingConnection(socket);
}

void TlsListener::guard(QSslSocket* socket)
{
    // A whole request fits in the socket's buffer (QtHttpServer reads it inside a transaction until
    // it is complete); nothing beyond that is taken from the network.
    socket->setReadBufferSize(m_limits.maxBodyBytes + m_limits.maxHeaderBytes + 64 * 1024);
    auto* connection =
        new ConnectionGuard(socket, m_limits, m_policy,
                            [this, socket](const ScreenRefusal& refusal) { refuse(socket, refusal); });
    // Connected before QtHttpServer connects its own slot, so it runs first on every readyRead.
    connect(socket, &QSslSocket::readyRead, connection, &ConnectionGuard::onReadyRead);
}

void TlsListener::refuse(QSslSocket* socket, const ScreenRefusal& refusal)
{
    emit refused(QStringLiteral("request_refused"),
                 {{QStringLiteral("remote"), addressOf(socket)},
                  {QStringLiteral("status"), refusal.status},
                  {QStringLiteral("code"), QString::fromLatin1(refusal.code)}});
    socket->write(RequestScreen::response(refusal));
    // Closed after a short linger (the client may still be sending a body it was told not to), and
    // cut off if it does not go by then.
    QTimer::singleShot(1000, socket, [socket] { socket->disconnectFromHost(); });
    QTimer::singleShot(5000, socket, &QSslSocket::abort);
}

} // namespace xs
