#include "models/attachments/PhotoMetadata.h"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <libexif/exif-data.h>
#include <libexif/exif-utils.h>
#include <memory>

namespace xs {

namespace {

struct ExifDataDeleter
{
    void operator()(ExifData* data) const { exif_data_unref(data); }
};
using ExifDataPtr = std::unique_ptr<ExifData, ExifDataDeleter>;

constexpr const char* ExifDateFormat = "yyyy:MM:dd HH:mm:ss";

// GPS tags (EXIF 2.3 §4.6.6): libexif names them, but shares the numbers with other IFDs' tags.
constexpr ExifTag GpsLatitudeRef = ExifTag(0x0001);
constexpr ExifTag GpsLatitude = ExifTag(0x0002);
constexpr ExifTag GpsLongitudeRef = ExifTag(0x0003);
constexpr ExifTag GpsLongitude = ExifTag(0x0004);

QString asciiOf(ExifEntry* entry)
{
    if (!entry || entry->format != EXIF_FORMAT_ASCII || !entry->data || entry->size == 0)
        return {};
    const auto* text = reinterpret_cast<const char*>(entry->data);
    return QString::fromLatin1(text, qsizetype(strnlen(text, entry->size))).trimmed();
}

std::optional<double> coordinateOf(ExifContent* gps, ExifTag valueTag, ExifTag referenceTag,
                                   ExifByteOrder order, double limit)
{
    ExifEntry* value = exif_content_get_entry(gps, valueTag);
    if (!value || value->format != EXIF_FORMAT_RATIONAL || value->components != 3 || value->size < 24)
        return std::nullopt;
    double degrees = 0;
    double scale = 1;
    for (int part = 0; part < 3; ++part) {
        const ExifRational rational = exif_get_rational(value->data + 8 * part, order);
        if (rational.denominator == 0)
            return std::nullopt;
        degrees += double(rational.numerator) / double(rational.denominator) / scale;
        scale *= 60;
    }
    const QString reference = asciiOf(exif_content_get_entry(gps, referenceTag));
    if (reference == QLatin1String("S") || reference == QLatin1String("W"))
        degrees = -degrees;
    if (!std::isfinite(degrees) || std::abs(degrees) > limit)
        return std::nullopt;
    return degrees;
}

/// An entry of the given shape added to content, its data owned by the block.
unsigned char* addEntry(ExifContent* content, ExifTag tag, ExifFormat format, unsigned long components)
{
    ExifMem* memory = exif_mem_new_default();
    ExifEntry* entry = exif_entry_new_mem(memory);
    const unsigned int size = exif_format_get_size(format) * components;
    entry->data = static_cast<unsigned char*>(exif_mem_alloc(memory, size));
    entry->size = size;
    entry->tag = tag;
    entry->components = components;
    entry->format = format;
    exif_content_add_entry(content, entry);
    exif_entry_unref(entry);
    exif_mem_unref(memory);
    return entry->data; // the content holds the entry now
}

void addAscii(ExifContent* content, ExifTag tag, const QByteArray& text)
{
    unsigned char* bytes = addEntry(content, tag, EXIF_FORMAT_ASCII, text.size() + 1);
    std::memcpy(bytes, text.constData(), size_t(text.size()) + 1);
}

void addCoordinate(ExifData* data, ExifContent* gps, ExifTag valueTag, ExifTag referenceTag, double value,
                   const char* positive, const char* negative)
{
    addAscii(gps, referenceTag, value < 0 ? negative : positive);
    const double magnitude = std::abs(value);
    const auto degrees = ExifLong(magnitude);
    const auto minutes = ExifLong((magnitude - degrees) * 60);
    // Seconds in hundredths: about 30 cm, finer than any phone's fix.
    const auto hundredths = ExifLong(std::llround(((magnitude - degrees) * 60 - minutes) * 60 * 100));
    unsigned char* bytes = addEntry(gps, valueTag, EXIF_FORMAT_RATIONAL, 3);
    const ExifByteOrder order = exif_data_get_byte_order(data);
    exif_set_rational(bytes, order, {degrees, 1});
    exif_set_rational(bytes + 8, order, {minutes, 1});
    exif_set_rational(bytes + 16, order, {hundredths, 100});
}

} // namespace

QString PhotoMetadata::takenAtText() const
{
    return takenAt.isValid() ? takenAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) : QString();
}

namespace PhotoMetadataCodec {

PhotoMetadata read(const QByteArray& jpeg)
{
    PhotoMetadata metadata;
    if (jpeg.size() < 4 || jpeg.size() > std::numeric_limits<unsigned int>::max())
        return metadata;
    const ExifDataPtr data(exif_data_new_from_data(reinterpret_cast<const unsigned char*>(jpeg.constData()),
                                                   unsigned(jpeg.size())));
    if (!data)
        return metadata;
    const ExifByteOrder order = exif_data_get_byte_order(data.get());
    const QString taken =
        asciiOf(exif_content_get_entry(data->ifd[EXIF_IFD_EXIF], EXIF_TAG_DATE_TIME_ORIGINAL));
    metadata.takenAt = QDateTime::fromString(
        taken.isEmpty() ? asciiOf(exif_content_get_entry(data->ifd[EXIF_IFD_0], EXIF_TAG_DATE_TIME)) : taken,
        QLatin1String(ExifDateFormat));
    ExifContent* gps = data->ifd[EXIF_IFD_GPS];
    metadata.latitude = coordinateOf(gps, GpsLatitude, GpsLatitudeRef, order, 90);
    metadata.longitude = coordinateOf(gps, GpsLongitude, GpsLongitudeRef, order, 180);
    const QString make = asciiOf(exif_content_get_entry(data->ifd[EXIF_IFD_0], EXIF_TAG_MAKE));
    const QString model = asciiOf(exif_content_get_entry(data->ifd[EXIF_IFD_0], EXIF_TAG_MODEL));
    metadata.camera = QStringList{make, model}.join(QLatin1Char(' ')).trimmed().left(200);
    return metadata;
}

QByteArray write(const QByteArray& jpeg, const PhotoMetadata& metadata)
{
    if (!jpeg.startsWith("\xFF\xD8"))
        return {};
    const ExifDataPtr data(exif_data_new());
    if (!data)
        return {};
    exif_data_set_byte_order(data.get(), EXIF_BYTE_ORDER_INTEL);
    if (metadata.takenAt.isValid()) {
        const QByteArray taken = metadata.takenAt.toString(QLatin1String(ExifDateFormat)).toLatin1();
        addAscii(data->ifd[EXIF_IFD_0], EXIF_TAG_DATE_TIME, taken);
        addAscii(data->ifd[EXIF_IFD_EXIF], EXIF_TAG_DATE_TIME_ORIGINAL, taken);
    }
    if (!metadata.camera.isEmpty())
        addAscii(data->ifd[EXIF_IFD_0], EXIF_TAG_MAKE, metadata.camera.toLatin1());
    if (metadata.latitude && metadata.longitude) {
        addCoordinate(data.get(), data->ifd[EXIF_IFD_GPS], GpsLatitude, GpsLatitudeRef, *metadata.latitude,
                      "N", "S");
        addCoordinate(data.get(), data->ifd[EXIF_IFD_GPS], GpsLongitude, GpsLongitudeRef, *metadata.longitude,
                      "E", "W");
    }
    unsigned char* block = nullptr;
    unsigned int blockSize = 0;
    exif_data_save_data(data.get(), &block, &blockSize);
    if (!block)
        return {};
    const QByteArray exif(reinterpret_cast<const char*>(block), blockSize); // "Exif\0\0" + TIFF
    free(block);
    if (exif.size() + 2 > 0xFFFF)
        return {};
    QByteArray segment("\xFF\xE1", 2);
    const qsizetype length = exif.size() + 2;
    segment.append(char(length >> 8)).append(char(length & 0xFF)).append(exif);
    return QByteArray("\xFF\xD8", 2) + segment + jpeg.mid(2);
}

} // namespace PhotoMetadataCodec

} // namespace xs
