#pragma once

#include "models/catalog/CatalogFilter.h"
#include "models/catalog/UpdateFrequencies.h"
#include "models/common/KeysetPagedModel.h"
#include "models/storage/PinyinCollation.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QVariant>

namespace xs {

// A page holds up to every resource (200,000 at the bench scale), so a row is kept small: the
// values that repeat (department, attributes, grade, frequency, status, dates) share one string per
// distinct value, and the sort key is not stored but read from the values.
struct CatalogTableRow
{
    static constexpr int ColumnCount = 9; // CatalogTableModel::ColumnCount (checked there)
    qint64 rowid = 0;                     // the key of the search order, and what breaks ties in the others
    QString id;
    QString values[ColumnCount]; // stored values; the department column holds the department code
};

/// The catalog table: resources matching a CatalogFilter, filtered and sorted in SQL and loaded a
/// page at a time with keyset paging (each page starts after the last row's sort key and rowid), so
/// page 2,000 costs what page 1 costs and the view never holds more rows than were scrolled to.
class CatalogTableModel : public KeysetPagedModel<CatalogTableRow>
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
    static_assert(ColumnCount == CatalogTableRow::ColumnCount);
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the resource's id
        RawValueRole,              // the stored value (the official term), not its label
        OverdueRole,               // bool: the row is overdue under its update frequency
    };
    static constexpr int PageSize = 200;

    explicit CatalogTableModel(QSqlDatabase database, QObject* parent = nullptr, int pageSize = PageSize);

    const CatalogFilter& filter() const { return m_filter; }
    /// The filter as the pages query it: with the search index's backlog and the plan chosen for
    /// the search's terms (CatalogSearchPlan).
    const CatalogFilter& query() const { return m_query; }
    /// Replaces the filter and loads the first page.
    void setFilter(const CatalogFilter& filter);
    /// Loads again, keeping as many rows as were loaded (after an edit or a sync).
    void reload();
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    using Row = CatalogTableRow;

    QList<Row> readRows(const Row* after, int limit, DatabaseError* error) const override;
    void loadLookups();
    CatalogFilter queryFor(CatalogFilter filter) const;
    QVariant sortKeyOf(const Row& row) const;
    QString shared(QByteArrayView utf8) const;
    bool isOverdue(const Row& row) const;

    QSqlDatabase m_database;
    CatalogFilter m_filter;
    CatalogFilter m_query; // m_filter as the pages query it (query())
    std::optional<qint64> m_indexedThrough;
    QHash<QString, QString> m_departmentNames;         // code → name
    mutable QHash<QByteArray, QString> m_sharedValues; // UTF-8 → the one shared string
    PinyinCollation m_collation;                       // the name's keyset position
    UpdateFrequencies m_frequencies;
};

} // namespace xs
