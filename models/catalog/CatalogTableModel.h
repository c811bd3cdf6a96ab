#pragma once

#include "models/catalog/CatalogFilter.h"
#include "models/catalog/UpdateFrequencies.h"
#include "models/storage/DatabaseError.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>
#include <QVariant>

namespace xs {

/// The catalog table: resources matching a CatalogFilter, filtered and sorted in SQL and loaded a
/// page at a time with keyset paging (each page starts after the last row's sort key and id), so
/// page 2,000 costs what page 1 costs and the view never holds more rows than were scrolled to.
class CatalogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CodeColumn,
        DepartmentColumn,
        ShareColumn,
        OpenColumn,
        GradeColumn,
        FrequencyColumn,
        LastUpdatedColumn,
        StatusColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the resource's id
        RawValueRole,              // the stored value (the official term), not its label
        OverdueRole,               // bool: the row is overdue under its update frequency
    };
    static constexpr int PageSize = 200;

    explicit CatalogTableModel(QSqlDatabase database, QObject* parent = nullptr, int pageSize = PageSize);

    const CatalogFilter& filter() const { return m_filter; }
    /// Replaces the filter and loads the first page.
    void setFilter(const CatalogFilter& filter);
    /// Loads again, keeping as many rows as were loaded (after an edit or a sync).
    void reload();
    /// The last query's error, if it failed (the model is then empty).
    DatabaseError lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The row of a resource among those loaded, or -1.
    int rowOf(const QString& id) const;

private:
    struct Row
    {
        QVariant sortKey;
        QString id;
        QString values[ColumnCount]; // stored values; DepartmentColumn holds the department's name
        bool overdue = false;
    };

    QList<Row> loadPage(const Row* after);
    void loadLookups();

    QSqlDatabase m_database;
    CatalogFilter m_filter;
    QList<Row> m_rows;
    bool m_hasMore = false;
    bool m_notifying = false;
    QHash<QString, QString> m_departmentNames; // code → name
    UpdateFrequencies m_frequencies;
    int m_pageSize = PageSize;
    DatabaseError m_error;
};

} // namespace xs
