#include "models/pricing/RevenueReviewModel.h"

namespace xs {

RevenueReviewModel::RevenueReviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RevenueReviewModel::setReviews(const QList<RevenueReview>& reviews, const QDate& today)
{
    beginResetModel();
    m_reviews = reviews;
    m_today = today;
    endResetModel();
}

int RevenueReviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_reviews.size());
}

int RevenueReviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RevenueReviewModel::statusText(const RevenueReview& review) const
{
    if (review.action == RevenueReview::Action::None)
        return QStringLiteral("—");
    if (review.doneLate())
        return tr("Done late (%1)").arg(review.doneIn);
    if (review.done())
        return tr("Done (%1)").arg(review.doneIn);
    if (review.overdue(m_today))
        return tr("Overdue");
    return tr("Open");
}

QVariant RevenueReviewModel::display(const RevenueReview& review, int column) const
{
    switch (column) {
    case AgreementColumn:
        return review.agreementTitle.isEmpty() ? review.agreementId : review.agreementTitle;
    case YearColumn:
        return QString::number(review.year.year);
    case ActualColumn:
        return PricingRules::yuan(review.year.actualFen);
    case MaximumColumn:
        return PricingRules::yuan(review.year.maxFen);
    case DeviationColumn:
        return RevenueReview::deviationText(review.year.check.deviationBp);
    case ActionColumn:
        return RevenueReview::actionText(review.action);
    case DueColumn:
        if (review.action == RevenueReview::Action::None || !review.dueOn.date.isValid())
            return QStringLiteral("—");
        return review.dueOn.date.toString(Qt::ISODate) +
               (review.dueOn.provisional ? tr(" (provisional)") : QString());
    case StatusColumn:
        return statusText(review);
    default:
        return {};
    }
}

QVariant RevenueReviewModel::sortValue(const RevenueReview& review, int column) const
{
    switch (column) {
    case YearColumn:
        return review.year.year;
    case ActualColumn:
        return review.year.actualFen;
    case MaximumColumn:
        return review.year.maxFen;
    case DeviationColumn:
        return review.year.check.deviationBp;
    case ActionColumn:
        return int(review.action);
    case DueColumn:
        return review.dueOn.date.toString(Qt::ISODate);
    default:
        return display(review, column);
    }
}

QVariant RevenueReviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RevenueReview& review = m_reviews.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(review, index.column());
    case Qt::ToolTipRole: // the title too: the column may cut it
        return display(review, AgreementColumn).toString() + QStringLiteral("\n\n") + review.explanation();
    case Qt::TextAlignmentRole:
        if (index.column() >= ActualColumn && index.column() <= DeviationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case AgreementIdRole:
        return review.agreementId;
    case SortRole:
        return sortValue(review, index.column());
    case OverdueRole:
        return review.overdue(m_today);
    default:
        return {};
    }
}

QVariant RevenueReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == MaximumColumn)
        return tr("The year's maximum allowed revenue, less what of the previous cycle's excess is deducted "
                  "from it");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AgreementColumn:
        return tr("Agreement");
    case YearColumn:
        return tr("Year");
    case ActualColumn:
        return tr("Actual revenue (yuan)");
    case MaximumColumn:
        return tr("Maximum (yuan)");
    case DeviationColumn:
        return tr("Deviation");
    case ActionColumn:
        return tr("Required");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace xs
