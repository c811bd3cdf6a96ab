#pragma once

#include "models/catalog/io/TabularData.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace xs {

/// XLSX: written with libxlsxwriter, read by opening the zip with libzip and streaming the first
/// sheet's XML, piece by piece as it unpacks, through QXmlStreamReader (shared strings, inline strings,
/// numbers and booleans). Only values are read; formulas give their cached value.
namespace XlsxCodec {

/// Reads the first sheet, streaming each part as it unpacks; limits bound what it may hold (see
/// TabularLimits). Memory follows the cells that hold values, not the column letters.
std::optional<TabularData> read(const QByteArray& bytes, TabularError* error,
                                const TabularLimits& limits = {});
/// Writes one sheet. Returns an empty string, or what went wrong (translated).
QString write(const QString& path, const QString& sheetName, const QStringList& header,
              const QList<QStringList>& rows);

/// One sheet of a workbook: its name (at most 31 characters, none of []:*?/\), a bold header row
/// frozen at the top, and its rows.
struct Sheet
{
    QString name;
    QStringList header;
    QList<QStringList> rows;
};
/// Writes the sheets in order, whole or not at all, like write().
QString write(const QString& path, const QList<Sheet>& sheets);

} // namespace XlsxCodec

} // namespace xs
