#pragma once

#include "models/common/Clock.h"

#include <QSqlDatabase>

class QWidget;

namespace xs {

/// File → Export of the catalog: asks for the file (its extension picks CSV, XLSX or JSON) and
/// which catalog, then writes it with progress; the file appears whole or not at all.
class CatalogExportAction
{
public:
    CatalogExportAction(QSqlDatabase database, const Clock& clock, QWidget* parent);
    void run();

private:
    QSqlDatabase m_database;
    const Clock& m_clock;
    QWidget* m_parent;
};

} // namespace xs
