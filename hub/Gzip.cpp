#include "hub/Gzip.h"

#include <zlib.h>

namespace xs::Gzip {

QByteArray compress(const QByteArray& data, int level)
{
    z_stream stream{};
    constexpr int GzipWindowBits = 15 + 16; // 15-bit window, gzip header and trailer
    if (deflateInit2(&stream, level, Z_DEFLATED, GzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray output(int(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(output.data());
    stream.avail_out = uInt(output.size());
    const int rc = deflate(&stream, Z_FINISH);
    const qsizetype written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (rc != Z_STREAM_END)
        return {};
    output.truncate(written);
    return output;
}

} // namespace xs::Gzip
