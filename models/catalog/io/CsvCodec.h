#pragma once

#include "models/catalog/io/TabularData.h"

#include <QByteArray>

#include <optional>

namespace xs {

/// CSV as bureaus exchange it: RFC 4180 quoting, comma separated. Written as UTF-8 with a BOM
/// (so Excel on Chinese Windows opens it right); read as UTF-8 (with or without BOM), UTF-16 with
/// a BOM, or GB18030 (what Excel on Chinese Windows saves), told apart automatically.
namespace CsvCodec {

/// Reads a whole file; limits bound what it may hold (see TabularLimits). Cells keep their
/// whitespace; the apostrophe write() puts before a would-be formula is taken off (FormulaGuard).
std::optional<TabularData> read(const QByteArray& bytes, TabularError* error, QString* encoding = nullptr,
                                const TabularLimits& limits = {});
/// Every cell goes through FormulaGuard, so no exported cell runs as a formula.
QByteArray write(const QStringList& header, const QList<QStringList>& rows);

/// One record as a CSV line (without the line end), guarded and quoted where needed.
QString line(const QStringList& cells);

} // namespace CsvCodec

} // namespace xs
