#pragma once

#include "models/scorecard/ScorecardMeasures.h"
#include "models/storage/DatabaseError.h"
#include "models/storage/PreparedQuery.h"

#include <QSqlDatabase>

#include <array>
#include <optional>

namespace xs {

/// One measure of one department: how many of the things counted were done as they should be.
struct ScorecardFigure
{
    qint64 done = 0;
    qint64 total = 0;
    /// done / total in percent, or nothing when there was nothing to count.
    std::optional<double> percent() const
    {
        return total > 0 ? std::optional<double>(100.0 * double(done) / double(total)) : std::nullopt;
    }
};

/// A department's line of the scorecard.
struct DepartmentScore
{
    QString code;
    QString name;
    std::array<ScorecardFigure, ScorecardMeasures::MeasureCount> figures{};
    std::optional<double> score;         // the weighted mean of the figures it has
    int rank = 0;                        // 1 for the best score; 0 without a score
    std::optional<double> previousScore; // the same for the period before: the trend
    std::optional<double> trend() const
    {
        return score && previousScore ? std::optional<double>(*score - *previousScore) : std::nullopt;
    }
};

/// One record counted in a figure: what the list behind a figure shows.
struct ScorecardRecord
{
    QString entity;
    QString id;
    QString title;
    QString dueOn;        // empty for the catalog measures
    QString doneOn;       // empty when not done
    bool counted = false; // done as it should be
};

/// 绩效考核 for every department and one period, read from this database: each measure counted
/// with one grouped query, the deadline measures over what fell due in the period (and, for the
/// period still running, what is due before today or done already), the catalog measures as
/// they stand on the period's last day or today if sooner. The same period before gives the trend.
namespace Scorecard {

struct Result
{
    ScorecardMeasures::Period period;
    QList<DepartmentScore> departments; // by rank, then code; those without a score last
    DatabaseError error;
};

Result compute(QSqlDatabase database, const ScorecardMeasures::Period& period,
               const ScorecardMeasures::Weights& weights, const QDate& today);
/// The records counted in one department's figure (at most limit of them, the latest due first).
QList<ScorecardRecord> recordsBehind(QSqlDatabase database, const ScorecardMeasures::Period& period,
                                     const QDate& today, ScorecardMeasures::Measure measure,
                                     const QString& department, int limit, DatabaseError* error);
/// The SQL that counts one measure per department (department, done, total) with its bindings:
/// also what the benchmark runs raw beside compute().
SqlCondition countingQuery(ScorecardMeasures::Measure measure, const ScorecardMeasures::Period& period,
                           const QDate& today);

} // namespace Scorecard

} // namespace xs
