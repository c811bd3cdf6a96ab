#pragma once

#include "models/catalog/io/TabularData.h"

#include <QByteArray>

#include <optional>

namespace xs {

/// CSV as bureaus exchange it: RFC 4180 quoting, comma separated. Written as UTF-8 with a BOM
/// (so Excel on Chinese Windows opens it right); read as UTF-8 (with or without BOM), UTF-16 with
/// a BOM, or GB18030 (what Excel on Chinese Windows saves), told apart automatically.
namespace CsvCodec {

/// The limits that keep a hostile file from exhausting memory.
constexpr qsizetype MaxBytes = 512 * 1024 * 1024;
constexpr qsizetype MaxCells = 50'000'000;

std::optional<TabularData> read(const QByteArray& bytes, TabularError* error, QString* encoding = nullptr);
QByteArray write(const QStringList& header, const QList<QStringList>& rows);

/// One record as a CSV line (without the line end), quoting where needed.
QString line(const QStringList& cells);

} // namespace CsvCodec

} // namespace xs
