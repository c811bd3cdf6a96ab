#pragma once

#include <QByteArray>

namespace xs::Gzip {

/// gzip (RFC 1952) for "Content-Encoding: gzip". qCompress() makes zlib streams with a Qt length
/// prefix, which HTTP clients cannot read; this is zlib's own gzip mode.
QByteArray compress(const QByteArray& data, int level = 6);

} // namespace xs::Gzip
