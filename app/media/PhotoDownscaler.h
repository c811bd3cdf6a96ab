#pragma once

#include "models/attachments/AttachmentLimits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

namespace xs {

/// Makes a photo smaller when its auditor asks for it (DOMAIN.md §6: never silently): a JPEG
/// stays a JPEG with its EXIF date, place and camera carried over, a PNG stays a PNG. Decoding
/// happens in memory at the reduced size where the format allows (JPEG), so a 50-megapixel photo
/// never needs its full-size bitmap, and nothing is written to disk.
class PhotoDownscaler
{
    Q_DECLARE_TR_FUNCTIONS(xs::PhotoDownscaler)

public:
    /// The largest file read to be downscaled: it is held in memory while it is decoded.
    static constexpr qint64 MaxInputBytes = 256 * AttachmentLimits::ChunkBytes;

    struct Result
    {
        QByteArray bytes; // the smaller photo; empty when it could not be made (error says why)
        QSize from;
        QSize to;
        QString error;
        bool changed() const { return from != to; }
    };

    explicit PhotoDownscaler(int longEdge = AttachmentLimits::DownscaleEdge);

    /// True for the bytes of a JPEG or PNG photo (what can be downscaled; PDFs never are).
    static bool isPhoto(const QByteArray& head);
    /// The photo at most longEdge pixels on its longer side; unchanged bytes if it already is.
    Result downscale(const QByteArray& photo) const;

    /// The photo decoded in memory at most edge pixels on its longer side (never enlarged), turned
    /// as the camera's orientation says; a null image, with *error, if it cannot be read. Thumbnails
    /// and the PDF record use this too.
    static QImage decode(const QByteArray& photo, int edge, QString* error = nullptr);

private:
    int m_longEdge;
};

} // namespace xs
