#pragma once

class QWidget;

namespace xs {

class CatalogServices;

/// File → Export of the catalog: asks for the file (its extension picks CSV, XLSX or JSON) and
/// which catalog, then writes it with progress; the file appears whole or not at all.
class CatalogExportAction
{
public:
    CatalogExportAction(const CatalogServices& services, QWidget* parent);
    void run();

private:
    const CatalogServices& m_services;
    QWidget* m_parent;
};

} // namespace xs
