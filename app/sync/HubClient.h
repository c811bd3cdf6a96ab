#pragma once

#include "app/sync/HubConnection.h"
#include "app/sync/HubError.h"
#include "models/attachments/AttachmentStore.h"
#include "models/audit/ChainReceipt.h"
#include "models/journal/SyncTypes.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>
#include <optional>

class QNetworkReply;

namespace xs {

/// The hub's API over HTTPS (hub/PROTOCOL.md) through QNetworkAccessManager. Trusts the system CAs
/// plus an optional deployment CA file; with a SHA-256 pin, only the pinned certificate is
/// accepted (and a self-signed one is fine if it is the pinned one). Asynchronous: one request at
/// a time, which abort() cancels.
class HubClient : public QObject
{
    Q_OBJECT

public:
    explicit HubClient(QObject* parent = nullptr);

    /// Fails (Tls) if the CA file cannot be read.
    HubError configure(const HubConnection& connection);
    void setToken(const QString& token) { m_token = token; }
    /// Which desktop this is (its database id): the hub keeps the answers to its operations apart
    /// from another desktop's of the same user (hub/PROTOCOL.md, X-Device-Id).
    void setDevice(const QString& device) { m_device = device; }
    QString device() const { return m_device; }
    HubConnection connection() const { return m_connection; }
    QString token() const { return m_token; }

    struct Login
    {
        QString token;
        qint64 expiresAt = 0;
        QString user;
        QString role;
        QString department;
    };

    void login(const QString& user, const QString& password,
               std::function<void(const HubError&, const Login&)> done);
    void health(std::function<void(const HubError&, const QJsonObject&)> done);
    void pull(qint64 after, int limit, std::function<void(const HubError&, const ChangePage&)> done);
    /// chain: this desktop's audit trail head, which the hub answers with a signed receipt (if it
    /// signs; hub/PROTOCOL.md, "Anchored chains").
    using PushDone = std::function<void(const HubError&, const QList<OperationResult>&,
                                        const std::optional<ChainReceipt>&)>;
    void push(const QList<Operation>& operations, const std::optional<ChainHead>& chain, PushDone done);
    /// Tells the hub which of its records this desktop set aside (hub/PROTOCOL.md, /quarantine).
    void reportQuarantine(const QList<QuarantinedRecord>& records, std::function<void(const HubError&)> done);
    /// What the hub holds of an attachment's bytes (hub/PROTOCOL.md, Attachments).
    struct AttachmentStatus
    {
        QString sha256; // what the record names
        qint64 size = 0;
        int chunks = 0;
        QList<int> received; // chunk indices the hub holds
        bool complete = false;
    };
    void attachmentStatus(const AttachmentRef& ref,
                          std::function<void(const HubError&, const AttachmentStatus&)> done);
    /// Sends one chunk with its SHA-256 (hex, of bytes), which the hub checks before keeping it.
    void putAttachmentChunk(const AttachmentRef& ref, int index, const QByteArray& bytes,
                            const QString& sha256, std::function<void(const HubError&)> done);
    /// Asks the hub to check the whole file against its record; a mismatch is 422 hash_mismatch.
    void completeAttachment(const AttachmentRef& ref, std::function<void(const HubError&)> done);
    /// One chunk of a file the hub holds whole, checked against the SHA-256 the hub states.
    void attachmentChunk(const AttachmentRef& ref, int index,
                         std::function<void(const HubError&, const QByteArray&)> done);
    /// The administrators' API (hub/PROTOCOL.md, "Administration"): GET /admin/<path>, or a POST
    /// of body when it is given. The answer's JSON object, or why there is none.
    void administer(const QString& path, const std::optional<QJsonObject>& body,
                    std::function<void(const HubError&, const QJsonObject&)> done);
    void abort();

    /// Attempts at one request answered 502, 503 or 504 before the failure is reported.
    static constexpr int MaxAttempts = 4;

    /// HTTP requests sent so far (round trips), for benchmarks and tests.
    int requestsSent() const { return m_requests; }

private:
    struct RawRequest
    {
        QByteArray method = "GET";
        QString path;
        std::optional<QByteArray> body;
        QByteArray contentType = "application/json";
        QList<std::pair<QByteArray, QByteArray>> headers;
        bool authenticated = true;

        static RawRequest get(const QString& path);
        static RawRequest post(const QString& path, const QByteArray& body);
    };
    /// body: the answer's bytes; reply: for its headers (valid during the call only).
    using RawDone = std::function<void(const HubError&, const QByteArray& body, const QNetworkReply& reply)>;
    /// attempt: 0 for a new request; repeats count up (a dead connection once, a busy answer
    /// 502/503/504 up to MaxAttempts in all).
    void send(const RawRequest& raw, RawDone done, int attempt = 0);
    static int retryDelayMs(const QNetworkReply& reply, int attempt);
    static QString attachmentPath(const AttachmentRef& ref);
    void verifyPin(QNetworkReply* reply);
    HubError errorOf(QNetworkReply* reply, const QByteArray& body) const;

    QNetworkAccessManager m_network;
    HubConnection m_connection;
    QSslConfiguration m_ssl;
    QUrl m_base;
    QString m_pin;
    QString m_token;
    QString m_device;
    QPointer<QNetworkReply> m_current;
    int m_requests = 0;
    /// Counts abort() calls: a request waiting to be repeated goes on only if none came since it
    /// was sent.
    quint64 m_generation = 0;
};

} // namespace xs
