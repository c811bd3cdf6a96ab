#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace xs {

/// What an attachment (evidence photo, scanned PDF) may be, and how it travels: the one copy of
/// these figures for the desktop, which refuses early with a clear message, and the hub, which
/// enforces them. A chunk is the unit of storage on both sides and of upload and download, so a
/// cut connection costs at most one chunk.
struct AttachmentLimits
{
    static constexpr qint64 ChunkBytes = 1024 * 1024;
    /// A phone photo is 3–8 MiB, a scanned report of a few dozen pages 10–20 MiB.
    static constexpr qint64 MaxFileBytes = 25 * ChunkBytes;
    /// What one audit task may carry in all: a day of photos at a site, kept off a laptop's disk.
    static constexpr qint64 MaxTaskBytes = 1024 * ChunkBytes;
    /// The longer edge of a photo downscaled on request.
    static constexpr int DownscaleEdge = 2048;

    static int chunkCount(qint64 size) { return int((size + ChunkBytes - 1) / ChunkBytes); }
    /// The length of chunk index of a file of size bytes (the last one is shorter).
    static qint64 chunkLength(qint64 size, int index)
    {
        return qMin(ChunkBytes, size - qint64(index) * ChunkBytes);
    }
    static bool isSha256Hex(const QString& text)
    {
        if (text.size() != 64)
            return false;
        for (const QChar c : text) {
            if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                  (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
                return false;
        }
        return true;
    }
    static QStringList mediaTypes()
    {
        return {QStringLiteral("image/jpeg"), QStringLiteral("image/png"), QStringLiteral("application/pdf")};
    }
};

} // namespace xs
