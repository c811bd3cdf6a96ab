#include "ui/pricing/RevenueReviewPanel.h"

#include "app/areas/GrantServices.h"
#include "app/reports/OperatingReportDocument.h"
#include "models/grants/DashboardFigures.h"
#include "models/pricing/RevenueReviewModel.h"
#include "ui/grants/DashboardFrame.h"
#include "ui/grants/KpiTile.h"

#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
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

RevenueReviewPanel::RevenueReviewPanel(DashboardFrame* frame, const GrantServices& services, QWidget* parent)
    : QWidget(parent)
    , m_frame(frame)
    , m_services(services)
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
    m_export = new QPushButton(tr("&Export annual report..."), this);
    m_export->setObjectName(QStringLiteral("exportOperatingReport"));
    m_export->setToolTip(
        tr("The selected agreement's annual operating report for the year shown, as PDF or XLSX"));
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &RevenueReviewPanel::chooseExport);
    auto* headingRow = new QHBoxLayout;
    headingRow->addWidget(heading, 1);
    headingRow->addWidget(m_export);
    list->addLayout(headingRow);

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
    // Sized from the first rows once, not measured over every row on each load: with thousands of
    // agreements that held the UI thread.
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    m_view->horizontalHeader()->setSectionResizeMode(RevenueReviewModel::AgreementColumn,
                                                     QHeaderView::Stretch);
    m_view->setMinimumHeight(220);
    connect(m_view, &QTableView::activated, this, &RevenueReviewPanel::openRow);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_export->setEnabled(current.isValid()); });
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
    if (!m_sized && m_model->rowCount() > 0) {
        for (int column = RevenueReviewModel::YearColumn; column < RevenueReviewModel::ColumnCount; ++column)
            m_view->resizeColumnToContents(column);
        m_sized = true;
    }
    tile(QStringLiteral("kpiAdjustPrices"))->setValue(reviews.count(RevenueReview::Action::AdjustPrices));
    tile(QStringLiteral("kpiOutOfBand"))->setValue(reviews.count(RevenueReview::Action::ReviewCaps), true);
    tile(QStringLiteral("kpiAdjustmentsOverdue"))->setValue(reviews.overdue(today), true);
}

QString RevenueReviewPanel::exportReport(const QModelIndex& index, const QString& path) const
{
    const QString agreementId = index.data(RevenueReviewModel::AgreementIdRole).toString();
    const int year =
        index.sibling(index.row(), RevenueReviewModel::YearColumn).data(RevenueReviewModel::SortRole).toInt();
    DatabaseError error;
    const std::optional<OperatingReport> report = m_services.operatingReport(agreementId, year, &error);
    if (!report)
        return error.isError() ? error.message()
                               : tr("The operating report for %1 is no longer on this computer.").arg(year);
    const OperatingReportDocument document(*report, m_frame->figures().filter.today);
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return document.writeXlsx(path);
    QString problem;
    document.writePdf(path, &problem);
    return problem;
}

void RevenueReviewPanel::chooseExport()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const QString name =
        tr("Annual operating report %1 %2")
            .arg(index.sibling(index.row(), RevenueReviewModel::YearColumn).data().toString(),
                 index.sibling(index.row(), RevenueReviewModel::AgreementColumn).data().toString());
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export annual operating report"),
                                                      QDir(folder).filePath(name + QStringLiteral(".pdf")),
                                                      tr("PDF (*.pdf);;Excel workbook (*.xlsx)"), &filter);
    if (path.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QString problem = exportReport(index, path);
    QGuiApplication::restoreOverrideCursor();
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Export annual operating report"), problem);
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
