#include "ui/pricing/RevenueReviewPanel.h"

#include "models/grants/DashboardFigures.h"
#include "models/pricing/RevenueReviewModel.h"
#include "ui/grants/DashboardFrame.h"
#include "ui/grants/KpiTile.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace xs {

namespace {

QStringList agreementsWhere(const RevenueReviews& reviews,
                            const std::function<bool(const RevenueReview&)>& keep)
{
    QStringList ids;
    for (const RevenueReview& review : reviews.reviews) {
        if (keep(review))
            ids << review.agreementId;
    }
    return ids;
}

} // namespace

RevenueReviewPanel::RevenueReviewPanel(DashboardFrame* frame, QWidget* parent)
    : QWidget(parent)
    , m_frame(frame)
{
    setObjectName(QStringLiteral("revenueReview"));
    // The tiles in a column beside the list, so the charts below stay in view.
    auto* tiles = new QVBoxLayout;
    auto* list = new QVBoxLayout;
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tiles);
    layout->addLayout(list, 1);
    const auto today = [this] {
        return m_frame->figures().filter.today;
    };
    addTile("kpiAdjustPrices", tr("Within 10%: operator adjusts prices"),
            tr("whose operator adjusts its prices"), [](const RevenueReviews& r) {
                return agreementsWhere(r, [](const RevenueReview& x) {
                    return x.action == RevenueReview::Action::AdjustPrices;
                });
            });
    addTile("kpiOutOfBand", tr("Beyond 10%: caps reviewed"),
            tr("whose revenue is more than 10% off its maximum"),
            [](const RevenueReviews& r) { return r.outOfBandAgreements(); });
    addTile("kpiAdjustmentsOverdue", tr("Adjustments overdue"),
            tr("whose price or cap adjustment is overdue"), [today](const RevenueReviews& r) {
                return agreementsWhere(r, [&](const RevenueReview& x) { return x.overdue(today()); });
            });
    for (KpiTile* tile : std::as_const(m_tiles))
        tiles->addWidget(tile);

    auto* heading = new QLabel(tr("Annual check of revenue against the maximum (10% rule)"), this);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    list->addWidget(heading);

    m_model = new RevenueReviewModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(RevenueReviewModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("revenueReviewTable"));
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RevenueReviewModel::AgreementColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(RevenueReviewModel::AgreementColumn,
                                                     QHeaderView::Stretch);
    m_view->setMinimumHeight(220);
    connect(m_view, &QTableView::activated, this, &RevenueReviewPanel::openRow);
    list->addWidget(m_view, 1);
}

void RevenueReviewPanel::addTile(const char* name, const QString& caption, const QString& what,
                                 const std::function<QStringList(const RevenueReviews&)>& agreements)
{
    auto* tile = new KpiTile(QString::fromLatin1(name), caption, this);
    connect(tile, &KpiTile::activated, this, [this, what, agreements] {
        GrantFilter filter = m_frame->figures().filter; // what the figure on screen counted
        filter.agreementIds = agreements(m_frame->figures().revenueReviews);
        m_frame->drillDown(filter, what);
    });
    m_tiles.append(tile);
}

KpiTile* RevenueReviewPanel::tile(const QString& objectName) const
{
    for (KpiTile* tile : m_tiles) {
        if (tile->objectName() == objectName)
            return tile;
    }
    return nullptr;
}

void RevenueReviewPanel::showReviews()
{
    const DashboardFigures& figures = m_frame->figures();
    const RevenueReviews& reviews = figures.revenueReviews;
    const QDate today = figures.filter.today;
    m_model->setReviews(reviews.reviews, today);
    tile(QStringLiteral("kpiAdjustPrices"))->setValue(reviews.count(RevenueReview::Action::AdjustPrices));
    tile(QStringLiteral("kpiOutOfBand"))->setValue(reviews.count(RevenueReview::Action::ReviewCaps), true);
    tile(QStringLiteral("kpiAdjustmentsOverdue"))->setValue(reviews.overdue(today), true);
}

void RevenueReviewPanel::openRow(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    GrantFilter filter = m_frame->figures().filter;
    filter.agreementIds = QStringList{index.data(RevenueReviewModel::AgreementIdRole).toString()};
    m_frame->drillDown(filter,
                       index.sibling(index.row(), RevenueReviewModel::AgreementColumn).data().toString());
}

} // namespace xs
