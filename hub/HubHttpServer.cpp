#include "hub/HubHttpServer.h"

#include "hub/Gzip.h"
#include "hub/HttpReply.h"
#include "hub/HubAdminApi.h"
#include "hub/HubLog.h"
#include "hub/HubStore.h"
#include "hub/TlsListener.h"
#include "models/attachments/AttachmentLimits.h"
#include "models/calendar/CalendarRepository.h"
#include "models/calendar/CalendarYear.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/WireCodec.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrlQuery>

namespace xs {

namespace {

constexpr int ProtocolVersion = 1;
constexpr qsizetype GzipThreshold = 1024;
const QString ApiPrefix = QStringLiteral("/api/v1");

QByteArray header(const QHttpServerRequest& request, const QByteArray& name)
{
    for (const auto& [key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    default:
        return QStringLiteral("OTHER");
    }
}

} // namespace

HubHttpServer::HubHttpServer(HubStore& store, HubLog& log, Settings settings, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_log(log)
    , m_settings(std::move(settings))
    , m_auth(store, m_settings.auth)
    , m_records(store, &log)
    , m_attachments(store, log)
    , m_anchors(store, m_settings.signingKey)
{}

quint16 HubHttpServer::listenTls(const QHostAddress& address, quint16 port,
                                 const QSslCertificate& certificate, const QSslKey& key, QString* error)
{
    auto* listener = new TlsListener(
        TlsListener::hardened(certificate, key), m_settings.limits,
        [this](const RequestHead& head) { return admit(head); }, this);
    connect(listener, &TlsListener::refused, this, [this](const QString& event, const QJsonObject& details) {
        m_log.event(QStringLiteral("warning"), event, details);
    });
    if (!listener->listen(address, port)) {
        *error = listener->errorString();
        delete listener;
        return 0;
    }
    bind(listener); // QtHttpServer parses what the listener hands on
    return listener->serverPort();
}

void HubHttpServer::replaceCertificate(const QSslCertificate& certificate, const QSslKey& key)
{
    const QSslConfiguration tls = TlsListener::hardened(certificate, key);
    for (TlsListener* listener : findChildren<TlsListener*>(Qt::FindDirectChildrenOnly))
        listener->setTlsConfiguration(tls);
}

std::variant<qint64, ScreenRefusal> HubHttpServer::admit(const RequestHead& head)
{
    const QByteArray path =
        head.target.left(head.target.indexOf('?') < 0 ? head.target.size() : head.target.indexOf('?'));
    if (path == "/api/v1/login")
        return qint64(4096);
    const bool push = path == "/api/v1/push";
    const bool chunk = head.method == "PUT" && path.startsWith("/api/v1/attachments/");
    if (!push && !chunk && path != "/api/v1/quarantine")
        return qint64(1024);
    // The bodies worth sending are only taken with a valid token, checked before a byte of them.
    HubAuth::TokenProblem problem = HubAuth::TokenProblem::None;
    if (!m_auth.authenticate(head.header("authorization"), &problem))
        return ScreenRefusal{
            401, QByteArrayLiteral("login_required"), QStringLiteral("log in again to get a new token"), {}};
    if (chunk)
        return AttachmentLimits::ChunkBytes;
    return push ? m_settings.limits.maxBodyBytes : qint64(128 * 1024);
}

HubHttpServer::Response HubHttpServer::error(int status, const QString& code, const QString& message)
{
    return {status, WireCodec::encodeError(code, message), {}};
}

HubHttpServer::Response HubHttpServer::health() const
{
    // Which holiday schedules the hub decides deadlines on, and whether one is due (from November).
    QList<QJsonObject> published;
    for (const RecordState& year : m_store.liveRecords(CalendarYear::Entity))
        published << year.fields;
    const WorkingCalendar calendar = CalendarRepository::withPublished(published);
    QJsonArray years;
    for (const int year : calendar.knownYears())
        years.append(year);
    QJsonObject schedule{{QStringLiteral("years"), years}};
    if (const std::optional<int> missing = calendar.yearToPublish(m_store.clock().today())) {
        schedule.insert(QStringLiteral("missing_year"), *missing);
        schedule.insert(QStringLiteral("warning"), WorkingCalendar::missingScheduleWarning(*missing));
    }
    return {200,
            json({{QStringLiteral("status"), QStringLiteral("ok")},
                  {QStringLiteral("version"), QStringLiteral(XS_VERSION)},
                  {QStringLiteral("protocol"), ProtocolVersion},
                  {QStringLiteral("calendar"), schedule}}),
            {}};
}

HubHttpServer::Response HubHttpServer::respond(const QHttpServerRequest& request, QString* user)
{
    const QString path = request.url().path();
    const QHttpServerRequest::Method method = request.method();
    if (!path.startsWith(ApiPrefix + QLatin1Char('/')))
        return error(404, QStringLiteral("not_found"),
                     QStringLiteral("no such endpoint; the API lives under /api/v1"));
    const QString endpoint = path.mid(ApiPrefix.size());

    // Bodies were bounded before they were read (admit, RequestScreen); this guards the in-process use.
    if (request.body().size() > WireLimits::MaxBodyBytes)
        return error(413, QStringLiteral("body_too_large"),
                     QStringLiteral("request bodies are limited to %1 bytes").arg(WireLimits::MaxBodyBytes));

    const auto expect = [&](QHttpServerRequest::Method wanted) {
        return method == wanted;
    };
    if (endpoint == QLatin1String("/health"))
        return expect(QHttpServerRequest::Method::Get)
                   ? health()
                   : error(405, QStringLiteral("method_not_allowed"), path);
    if (endpoint == QLatin1String("/login")) // a POST never gets here: handleRequest gives it to login()
        return error(405, QStringLiteral("method_not_allowed"), path);

    static const QHash<QString, std::pair<Endpoint, QHttpServerRequest::Method>> authenticated = {
        {QStringLiteral("/changes"), {Endpoint::Pull, QHttpServerRequest::Method::Get}},
        {QStringLiteral("/push"), {Endpoint::Push, QHttpServerRequest::Method::Post}},
        {QStringLiteral("/logout"), {Endpoint::Logout, QHttpServerRequest::Method::Post}},
        {QStringLiteral("/users"), {Endpoint::Users, QHttpServerRequest::Method::Get}},
        {QStringLiteral("/quarantine"), {Endpoint::Quarantine, QHttpServerRequest::Method::Post}},
    };
    const bool attachment = endpoint.startsWith(QLatin1String("/attachments/"));
    const QString adminPrefix = QStringLiteral("/admin");
    const bool administration = endpoint.startsWith(adminPrefix + QLatin1Char('/'));
    const auto route = authenticated.constFind(endpoint);
    if (!attachment && !administration && route == authenticated.cend())
        return error(404, QStringLiteral("not_found"),
                     QStringLiteral("no such endpoint: %1").arg(path.left(200)));
    if (!attachment && !administration && !expect(route->second))
        return error(405, QStringLiteral("method_not_allowed"), path);

    HubAuth::TokenProblem problem = HubAuth::TokenProblem::None;
    const std::optional<Principal> principal =
        m_auth.authenticate(header(request, "Authorization"), &problem);
    if (!principal) {
        const QString code = problem == HubAuth::TokenProblem::Expired   ? QStringLiteral("token_expired")
                             : problem == HubAuth::TokenProblem::Missing ? QStringLiteral("login_required")
                                                                         : QStringLiteral("invalid_token");
        return error(401, code, QStringLiteral("log in again to get a new token"));
    }
    *user = principal->user;
    if (attachment)
        return attachments(*principal, request, endpoint);
    if (administration) {
        if (!mayUse(principal->role, Endpoint::Administration))
            return error(403, QStringLiteral("forbidden"),
                         QStringLiteral("a %1 may not use %2").arg(roleName(principal->role), endpoint));
        if (!expect(QHttpServerRequest::Method::Get) && !expect(QHttpServerRequest::Method::Post))
            return error(405, QStringLiteral("method_not_allowed"), path);
        const HubAdminApi::Answer answer =
            HubAdminApi(m_store).respond(*principal, expect(QHttpServerRequest::Method::Post),
                                         endpoint.mid(adminPrefix.size()), request.body());
        return {answer.status, answer.body, {}};
    }
    if (!mayUse(principal->role, route->first))
        return error(403, QStringLiteral("forbidden"),
                     QStringLiteral("a %1 may not use %2").arg(roleName(principal->role), endpoint));

    switch (route->first) {
    case Endpoint::Pull:
        return pull(request);
    case Endpoint::Push:
        return push(*principal, request);
    case Endpoint::Logout:
        m_auth.logout(header(request, "Authorization"));
        return {200, json({{QStringLiteral("status"), QStringLiteral("logged_out")}}), {}};
    case Endpoint::Users:
        return users();
    case Endpoint::Quarantine:
        return quarantineReport(*principal, request);
    default:
        return error(404, QStringLiteral("not_found"), path);
    }
}

void HubHttpServer::login(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const Exchange exchange = exchangeOf(request);
    QJsonParseError parseError;
    const QJsonObject body = QJsonDocument::fromJson(request.body(), &parseError).object();
    const QJsonValue user = body.value(QStringLiteral("user"));
    const QJsonValue password = body.value(QStringLiteral("password"));
    if (parseError.error != QJsonParseError::NoError || !user.isString() || !password.isString() ||
        user.toString().isEmpty() || user.toString().size() > 128 || password.toString().size() > 1024) {
        write(socket, exchange,
              error(400, QStringLiteral("bad_request"),
                    QStringLiteral("login needs {\"user\": ..., \"password\": ...}")),
              {});
        return;
    }
    const QString address = exchange.address;
    const HubAuth::LoginAttempt attempt = m_auth.beginLogin(user.toString(), address);
    if (attempt.retryAfter > 0) {
        HubAuth::LoginResult throttled;
        throttled.outcome = HubAuth::LoginResult::Outcome::RateLimited;
        throttled.retryAfter = attempt.retryAfter;
        throttled.trailError = attempt.trailError;
        write(socket, exchange, loginAnswer(throttled, attempt.user, address), attempt.user);
        return;
    }
    // The check runs on a worker; the answer is written when it is done (if the client still waits).
    const QPointer<QTcpSocket> waiting(socket);
    const bool started = m_passwordChecks.start(
        attempt.passwordHash, password.toString().toUtf8(), [this, waiting, exchange, attempt](bool matches) {
            const HubAuth::LoginResult result = m_auth.finishLogin(attempt, matches);
            if (waiting)
                write(waiting, exchange, loginAnswer(result, attempt.user, attempt.address), attempt.user);
        });
    if (!started) {
        Response busy = error(503, QStringLiteral("unavailable"),
                              QStringLiteral("too many logins at once; try again shortly"));
        busy.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "2"));
        m_log.event(QStringLiteral("warning"), QStringLiteral("login_shed"),
                    {{QStringLiteral("remote"), address}});
        write(socket, exchange, busy, attempt.user);
    }
}

HubHttpServer::Response HubHttpServer::loginAnswer(const HubAuth::LoginResult& result, const QString& user,
                                                   const QString& address)
{
    if (!result.trailError.isEmpty())
        m_log.event(QStringLiteral("error"), QStringLiteral("trail_error"),
                    {{QStringLiteral("detail"), result.trailError}});
    switch (result.outcome) {
    case HubAuth::LoginResult::Outcome::Ok:
        m_log.event(QStringLiteral("info"), QStringLiteral("login"),
                    {{QStringLiteral("user"), user}, {QStringLiteral("remote"), address}});
        return {200,
                json({{QStringLiteral("token"), result.token},
                      {QStringLiteral("expires_at"), result.expiresAt},
                      {QStringLiteral("user"), result.principal.user},
                      {QStringLiteral("role"), roleName(result.principal.role)},
                      {QStringLiteral("department"), result.principal.department}}),
                {}};
    case HubAuth::LoginResult::Outcome::BadCredentials:
        m_log.event(QStringLiteral("warning"), QStringLiteral("login_failed"),
                    {{QStringLiteral("user"), user.left(128)}, {QStringLiteral("remote"), address}});
        return error(401, QStringLiteral("bad_credentials"), QStringLiteral("wrong user name or password"));
    case HubAuth::LoginResult::Outcome::Disabled:
        m_log.event(QStringLiteral("warning"), QStringLiteral("login_disabled"),
                    {{QStringLiteral("user"), user}, {QStringLiteral("remote"), address}});
        return error(403, QStringLiteral("account_disabled"),
                     QStringLiteral("this account is disabled; ask an administrator"));
    case HubAuth::LoginResult::Outcome::RateLimited: {
        m_log.event(QStringLiteral("warning"), QStringLiteral("login_throttled"),
                    {{QStringLiteral("user"), user.left(128)},
                     {QStringLiteral("remote"), address},
                     {QStringLiteral("retry_after"), result.retryAfter}});
        Response response =
            error(429, QStringLiteral("too_many_attempts"),
                  QStringLiteral("too many failed logins; try again in %1 s").arg(result.retryAfter));
        response.headers.append(
            std::pair<QByteArray, QByteArray>("Retry-After", QByteArray::number(result.retryAfter)));
        return response;
    }
    case HubAuth::LoginResult::Outcome::Error:
        break;
    }
    m_log.event(QStringLiteral("error"), QStringLiteral("login_error"),
                {{QStringLiteral("detail"), result.detail}});
    return error(503, QStringLiteral("unavailable"),
                 QStringLiteral("the hub's store is unavailable; try again"));
}

QString HubHttpServer::clientAddress(const QHttpServerRequest& request) const
{
    const QHostAddress peer = request.remoteAddress();
    if (m_settings.trustedProxy.isNull() ||
        !peer.isEqual(m_settings.trustedProxy, QHostAddress::TolerantConversion))
        return peer.toString(); // a client cannot choose its own address by sending the header
    const QList<QByteArray> hops = header(request, "X-Forwarded-For").split(',');
    const QHostAddress forwarded(QString::fromLatin1(hops.constLast().trimmed()));
    return forwarded.isNull() ? peer.toString() : forwarded.toString();
}

HubHttpServer::Response HubHttpServer::pull(const QHttpServerRequest& request)
{
    const QUrlQuery query = request.query();
    bool cursorOk = true;
    bool limitOk = true;
    const qint64 after = query.hasQueryItem(QStringLiteral("after"))
                             ? query.queryItemValue(QStringLiteral("after")).toLongLong(&cursorOk)
                             : 0;
    const int limit = query.hasQueryItem(QStringLiteral("limit"))
                          ? query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk)
                          : WireLimits::DefaultPageSize;
    if (!cursorOk || !limitOk || after < 0 || limit < 1 || limit > WireLimits::MaxPageSize)
        return error(400, QStringLiteral("bad_request"),
                     QStringLiteral("after must be a cursor and limit 1 to %1").arg(WireLimits::MaxPageSize));
    QString failure;
    const std::optional<QByteArray> page = m_records.encodedChangesAfter(after, limit, &failure);
    if (!page) {
        m_log.event(QStringLiteral("error"), QStringLiteral("pull_failed"),
                    {{QStringLiteral("detail"), failure}});
        return error(503, QStringLiteral("unavailable"),
                     QStringLiteral("the hub's store is unavailable; try again"));
    }
    return {200, *page, {}};
}

HubHttpServer::Response HubHttpServer::push(const Principal& principal, const QHttpServerRequest& request)
{
    // Which desktop: its database id, as a short token of safe characters (or none).
    QString device = QString::fromLatin1(header(request, "X-Device-Id").left(64));
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._:-]*$"));
    if (!safe.match(device).hasMatch())
        device.clear();
    QString problem;
    std::optional<ChainHead> chain;
    const std::optional<QList<Operation>> operations =
        WireCodec::decodePush(request.body(), &problem, &chain);
    if (!operations)
        return error(400, QStringLiteral("bad_request"), problem);
    QList<OperationResult> results;
    const std::span<const Operation> all(operations->constData(), size_t(operations->size()));
    for (size_t index = 0; index < all.size(); ++index) {
        const Operation& operation = all[index];
        QString failure;
        const std::optional<OperationResult> result =
            m_records.apply(principal, operation, device, &failure, all.subspan(index + 1));
        if (!result) {
            // Never 200 with a dropped operation: the client sends the whole batch again, and what
            // was applied already answers from its stored result.
            m_log.event(QStringLiteral("error"), QStringLiteral("push_failed"),
                        {{QStringLiteral("op_id"), operation.opId}, {QStringLiteral("detail"), failure}});
            return error(503, QStringLiteral("unavailable"),
                         QStringLiteral("the hub's store is unavailable; try again"));
        }
        results.append(*result);
    }
    std::optional<ChainReceipt> receipt;
    if (chain) {
        QString failure;
        receipt = m_anchors.issue(principal.user, device, *chain, &failure);
        // The operations are in and answered; without its trail row there is no receipt this time,
        // and the desktop's next push anchors a later head.
        if (!failure.isEmpty())
            m_log.event(QStringLiteral("error"), QStringLiteral("anchor_failed"),
                        {{QStringLiteral("detail"), failure}});
    }
    return {200, WireCodec::encodePushResponse(results, receipt), {}};
}

HubHttpServer::Response HubHttpServer::attachments(const Principal& principal,
                                                   const QHttpServerRequest& request, const QString& endpoint)
{
    // /attachments/{entity}/{id}            GET: what the hub holds of the file
    // /attachments/{entity}/{id}/{chunk}    PUT: one chunk (X-Chunk-Sha256); GET: one chunk
    // /attachments/{entity}/{id}/complete   POST: check the whole file against its record
    const QStringList parts = endpoint.mid(QStringLiteral("/attachments/").size()).split(QLatin1Char('/'));
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9._:-]{1,64}$"));
    if (parts.size() < 2 || parts.size() > 3 || !name.match(parts[0]).hasMatch() ||
        !name.match(parts[1]).hasMatch())
        return error(404, QStringLiteral("not_found"), QStringLiteral("no such attachment path"));
    const QString& entity = parts[0];
    const QString& id = parts[1];
    const QHttpServerRequest::Method method = request.method();
    HubAttachments::Answer answer;
    if (parts.size() == 2 && method == QHttpServerRequest::Method::Get) {
        answer = m_attachments.status(principal, entity, id);
    } else if (parts.size() == 3 && parts[2] == QLatin1String("complete") &&
               method == QHttpServerRequest::Method::Post) {
        answer = m_attachments.complete(principal, entity, id);
    } else if (parts.size() == 3) {
        bool numeric = false;
        const int index = parts[2].toInt(&numeric);
        if (!numeric)
            return error(404, QStringLiteral("not_found"), QStringLiteral("no such attachment path"));
        if (method == QHttpServerRequest::Method::Put)
            answer = m_attachments.putChunk(principal, entity, id, index, request.body(),
                                            QString::fromLatin1(header(request, "X-Chunk-Sha256").left(64)));
        else if (method == QHttpServerRequest::Method::Get)
            answer = m_attachments.chunk(principal, entity, id, index);
        else
            return error(405, QStringLiteral("method_not_allowed"), endpoint);
    } else {
        return error(405, QStringLiteral("method_not_allowed"), endpoint);
    }
    if (answer.status < 200 || answer.status >= 300)
        return error(answer.status, answer.code, answer.message);
    if (!answer.sha256.isEmpty()) // a chunk's bytes, stated with their hash so the reader checks them
        return {
            200, answer.bytes, {{"X-Chunk-Sha256", answer.sha256.toLatin1()}}, "application/octet-stream"};
    return {200, json(answer.body), {}};
}

HubHttpServer::Response HubHttpServer::quarantineReport(const Principal& principal,
                                                        const QHttpServerRequest& request)
{
    // A desktop could not store records the hub handed out: the operators must hear of it (each
    // item is an "integrity" warning in the log, with who reported it).
    const QJsonArray items =
        QJsonDocument::fromJson(request.body()).object().value(QStringLiteral("items")).toArray();
    if (items.isEmpty() || items.size() > 200)
        return error(400, QStringLiteral("bad_request"), QStringLiteral("a report lists 1 to 200 items"));
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        m_log.event(QStringLiteral("warning"), QStringLiteral("quarantine_report"),
                    {{QStringLiteral("user"), principal.user},
                     {QStringLiteral("entity"), item.value(QStringLiteral("entity")).toString().left(64)},
                     {QStringLiteral("id"), item.value(QStringLiteral("id")).toString().left(64)},
                     {QStringLiteral("version"), item.value(QStringLiteral("version")).toInteger()},
                     {QStringLiteral("reason"), item.value(QStringLiteral("reason")).toString().left(500)}});
    }
    return {
        200,
        json({{QStringLiteral("status"), QStringLiteral("noted")}, {QStringLiteral("items"), items.size()}}),
        {}};
}

HubHttpServer::Response HubHttpServer::users() const
{
    QJsonArray list;
    for (const HubStore::User& user : m_store.users())
        list.append(QJsonObject{{QStringLiteral("name"), user.name},
                                {QStringLiteral("role"), roleName(user.principal.role)},
                                {QStringLiteral("department"), user.principal.department}});
    return {200, json({{QStringLiteral("users"), list}}), {}};
}

bool HubHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    if (request.url().path() == QLatin1String("/api/v1/login") &&
        request.method() == QHttpServerRequest::Method::Post) {
        login(request, socket);
        return true;
    }
    const Exchange exchange = exchangeOf(request);
    QString user;
    const Response response = respond(request, &user);
    if (response.status == 401 || response.status == 403)
        m_log.event(QStringLiteral("warning"), QStringLiteral("request_refused"),
                    {{QStringLiteral("status"), response.status},
                     {QStringLiteral("path"), request.url().path().left(200)},
                     {QStringLiteral("user"), user},
                     {QStringLiteral("remote"), exchange.address}});
    write(socket, exchange, response, user);
    return true;
}

HubHttpServer::Exchange HubHttpServer::exchangeOf(const QHttpServerRequest& request) const
{
    Exchange exchange{methodName(request.method()),
                      request.url().path().left(200),
                      clientAddress(request),
                      header(request, "Accept-Encoding").contains("gzip"),
                      {}};
    exchange.timer.start();
    return exchange;
}

void HubHttpServer::write(QTcpSocket* socket, const Exchange& exchange, Response response,
                          const QString& user)
{
    QList<std::pair<QByteArray, QByteArray>> headers{{"Content-Type", response.contentType},
                                                     {"Cache-Control", "no-store"}};
    // Chunks are photos and PDFs: compressed already, and their hash is of the bytes as sent.
    if (response.body.size() > GzipThreshold && exchange.acceptsGzip &&
        response.contentType == QByteArrayLiteral("application/json")) {
        const QByteArray gzipped = Gzip::compress(response.body);
        if (!gzipped.isEmpty()) {
            response.body = gzipped;
            headers.append(std::pair<QByteArray, QByteArray>("Content-Encoding", "gzip"));
        }
    }
    headers += response.headers;
    socket->write(httpReply(response.status, headers, response.body));
    m_log.request(exchange.method, exchange.path, response.status, user, exchange.timer.elapsed(),
                  response.body.size(), exchange.address);
}

void HubHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    handleRequest(request, socket); // every request is answered by respond(); nothing is missing
}

} // namespace xs
