#pragma once

#include "models/catalog/io/TabularData.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace xs {

/// XLSX: written with libxlsxwriter, read by opening the zip with libzip and streaming the first
/// sheet's XML with QXmlStreamReader (shared strings, inline strings, numbers and booleans). Only
/// values are read; formulas give their cached value.
namespace XlsxCodec {

/// Limits that keep a zip bomb or a hostile sheet from exhausting memory.
constexpr qint64 MaxPartBytes = 256 * 1024 * 1024;
constexpr int MaxColumns = 1024;
constexpr int MaxRows = 2'000'000;

std::optional<TabularData> read(const QByteArray& bytes, TabularError* error);
/// Writes one sheet. Returns an empty string, or what went wrong (translated).
QString write(const QString& path, const QString& sheetName, const QStringList& header,
              const QList<QStringList>& rows);

} // namespace XlsxCodec

} // namespace xs
