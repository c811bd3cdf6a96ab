#include "app/sync/HubClient.h"

#include "models/journal/WireCodec.h"

#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>
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
    if (m_current)
        m_current->abort();
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

void HubClient::send(const QString& path, const QByteArray* body, bool authenticated, RawDone done,
                     bool firstAttempt)
{
    QUrl url = m_base;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(m_base.path().chopped(m_base.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                QStringLiteral("/api/v1") + path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(TransferTimeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false); // QtHttpServer 6.4 is HTTP/1.1
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("xiangshu/" XS_VERSION));
    if (authenticated)
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (!m_device.isEmpty())
        request.setRawHeader("X-Device-Id", m_device.toLatin1());
    QNetworkReply* reply = nullptr;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        reply = m_network.post(request, *body);
    } else {
        reply = m_network.get(request);
    }
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
            [this, reply, path, body = body ? std::optional<QByteArray>(*body) : std::nullopt, authenticated,
             firstAttempt, done = std::move(done)]() mutable {
                reply->deleteLater();
                const QByteArray data = reply->isOpen() ? reply->readAll() : QByteArray();
                const HubError error = errorOf(reply, data);
                if (error.kind() == HubError::Kind::Unreachable) {
                    // Kept-alive connections to a hub that restarted are dead: drop them, and try once
                    // more on a fresh one (every request is safe to repeat; pushes by their op_ids).
                    m_network.clearConnectionCache();
                    if (firstAttempt) {
                        send(path, body ? &*body : nullptr, authenticated, std::move(done), false);
                        return;
                    }
                }
                done(error, data);
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
    send(QStringLiteral("/login"), &body, false,
         [done = std::move(done)](const HubError& error, const QByteArray& data) {
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
             done(login.token.isEmpty()
                      ? HubError(HubError::Kind::BadResponse, tr("no token in the login answer"))
                      : HubError(),
                  login);
         });
}

void HubClient::health(std::function<void(const HubError&, const QJsonObject&)> done)
{
    send(QStringLiteral("/health"), nullptr, false,
         [done = std::move(done)](const HubError& error, const QByteArray& data) {
             done(error, QJsonDocument::fromJson(data).object());
         });
}

void HubClient::pull(qint64 after, int limit, std::function<void(const HubError&, const ChangePage&)> done)
{
    send(QStringLiteral("/changes?after=%1&limit=%2").arg(after).arg(limit), nullptr, true,
         [this, done = std::move(done)](const HubError& error, const QByteArray& data) {
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

void HubClient::push(const QList<Operation>& operations,
                     std::function<void(const HubError&, const QList<OperationResult>&)> done)
{
    const QByteArray body = WireCodec::encodePush(operations);
    send(QStringLiteral("/push"), &body, true,
         [done = std::move(done)](const HubError& error, const QByteArray& data) {
             if (error.isError()) {
                 done(error, {});
                 return;
             }
             QString problem;
             const std::optional<QList<OperationResult>> results =
                 WireCodec::decodePushResponse(data, &problem);
             done(results ? HubError() : HubError(HubError::Kind::BadResponse, problem),
                  results.value_or(QList<OperationResult>{}));
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
    send(QStringLiteral("/quarantine"), &body, true,
         [done = std::move(done)](const HubError& error, const QByteArray&) { done(error); });
}

} // namespace xs
