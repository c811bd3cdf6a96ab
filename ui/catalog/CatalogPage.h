#pragma once

#include "models/catalog/CatalogFilter.h"
#include "models/catalog/CatalogPermissions.h"
#include "models/catalog/CatalogTableModel.h"
#include "models/common/Clock.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QTreeView;

namespace xs {

class CatalogEntryEditor;
class CatalogFacetModel;
class CatalogLoader;
class DatabaseError;
struct CatalogFacetCounts;
struct OneSourceConflict;
class CatalogServices;
class CatalogTreeModel;
class OneSourceConflictModel;
class OneSourcePanel;
class DataItemSearchModel;
class DataItemSearchPanel;
class CatalogRevisionQueueModel;
class CatalogRevisionQueuePanel;

/// The catalog area: search box and facets on the left, the table of resources in the middle,
/// the selected entry's editor on the right, and the 一数一源 issues below. Filtering, sorting and
/// counting run in SQL; the table loads a page at a time as it scrolls.
class CatalogPage : public QWidget
{
    Q_OBJECT

public:
    /// services: the area's repository, models and lists, the user and the clock ("today" for
    /// overdue entries and when changes happen).
    CatalogPage(std::unique_ptr<CatalogServices> services, CatalogPermissions permissions,
                QWidget* parent = nullptr);
    ~CatalogPage() override;

    /// Reads everything again (after a sync brought changes).
    void reload();
    CatalogTableModel& tableModel() const { return *m_table; }
    CatalogFacetModel& facetModel() const { return *m_facets; }
    /// A page of the table, the facet counts or the 一数一源 conflicts are being read (off the UI
    /// thread).
    bool isReading() const;

    /// The user's role changed (a login, a logout): actions follow.
    void setPermissions(const CatalogPermissions& permissions);

    void newEntry();
    void importFile();
    void exportFile();
    void bulkEdit();

private:
    void applyFilter();
    void showFirstPage(const CatalogTableModel::FirstPage& page);
    void showNextPage(const CatalogTableModel::NextPage& page);
    /// In place of the count: what stopped a read of the catalog.
    void showReadError(const DatabaseError& error);
    void refreshCounts();
    void showCounts(const CatalogFacetCounts& counts);
    void refreshOneSource();
    void showOneSource(const QList<OneSourceConflict>& conflicts, const DatabaseError& error);
    void refreshRevisions();
    /// Filters the table to one entry and opens it (a 一数一源 row, a revision).
    void showOnly(const QStringList& ids, const QString& why);
    void selectEntry(const QModelIndex& index);
    void entryChanged(const QString& id);
    QStringList selectedIds() const;
    QHash<QString, QString> departmentNames() const;

    std::unique_ptr<CatalogServices> m_services;
    CatalogPermissions m_permissions;
    const Clock& m_clock;
    std::unique_ptr<CatalogTableModel> m_table;
    std::unique_ptr<CatalogFacetModel> m_facets;
    std::unique_ptr<CatalogTreeModel> m_treeModel;
    std::unique_ptr<DataItemSearchModel> m_itemSearch;
    std::unique_ptr<OneSourceConflictModel> m_oneSource;
    std::unique_ptr<CatalogRevisionQueueModel> m_revisionQueue;
    CatalogLoader* m_loader = nullptr;
    QTimer* m_countingHint = nullptr; // says "counting" only when counting takes a while
    CatalogFilter m_filter;
    bool m_selectFirstRow = false; // when the first page comes (showOnly())

    QLineEdit* m_search = nullptr;
    QTimer* m_searchDelay = nullptr;
    QTreeView* m_facetView = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_oneSourceButton = nullptr;
    QPushButton* m_revisionsButton = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_bulkButton = nullptr;
    OneSourcePanel* m_oneSourcePanel = nullptr;
    DataItemSearchPanel* m_itemSearchPanel = nullptr;
    CatalogEntryEditor* m_editor = nullptr;
};

} // namespace xs
