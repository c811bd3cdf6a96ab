#include "models/catalog/io/ImportPlanModel.h"

#include <algorithm>

namespace xs {

ImportPlanModel::ImportPlanModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ImportPlanModel::setPlan(const ImportPlan& plan)
{
    beginResetModel();
    m_rows = plan.rows;
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const ImportRowResult& a, const ImportRowResult& b) {
        return (a.outcome == ImportRowResult::Outcome::Failed) >
               (b.outcome == ImportRowResult::Outcome::Failed);
    });
    endResetModel();
}

QString ImportPlanModel::outcomeLabel(ImportRowResult::Outcome outcome)
{
    switch (outcome) {
    case ImportRowResult::Outcome::Created:
        return tr("Create");
    case ImportRowResult::Outcome::Updated:
        return tr("Update");
    case ImportRowResult::Outcome::Unchanged:
        return tr("Unchanged");
    case ImportRowResult::Outcome::Failed:
        return tr("Failed");
    }
    return {};
}

int ImportPlanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPlanModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRowResult& row = m_rows.at(index.row());
    if (role == OutcomeRole)
        return int(row.outcome);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case RowColumn:
        return row.rowNumber;
    case ResultColumn:
        return outcomeLabel(row.outcome);
    case CodeColumn:
        return row.code;
    case NameColumn:
        return row.name;
    case ReasonColumn:
        return row.reasons.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("；"));
    default:
        return {};
    }
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case ResultColumn:
        return tr("Result");
    case CodeColumn:
        return tr("Resource code");
    case NameColumn:
        return tr("Catalog name");
    case ReasonColumn:
        return tr("Reasons");
    default:
        return {};
    }
}

} // namespace xs
