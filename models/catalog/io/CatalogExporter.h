#pragma once

#include "models/catalog/CatalogVocabulary.h"
#include "models/catalog/io/CatalogFileFormat.h"
#include "models/common/Clock.h"
#include "models/storage/DatabaseError.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

namespace xs {

/// Exports catalog entries with all their fields and data items (CatalogColumns), so that an
/// import of the file gives the same catalog back. The file appears whole or not at all.
class CatalogExporter
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// clock: only so the repository it reads through has one (an export changes nothing).
    CatalogExporter(QSqlDatabase database, const Clock& clock);

    /// Entries of one catalog, or all; ordered by resource code.
    DatabaseError exportTo(const QString& path, CatalogFileFormat format,
                           std::optional<CatalogVocabulary::Catalog> catalog, const Progress& progress = {},
                           qint64* exported = nullptr);

    /// The rows as cell text, heading row first (what CSV and XLSX are made of).
    DatabaseError rows(std::optional<CatalogVocabulary::Catalog> catalog, QList<QStringList>* rows,
                       const Progress& progress = {});

private:
    QSqlDatabase m_database;
    const Clock& m_clock;
};

} // namespace xs
