#include "models/fieldaudit/FindingListModel.h"

#include "models/fieldaudit/FieldAuditWorkflow.h"
#include "models/rectification/RectificationWorkflow.h"

namespace xs {

QList<FindingRow> FindingRow::join(const QList<RecordState>& findings, const QList<RecordState>& orders)
{
    QHash<QString, const RecordState*> orderOf;
    for (const RecordState& order : orders) {
        if (order.fields.value(QStringLiteral("subject_entity")).toString() ==
            FieldAuditWorkflow::FindingEntity)
            orderOf.insert(order.fields.value(QStringLiteral("subject_id")).toString(), &order);
    }
    QList<FindingRow> rows;
    for (const RecordState& finding : findings) {
        FindingRow row{finding, std::nullopt};
        if (const RecordState* order = orderOf.value(finding.id))
            row.order = *order;
        rows.append(row);
    }
    return rows;
}

FindingListModel::FindingListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void FindingListModel::setRows(const QList<FindingRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const FindingRow* FindingListModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int FindingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FindingRow& row = m_rows.at(index.row());
    if (role == IdRole)
        return row.finding.id;
    if (role == Qt::ToolTipRole && index.column() == DescriptionColumn)
        return row.field("description");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SeverityColumn:
        return row.field("severity");
    case ItemColumn:
        return row.field("item_code");
    case DescriptionColumn:
        return row.field("description");
    case RectificationColumn: {
        if (!row.order)
            return tr("No order");
        const QString state = RectificationWorkflow::stateLabel(
            row.order->fields.value(RectificationWorkflow::StateField).toString());
        const QString due = row.order->fields.value(QStringLiteral("due_on")).toString();
        return due.isEmpty() ? state : tr("%1, due %2").arg(state, due);
    }
    default:
        return {};
    }
}

QVariant FindingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case ItemColumn:
        return tr("Item");
    case DescriptionColumn:
        return tr("Finding");
    case RectificationColumn:
        return tr("Rectification");
    default:
        return {};
    }
}

} // namespace xs
