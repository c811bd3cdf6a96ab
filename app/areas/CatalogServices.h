#pragma once

#include "app/areas/CatalogRevisionServices.h"
#include "models/catalog/CatalogBulkEdit.h"
#include "models/catalog/CatalogRepository.h"
#include "models/catalog/Department.h"
#include "models/catalog/UpdateFrequencies.h"
#include "models/catalog/io/CatalogExporter.h"
#include "models/catalog/io/CatalogImporter.h"
#include "models/storage/DatabaseKey.h"

#include <QSqlDatabase>

#include <memory>

namespace xs {

class CatalogFacetModel;
class CatalogLoader;
class CatalogTableModel;
class CatalogTreeModel;
class DataItemSearchModel;
class Clock;

/// What the catalog area's page and dialogs get from the application: who is working, the clock,
/// the area's repository, models, lists, importer, exporter and bulk edit over this desktop's
/// database. The widgets never see the database (shared/ARCHITECTURE.md, Dependencies).
class CatalogServices
{
public:
    /// clock: "today" for overdue entries and when changes happen (it must outlive the services).
    /// databasePath and key: for the loader's connection of its own (newLoader).
    CatalogServices(QSqlDatabase database, QString databasePath, DatabaseKey key, QString user,
                    const Clock& clock);
    ~CatalogServices();
    CatalogServices(const CatalogServices&) = delete;
    CatalogServices& operator=(const CatalogServices&) = delete;

    const QString& user() const { return m_user; }
    const Clock& clock() const { return m_clock; }
    CatalogRepository& repository() { return m_repository; }
    /// Revisions of published entries (修订).
    CatalogRevisionServices& revisions() { return m_revisions; }

    std::unique_ptr<CatalogTableModel> newTableModel() const;
    std::unique_ptr<CatalogFacetModel> newFacetModel() const;
    std::unique_ptr<CatalogTreeModel> newTreeModel() const;
    std::unique_ptr<DataItemSearchModel> newDataItemSearchModel() const;
    /// Reads facet counts and 一数一源 conflicts off the UI thread, on a connection of its own.
    CatalogLoader* newLoader(QObject* parent) const;
    QList<Department> departments() const;
    /// The update frequencies the catalog knows, with those edited here.
    UpdateFrequencies updateFrequencies() const;

    /// With a hub, for anyone but an administrator: imports and bulk edits leave published entries
    /// to revisions (CatalogPermissions::revisesPublished).
    void setPublishedThroughRevisions(bool through) { m_publishedThroughRevisions = through; }
    CatalogImporter importer() const;
    CatalogExporter exporter() const;
    CatalogBulkEdit bulkEdit() const;

private:
    QSqlDatabase m_database;
    QString m_databasePath;
    DatabaseKey m_key;
    QString m_user;
    const Clock& m_clock;
    CatalogRepository m_repository;
    CatalogRevisionServices m_revisions;
    bool m_publishedThroughRevisions = false;
};

} // namespace xs
