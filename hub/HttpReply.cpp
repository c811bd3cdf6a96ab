#include "hub/HttpReply.h"

namespace xs {

namespace {

const char* reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return status < 400 ? "OK" : status < 500 ? "Client Error" : "Server Error";
    }
}

} // namespace

QByteArray httpReply(int status, const QList<std::pair<QByteArray, QByteArray>>& headers,
                     const QByteArray& body, bool close)
{
    QByteArray reply = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto& [name, value] : headers)
        reply += name + ": " + value + "\r\n";
    reply += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (close)
        reply += "Connection: close\r\n";
    return reply + "\r\n" + body;
}

} // namespace xs
