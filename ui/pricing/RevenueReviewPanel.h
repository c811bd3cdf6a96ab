#pragma once

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;

namespace xs {

class DashboardFrame;
class KpiTile;
class RevenueReviewModel;
struct RevenueReviews;

/// The annual 10% check on the pricing dashboard: tiles counting the agreements whose operator
/// must adjust its prices, those beyond 10% whose caps are reviewed, and the adjustments overdue;
/// beside them the work list, one agreement a row, its figures explained in the tooltip. A tile or
/// a row (double-click or Enter) opens the agreements behind it.
class RevenueReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RevenueReviewPanel(DashboardFrame* frame, QWidget* parent = nullptr);

    /// From the figures the frame has just loaded.
    void showReviews();

    RevenueReviewModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    KpiTile* tile(const QString& objectName) const;

private:
    void addTile(const char* name, const QString& caption, const QString& what,
                 const std::function<QStringList(const RevenueReviews&)>& agreements);
    void openRow(const QModelIndex& index);

    DashboardFrame* m_frame = nullptr;
    QList<KpiTile*> m_tiles;
    RevenueReviewModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace xs
