#include "app/sync/HubClient.h"

#include "models/attachments/AttachmentLimits.h"
#include "models/common/Logging.h"
#include "models/journal/WireCodec.h"

#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>
#include <QUrlQuery>
#include <QtConcurrent>

namespace xs {

namespace {

constexpr int TransferTimeoutMs = 60000;
const char* const PinMismatchProperty = "xs_pin_mismatch";

bool isTrustError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false; // wrong host name, expired, revoked ...: a pin does not excuse those
    }
}

QString pinOf(const QSslCertificate& certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

} // namespace

HubClient::HubClient(QObject* parent)
    : QObject(parent)
{
    m_network.setAutoDeleteReplies(false);
}

HubError HubClient::configure(const HubConnection& connection)
{
    m_connection = connection;
    m_base = connection.url;
    m_pin = connection.pin.toLower().remove(QLatin1Char(':'));
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
    if (!connection.caFile.isEmpty()) {
        const QList<QSslCertificate> authorities = QSslCertificate::fromPath(connection.caFile, QSsl::Pem);
        if (authorities.isEmpty())
            return HubError(HubError::Kind::Tls,
                            tr("cannot read a certificate from %1").arg(connection.caFile));
        m_ssl.addCaCertificates(authorities);
    }
    if (m_base.scheme() != QLatin1String("https"))
        return HubError(HubError::Kind::Tls, tr("the hub address must start with https://"));
    return {};
}

void HubClient::abort()
{
    ++m_generation; // also ends a wait before a retry, even if a new request starts meanwhile
    if (m_current)
        m_current->abort();
}

int HubClient::retryDelayMs(const QNetworkReply& reply, int attempt)
{
    // The hub's (or the proxy's) Retry-After when it gives one, within reason; else 1 s, 2 s, 4 s.
    bool given = false;
    const int seconds = reply.rawHeader("Retry-After").toInt(&given);
    return given ? qBound(0, seconds, 5) * 1000 : 1000 << qMin(attempt, 4);
}

void HubClient::verifyPin(QNetworkReply* reply)
{
    if (m_pin.isEmpty())
        return;
    if (pinOf(reply->sslConfiguration().peerCertificate()) != m_pin) {
        reply->setProperty(PinMismatchProperty, true);
        reply->abort();
    }
}

HubClient::RawRequest HubClient::RawRequest::get(const QString& path)
{
    RawRequest request;
    request.path = path;
    return request;
}

HubClient::RawRequest HubClient::RawRequest::post(const QString& path, const QByteArray& body)
{
    RawRequest request;
    request.method = "POST";
    request.path = path;
    request.body = body;
    return request;
}

void HubClient::send(const RawRequest& raw, RawDone done, int attempt)
{
    QUrl url = m_base;
    const qsizetype query = raw.path.indexOf(QLatin1Char('?'));
    url.setPath(m_base.path().chopped(m_base.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                QStringLiteral("/api/v1") + raw.path.left(query));
    if (query >= 0)
        url.setQuery(raw.path.mid(query + 1));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(TransferTimeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false); // QtHttpServer 6.4 is HTTP/1.1
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("xiangshu/" XS_VERSION));
    if (raw.authenticated)
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (!m_device.isEmpty())
        request.setRawHeader("X-Device-Id", m_device.toLatin1());
    for (const auto& [name, value] : raw.headers)
        request.setRawHeader(name, value);
    if (raw.body)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(raw.contentType));
    QNetworkReply* reply = nullptr;
    if (raw.method == "GET")
        reply = m_network.get(request);
    else if (raw.method == "PUT")
        reply = m_network.put(request, raw.body.value_or(QByteArray()));
    else
        reply = m_network.post(request, raw.body.value_or(QByteArray()));
    ++m_requests;
    m_current = reply;
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError>& errors) {
        // With a pin, the pinned certificate is trusted even if no CA vouches for it.
        if (m_pin.isEmpty() || errors.isEmpty())
            return;
        const bool onlyTrust = std::all_of(errors.cbegin(), errors.cend(), [](const QSslError& error) {
            return isTrustError(error.error());
        });
        if (onlyTrust && pinOf(errors.constFirst().certificate()) == m_pin)
            reply->ignoreSslErrors(errors);
    });
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] { verifyPin(reply); });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, raw, attempt, generation = m_generation, done = std::move(done)]() mutable {
                const QByteArray data = reply->isOpen() ? reply->readAll() : QByteArray();
                const HubError error = errorOf(reply, data);
                // Every request is safe to repeat (pushes by their op_ids, chunks by their index), so what
                // a repeat can fix is repeated here, and the user never sees it:
                if (error.kind() == HubError::Kind::Unreachable) {
                    // kept-alive connections to a hub that restarted are dead: drop them, once more on a
                    // fresh one;
                    m_network.clearConnectionCache();
                    if (attempt == 0) {
                        reply->deleteLater();
                        send(raw, std::move(done), 1);
                        return;
                    }
                }
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if ((status == 502 || status == 503 || status == 504) && attempt + 1 < MaxAttempts &&
                    generation == m_generation) {
                    // a proxy whose hub just went away, or a hub busy for a moment: again after a short wait.
                    const int waitMs = retryDelayMs(*reply, attempt);
                    qCInfo(lcSync) << "the hub answered" << status << "; trying again in" << waitMs << "ms";
                    QTimer::singleShot(
                        waitMs, this,
                        [this, reply, raw, attempt, generation, done = std::move(done)]() mutable {
                            reply->deleteLater();
                            if (generation != m_generation)
                                done(HubError(HubError::Kind::Cancelled,
                                              QStringLiteral("cancelled while waiting to retry")),
                                     {}, *reply);
                            else
                                send(raw, std::move(done), attempt + 1);
                        });
                    return;
                }
                reply->deleteLater();
                done(error, data, *reply);
            });
}

HubError HubClient::errorOf(QNetworkReply* reply, const QByteArray& body) const
{
    if (reply->property(PinMismatchProperty).toBool())
        return HubError(
            HubError::Kind::PinMismatch,
            tr("presented %1, pinned %2").arg(pinOf(reply->sslConfiguration().peerCertificate()), m_pin));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300)
        return {};
    QString code;
    const QString message = WireCodec::decodeErrorMessage(body, &code);
    if (status > 0) {
        const QString detail = message.isEmpty() ? reply->errorString() : message;
        if (status == 401)
            return HubError(HubError::Kind::Unauthorized, detail, status, code);
        if (status == 403)
            return HubError(HubError::Kind::Forbidden, detail, status, code);
        if (status == 429)
            return HubError(HubError::Kind::RateLimited, detail, status, code);
        if (status >= 500)
            return HubError(HubError::Kind::Unavailable, detail, status, code);
        return HubError(HubError::Kind::BadRequest, detail, status, code);
    }
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
        return HubError(HubError::Kind::Cancelled, reply->errorString());
    case QNetworkReply::SslHandshakeFailedError:
        return HubError(HubError::Kind::Tls, reply->errorString());
    default:
        return HubError(HubError::Kind::Unreachable, reply->errorString());
    }
}

void HubClient::login(const QString& user, const QString& password,
                      std::function<void(const HubError&, const Login&)> done)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("user"), user}, {QStringLiteral("password"), password}})
            .toJson(QJsonDocument::Compact);
    RawRequest request = RawRequest::post(QStringLiteral("/login"), body);
    request.authenticated = false;
    send(request, [done = std::move(done)](const HubError& error, const QByteArray& data,
                                           const QNetworkReply&) {
        Login login;
        if (error.isError()) {
            done(error, login);
            return;
        }
        const QJsonObject object = QJsonDocument::fromJson(data).object();
        login.token = object.value(QStringLiteral("token")).toString();
        login.expiresAt = object.value(QStringLiteral("expires_at")).toInteger();
        login.user = object.value(QStringLiteral("user")).toString();
        login.role = object.value(QStringLiteral("role")).toString();
        login.department = object.value(QStringLiteral("department")).toString();
        done(login.token.isEmpty() ? HubError(HubError::Kind::BadResponse, tr("no token in the login answer"))
                                   : HubError(),
             login);
    });
}

void HubClient::health(std::function<void(const HubError&, const QJsonObject&)> done)
{
    RawRequest request = RawRequest::get(QStringLiteral("/health"));
    request.authenticated = false;
    send(request,
         [done = std::move(done)](const HubError& error, const QByteArray& data, const QNetworkReply&) {
             done(error, QJsonDocument::fromJson(data).object());
         });
}

void HubClient::pull(qint64 after, int limit, std::function<void(const HubError&, const ChangePage&)> done)
{
    send(RawRequest::get(QStringLiteral("/changes?after=%1&limit=%2").arg(after).arg(limit)),
         [this, done = std::move(done)](const HubError& error, const QByteArray& data, const QNetworkReply&) {
             if (error.isError()) {
                 done(error, {});
                 return;
             }
             // Decoding a page of a thousand records is real work: do it on a worker, so it overlaps
             // with the engine applying the previous page.
             auto* watcher = new QFutureWatcher<std::pair<HubError, ChangePage>>(this);
             connect(watcher, &QFutureWatcher<std::pair<HubError, ChangePage>>::finished, this,
                     [watcher, done] {
                         watcher->deleteLater();
                         const auto [decodeError, page] = watcher->result();
                         done(decodeError, page);
                     });
             watcher->setFuture(QtConcurrent::run([data] {
                 QString problem;
                 std::optional<ChangePage> page = WireCodec::decodeChangePage(data, &problem);
                 return std::pair<HubError, ChangePage>(page ? HubError()
                                                             : HubError(HubError::Kind::BadResponse, problem),
                                                        page.value_or(ChangePage{}));
             }));
         });
}

void HubClient::push(const QList<Operation>& operations, const std::optional<ChainHead>& chain, PushDone done)
{
    const QByteArray body = WireCodec::encodePush(operations, chain);
    send(RawRequest::post(QStringLiteral("/push"), body),
         [done = std::move(done)](const HubError& error, const QByteArray& data, const QNetworkReply&) {
             if (error.isError()) {
                 done(error, {}, std::nullopt);
                 return;
             }
             QString problem;
             std::optional<ChainReceipt> receipt;
             const std::optional<QList<OperationResult>> results =
                 WireCodec::decodePushResponse(data, &problem, &receipt);
             done(results ? HubError() : HubError(HubError::Kind::BadResponse, problem),
                  results.value_or(QList<OperationResult>{}), receipt);
         });
}

void HubClient::reportQuarantine(const QList<QuarantinedRecord>& records,
                                 std::function<void(const HubError&)> done)
{
    QJsonArray items;
    for (const QuarantinedRecord& record : records)
        items.append(QJsonObject{{QStringLiteral("entity"), record.entity},
                                 {QStringLiteral("id"), record.recordId},
                                 {QStringLiteral("version"), record.version},
                                 {QStringLiteral("seq"), record.sequence},
                                 {QStringLiteral("reason"), record.reason.left(500)}});
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson(QJsonDocument::Compact);
    send(RawRequest::post(QStringLiteral("/quarantine"), body),
         [done = std::move(done)](const HubError& error, const QByteArray&, const QNetworkReply&) {
             done(error);
         });
}

void HubClient::administer(const QString& path, const std::optional<QJsonObject>& body,
                           std::function<void(const HubError&, const QJsonObject&)> done)
{
    const QString full = QStringLiteral("/admin/") + path;
    const RawRequest request =
        body ? RawRequest::post(full, QJsonDocument(*body).toJson(QJsonDocument::Compact))
             : RawRequest::get(full);
    send(request,
         [done = std::move(done)](const HubError& error, const QByteArray& data, const QNetworkReply&) {
             if (error.isError()) {
                 done(error, {});
                 return;
             }
             const QJsonDocument answer = QJsonDocument::fromJson(data);
             if (!answer.isObject()) {
                 done(HubError(HubError::Kind::BadResponse,
                               QStringLiteral("the hub's answer is not a JSON object")),
                      {});
                 return;
             }
             done({}, answer.object());
         });
}

QString HubClient::attachmentPath(const AttachmentRef& ref)
{
    return QStringLiteral("/attachments/%1/%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(ref.entity)),
             QString::fromLatin1(QUrl::toPercentEncoding(ref.id)));
}

void HubClient::attachmentStatus(const AttachmentRef& ref,
                                 std::function<void(const HubError&, const AttachmentStatus&)> done)
{
    send(RawRequest::get(attachmentPath(ref)), [done = std::move(done)](const HubError& error,
                                                                        const QByteArray& data,
                                                                        const QNetworkReply&) {
        AttachmentStatus status;
        if (error.isError()) {
            done(error, status);
            return;
        }
        const QJsonObject object = QJsonDocument::fromJson(data).object();
        status.sha256 = object.value(QStringLiteral("sha256")).toString();
        status.size = object.value(QStringLiteral("size")).toInteger(-1);
        status.chunks = object.value(QStringLiteral("chunks")).toInt(-1);
        status.complete = object.value(QStringLiteral("complete")).toBool();
        for (const QJsonValue& index : object.value(QStringLiteral("received")).toArray())
            status.received.append(index.toInt(-1));
        const bool sound = status.size >= 0 && status.chunks == AttachmentLimits::chunkCount(status.size) &&
                           AttachmentLimits::isSha256Hex(status.sha256) &&
                           std::all_of(status.received.cbegin(), status.received.cend(),
                                       [&status](int index) { return index >= 0 && index < status.chunks; });
        done(sound ? HubError()
                   : HubError(HubError::Kind::BadResponse, tr("the hub's attachment status is unreadable")),
             status);
    });
}

void HubClient::putAttachmentChunk(const AttachmentRef& ref, int index, const QByteArray& bytes,
                                   const QString& sha256, std::function<void(const HubError&)> done)
{
    RawRequest request;
    request.method = "PUT";
    request.path = attachmentPath(ref) + QStringLiteral("/%1").arg(index);
    request.body = bytes;
    request.contentType = "application/octet-stream";
    request.headers = {{"X-Chunk-Sha256", sha256.toLatin1()}};
    send(request, [done = std::move(done)](const HubError& error, const QByteArray&, const QNetworkReply&) {
        done(error);
    });
}

void HubClient::completeAttachment(const AttachmentRef& ref, std::function<void(const HubError&)> done)
{
    send(RawRequest::post(attachmentPath(ref) + QStringLiteral("/complete"), QByteArray()),
         [done = std::move(done)](const HubError& error, const QByteArray&, const QNetworkReply&) {
             done(error);
         });
}

void HubClient::attachmentChunk(const AttachmentRef& ref, int index,
                                std::function<void(const HubError&, const QByteArray&)> done)
{
    send(RawRequest::get(attachmentPath(ref) + QStringLiteral("/%1").arg(index)),
         [index, done = std::move(done)](const HubError& error, const QByteArray& data,
                                         const QNetworkReply& reply) {
             if (error.isError()) {
                 done(error, {});
                 return;
             }
             // The stated hash catches what TLS cannot: a hub that read back damaged bytes.
             const QString stated = QString::fromLatin1(reply.rawHeader("X-Chunk-Sha256"));
             if (stated != AttachmentStore::sha256Of(data)) {
                 done(HubError(HubError::Kind::BadResponse,
                               tr("chunk %1 does not match the SHA-256 the hub states").arg(index)),
                      {});
                 return;
             }
             done({}, data);
         });
}

} // namespace xs
