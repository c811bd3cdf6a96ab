#pragma once

#include "models/scorecard/Scorecard.h"

#include <QAbstractTableModel>

namespace xs {

/// The scorecard as a table, one department a line by rank: rank, department, score, change on
/// the period before (▲ up, ▼ down), then each measure's percent, its done/counted in the
/// tooltip; a measure with nothing to count shows a dash.
class ScorecardTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RankColumn,
        DepartmentColumn,
        ScoreColumn,
        TrendColumn,
        FirstMeasureColumn,
        ColumnCount = FirstMeasureColumn + ScorecardMeasures::MeasureCount,
    };
    enum Role
    {
        DepartmentRole = Qt::UserRole + 1, // the department's code
        MeasureRole,                       // the column's measure (an int), invalid for the others
    };

    explicit ScorecardTableModel(QObject* parent = nullptr);

    void setResult(const Scorecard::Result& result);
    const Scorecard::Result& result() const { return m_result; }
    /// The mean of every department's figure of a measure that has one.
    std::optional<double> average(ScorecardMeasures::Measure measure) const;
    int rowOf(const QString& department) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Scorecard::Result m_result;
};

} // namespace xs
