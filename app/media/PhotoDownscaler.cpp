#include "app/media/PhotoDownscaler.h"

#include "models/attachments/PhotoMetadata.h"
#include "models/fieldaudit/EvidenceRecorder.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

namespace xs {

namespace {

constexpr int JpegQuality = 88; // no visible loss on a site photo; about a tenth of the original size

} // namespace

PhotoDownscaler::PhotoDownscaler(int longEdge)
    : m_longEdge(longEdge)
{}

bool PhotoDownscaler::isPhoto(const QByteArray& head)
{
    return EvidenceRecorder::mediaTypeOf(head).startsWith(QLatin1String("image/"));
}

QImage PhotoDownscaler::decode(const QByteArray& photo, int edge, QString* error)
{
    QBuffer input;
    input.setData(photo);
    input.open(QIODevice::ReadOnly);
    QImageReader reader(&input);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    // Decoded at the smaller size straight from the JPEG: a 12-megapixel photo never becomes a
    // 48 MB bitmap in memory.
    if (full.isValid() && qMax(full.width(), full.height()) > edge)
        reader.setScaledSize(full.scaled(edge, edge, Qt::KeepAspectRatio));
    const QImage image = full.isValid() ? reader.read() : QImage();
    if (image.isNull() && error)
        *error = tr("the photo cannot be decoded: %1").arg(reader.errorString());
    return image;
}

PhotoDownscaler::Result PhotoDownscaler::downscale(const QByteArray& photo) const
{
    Result result;
    const QString mediaType = EvidenceRecorder::mediaTypeOf(photo);
    if (!mediaType.startsWith(QLatin1String("image/"))) {
        result.error = tr("only JPEG and PNG photos can be downscaled");
        return result;
    }
    if (photo.size() > MaxInputBytes) {
        result.error = tr("the photo is larger than %1 MiB, too large to downscale here")
                           .arg(MaxInputBytes / AttachmentLimits::ChunkBytes);
        return result;
    }
    // Its size comes from the header: a photo small enough already is neither decoded nor touched.
    QBuffer header;
    header.setData(photo);
    header.open(QIODevice::ReadOnly);
    QImageReader reader(&header);
    result.from = reader.size();
    if (!result.from.isValid()) {
        result.error = tr("the photo cannot be decoded: %1").arg(reader.errorString());
        return result;
    }
    if (qMax(result.from.width(), result.from.height()) <= m_longEdge) {
        result.to = result.from;
        result.bytes = photo;
        return result;
    }
    const QImage image = decode(photo, m_longEdge, &result.error);
    if (image.isNull())
        return result;
    QBuffer output(&result.bytes);
    output.open(QIODevice::WriteOnly);
    const bool jpeg = mediaType == QLatin1String("image/jpeg");
    QImageWriter writer(&output, jpeg ? "jpeg" : "png");
    if (jpeg)
        writer.setQuality(JpegQuality);
    if (!writer.write(image)) {
        result.bytes.clear();
        result.error = tr("the smaller photo cannot be written: %1").arg(writer.errorString());
        return result;
    }
    if (jpeg) {
        const PhotoMetadata metadata = PhotoMetadataCodec::read(photo);
        if (!metadata.isEmpty())
            result.bytes = PhotoMetadataCodec::write(result.bytes, metadata);
    }
    result.to = image.size();
    return result;
}

} // namespace xs
