#include "app/areas/CatalogServices.h"

#include "app/CatalogLoader.h"
#include "models/catalog/CatalogFacetModel.h"
#include "models/catalog/CatalogTableModel.h"
#include "models/catalog/CatalogTreeModel.h"
#include "models/catalog/DataItemSearchModel.h"
#include "models/catalog/DepartmentRepository.h"

namespace xs {

CatalogServices::CatalogServices(QSqlDatabase database, QString databasePath, DatabaseKey key, QString user,
                                 const Clock& clock)
    : m_database(database)
    , m_databasePath(std::move(databasePath))
    , m_key(std::move(key))
    , m_user(user)
    , m_clock(clock)
    , m_repository(database, user, clock)
    , m_revisions(std::move(database), std::move(user), clock)
{}

CatalogServices::~CatalogServices() = default;

std::unique_ptr<CatalogTableModel> CatalogServices::newTableModel() const
{
    return std::make_unique<CatalogTableModel>(m_database);
}

std::unique_ptr<CatalogFacetModel> CatalogServices::newFacetModel() const
{
    return std::make_unique<CatalogFacetModel>(m_database);
}

std::unique_ptr<CatalogTreeModel> CatalogServices::newTreeModel() const
{
    return std::make_unique<CatalogTreeModel>(m_database);
}

std::unique_ptr<DataItemSearchModel> CatalogServices::newDataItemSearchModel() const
{
    return std::make_unique<DataItemSearchModel>(m_database);
}

CatalogLoader* CatalogServices::newLoader(QObject* parent) const
{
    return new CatalogLoader(m_databasePath, m_key, parent);
}

QList<Department> CatalogServices::departments() const
{
    return DepartmentRepository(m_database).all();
}

UpdateFrequencies CatalogServices::updateFrequencies() const
{
    return UpdateFrequencies::load(m_database);
}

CatalogImporter CatalogServices::importer() const
{
    CatalogImporter importer(m_database, m_user, m_clock);
    importer.setPublishedThroughRevisions(m_publishedThroughRevisions);
    return importer;
}

CatalogExporter CatalogServices::exporter() const
{
    return CatalogExporter(m_database, m_clock);
}

CatalogBulkEdit CatalogServices::bulkEdit() const
{
    CatalogBulkEdit edit(m_database, m_user, m_clock);
    edit.setPublishedThroughRevisions(m_publishedThroughRevisions);
    return edit;
}

} // namespace xs
