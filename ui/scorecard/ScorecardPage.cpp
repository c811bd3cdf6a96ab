#include "ui/scorecard/ScorecardPage.h"

#include "models/common/Clock.h"
#include "models/scorecard/ScorecardTableModel.h"
#include "ui/grants/DashboardCharts.h"
#include "ui/scorecard/ScorecardWeightsDialog.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace xs {

namespace {

using ScorecardMeasures::Measure;

enum BehindColumn
{
    TitleColumn,
    DueColumn,
    DoneColumn,
    CountedColumn,
    BehindColumnCount,
};

} // namespace

ScorecardPage::ScorecardPage(std::unique_ptr<ScorecardServices> services, Role role, QWidget* parent)
    : QWidget(parent)
    , m_services(std::move(services))
    , m_role(role)
    , m_model(std::make_unique<ScorecardTableModel>())
{
    setObjectName(QStringLiteral("page-scorecard"));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("scorecardPeriod"));
    m_period->addItems(periods());
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scorecardStatus"));
    m_weights = new QPushButton(tr("&Weights..."), this);
    m_weights->setObjectName(QStringLiteral("scorecardWeights"));
    auto* top = new QHBoxLayout;
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    top->addWidget(m_status, 1);
    top->addWidget(m_weights);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("scorecardTable"));
    m_view->setModel(m_model.get());
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ScorecardTableModel::DepartmentColumn,
                                                     QHeaderView::Stretch);
    m_view->setWordWrap(false);

    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumWidth(360);
    m_behindTitle = new QLabel(tr("Click a measure of a department to list the records it counts."), this);
    m_behindTitle->setWordWrap(true);
    m_behind = new QTableWidget(0, BehindColumnCount, this);
    m_behind->setObjectName(QStringLiteral("scorecardBehind"));
    m_behind->setHorizontalHeaderLabels(
        {tr("Record"), tr("Due"), tr("Done / last updated"), tr("As it should be")});
    m_behind->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_behind->verticalHeader()->hide();
    m_behind->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_chart, 3);
    rightLayout->addWidget(m_behindTitle);
    rightLayout->addWidget(m_behind, 2);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(right);
    // The table is the page: every measure visible beside the department on a wide screen.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({800, 400});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Department scorecard</h2>"), this));
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &ScorecardPage::compute);
    connect(m_weights, &QPushButton::clicked, this, &ScorecardPage::editWeights);
    connect(m_services.get(), &ScorecardServices::computed, this, &ScorecardPage::show);
    connect(m_services.get(), &ScorecardServices::behindLoaded, this, &ScorecardPage::showRecords);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showDepartment(current.row()); });
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex& index) {
        const QVariant measure = index.data(ScorecardTableModel::MeasureRole);
        if (measure.isValid())
            showBehind(index.data(ScorecardTableModel::DepartmentRole).toString(), Measure(measure.toInt()));
    });
    setRole(role);
    compute();
}

ScorecardPage::~ScorecardPage() = default;

void ScorecardPage::setRole(Role role)
{
    m_role = role;
    m_weights->setVisible(role == Role::Admin);
}

void ScorecardPage::reload()
{
    compute();
}

QStringList ScorecardPage::periods() const
{
    const QDate today = m_services->clock().today();
    QStringList names;
    ScorecardMeasures::Period quarter = ScorecardMeasures::Period::quarterOf(today);
    for (int i = 0; i < 8; ++i, quarter = quarter.previous())
        names << quarter.name;
    names << QString::number(today.year()) << QString::number(today.year() - 1);
    return names;
}

void ScorecardPage::choosePeriod(const QString& name)
{
    m_period->setCurrentIndex(std::max(0, m_period->findText(name)));
}

QString ScorecardPage::status() const
{
    return m_status->text();
}

void ScorecardPage::compute()
{
    const std::optional<ScorecardMeasures::Period> period =
        ScorecardMeasures::Period::parse(m_period->currentText());
    if (!period)
        return;
    m_status->setText(tr("Computing %1 for every department...").arg(period->name));
    m_services->requestScorecard(*period);
}

void ScorecardPage::show(const Scorecard::Result& result)
{
    if (result.error.isError()) {
        m_status->setText(tr("The scorecard could not be computed: %1").arg(result.error.message()));
        emit updated();
        return;
    }
    const QString chosen = m_view->currentIndex().data(ScorecardTableModel::DepartmentRole).toString();
    m_model->setResult(result);
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(ScorecardTableModel::DepartmentColumn,
                                                     QHeaderView::Stretch);
    qsizetype scored = 0;
    double sum = 0;
    for (const DepartmentScore& line : result.departments) {
        if (line.score) {
            ++scored;
            sum += *line.score;
        }
    }
    m_status->setText(scored > 0 ? tr("%1 (%2 to %3): %4 departments scored, mean score %5.")
                                       .arg(result.period.name, result.period.first.toString(Qt::ISODate),
                                            result.period.last.toString(Qt::ISODate))
                                       .arg(scored)
                                       .arg(sum / double(scored), 0, 'f', 1)
                                 : tr("%1: nothing to score yet.").arg(result.period.name));
    const int row = std::max(0, m_model->rowOf(chosen));
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(row, ScorecardTableModel::DepartmentColumn));
    else
        showDepartment(-1);
    emit updated();
}

// The department's measures beside the mean of all departments: where it stands on each.
void ScorecardPage::showDepartment(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_chart->setChart(DashboardCharts::empty(tr("No departments here yet: sync first.")));
        return;
    }
    const DepartmentScore& line = m_model->result().departments.at(row);
    auto* own = new QBarSet(line.name);
    auto* mean = new QBarSet(tr("Mean of all departments"));
    own->setColor(QColor(0x1f, 0x6f, 0xb5));
    mean->setColor(QColor(0xb0, 0xbe, 0xc5));
    QStringList labels;
    // Bottom to top in a horizontal chart: the measures read from the top in table order.
    for (auto it = ScorecardMeasures::All.rbegin(); it != ScorecardMeasures::All.rend(); ++it) {
        labels << ScorecardMeasures::label(*it);
        *own << line.figures.at(std::size_t(*it)).percent().value_or(0);
        *mean << m_model->average(*it).value_or(0);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(mean);
    series->append(own);
    auto* chart = new QChart;
    DashboardCharts::style(chart);
    chart->setTitle(
        line.score ? tr("%1: score %2, rank %3").arg(line.name).arg(*line.score, 0, 'f', 1).arg(line.rank)
                   : tr("%1: nothing to score").arg(line.name));
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setTruncateLabels(false);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(percent, Qt::AlignBottom);
    series->attachAxis(percent);
    m_chart->setChart(chart);
}

void ScorecardPage::showBehind(const QString& department, Measure measure)
{
    const std::optional<ScorecardMeasures::Period> period =
        ScorecardMeasures::Period::parse(m_period->currentText());
    if (!period)
        return;
    const int row = m_model->rowOf(department);
    m_behindTitle->setText(tr("Loading %1 of %2...")
                               .arg(ScorecardMeasures::label(measure),
                                    row >= 0 ? m_model->result().departments.at(row).name : department));
    m_services->requestBehind(*period, measure, department);
}

void ScorecardPage::showRecords(const ScorecardServices::Behind& behind)
{
    const int row = m_model->rowOf(behind.department);
    const QString name = row >= 0 ? m_model->result().departments.at(row).name : behind.department;
    m_behind->setRowCount(0);
    if (behind.error.isError()) {
        m_behindTitle->setText(tr("The records could not be read: %1").arg(behind.error.message()));
        emit updated();
        return;
    }
    m_behindTitle->setText(
        behind.records.isEmpty()
            ? tr("%1 of %2: nothing counted in this period.")
                  .arg(ScorecardMeasures::label(behind.measure), name)
            : tr("%1 of %2: %n record(s), the latest due first.", nullptr, int(behind.records.size()))
                  .arg(ScorecardMeasures::label(behind.measure), name));
    m_behind->setRowCount(int(behind.records.size()));
    for (int i = 0; i < behind.records.size(); ++i) {
        const ScorecardRecord& record = behind.records.at(i);
        m_behind->setItem(i, TitleColumn,
                          new QTableWidgetItem(record.title.isEmpty() ? record.id : record.title));
        m_behind->item(i, TitleColumn)->setToolTip(record.title + QLatin1Char('\n') + record.id);
        m_behind->setItem(i, DueColumn, new QTableWidgetItem(record.dueOn));
        m_behind->setItem(i, DoneColumn, new QTableWidgetItem(record.doneOn));
        m_behind->setItem(i, CountedColumn, new QTableWidgetItem(record.counted ? tr("Yes") : tr("No")));
    }
    m_behind->resizeColumnToContents(DueColumn);
    m_behind->resizeColumnToContents(DoneColumn);
    emit updated();
}

void ScorecardPage::editWeights()
{
    const ScorecardMeasures::Weights before = m_services->weights();
    ScorecardWeightsDialog dialog(before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ScorecardMeasures::Weights after = dialog.weights();
    for (const Measure measure : ScorecardMeasures::All) {
        if (after.weight(measure) == before.weight(measure))
            continue;
        if (const DatabaseError error = m_services->setWeight(m_role, measure, after.weight(measure));
            error.isError()) {
            m_status->setText(tr("The weights were not saved: %1").arg(error.detailOrMessage()));
            return;
        }
    }
    compute();
}

} // namespace xs
