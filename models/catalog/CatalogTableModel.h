#pragma once

#include "models/catalog/CatalogFilter.h"
#include "models/catalog/UpdateFrequencies.h"
#include "models/common/KeysetPagedModel.h"
#include "models/storage/PinyinCollation.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QVariant>

#include <functional>
#include <optional>

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

    /// What a first page is read for: the filter, with what the model knows the query needs.
    struct FirstPageRequest
    {
        CatalogFilter filter;
        std::optional<qint64> indexedThrough; // CatalogSearchBacklog, as the model last read it
        int pageSize = PageSize;
    };
    /// A first page read by readFirstPage(), for showFirstPage().
    struct FirstPage
    {
        CatalogFilter filter;
        CatalogFilter query;         // the filter as the pages query it (query())
        QList<CatalogTableRow> rows; // up to pageSize + 1: the last says there is more
        DatabaseError error;
    };
    /// Reads a first page on connection: on any thread, with that thread's connection.
    static FirstPage readFirstPage(const QSqlDatabase& connection, const FirstPageRequest& request);

    using Position = std::optional<QPair<QVariant, qint64>>; // sort key and rowid to read after
    /// What a page after the first is read for: the query of the rows shown, after their last row.
    struct NextPageRequest
    {
        CatalogFilter query;
        Position after;
        int limit = 0;          // rows, one more than a page: the last says there is more
        quint64 listNumber = 0; // the rows it belongs after (see KeysetPagedModel)
    };
    /// A page read by readNextPage(), for showNextPage().
    struct NextPage
    {
        quint64 listNumber = 0;
        QList<CatalogTableRow> rows;
        DatabaseError error;
    };
    /// Reads a page after the first on connection: on any thread, with that thread's connection.
    static NextPage readNextPage(const QSqlDatabase& connection, const NextPageRequest& request);

    explicit CatalogTableModel(QSqlDatabase database, QObject* parent = nullptr, int pageSize = PageSize);

    /// The filter asked for last; its first page may still be read (isReadingFirstPage()).
    const CatalogFilter& filter() const { return m_requested ? *m_requested : m_filter; }
    /// The filter of the rows shown, as the pages query it: with the search index's backlog and
    /// the plan chosen for the search's terms (CatalogSearchPlan).
    const CatalogFilter& query() const { return m_query; }
    /// Replaces the filter and loads the first page: here, or through the first page reader.
    void setFilter(const CatalogFilter& filter);
    /// Where the first page of a new filter or order is read. Without one, setFilter() reads it on
    /// the calling thread. With one, setFilter() hands it the request and the rows of the old
    /// filter stay until showFirstPage() brings the new ones: at a million entries a first page
    /// can take seconds (a rare facet value walking the name order), too long for the UI thread.
    void setFirstPageReader(std::function<void(const FirstPageRequest&)> reader);
    /// Shows a first page read for the filter asked for last (one read for an earlier filter is
    /// dropped), as one reset.
    void showFirstPage(const FirstPage& page);
    /// A first page was handed to the reader and is not shown yet.
    bool isReadingFirstPage() const { return m_requested.has_value(); }
    /// Where the pages after the first are read as the view scrolls (fetchMore()). Without one,
    /// fetchMore() reads them on the calling thread. With one, the rows come through
    /// showNextPage(), and until then canFetchMore() is false (isReadingNextPage()).
    void setNextPageReader(std::function<void(const NextPageRequest&)> reader);
    /// Appends a page read for the rows shown (returns true); one read for rows no longer shown
    /// is dropped.
    bool showNextPage(const NextPage& page);
    /// Loads again, keeping as many rows as were loaded (after an edit or a sync).
    void reload();
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    using Row = CatalogTableRow;
    /// One string per distinct value (department, attributes, grade, status, dates): rows refer
    /// to it instead of holding copies. Looked up by the raw bytes, so a repeated value costs
    /// neither a conversion nor an allocation.
    class SharedValues
    {
    public:
        QString get(QByteArrayView utf8);

    private:
        QHash<QByteArray, QString> m_strings; // UTF-8 → the one shared string
    };
    static QList<Row> readPage(const QSqlDatabase& connection, const CatalogFilter& query, int limit,
                               const Position& after, SharedValues& shared, DatabaseError* error);
    QList<Row> readRows(const Row* after, int limit, DatabaseError* error) const override;
    bool readNextPageElsewhere(const Row& after, int limit, quint64 listNumber) override;
    Position positionAfter(const Row& row) const;
    void loadLookups();
    FirstPageRequest requestFor(const CatalogFilter& filter) const;
    /// The filter as the pages query it: with the search index's backlog and the plan chosen.
    static CatalogFilter queryFor(const QSqlDatabase& connection, const FirstPageRequest& request);
    QVariant sortKeyOf(const Row& row) const;
    bool isOverdue(const Row& row) const;

    QSqlDatabase m_database;
    CatalogFilter m_filter;                   // the filter of the rows shown
    CatalogFilter m_query;                    // m_filter as the pages query it (query())
    std::optional<CatalogFilter> m_requested; // asked of the first page reader, not shown yet
    std::function<void(const FirstPageRequest&)> m_firstPageReader;
    std::function<void(const NextPageRequest&)> m_nextPageReader;
    std::optional<qint64> m_indexedThrough;
    QHash<QString, QString> m_departmentNames; // code → name
    mutable SharedValues m_sharedValues;
    PinyinCollation m_collation; // the name's keyset position
    UpdateFrequencies m_frequencies;
};

} // namespace xs
