#include "models/rectification/RectificationQueueModel.h"

#include "models/rectification/RectificationWorkflow.h"

#include <algorithm>
#include <tuple>

namespace xs {

namespace {

QString text(const RecordState& order, const char* name)
{
    return order.fields.value(QLatin1String(name)).toString();
}

} // namespace

RectificationQueueModel::RectificationQueueModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RectificationQueueModel::setOrders(const QList<RecordState>& orders, const QDate& today,
                                        const QHash<QString, QString>& targetNames)
{
    beginResetModel();
    m_targetNames = targetNames;
    m_all.clear();
    for (const RecordState& order : orders) {
        if (!order.deleted)
            m_all.append({order, RectificationWorkflow::isOverdue(order.fields, today)});
    }
    // Soonest deadline first; an order without one (not yet through the hub) last.
    std::sort(m_all.begin(), m_all.end(), [](const Row& a, const Row& b) {
        const QString dueA = text(a.order, "due_on");
        const QString dueB = text(b.order, "due_on");
        return std::tuple(dueA.isEmpty(), dueA, a.order.id) < std::tuple(dueB.isEmpty(), dueB, b.order.id);
    });
    applyFilter();
    endResetModel();
}

void RectificationQueueModel::setFilter(const Filter& filter)
{
    beginResetModel();
    m_filter = filter;
    applyFilter();
    endResetModel();
}

void RectificationQueueModel::applyFilter()
{
    m_shown.clear();
    for (const Row& row : m_all) {
        if (m_filter.openOnly && text(row.order, "state") == QLatin1String("closed"))
            continue;
        if (m_filter.overdueOnly && !row.overdue)
            continue;
        m_shown.append(&row);
    }
}

const RecordState* RectificationQueueModel::order(const QString& id) const
{
    for (const Row& row : m_all) {
        if (row.order.id == id)
            return &row.order;
    }
    return nullptr;
}

int RectificationQueueModel::overdueCount() const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(), [](const Row& row) { return row.overdue; }));
}

int RectificationQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int RectificationQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RectificationQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = *m_shown.at(index.row());
    const RecordState& order = row.order;
    if (role == IdRole)
        return order.id;
    if (role == Qt::ToolTipRole && index.column() == DueColumn &&
        order.fields.value(QStringLiteral("due_provisional")).toBool())
        return tr("Counted Monday to Friday: the holiday schedule of that year was not published when the "
                  "order was issued.");
    if (role == Qt::ToolTipRole && index.column() == RequirementColumn)
        return text(order, "requirement");
    if (role == Qt::ToolTipRole && index.column() == TargetColumn)
        return text(order, "target_code");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DueColumn: {
        const QString due = text(order, "due_on");
        if (due.isEmpty())
            return tr("after sync");
        return order.fields.value(QStringLiteral("due_provisional")).toBool()
                   ? tr("%1 (provisional)").arg(due)
                   : due;
    }
    case OverdueColumn:
        return row.overdue ? tr("Overdue") : QString();
    case StateColumn:
        return RectificationWorkflow::stateLabel(text(order, "state"));
    case TargetColumn: {
        const QString code = text(order, "target_code");
        return QStringLiteral("%1 %2").arg(RectificationWorkflow::targetKindLabel(text(order, "target_kind")),
                                           m_targetNames.value(code, code));
    }
    case RequirementColumn:
        return text(order, "requirement").simplified();
    case IssuedColumn:
        return QStringLiteral("%1 %2").arg(text(order, "issued_on"), text(order, "issued_by")).trimmed();
    default:
        return {};
    }
}

QVariant RectificationQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DueColumn:
        return tr("Due (working days)");
    case OverdueColumn:
        return tr("Overdue");
    case StateColumn:
        return tr("State");
    case TargetColumn:
        return tr("Addressed to");
    case RequirementColumn:
        return tr("What must be rectified");
    case IssuedColumn:
        return tr("Issued");
    default:
        return {};
    }
}

} // namespace xs
