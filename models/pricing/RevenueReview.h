#pragma once

#include "models/calendar/WorkingCalendar.h"
#include "models/grants/GrantQuery.h"
#include "models/pricing/EvaluationCycles.h"
#include "models/registration/DeadlineRules.h"
#include "models/storage/DatabaseError.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace xs {

/// The annual 10% check as work to do (DOMAIN.md §4). For each agreement, the latest submitted
/// operating report's revenue is held to that year's maximum after the evaluation cycle's
/// carry-over: within 10% the operator adjusts its prices, beyond it the bureau reviews the caps,
/// each by a published deadline (price_adjustment, cap_review) counted from the report's
/// submission. The work is done once a later month's price (or cap) of one of the agreement's
/// products differs from the one in force when the report came in.
struct RevenueReview
{
    enum class Action
    {
        None, // on the maximum exactly
        AdjustPrices,
        ReviewCaps,
    };

    QString agreementId;
    QString agreementTitle;
    EvaluationCycles::CycleOutcome cycle; // the cycle of the year reviewed
    EvaluationCycles::YearOutcome year;
    Action action = Action::None;
    QDate reportedOn; // the report's submission
    WorkdayDate dueOn;
    QString doneIn; // "YYYY-MM": the first month the price or cap changed after the report; empty: open

    bool done() const { return !doneIn.isEmpty(); }
    /// Done in a month after the one the deadline falls in (prices are recorded by the month).
    bool doneLate() const
    {
        return done() && dueOn.date.isValid() && doneIn > dueOn.date.toString(QStringLiteral("yyyy-MM"));
    }
    bool overdue(const QDate& today) const { return action != Action::None && !done() && today > dueOn.date; }
    bool outOfBand() const { return action == Action::ReviewCaps; }

    static Action actionFor(const EvaluationCycles::YearOutcome& year);
    /// The deadline rule of an action (empty for None).
    static QString ruleOf(Action action);
    /// 运营机构调价 / 复核价格上限 / 无需调整
    static QString actionText(Action action);
    /// A signed deviation in basis points as a percentage: +12.50%.
    static QString deviationText(int bp);
    /// The figures behind the action, for a tooltip: the year's maximum, its deduction, the
    /// deviation, and the cycle's carry-over.
    QString explanation() const;
};

/// The reviews of the agreements a filter selects, computed in two statements: their reports
/// with their cycles, then the price changes since each review's report.
struct RevenueReviews
{
    QList<RevenueReview> reviews; // agreements with a submitted report, by agreement title
    DatabaseError error;

    qint64 count(RevenueReview::Action action) const;
    qint64 overdue(const QDate& today) const;
    /// The agreements whose latest year is beyond 10% (the caps are reviewed).
    QStringList outOfBandAgreements() const;

    static RevenueReviews compute(QSqlDatabase database, const GrantFilter& filter,
                                  const DeadlineRules& rules, const WorkingCalendar& calendar);
};

} // namespace xs
