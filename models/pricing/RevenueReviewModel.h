#pragma once

#include "models/pricing/RevenueReview.h"

#include <QAbstractTableModel>
#include <QDate>

namespace xs {

/// The annual 10% check as a work list (RevenueReviews): each agreement's latest reported year, its
/// revenue against the maximum after the cycle's carry-over, what has to be done by when, and
/// whether it was. The tooltip of every cell explains the figures.
class RevenueReviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AgreementColumn,
        YearColumn,
        ActualColumn,
        MaximumColumn,
        DeviationColumn,
        ActionColumn,
        DueColumn,
        StatusColumn,
        ColumnCount,
    };
    enum Role
    {
        AgreementIdRole = Qt::UserRole + 1,
        SortRole, // the figure behind a cell, for sorting (fen, basis points, ISO dates)
        OverdueRole,
    };

    explicit RevenueReviewModel(QObject* parent = nullptr);

    void setReviews(const QList<RevenueReview>& reviews, const QDate& today);
    const RevenueReview& review(int row) const { return m_reviews.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// 已完成（2026-06）/ 逾期完成（2026-08）/ 逾期 / 待办 / —
    QString statusText(const RevenueReview& review) const;

private:
    QVariant display(const RevenueReview& review, int column) const;
    QVariant sortValue(const RevenueReview& review, int column) const;

    QList<RevenueReview> m_reviews;
    QDate m_today;
};

} // namespace xs
