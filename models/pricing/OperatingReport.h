#pragma once

#include "models/pricing/EvaluationCycles.h"
#include "models/pricing/PricingRecords.h"
#include "models/pricing/RevenueReview.h"
#include "models/storage/DatabaseError.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace xs {

/// 年度运营报告 (DOMAIN.md §4): what one agreement's operating report for a year says, gathered from
/// the records so it can be printed and filed (OperatingReportDocument). Costs, revenue and profit;
/// the maximum allowed revenue of the year after the evaluation cycle's carry-over, the deviation
/// and what it requires (RevenueReview's rule); sales per product; and every change of a product's
/// price or cap during the year. Due on 31 March of the next year.
struct OperatingReport
{
    struct PriceChange
    {
        QString product;
        QString month; // "YYYY-MM": the first month at the new price or cap
        qint64 priceBeforeFen = 0;
        qint64 priceFen = 0;
        qint64 capBeforeFen = 0;
        qint64 capFen = 0;
    };

    QString agreementId;
    QString agreementTitle;
    QString operatorName;
    int year = 0;
    QDate dueOn;       // 31 March of the next year
    QDate submittedOn; // invalid: not submitted
    qint64 costFen = 0;
    int rateBp = 0;
    qint64 taxesFen = 0;
    qint64 actualFen = 0;
    EvaluationCycles::CycleOutcome cycle;
    EvaluationCycles::YearOutcome outcome;
    RevenueReview::Action action = RevenueReview::Action::None;
    WorkdayDate actionDueOn; // counted from the submission (price_adjustment, cap_review)
    QList<PricingRecords::ProductSale> sales;
    QList<PriceChange> priceChanges; // by product, then month

    /// Revenue less cost and taxes.
    qint64 profitFen() const { return actualFen - costFen - taxesFen; }
    /// Submitted after its due date, or still missing after it.
    bool late(const QDate& today) const
    {
        return submittedOn.isValid() ? submittedOn > dueOn : today > dueOn;
    }

    /// The report of agreementId for year, or nullopt (with *error if the database failed) when the
    /// agreement or its report for that year is not on this computer.
    static std::optional<OperatingReport> load(QSqlDatabase database, const QString& agreementId, int year,
                                               const DeadlineRules& rules, const WorkingCalendar& calendar,
                                               DatabaseError* error);
};

} // namespace xs
