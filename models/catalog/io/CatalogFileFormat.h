#pragma once

#include <QString>

#include <optional>

namespace xs {

enum class CatalogFileFormat
{
    Csv,
    Xlsx,
    Json,
};

/// The format named by --format, else by the file's extension; nothing if neither says.
std::optional<CatalogFileFormat> catalogFileFormat(const QString& path, const QString& explicitFormat = {});

} // namespace xs
