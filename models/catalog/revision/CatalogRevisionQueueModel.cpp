#include "models/catalog/revision/CatalogRevisionQueueModel.h"

#include "models/calendar/DeadlineText.h"
#include "models/catalog/revision/CatalogRevisionWorkflow.h"

#include <algorithm>

namespace xs {

CatalogRevisionQueueModel::CatalogRevisionQueueModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CatalogRevisionQueueModel::setRows(QList<Row> rows, const QDate& today)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    endResetModel();
}

int CatalogRevisionQueueModel::awaitingReview() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row& row) { return row.state == QLatin1String("submitted"); }));
}

int CatalogRevisionQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CatalogRevisionQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogRevisionQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const bool overdue = row.due.isValid() && row.due < m_today;
    switch (role) {
    case EntryIdRole:
        return row.entryId;
    case OverdueRole:
        return overdue;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case EntryColumn:
        return row.entryName;
    case DepartmentColumn:
        return row.department;
    case StateColumn:
        return CatalogRevisionWorkflow::stateLabel(row.state);
    case DueColumn:
        return overdue ? tr("%1 (overdue)").arg(StepDeadline::dateText(row.due, row.provisional))
                       : StepDeadline::dateText(row.due, row.provisional);
    case SubmittedByColumn:
        return row.submittedBy;
    default:
        return {};
    }
}

QVariant CatalogRevisionQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EntryColumn:
        return tr("Entry");
    case DepartmentColumn:
        return tr("Provider");
    case StateColumn:
        return tr("State");
    case DueColumn:
        return tr("Due");
    case SubmittedByColumn:
        return tr("Submitted by");
    default:
        return {};
    }
}

} // namespace xs
