#pragma once

#include <QSqlDatabase>

class QWidget;

namespace xs {

/// File → Export of the catalog: asks for the file (its extension picks CSV, XLSX or JSON) and
/// which catalog, then writes it with progress; the file appears whole or not at all.
class CatalogExportAction
{
public:
    CatalogExportAction(QSqlDatabase database, QWidget* parent);
    void run();

private:
    QSqlDatabase m_database;
    QWidget* m_parent;
};

} // namespace xs
