#include "models/scorecard/ScorecardTableModel.h"

namespace xs {

namespace {

QString percentText(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'f', 1) : QStringLiteral("—");
}

} // namespace

ScorecardTableModel::ScorecardTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ScorecardTableModel::setResult(const Scorecard::Result& result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

std::optional<double> ScorecardTableModel::average(ScorecardMeasures::Measure measure) const
{
    double sum = 0;
    int count = 0;
    for (const DepartmentScore& line : m_result.departments) {
        if (const std::optional<double> percent = line.figures.at(std::size_t(measure)).percent()) {
            sum += *percent;
            ++count;
        }
    }
    return count > 0 ? std::optional<double>(sum / count) : std::nullopt;
}

int ScorecardTableModel::rowOf(const QString& department) const
{
    for (qsizetype row = 0; row < m_result.departments.size(); ++row) {
        if (m_result.departments.at(row).code == department)
            return int(row);
    }
    return -1;
}

int ScorecardTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.departments.size());
}

int ScorecardTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScorecardTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DepartmentScore& line = m_result.departments.at(index.row());
    const int column = index.column();
    const bool measureColumn = column >= FirstMeasureColumn;
    const auto measure = ScorecardMeasures::Measure(column - FirstMeasureColumn);
    if (role == DepartmentRole)
        return line.code;
    if (role == MeasureRole)
        return measureColumn ? QVariant(int(measure)) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return column == DepartmentColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case RankColumn:
            return line.rank > 0 ? QString::number(line.rank) : QStringLiteral("—");
        case DepartmentColumn:
            return line.name;
        case ScoreColumn:
            return percentText(line.score);
        case TrendColumn: {
            const std::optional<double> trend = line.trend();
            if (!trend || *trend == 0)
                return percentText(trend);
            return (*trend > 0 ? QStringLiteral("▲ +") : QStringLiteral("▼ ")) +
                   QString::number(*trend, 'f', 1);
        }
        default:
            return percentText(line.figures.at(std::size_t(measure)).percent());
        }
    }
    if (role == Qt::ToolTipRole && measureColumn) {
        const ScorecardFigure& figure = line.figures.at(std::size_t(measure));
        return figure.total > 0
                   ? tr("%1 of %2 as they should be. Click to list them.").arg(figure.done).arg(figure.total)
                   : tr("Nothing to count in this period.");
    }
    if (role == Qt::ToolTipRole && column == DepartmentColumn)
        return line.code;
    return {};
}

QVariant ScorecardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case DepartmentColumn:
        return tr("Department");
    case ScoreColumn:
        return tr("Score");
    case TrendColumn:
        return tr("Change");
    default:
        if (section >= FirstMeasureColumn && section < ColumnCount)
            return ScorecardMeasures::label(ScorecardMeasures::Measure(section - FirstMeasureColumn)) +
                   (role == Qt::DisplayRole ? QStringLiteral(" %") : QString());
    }
    return {};
}

} // namespace xs
