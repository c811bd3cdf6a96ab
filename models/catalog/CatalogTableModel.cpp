#include "models/catalog/CatalogTableModel.h"

#include "models/catalog/CatalogQuery.h"
#include "models/catalog/CatalogSearchBacklog.h"
#include "models/catalog/CatalogVocabulary.h"
#include "models/catalog/DepartmentRepository.h"
#include "models/storage/SqlStatement.h"

#include <QDate>
#include <QScopedValueRollback>

namespace xs {

CatalogTableModel::CatalogTableModel(QSqlDatabase database, QObject* parent, int pageSize)
    : QAbstractTableModel(parent)
    , m_database(std::move(database))
    , m_pageSize(std::max(1, pageSize))
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
    const QScopedValueRollback notifying(m_notifying, true);
    beginResetModel();
    m_filter = filter;
    m_query = filter;
    m_query.indexedThrough = m_indexedThrough;
    m_rows = loadPage(nullptr);
    endResetModel();
}

void CatalogTableModel::reload()
{
    loadLookups(); // departments or frequencies may have changed with a sync
    const qsizetype wanted = std::max<qsizetype>(m_rows.size(), m_pageSize);
    const QScopedValueRollback notifying(m_notifying, true);
    beginResetModel();
    m_query = m_filter;
    m_query.indexedThrough = m_indexedThrough;
    m_rows = loadPage(nullptr);
    while (m_hasMore && m_rows.size() < wanted)
        m_rows += loadPage(&m_rows.constLast());
    endResetModel();
}

QList<CatalogTableModel::Row> CatalogTableModel::loadPage(const Row* after)
{
    m_error = {};
    std::optional<QPair<QVariant, qint64>> position;
    if (after)
        position = qMakePair(sortKeyOf(*after), after->rowid);
    const SqlCondition page = CatalogQuery::page(m_query, m_pageSize + 1, position); // +1: is there more?
    SqlStatement statement(m_database, page.sql);
    for (int index = 0; index < page.bindings.size(); ++index)
        statement.bind(index + 1, page.bindings.at(index));
    QList<Row> rows;
    rows.reserve(m_pageSize);
    while (statement.next()) {
        if (rows.size() == m_pageSize) {
            m_hasMore = true;
            return rows;
        }
        Row row;
        row.id = statement.text(1);
        row.rowid = statement.integer(2 + ColumnCount);
        for (int column = 0; column < ColumnCount; ++column) {
            const QByteArrayView value = statement.utf8(2 + column);
            row.values[column] =
                column == NameColumn || column == CodeColumn ? QString::fromUtf8(value) : shared(value);
        }
        rows.append(std::move(row));
    }
    if (statement.error().isError()) {
        m_error = statement.error();
        rows.clear();
    }
    m_hasMore = false;
    return rows;
}

QString CatalogTableModel::shared(QByteArrayView utf8)
{
    // Looked up by the raw bytes, so a repeated value costs neither a conversion nor an allocation.
    const auto found = m_sharedValues.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
    if (found != m_sharedValues.cend())
        return *found;
    const QString value = utf8.isNull() ? QString() : QString::fromUtf8(utf8);
    m_sharedValues.insert(utf8.toByteArray(), value);
    return value;
}

QVariant CatalogTableModel::sortKeyOf(const Row& row) const
{
    // The same value as the sort key expression of CatalogQuery (NULL read as ""), bound as text.
    auto text = [](const QString& value) {
        return QVariant(value.isNull() ? QStringLiteral("") : value);
    };
    switch (m_filter.sort) {
    case CatalogSort::Relevance:
        return row.rowid;
    case CatalogSort::Name:
        return text(row.values[NameColumn]);
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

int CatalogTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CatalogTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
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

bool CatalogTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_notifying;
}

void CatalogTableModel::fetchMore(const QModelIndex& parent)
{
    // Not from inside our own reset or insert notifications: rows inserted before the last change
    // has been announced as finished would confuse every view (QAbstractItemModelTester checks this).
    if (parent.isValid() || !m_hasMore || m_rows.isEmpty() || m_notifying)
        return;
    const QList<Row> page = loadPage(&m_rows.constLast());
    if (page.isEmpty())
        return;
    const QScopedValueRollback notifying(m_notifying, true);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

void CatalogTableModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, CatalogSort> sortable{{NameColumn, CatalogSort::Name},
                                                  {CodeColumn, CatalogSort::Code},
                                                  {DepartmentColumn, CatalogSort::Department},
                                                  {GradeColumn, CatalogSort::Grade},
                                                  {LastUpdatedColumn, CatalogSort::LastUpdated},
                                                  {StatusColumn, CatalogSort::Status}};
    CatalogFilter next = m_filter;
    next.sort = sortable.value(column, CatalogSort::Relevance);
    next.descending = order == Qt::DescendingOrder;
    if (next == m_filter)
        return;
    // A new order is a different first page, not the same rows moved: a reset says so honestly.
    setFilter(next);
}

int CatalogTableModel::rowOf(const QString& id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return int(row);
    }
    return -1;
}

} // namespace xs
