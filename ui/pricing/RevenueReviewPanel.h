#pragma once

#include <QWidget>

class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace xs {

class DashboardFrame;
class GrantServices;
class KpiTile;
class RevenueReviewModel;
struct RevenueReviews;

/// The annual 10% check on the pricing dashboard: tiles counting the agreements whose operator
/// must adjust its prices, those beyond 10% whose caps are reviewed, and the adjustments overdue;
/// beside them the work list, one agreement a row, its figures explained in the tooltip. A tile or
/// a row (double-click or Enter) opens the agreements behind it; a row's annual operating report
/// exports as PDF or XLSX.
class RevenueReviewPanel : public QWidget
{
    Q_OBJECT

public:
    /// services: where an annual operating report is read from for export.
    RevenueReviewPanel(DashboardFrame* frame, const GrantServices& services, QWidget* parent = nullptr);

    /// From the figures the frame has just loaded.
    void showReviews();

    RevenueReviewModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    KpiTile* tile(const QString& objectName) const;
    /// Writes the annual operating report of a row's agreement and year to path, as a PDF or (by
    /// its suffix) an XLSX workbook. Empty, or what went wrong.
    QString exportReport(const QModelIndex& index, const QString& path) const;

private:
    void addTile(const char* name, const QString& caption, const QString& what,
                 const std::function<QStringList(const RevenueReviews&)>& agreements);
    void openRow(const QModelIndex& index);
    void chooseExport();

    DashboardFrame* m_frame = nullptr;
    const GrantServices& m_services;
    QPushButton* m_export = nullptr;
    QList<KpiTile*> m_tiles;
    RevenueReviewModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QTableView* m_view = nullptr;
    bool m_sized = false; // columns sized to the first figures
};

} // namespace xs
