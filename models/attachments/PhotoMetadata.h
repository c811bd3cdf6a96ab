#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace xs {

/// When and where a photo was taken, as its camera wrote it into the EXIF block: what an auditor's
/// evidence shows beside the photo and keeps with it (the record's taken_at, latitude, longitude).
struct PhotoMetadata
{
    QDateTime takenAt;               // local time of the camera, as EXIF keeps it (no zone)
    std::optional<double> latitude;  // degrees, south negative
    std::optional<double> longitude; // degrees, west negative
    QString camera;                  // make and model

    bool isEmpty() const { return !takenAt.isValid() && !latitude && !longitude && camera.isEmpty(); }
    /// "2026-11-30T10:15:00" or empty: the form the evidence record stores.
    QString takenAtText() const;
};

/// Reads and writes EXIF through libexif (Debian's libexif12): nothing here parses the format by
/// hand, so a malformed block is the library's to reject, and a photo without one is simply empty.
namespace PhotoMetadataCodec {

/// The metadata of a JPEG held in memory; empty for anything without a readable EXIF block.
PhotoMetadata read(const QByteArray& jpeg);

/// jpeg with an EXIF block holding metadata inserted after its start marker. jpeg must not have one
/// already (QImage writes none). The demo makes its photos this way, and tests make photos with known
/// metadata. Empty when jpeg is not a JPEG.
QByteArray write(const QByteArray& jpeg, const PhotoMetadata& metadata);

} // namespace PhotoMetadataCodec

} // namespace xs
