#pragma once

#include "models/common/Clock.h"
#include "ui/common/ChartExport.h"

#include <QFrame>

#include <functional>

class QChart;
class QChartView;
class QLabel;
class QToolButton;

namespace xs {

/// One chart of a dashboard: its title, the chart, and its Export menu (PNG, PDF, Print). The page
/// that owns it supplies the filters in force, which the PDF and the printout carry.
class ChartCard : public QFrame
{
    Q_OBJECT

public:
    ChartCard(const QString& objectName, const QString& title, QWidget* parent = nullptr);

    /// Takes ownership of chart and drops the previous one.
    void setChart(QChart* chart);
    QChart* chart() const;
    QChartView* view() const { return m_view; }
    QString title() const;
    void setFiltersProvider(std::function<QString()> filters) { m_filters = std::move(filters); }
    /// The clock whose time an exported page is stamped with (it must outlive the card).
    void setClock(const Clock* clock) { m_clock = clock; }

    /// Return an empty string or what went wrong (translated).
    QString exportPng(const QString& path) const;
    QString exportPdf(const QString& path) const;

private:
    void chooseAndExport(const QString& suffix);
    void print();
    ChartExport::Caption caption() const;

    QLabel* m_title = nullptr;
    QToolButton* m_export = nullptr;
    QChartView* m_view = nullptr;
    std::function<QString()> m_filters;
    const Clock* m_clock = nullptr;
};

} // namespace xs
