#include "hub/RequestScreen.h"

#include "hub/HttpReply.h"
#include "models/journal/WireCodec.h"

#include <http_parser.h>

namespace xs {

QByteArray RequestHead::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

/// The parser's callbacks, with access to the screen behind parser->data.
struct RequestScreenCallbacks
{
    static RequestScreen& screen(http_parser* parser) { return *static_cast<RequestScreen*>(parser->data); }

    static int refuse(RequestScreen& self, int status, const char* code, const QString& message)
    {
        self.m_refusal = ScreenRefusal{status, QByteArray(code), message, {}};
        return -1;
    }

    static int countHead(RequestScreen& self, size_t length)
    {
        self.m_headerBytes += qint64(length);
        if (self.m_headerBytes > self.m_limits.maxHeaderBytes)
            return refuse(
                self, 431, "headers_too_large",
                QStringLiteral("request headers are limited to %1 bytes").arg(self.m_limits.maxHeaderBytes));
        return 0;
    }

    static int onMessageBegin(http_parser* parser)
    {
        RequestScreen& self = screen(parser);
        self.m_head = {};
        self.m_field.clear();
        self.m_inValue = false;
        self.m_headerBytes = 0;
        self.m_bodyBytes = 0;
        self.m_allowedBody = 0;
        self.m_inRequest = true;
        return 0;
    }

    static int onUrl(http_parser* parser, const char* at, size_t length)
    {
        RequestScreen& self = screen(parser);
        if (countHead(self, length) != 0)
            return -1;
        self.m_head.target.append(at, qsizetype(length));
        return 0;
    }

    static int onHeaderField(http_parser* parser, const char* at, size_t length)
    {
        RequestScreen& self = screen(parser);
        if (countHead(self, length) != 0)
            return -1;
        if (self.m_inValue || self.m_head.headers.isEmpty()) {
            if (self.m_head.headers.size() >= self.m_limits.maxHeaders)
                return refuse(self, 431, "headers_too_large",
                              QStringLiteral("at most %1 request headers").arg(self.m_limits.maxHeaders));
            self.m_head.headers.append({QByteArray(at, qsizetype(length)), QByteArray()});
            self.m_inValue = false;
        } else {
            self.m_head.headers.last().first.append(at, qsizetype(length));
        }
        return 0;
    }

    static int onHeaderValue(http_parser* parser, const char* at, size_t length)
    {
        RequestScreen& self = screen(parser);
        if (countHead(self, length) != 0)
            return -1;
        self.m_inValue = true;
        if (!self.m_head.headers.isEmpty())
            self.m_head.headers.last().second.append(at, qsizetype(length));
        return 0;
    }

    static int onHeadersComplete(http_parser* parser)
    {
        RequestScreen& self = screen(parser);
        self.m_head.method = http_method_str(http_method(parser->method));
        self.m_head.chunked = (parser->flags & F_CHUNKED) != 0;
        const QByteArray length = self.m_head.header("content-length").trimmed();
        if (!length.isEmpty()) {
            bool ok = false;
            const qint64 declared = length.toLongLong(&ok);
            if (!ok || declared < 0)
                return refuse(self, 400, "bad_request", QStringLiteral("Content-Length is not a number"));
            self.m_head.contentLength = declared;
        }
        std::variant<qint64, ScreenRefusal> decision = self.m_policy(self.m_head);
        if (ScreenRefusal* refusal = std::get_if<ScreenRefusal>(&decision)) {
            self.m_refusal = std::move(*refusal);
            return -1;
        }
        self.m_allowedBody = std::get<qint64>(decision);
        // Refused from what it says it will send, before a byte of the body is read.
        if (self.m_head.contentLength && *self.m_head.contentLength > self.m_allowedBody)
            return refuse(self, 413, "body_too_large",
                          QStringLiteral("this request may bring at most %1 bytes").arg(self.m_allowedBody));
        return 0;
    }

    static int onBody(http_parser* parser, const char*, size_t length)
    {
        RequestScreen& self = screen(parser);
        self.m_bodyBytes += qint64(length);
        if (self.m_bodyBytes > self.m_allowedBody)
            return refuse(self, 413, "body_too_large",
                          QStringLiteral("this request may bring at most %1 bytes").arg(self.m_allowedBody));
        return 0;
    }

    static int onMessageComplete(http_parser* parser)
    {
        screen(parser).m_inRequest = false;
        return 0;
    }

    static const http_parser_settings& settings()
    {
        static const http_parser_settings table = [] {
            http_parser_settings s;
            http_parser_settings_init(&s);
            s.on_message_begin = &onMessageBegin;
            s.on_url = &onUrl;
            s.on_header_field = &onHeaderField;
            s.on_header_value = &onHeaderValue;
            s.on_headers_complete = &onHeadersComplete;
            s.on_body = &onBody;
            s.on_message_complete = &onMessageComplete;
            return s;
        }();
        return table;
    }
};

RequestScreen::RequestScreen(const ServerLimits& limits, BodyPolicy policy)
    : m_limits(limits)
    , m_policy(std::move(policy))
    , m_parser(std::make_unique<http_parser>())
{
    http_parser_init(m_parser.get(), HTTP_REQUEST);
    m_parser->data = this;
}

RequestScreen::~RequestScreen() = default;

std::optional<ScreenRefusal> RequestScreen::feed(const QByteArray& bytes)
{
    if (m_refusal)
        return m_refusal;
    const size_t parsed = http_parser_execute(m_parser.get(), &RequestScreenCallbacks::settings(),
                                              bytes.constData(), size_t(bytes.size()));
    if (m_refusal)
        return m_refusal;
    if (HTTP_PARSER_ERRNO(m_parser.get()) != HPE_OK || parsed != size_t(bytes.size()))
        m_refusal =
            ScreenRefusal{400,
                          QByteArrayLiteral("bad_request"),
                          QStringLiteral("not an HTTP/1.1 request: %1")
                              .arg(QString::fromLatin1(http_errno_name(HTTP_PARSER_ERRNO(m_parser.get())))),
                          {}};
    return m_refusal;
}

QByteArray RequestScreen::response(const ScreenRefusal& refusal)
{
    QList<std::pair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"},
                                                     {"Cache-Control", "no-store"}};
    headers += refusal.headers;
    return httpReply(refusal.status, headers,
                     WireCodec::encodeError(QString::fromLatin1(refusal.code), refusal.message), true);
}

} // namespace xs
