#include "models/catalog/CatalogTableModel.h"

#include "models/catalog/CatalogQuery.h"
#include "models/catalog/CatalogSearchBacklog.h"
#include "models/catalog/CatalogSearchPlan.h"
#include "models/catalog/CatalogVocabulary.h"
#include "models/catalog/DepartmentRepository.h"
#include "models/storage/SqlStatement.h"

#include <QDate>

namespace xs {

CatalogTableModel::CatalogTableModel(QSqlDatabase database, QObject* parent, int pageSize)
    : KeysetPagedModel(pageSize, parent)
    , m_database(std::move(database))
{}

void CatalogTableModel::loadLookups()
{
    m_departmentNames.clear();
    for (const Department& department : DepartmentRepository(m_database).all())
        m_departmentNames.insert(department.code, department.name);
    m_frequencies = UpdateFrequencies::load(m_database);
    // Asked here, with what a sync changes, not on every filter change (typing): the window
    // reloads the page after a sync and when the search index has caught up.
    m_indexedThrough = CatalogSearchBacklog(m_database).indexedThrough();
}

void CatalogTableModel::setFilter(const CatalogFilter& filter)
{
    if (m_departmentNames.isEmpty())
        loadLookups();
    if (m_firstPageReader) {
        m_requested = filter;
        return m_firstPageReader(requestFor(filter));
    }
    loadFirstPage([&] {
        m_filter = filter;
        m_query = queryFor(m_database, requestFor(filter));
    });
}

void CatalogTableModel::setFirstPageReader(std::function<void(const FirstPageRequest&)> reader)
{
    m_firstPageReader = std::move(reader);
}

void CatalogTableModel::showFirstPage(const FirstPage& page)
{
    if (!m_requested || page.filter != *m_requested)
        return;
    KeysetPagedModel::showFirstPage(page.rows, page.error, [&] {
        m_filter = *std::exchange(m_requested, std::nullopt);
        m_query = page.query;
    });
}

void CatalogTableModel::setNextPageReader(std::function<void(const NextPageRequest&)> reader)
{
    m_nextPageReader = std::move(reader);
}

bool CatalogTableModel::readNextPageElsewhere(const Row& after, int limit, quint64 listNumber)
{
    if (!m_nextPageReader)
        return false;
    m_nextPageReader({m_query, positionAfter(after), limit, listNumber});
    return true;
}

bool CatalogTableModel::showNextPage(const NextPage& page)
{
    return appendPageReadElsewhere(page.listNumber, page.rows, page.error);
}

void CatalogTableModel::reload()
{
    loadLookups(); // departments or frequencies may have changed with a sync
    reloadKeepingRows([&] { m_query = queryFor(m_database, requestFor(m_filter)); });
}

CatalogTableModel::FirstPageRequest CatalogTableModel::requestFor(const CatalogFilter& filter) const
{
    return {filter, m_indexedThrough, pageSize()};
}

CatalogFilter CatalogTableModel::queryFor(const QSqlDatabase& connection, const FirstPageRequest& request)
{
    CatalogFilter query = request.filter;
    query.indexedThrough = request.indexedThrough;
    return CatalogSearchPlan(connection).choose(std::move(query));
}

CatalogTableModel::FirstPage CatalogTableModel::readFirstPage(const QSqlDatabase& connection,
                                                              const FirstPageRequest& request)
{
    FirstPage page;
    page.filter = request.filter;
    page.query = queryFor(connection, request);
    SharedValues shared;
    page.rows = readPage(connection, page.query, request.pageSize + 1, std::nullopt, shared, &page.error);
    return page;
}

CatalogTableModel::NextPage CatalogTableModel::readNextPage(const QSqlDatabase& connection,
                                                            const NextPageRequest& request)
{
    NextPage page;
    page.listNumber = request.listNumber;
    SharedValues shared;
    page.rows = readPage(connection, request.query, request.limit, request.after, shared, &page.error);
    return page;
}

QList<CatalogTableModel::Row> CatalogTableModel::readRows(const Row* after, int limit,
                                                          DatabaseError* error) const
{
    return readPage(m_database, m_query, limit, after ? positionAfter(*after) : Position(), m_sharedValues,
                    error);
}

CatalogTableModel::Position CatalogTableModel::positionAfter(const Row& row) const
{
    return qMakePair(sortKeyOf(row), row.rowid);
}

QList<CatalogTableModel::Row> CatalogTableModel::readPage(const QSqlDatabase& connection,
                                                          const CatalogFilter& query, int limit,
                                                          const Position& after, SharedValues& shared,
                                                          DatabaseError* error)
{
    const SqlCondition page = CatalogQuery::page(query, limit, after);
    SqlStatement statement(connection, page.sql);
    for (int index = 0; index < page.bindings.size(); ++index)
        statement.bind(index + 1, page.bindings.at(index));
    QList<Row> rows;
    rows.reserve(limit);
    while (statement.next()) {
        Row row;
        row.id = statement.text(1);
        row.rowid = statement.integer(2 + ColumnCount);
        for (int column = 0; column < ColumnCount; ++column) {
            const QByteArrayView value = statement.utf8(2 + column);
            row.values[column] =
                column == NameColumn || column == CodeColumn ? QString::fromUtf8(value) : shared.get(value);
        }
        rows.append(std::move(row));
    }
    *error = statement.error();
    return rows;
}

QString CatalogTableModel::SharedValues::get(QByteArrayView utf8)
{
    const auto found = m_strings.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
    if (found != m_strings.cend())
        return *found;
    const QString value = utf8.isNull() ? QString() : QString::fromUtf8(utf8);
    m_strings.insert(utf8.toByteArray(), value);
    return value;
}

QVariant CatalogTableModel::sortKeyOf(const Row& row) const
{
    // The same value as the sort key expression of CatalogQuery (NULL read as ""), bound as text;
    // the name's pinyin key is computed by the same ICU collation as the database's.
    auto text = [](const QString& value) {
        return QVariant(value.isNull() ? QStringLiteral("") : value);
    };
    switch (m_filter.sort) {
    case CatalogSort::Relevance:
        return row.rowid;
    case CatalogSort::Name:
        return m_collation.sortKey(row.values[NameColumn]);
    case CatalogSort::Code:
        return text(row.values[CodeColumn]);
    case CatalogSort::Department:
        return text(row.values[DepartmentColumn]);
    case CatalogSort::Grade:
        return text(row.values[GradeColumn]);
    case CatalogSort::LastUpdated:
        return text(row.values[LastUpdatedColumn]);
    case CatalogSort::Status:
        return text(row.values[StatusColumn]);
    }
    return {};
}

bool CatalogTableModel::isOverdue(const Row& row) const
{
    // Asked for the rows on screen only, not for every row of every page loaded.
    return m_frequencies.isOverdue(row.values[FrequencyColumn],
                                   QDate::fromString(row.values[LastUpdatedColumn], Qt::ISODate),
                                   m_filter.today);
}

int CatalogTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = rowAt(index.row());
    const QString& value = row.values[index.column()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == ShareColumn || index.column() == OpenColumn || index.column() == GradeColumn ||
            index.column() == FrequencyColumn || index.column() == StatusColumn)
            return CatalogVocabulary::label(value);
        if (index.column() == DepartmentColumn)
            return m_departmentNames.value(value, value);
        if (index.column() == LastUpdatedColumn && role == Qt::ToolTipRole && isOverdue(row))
            return tr("%1 — overdue under its update frequency").arg(value);
        return value;
    case RawValueRole:
        return value;
    case IdRole:
        return row.id;
    case OverdueRole:
        return isOverdue(row);
    default:
        return {};
    }
}

QVariant CatalogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Catalog name");
    case CodeColumn:
        return tr("Resource code");
    case DepartmentColumn:
        return tr("Provider");
    case ShareColumn:
        return tr("Sharing");
    case OpenColumn:
        return tr("Opening");
    case GradeColumn:
        return tr("Grade");
    case FrequencyColumn:
        return tr("Update frequency");
    case LastUpdatedColumn:
        return tr("Last updated");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void CatalogTableModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, CatalogSort> sortable{{NameColumn, CatalogSort::Name},
                                                  {CodeColumn, CatalogSort::Code},
                                                  {DepartmentColumn, CatalogSort::Department},
                                                  {GradeColumn, CatalogSort::Grade},
                                                  {LastUpdatedColumn, CatalogSort::LastUpdated},
                                                  {StatusColumn, CatalogSort::Status}};
    CatalogFilter next = filter();
    next.sort = sortable.value(column, CatalogSort::Relevance);
    next.descending = order == Qt::DescendingOrder;
    if (next == filter())
        return;
    // A new order is a different first page, not the same rows moved: a reset says so honestly.
    setFilter(next);
}

} // namespace xs
