#pragma once

#include "models/common/VocabularyTerm.h"
#include "models/journal/SyncTypes.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <array>
#include <optional>
#include <span>

namespace xs {

/// 绩效考核 (HN25, closing section): what each department is measured on, per quarter or year.
/// Every measure is a share of things done as they should be (in percent): a department with
/// nothing to count in one has no figure there, and its score is the weighted mean of the
/// figures it has.
namespace ScorecardMeasures {

enum class Measure
{
    CatalogCoverage,  // 目录覆盖: published entries among the department's entries
    EntriesCurrent,   // 按频更新: published entries not overdue against their frequency
    RequestsOnTime,   // 共享申请按时答复: requests to it answered by their reply deadline
    FeedbackOnTime,   // 质量反馈按时整改: its corrections after quality feedback closed in time
    OrdersOnTime,     // 整改按时办结: its other rectification orders closed in time
    OpenDataAnswered, // 开放需求按时答复: open-data demand assigned to it answered in time
    RevisionsOnTime,  // 目录按时修订: revisions of its published entries submitted by their deadline
};
constexpr int MeasureCount = 7;
constexpr std::array<Measure, MeasureCount> All{
    Measure::CatalogCoverage, Measure::EntriesCurrent,   Measure::RequestsOnTime, Measure::FeedbackOnTime,
    Measure::OrdersOnTime,    Measure::OpenDataAnswered, Measure::RevisionsOnTime};

/// The measures' codes (as weights and files name them) and labels.
std::span<const VocabularyTerm> terms();
QString code(Measure measure);
std::optional<Measure> fromCode(const QString& code);
QString label(Measure measure);

/// How much each measure counts, in percent of the score. Stored as scorecard_weight records
/// that administrators keep; the defaults stand for a measure without one.
class Weights
{
public:
    /// 20 · 20 · 20 · 10 · 15 · 15.
    static Weights defaults();
    /// The defaults, overridden by the live weight records.
    static Weights fromRecords(const QList<RecordState>& records);

    int weight(Measure measure) const { return m_weights.at(std::size_t(measure)); }
    void set(Measure measure, int weight) { m_weights.at(std::size_t(measure)) = weight; }

private:
    std::array<int, MeasureCount> m_weights{};
};

/// A quarter ("2026-Q4") or a year ("2026").
struct Period
{
    QDate first;
    QDate last;
    QString name;

    static std::optional<Period> parse(const QString& text);
    /// The period before, of the same length.
    Period previous() const;
    /// The period (quarter) holding day.
    static Period quarterOf(const QDate& day);
};

inline const QString WeightEntity = QStringLiteral("scorecard_weight");
constexpr int MaxWeight = 100;

} // namespace ScorecardMeasures

} // namespace xs
