#pragma once

#include "models/scorecard/ScorecardMeasures.h"

#include <QDialog>

#include <array>

class QLabel;
class QSpinBox;

namespace xs {

/// How much each measure counts in the score, in percent: one box per measure and their sum
/// (a score is the weighted mean over the measures a department has, so the sum need not be 100,
/// but it is shown so that it can be).
class ScorecardWeightsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ScorecardWeightsDialog(const ScorecardMeasures::Weights& weights, QWidget* parent = nullptr);

    ScorecardMeasures::Weights weights() const;
    void setWeight(ScorecardMeasures::Measure measure, int weight);

private:
    void showSum();

    std::array<QSpinBox*, ScorecardMeasures::MeasureCount> m_boxes{};
    QLabel* m_sum = nullptr;
};

} // namespace xs
