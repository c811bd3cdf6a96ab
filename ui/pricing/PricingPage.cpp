#include "ui/pricing/PricingPage.h"

#include "app/areas/GrantServices.h"
#include "ui/common/ChartCard.h"
#include "ui/grants/DashboardFrame.h"
#include "ui/pricing/PricingCharts.h"
#include "ui/pricing/RevenueReviewPanel.h"

#include <QBoxLayout>
#include <QGridLayout>

namespace xs {

PricingPage::~PricingPage() = default;

PricingPage::PricingPage(std::unique_ptr<GrantServices> services, QWidget* parent)
    : QWidget(parent)
    , m_services(std::move(services))
{
    setObjectName(QStringLiteral("page-pricing"));
    m_frame = new DashboardFrame(*m_services, tr("Pricing and revenue"), this);
    connect(m_frame, &DashboardFrame::figuresLoaded, this, &PricingPage::showFigures);

    m_reviews = new RevenueReviewPanel(m_frame, *m_services, this);
    m_frame->content()->addWidget(m_reviews);
    auto* grid = new QGridLayout;
    const QStringList names = {QStringLiteral("chartPriceCap"), QStringLiteral("chartRevenue"),
                               QStringLiteral("chartDistribution"), QStringLiteral("chartTiers")};
    const QStringList titles = {tr("Specific price against cap"),
                                tr("Actual against maximum allowed revenue"),
                                tr("Revenue distribution (10,000 yuan)"), tr("Tier curves")};
    for (int i = 0; i < names.size(); ++i) {
        auto* card = new ChartCard(names.at(i), titles.at(i), this);
        card->setMinimumHeight(340);
        m_frame->addCard(card);
        grid->addWidget(card, i / 2, i % 2);
    }
    m_frame->content()->addLayout(grid, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_frame);
}

void PricingPage::reload()
{
    m_frame->refresh();
}

ChartCard* PricingPage::card(const QString& objectName) const
{
    return m_frame->card(objectName);
}

void PricingPage::showFigures()
{
    m_reviews->showReviews();
    const PricingSeries& series = m_frame->figures().pricing;
    card(QStringLiteral("chartPriceCap"))->setChart(PricingCharts::priceAgainstCap(series.prices));
    card(QStringLiteral("chartRevenue"))
        ->setChart(PricingCharts::revenueAgainstMaximum(series.revenue, [this](int year) {
            GrantFilter filter = m_frame->figures().filter; // what the figure on screen counted
            filter.reportYear = year;
            m_frame->drillDown(filter, tr("operating report for %1").arg(year));
        }));
    card(QStringLiteral("chartDistribution"))
        ->setChart(PricingCharts::distribution(series.distribution, [this](const QString& party) {
            GrantFilter filter = m_frame->figures().filter; // what the figure on screen counted
            filter.shareParty = party;
            m_frame->drillDown(filter, tr("sharing revenue with %1").arg(party));
        }));
    card(QStringLiteral("chartTiers"))->setChart(PricingCharts::tierCurves(series.tierCurves));
}

} // namespace xs
