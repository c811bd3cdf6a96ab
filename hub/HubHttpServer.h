#pragma once

#include "hub/HubAuth.h"
#include "hub/HubRecords.h"

#include <QAbstractHttpServer>

namespace xs {

class HubLog;
class HubStore;

/// The hub's HTTP layer (hub/PROTOCOL.md): routes, the role check per endpoint, body limits before
/// any parsing, JSON errors, gzip, and a structured log line per request. HTTPS only: the caller
/// sets up TLS before listening.
class HubHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    HubHttpServer(HubStore& store, HubLog& log, HubAuth::Settings authSettings, QObject* parent = nullptr);

    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };

    /// Answers one request (everything but the socket): the whole protocol, testable in-process.
    Response respond(const QHttpServerRequest& request, QString* user);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Response health() const;
    Response login(const QHttpServerRequest& request);
    Response pull(const QHttpServerRequest& request);
    Response push(const Principal& principal, const QHttpServerRequest& request);
    Response users() const;
    static Response error(int status, const QString& code, const QString& message);

    HubStore& m_store;
    HubLog& m_log;
    HubAuth m_auth;
    HubRecords m_records;
};

} // namespace xs
