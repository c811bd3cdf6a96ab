#include "models/catalog/CatalogTableModel.h"

#include "models/catalog/CatalogQuery.h"
#include "models/catalog/CatalogVocabulary.h"
#include "models/catalog/DepartmentRepository.h"

#include <QDate>
#include <QScopedValueRollback>
#include <QSqlError>
#include <QSqlQuery>

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
}

void CatalogTableModel::setFilter(const CatalogFilter& filter)
{
    if (m_departmentNames.isEmpty())
        loadLookups();
    const QScopedValueRollback notifying(m_notifying, true);
    beginResetModel();
    m_filter = filter;
    m_rows = loadPage(nullptr);
    endResetModel();
}

void CatalogTableModel::reload()
{
    loadLookups(); // departments or frequencies may have changed with a sync
    const qsizetype wanted = std::max<qsizetype>(m_rows.size(), m_pageSize);
    const QScopedValueRollback notifying(m_notifying, true);
    beginResetModel();
    m_rows = loadPage(nullptr);
    while (m_hasMore && m_rows.size() < wanted)
        m_rows += loadPage(&m_rows.constLast());
    endResetModel();
}

QList<CatalogTableModel::Row> CatalogTableModel::loadPage(const Row* after)
{
    m_error = {};
    const bool driven = CatalogQuery::drivenBySearchIndex(m_filter);
    const QString key =
        driven ? QStringLiteral("catalog_search.rowid") : CatalogQuery::sortKey(m_filter.sort);
    // The rowid is unique on its own; other keys need the id to break ties.
    const bool uniqueKey = m_filter.sort == CatalogSort::Relevance;
    SqlCondition condition = CatalogQuery::where(m_filter, std::nullopt, driven);
    const QString comparison = m_filter.descending ? QStringLiteral("<") : QStringLiteral(">");
    if (after && uniqueKey) {
        condition.sql += QStringLiteral(" AND %1 %2 ?").arg(key, comparison);
        condition.bindings << after->sortKey;
    } else if (after) {
        condition.sql += QStringLiteral(" AND (%1, e.id) %2 (?, ?)").arg(key, comparison);
        condition.bindings << after->sortKey << after->id;
    }
    const QString direction = m_filter.descending ? QStringLiteral(" DESC") : QString();
    const QString order =
        uniqueKey ? QStringLiteral("1%1").arg(direction) : QStringLiteral("1%1, e.id%1").arg(direction);
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    // Department names and "overdue" come from small tables held in memory, not from a join and a
    // subquery per row: a page of a broad search then costs little more than the index lookup.
    query.prepare(QStringLiteral("SELECT %1, e.id, e.name, e.code, e.department_code, e.share_attribute, "
                                 "e.open_attribute, e.grade, e.update_frequency, e.last_updated_on, e.status "
                                 "FROM %2 WHERE %3 ORDER BY %4 LIMIT %5")
                      .arg(key, CatalogQuery::from(m_filter), condition.sql, order)
                      .arg(m_pageSize + 1)); // one more than a page tells whether there is more
    for (const QVariant& value : std::as_const(condition.bindings))
        query.addBindValue(value);
    QList<Row> rows;
    if (!query.exec()) {
        m_error = DatabaseError::fromSqlError(query.lastError());
        m_hasMore = false;
        return rows;
    }
    rows.reserve(m_pageSize);
    while (query.next()) {
        if (rows.size() == m_pageSize) {
            m_hasMore = true;
            return rows;
        }
        Row row;
        row.sortKey = query.value(0);
        row.id = query.value(1).toString();
        for (int column = 0; column < ColumnCount; ++column)
            row.values[column] = query.value(2 + column).toString();
        row.overdue = m_frequencies.isOverdue(row.values[FrequencyColumn],
                                              QDate::fromString(row.values[LastUpdatedColumn], Qt::ISODate),
                                              m_filter.today);
        row.values[DepartmentColumn] =
            m_departmentNames.value(row.values[DepartmentColumn], row.values[DepartmentColumn]);
        rows.append(std::move(row));
    }
    m_hasMore = false;
    return rows;
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
        if (index.column() == LastUpdatedColumn && row.overdue && role == Qt::ToolTipRole)
            return tr("%1 — overdue under its update frequency").arg(value);
        return value;
    case RawValueRole:
        return value;
    case IdRole:
        return row.id;
    case OverdueRole:
        return row.overdue;
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
