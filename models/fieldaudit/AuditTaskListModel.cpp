#include "models/fieldaudit/AuditTaskListModel.h"

#include "models/fieldaudit/FieldAuditVocabulary.h"

namespace xs {

AuditTaskListModel::AuditTaskListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AuditTaskListModel::setTasks(const QList<AuditTaskRow>& tasks)
{
    m_all = tasks;
    refilter();
}

void AuditTaskListModel::setFilter(const Filter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refilter();
}

void AuditTaskListModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    for (const AuditTaskRow& task : std::as_const(m_all)) {
        if (matches(task))
            m_shown.append(task);
    }
    endResetModel();
}

bool AuditTaskListModel::matches(const AuditTaskRow& task) const
{
    return (m_filter.auditor.isEmpty() || task.auditors.contains(m_filter.auditor)) &&
           (m_filter.state.isEmpty() || task.state == m_filter.state) &&
           (!m_filter.overdueOnly || task.overdue);
}

std::optional<AuditTaskRow> AuditTaskListModel::task(const QString& id) const
{
    for (const AuditTaskRow& task : m_all) {
        if (task.id == id)
            return task;
    }
    return std::nullopt;
}

int AuditTaskListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int AuditTaskListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTaskListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditTaskRow& task = m_shown.at(index.row());
    if (role == IdRole)
        return task.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case PlannedColumn:
        return task.plannedOn.toString(Qt::ISODate);
    case TitleColumn:
        return task.title;
    case KindColumn:
        return FieldAuditVocabulary::kindLabel(task.kind);
    case TargetColumn:
        return task.target;
    case AuditorsColumn:
        return task.auditors.join(QStringLiteral("、"));
    case StateColumn:
        return FieldAuditVocabulary::taskStateLabel(task.state);
    case OverdueColumn:
        return task.overdue ? tr("Overdue") : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditTaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case PlannedColumn:
        return tr("Planned");
    case TitleColumn:
        return tr("Task");
    case KindColumn:
        return tr("Kind of visit");
    case TargetColumn:
        return tr("Audited");
    case AuditorsColumn:
        return tr("Auditors");
    case StateColumn:
        return tr("State");
    case OverdueColumn:
        return tr("Overdue");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace xs
