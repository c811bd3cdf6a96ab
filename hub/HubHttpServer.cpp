#include "hub/HubHttpServer.h"

#include "hub/Gzip.h"
#include "hub/HubLog.h"
#include "hub/HubStore.h"
#include "models/calendar/CalendarRepository.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/WireCodec.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

HubHttpServer::HubHttpServer(HubStore& store, HubLog& log, HubAuth::Settings authSettings, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_log(log)
    , m_auth(store, authSettings)
    , m_records(store, &log)
{}

HubHttpServer::Response HubHttpServer::error(int status, const QString& code, const QString& message)
{
    return {status, WireCodec::encodeError(code, message), {}};
}

HubHttpServer::Response HubHttpServer::health() const
{
    // Which holiday schedules the hub decides deadlines on, and whether one is due (from November).
    QList<QJsonObject> published;
    for (const RecordState& year : m_store.liveRecords(QStringLiteral("calendar_year")))
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

    // Bodies are refused by their declared size before anything reads them as JSON.
    const QByteArray declaredLength = header(request, "Content-Length");
    if (declaredLength.toLongLong() > WireLimits::MaxBodyBytes ||
        request.body().size() > WireLimits::MaxBodyBytes)
        return error(413, QStringLiteral("body_too_large"),
                     QStringLiteral("request bodies are limited to %1 bytes").arg(WireLimits::MaxBodyBytes));

    const auto expect = [&](QHttpServerRequest::Method wanted) {
        return method == wanted;
    };
    if (endpoint == QLatin1String("/health"))
        return expect(QHttpServerRequest::Method::Get)
                   ? health()
                   : error(405, QStringLiteral("method_not_allowed"), path);
    if (endpoint == QLatin1String("/login"))
        return expect(QHttpServerRequest::Method::Post)
                   ? login(request)
                   : error(405, QStringLiteral("method_not_allowed"), path);

    static const QHash<QString, std::pair<Endpoint, QHttpServerRequest::Method>> authenticated = {
        {QStringLiteral("/changes"), {Endpoint::Pull, QHttpServerRequest::Method::Get}},
        {QStringLiteral("/push"), {Endpoint::Push, QHttpServerRequest::Method::Post}},
        {QStringLiteral("/logout"), {Endpoint::Logout, QHttpServerRequest::Method::Post}},
        {QStringLiteral("/users"), {Endpoint::Users, QHttpServerRequest::Method::Get}},
    };
    const auto route = authenticated.constFind(endpoint);
    if (route == authenticated.cend())
        return error(404, QStringLiteral("not_found"),
                     QStringLiteral("no such endpoint: %1").arg(path.left(200)));
    if (!expect(route->second))
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
    default:
        return error(404, QStringLiteral("not_found"), path);
    }
}

HubHttpServer::Response HubHttpServer::login(const QHttpServerRequest& request)
{
    QJsonParseError parseError;
    const QJsonObject body = QJsonDocument::fromJson(request.body(), &parseError).object();
    const QJsonValue user = body.value(QStringLiteral("user"));
    const QJsonValue password = body.value(QStringLiteral("password"));
    if (parseError.error != QJsonParseError::NoError || !user.isString() || !password.isString() ||
        user.toString().isEmpty() || user.toString().size() > 128 || password.toString().size() > 1024)
        return error(400, QStringLiteral("bad_request"),
                     QStringLiteral("login needs {\"user\": ..., \"password\": ...}"));
    const HubAuth::LoginResult result =
        m_auth.login(user.toString(), password.toString().toUtf8(), request.remoteAddress());
    switch (result.outcome) {
    case HubAuth::LoginResult::Outcome::Ok:
        return {200,
                json({{QStringLiteral("token"), result.token},
                      {QStringLiteral("expires_at"), result.expiresAt},
                      {QStringLiteral("user"), result.principal.user},
                      {QStringLiteral("role"), roleName(result.principal.role)},
                      {QStringLiteral("department"), result.principal.department}}),
                {}};
    case HubAuth::LoginResult::Outcome::BadCredentials:
        return error(401, QStringLiteral("bad_credentials"), QStringLiteral("wrong user name or password"));
    case HubAuth::LoginResult::Outcome::RateLimited: {
        Response response = error(429, QStringLiteral("too_many_attempts"),
                                  QStringLiteral("too many failed logins; wait 15 minutes"));
        response.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "900"));
        return response;
    }
    case HubAuth::LoginResult::Outcome::Error:
        break;
    }
    m_log.event(QStringLiteral("error"), QStringLiteral("login_failed"),
                {{QStringLiteral("detail"), result.detail}});
    return error(503, QStringLiteral("unavailable"),
                 QStringLiteral("the hub's store is unavailable; try again"));
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
    QString problem;
    const std::optional<QList<Operation>> operations = WireCodec::decodePush(request.body(), &problem);
    if (!operations)
        return error(400, QStringLiteral("bad_request"), problem);
    QList<OperationResult> results;
    for (const Operation& operation : *operations) {
        QString failure;
        const std::optional<OperationResult> result = m_records.apply(principal, operation, &failure);
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
    return {200, WireCodec::encodePushResponse(results), {}};
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
    QElapsedTimer timer;
    timer.start();
    QString user;
    Response response = respond(request, &user);

    bool compressed = false;
    if (response.body.size() > GzipThreshold && header(request, "Accept-Encoding").contains("gzip")) {
        const QByteArray gzipped = Gzip::compress(response.body);
        if (!gzipped.isEmpty()) {
            response.body = gzipped;
            compressed = true;
        }
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    if (compressed)
        responder.writeHeader("Content-Encoding", "gzip");
    for (const auto& [name, value] : std::as_const(response.headers))
        responder.writeHeader(name, value);
    responder.writeBody(response.body);
    m_log.request(methodName(request.method()), request.url().path().left(200), response.status, user,
                  timer.elapsed(), response.body.size(), request.remoteAddress().toString());
    return true;
}

void HubHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    handleRequest(request, socket); // every request is answered by respond(); nothing is missing
}

} // namespace xs
