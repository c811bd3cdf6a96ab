#pragma once

#include "app/areas/ScorecardServices.h"
#include "models/journal/Roles.h"

#include <QWidget>

#include <memory>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace xs {

class ScorecardTableModel;

/// 绩效考核 (HN25, closing section): every department's scorecard for a quarter or year — the
/// table by rank with each measure, the chosen department's measures against the average of all
/// in a chart, and the records behind a figure when it is clicked. Computed off the UI thread;
/// administrators set the weights (权重…).
class ScorecardPage : public QWidget
{
    Q_OBJECT

public:
    ScorecardPage(std::unique_ptr<ScorecardServices> services, Role role, QWidget* parent = nullptr);
    ~ScorecardPage() override;

    void setRole(Role role);
    void reload();
    /// The periods offered: this quarter and the seven before, this year and the last.
    QStringList periods() const;
    void choosePeriod(const QString& name);
    /// Chooses a department's figure of measure, listing the records behind it.
    void showBehind(const QString& department, ScorecardMeasures::Measure measure);
    ScorecardTableModel& table() const { return *m_model; }
    QTableWidget& behind() const { return *m_behind; }
    QString status() const;
    ScorecardServices& services() const { return *m_services; }

signals:
    /// A computation or a list behind a figure arrived (tests wait for it).
    void updated();

private:
    void compute();
    void show(const Scorecard::Result& result);
    void showDepartment(int row);
    void showRecords(const ScorecardServices::Behind& behind);
    void editWeights();

    std::unique_ptr<ScorecardServices> m_services;
    Role m_role;
    std::unique_ptr<ScorecardTableModel> m_model;
    QComboBox* m_period = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_weights = nullptr;
    QTableView* m_view = nullptr;
    QChartView* m_chart = nullptr;
    QLabel* m_behindTitle = nullptr;
    QTableWidget* m_behind = nullptr;
};

} // namespace xs
