#pragma once

#include "hub/ServerLimits.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <variant>

struct http_parser;

namespace xs {

/// The head of a request as it arrives, before its body: enough to decide whether the body may
/// come at all (who sends it, to which endpoint, how big it says it is).
struct RequestHead
{
    QByteArray method;
    QByteArray target; // path and query
    QList<std::pair<QByteArray, QByteArray>> headers;
    std::optional<qint64> contentLength;
    bool chunked = false;

    QByteArray header(const QByteArray& name) const;
};

/// A refusal sent instead of reading further, and the connection closed after it.
struct ScreenRefusal
{
    int status = 400;
    QByteArray code;
    QString message;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

/// Decides, from its head, how many body bytes a request may bring (0 for none), or refuses it.
using BodyPolicy = std::function<std::variant<qint64, ScreenRefusal>(const RequestHead&)>;

/// Watches the bytes of one connection as they arrive, request after request, with its own HTTP
/// parser (libhttp-parser, Debian's), and stops a request the moment it breaks a limit: headers
/// too long or too many, a body larger than the policy allows (refused from Content-Length before
/// a byte of it is read, or counted as chunks arrive). QtHttpServer 6.4 reads every request whole
/// before the application sees it, with no limit; this runs first on each readyRead, so it sees
/// every byte before QtHttpServer buffers it.
class RequestScreen
{
public:
    RequestScreen(const ServerLimits& limits, BodyPolicy policy);
    ~RequestScreen();
    RequestScreen(const RequestScreen&) = delete;
    RequestScreen& operator=(const RequestScreen&) = delete;

    /// Feeds newly arrived bytes; a refusal when the connection must be answered and closed.
    std::optional<ScreenRefusal> feed(const QByteArray& bytes);
    /// Whether a request has begun but not yet fully arrived (for the request timeout).
    bool inRequest() const { return m_inRequest; }

    /// The whole answer for a refusal: status line, headers and the JSON error body.
    static QByteArray response(const ScreenRefusal& refusal);

private:
    friend struct RequestScreenCallbacks;

    const ServerLimits& m_limits;
    BodyPolicy m_policy;
    std::unique_ptr<http_parser> m_parser;
    RequestHead m_head;
    QByteArray m_field;
    bool m_inValue = false;
    qint64 m_headerBytes = 0;
    qint64 m_bodyBytes = 0;
    qint64 m_allowedBody = 0;
    bool m_inRequest = false;
    std::optional<ScreenRefusal> m_refusal;
};

} // namespace xs
