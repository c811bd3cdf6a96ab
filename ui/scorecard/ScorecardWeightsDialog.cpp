#include "ui/scorecard/ScorecardWeightsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace xs {

ScorecardWeightsDialog::ScorecardWeightsDialog(const ScorecardMeasures::Weights& weights, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("scorecardWeightsDialog"));
    setWindowTitle(tr("Scorecard Weights"));
    auto* form = new QFormLayout;
    for (const ScorecardMeasures::Measure measure : ScorecardMeasures::All) {
        auto* box = new QSpinBox(this);
        box->setObjectName(QStringLiteral("weight-") + ScorecardMeasures::code(measure));
        box->setRange(0, ScorecardMeasures::MaxWeight);
        box->setSuffix(QStringLiteral(" %"));
        box->setValue(weights.weight(measure));
        connect(box, &QSpinBox::valueChanged, this, &ScorecardWeightsDialog::showSum);
        form->addRow(ScorecardMeasures::label(measure) + QLatin1Char(':'), box);
        m_boxes.at(std::size_t(measure)) = box;
    }
    m_sum = new QLabel(this);
    auto* hint =
        new QLabel(tr("A department's score is the weighted mean of the measures it has something to "
                      "count in. The weights are saved here and reach the hub at the next sync."),
                   this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_sum);
    layout->addWidget(buttons);
    showSum();
}

ScorecardMeasures::Weights ScorecardWeightsDialog::weights() const
{
    ScorecardMeasures::Weights weights;
    for (const ScorecardMeasures::Measure measure : ScorecardMeasures::All)
        weights.set(measure, m_boxes.at(std::size_t(measure))->value());
    return weights;
}

void ScorecardWeightsDialog::setWeight(ScorecardMeasures::Measure measure, int weight)
{
    m_boxes.at(std::size_t(measure))->setValue(weight);
}

void ScorecardWeightsDialog::showSum()
{
    int sum = 0;
    for (const QSpinBox* box : m_boxes)
        sum += box->value();
    m_sum->setText(tr("Together: %1 %").arg(sum));
}

} // namespace xs
