#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace xs {

/// One HTTP/1.1 response as bytes: status line, headers, Content-Length and the body. The hub
/// writes its answers itself (some arrive after the request's handler has returned, when a
/// password check finishes on a worker).
QByteArray httpReply(int status, const QList<std::pair<QByteArray, QByteArray>>& headers,
                     const QByteArray& body, bool close = false);

} // namespace xs
