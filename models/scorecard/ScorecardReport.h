#pragma once

#include "models/scorecard/Scorecard.h"
#include "models/sharing/RequestReport.h"

#include <QJsonObject>

namespace xs::ScorecardReport {

/// {period, first, last, weights: {measure: weight}, departments: [{code, name, rank, score,
/// previous_score, trend, measures: {measure: {done, total, percent}}}]}: null where a figure or
/// a score has nothing to count.
QJsonObject toJson(const Scorecard::Result& result, const ScorecardMeasures::Weights& weights);

/// The scorecard as a file, complete or not written: JSON as toJson, or a table (CSV, XLSX) of
/// one line per department with each measure's percent and its done/total.
DatabaseError write(const QString& path, RequestReport::Format format, const Scorecard::Result& result,
                    const ScorecardMeasures::Weights& weights);

} // namespace xs::ScorecardReport
