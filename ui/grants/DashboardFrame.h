#pragma once

#include "models/common/Clock.h"
#include "models/grants/DashboardFigures.h"

#include <QElapsedTimer>
#include <QWidget>

class QBoxLayout;
class QStackedWidget;

namespace xs {

class ChartCard;
class DashboardLoader;
class GrantServices;
class DateRangeBar;
class GrantRecordsPanel;

/// What the managers' dashboards share: a title and the period at the top, the page's tiles and
/// charts below (scrolling if the window is small), figures computed off the UI thread, and the
/// records panel a click on a figure opens in place of the charts.
class DashboardFrame : public QWidget
{
    Q_OBJECT

public:
    /// clock: "today" for every figure, the default period and the time exports are stamped with.
    /// services: the area's readers (kept by the page, which outlives the frame).
    DashboardFrame(const GrantServices& services, const QString& title, QWidget* parent = nullptr);
    ~DashboardFrame() override;

    QBoxLayout* header() const { return m_header; }
    QBoxLayout* content() const { return m_content; }
    DateRangeBar* range() const { return m_range; }
    GrantRecordsPanel* records() const { return m_records; }
    /// Exports of this card carry the period and the page's title.
    void addCard(ChartCard* card);
    ChartCard* card(const QString& objectName) const;

    /// Today and the period chosen.
    GrantFilter baseFilter() const;
    QString describeFilters() const;
    void drillDown(const GrantFilter& filter, const QString& what);
    void showCharts();
    bool isShowingRecords() const;

    /// Computes the figures again (after a sync, an edit, a change of period).
    void refresh();
    const DashboardFigures& figures() const { return m_figures; }

signals:
    void figuresLoaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loaded(const DashboardFigures& figures);

    QString m_title;
    const Clock& m_clock;
    DashboardLoader* m_loader = nullptr;
    DateRangeBar* m_range = nullptr;
    QBoxLayout* m_header = nullptr;
    QBoxLayout* m_content = nullptr;
    QStackedWidget* m_stack = nullptr;
    GrantRecordsPanel* m_records = nullptr;
    QList<ChartCard*> m_cards;
    DashboardFigures m_figures;
    QElapsedTimer m_requested;
    bool m_stale = true; // refresh when next shown
};

} // namespace xs
