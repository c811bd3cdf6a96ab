#pragma once

#include "hub/HubAnchors.h"
#include "hub/HubAttachments.h"
#include "hub/HubAuth.h"
#include "hub/HubRecords.h"
#include "hub/PasswordChecks.h"
#include "hub/RequestScreen.h"
#include "hub/ServerLimits.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>

class QSslCertificate;
class QSslKey;

namespace xs {

class HubLog;
class HubStore;

/// The hub's HTTP layer (hub/PROTOCOL.md): routes, the role check per endpoint, what a request may
/// bring before anyone knows who sent it (admit), JSON errors, gzip, and a structured log line per
/// request, with refusals as security events. HTTPS only, through TlsListener.
class HubHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Settings
    {
        HubAuth::Settings auth;
        ServerLimits limits;
        /// The reverse proxy in front of the hub, if any: only from it is X-Forwarded-For believed.
        QHostAddress trustedProxy;
        /// Signs the receipts of pushed chain heads; null: pushes get no receipt.
        std::shared_ptr<const SigningKey> signingKey;
    };

    HubHttpServer(HubStore& store, HubLog& log, Settings settings, QObject* parent = nullptr);

    /// Listens for TLS on address:port (0: any free port); the port, or 0 with *error.
    quint16 listenTls(const QHostAddress& address, quint16 port, const QSslCertificate& certificate,
                      const QSslKey& key, QString* error);

    /// A renewed certificate and key for every connection from now on; open connections go on.
    void replaceCertificate(const QSslCertificate& certificate, const QSslKey& key);

    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray contentType = QByteArrayLiteral("application/json");
    };

    /// Answers one request (everything but the socket): the protocol, testable in-process. Login
    /// is answered later (handleRequest), when its password check is done.
    Response respond(const QHttpServerRequest& request, QString* user);

    /// How many body bytes a request may bring, decided from its head before the body is read: a
    /// push only with a valid token, a login a few kilobytes, the rest next to nothing.
    std::variant<qint64, ScreenRefusal> admit(const RequestHead& head);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Response health() const;
    void login(const QHttpServerRequest& request, QTcpSocket* socket);
    Response loginAnswer(const HubAuth::LoginResult& result, const QString& user, const QString& address);
    Response pull(const QHttpServerRequest& request);
    Response push(const Principal& principal, const QHttpServerRequest& request);
    Response users() const;
    Response attachments(const Principal& principal, const QHttpServerRequest& request,
                         const QString& endpoint);
    Response quarantineReport(const Principal& principal, const QHttpServerRequest& request);
    static Response error(int status, const QString& code, const QString& message);
    /// Who sent the request: the peer, or from the trusted proxy the address it forwards for.
    QString clientAddress(const QHttpServerRequest& request) const;
    /// What answering a request needs to know of it, kept when the answer comes later.
    struct Exchange
    {
        QString method;
        QString path;
        QString address;
        bool acceptsGzip = false;
        QElapsedTimer timer;
    };
    Exchange exchangeOf(const QHttpServerRequest& request) const;
    void write(QTcpSocket* socket, const Exchange& exchange, Response response, const QString& user);

    HubStore& m_store;
    HubLog& m_log;
    Settings m_settings;
    HubAuth m_auth;
    HubRecords m_records;
    HubAttachments m_attachments;
    HubAnchors m_anchors;
    PasswordChecks m_passwordChecks;
};

} // namespace xs
