#include "ui/grants/DashboardFrame.h"

#include "app/DashboardLoader.h"
#include "app/areas/GrantServices.h"
#include "ui/common/ChartCard.h"
#include "ui/grants/DateRangeBar.h"
#include "ui/grants/GrantRecordsPanel.h"

#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace xs {

DashboardFrame::DashboardFrame(const GrantServices& services, const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_title(title)
    , m_clock(services.clock())
{
    m_loader = services.newLoader(this);
    connect(m_loader, &DashboardLoader::loaded, this, &DashboardFrame::loaded);

    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    m_range = new DateRangeBar(m_clock.today(), this);
    connect(m_range, &DateRangeBar::changed, this, &DashboardFrame::refresh);
    m_header = new QHBoxLayout;
    m_header->addWidget(heading);
    m_header->addSpacing(24);
    m_header->addWidget(m_range, 1);

    auto* charts = new QWidget(this);
    m_content = new QVBoxLayout(charts);
    m_content->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(charts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_records = new GrantRecordsPanel(services.newListModel(this), *m_loader, this);
    connect(m_records, &GrantRecordsPanel::backRequested, this, &DashboardFrame::showCharts);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(scroll);
    m_stack->addWidget(m_records);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_header);
    layout->addWidget(m_stack, 1);
}

DashboardFrame::~DashboardFrame() = default;

void DashboardFrame::addCard(ChartCard* card)
{
    card->setFiltersProvider([this] { return describeFilters(); });
    card->setClock(&m_clock);
    m_cards.append(card);
}

ChartCard* DashboardFrame::card(const QString& objectName) const
{
    for (ChartCard* card : m_cards) {
        if (card->objectName() == objectName)
            return card;
    }
    return nullptr;
}

GrantFilter DashboardFrame::baseFilter() const
{
    GrantFilter filter;
    filter.today = m_clock.today();
    filter.from = m_range->from();
    filter.to = m_range->to();
    return filter;
}

QString DashboardFrame::describeFilters() const
{
    return tr("%1; period: %2").arg(m_title, m_range->describe());
}

void DashboardFrame::drillDown(const GrantFilter& filter, const QString& what)
{
    m_records->show(filter, what, m_range->describe());
    m_stack->setCurrentWidget(m_records);
}

void DashboardFrame::showCharts()
{
    m_stack->setCurrentIndex(0);
}

bool DashboardFrame::isShowingRecords() const
{
    return m_stack->currentWidget() == m_records;
}

void DashboardFrame::refresh()
{
    if (!isVisible()) {
        m_stale = true; // computed when the page is shown: no work for pages nobody looks at
        return;
    }
    m_stale = false;
    m_requested.start();
    m_range->setStatus(tr("Computing..."));
    m_loader->request(baseFilter());
    if (isShowingRecords())
        m_records->reload();
}

void DashboardFrame::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardFrame::loaded(const DashboardFigures& figures)
{
    m_figures = figures;
    if (figures.error().isError())
        m_range->setStatus(tr("The figures could not be computed: %1").arg(figures.error().message()));
    else
        m_range->setStatus(
            tr("As of %1 (%2 ms)")
                .arg(QLocale().toString(Clock::chinaTime(m_clock.now()).time(), QLocale::ShortFormat))
                .arg(m_requested.elapsed()));
    emit figuresLoaded();
}

} // namespace xs
