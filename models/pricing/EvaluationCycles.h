#pragma once

#include "models/common/Message.h"
#include "models/pricing/PricingRules.h"

#include <QList>
#include <QString>

#include <optional>

namespace xs {

/// The evaluation cycles of an agreement's prices (DOMAIN.md §4): spans of at most three calendar
/// years in which the operating reports' maximum allowed revenue is summed, and revenue above it is
/// deducted from the next cycle's maximum. The carry-over is computed here from the reports, never
/// typed: each year's maximum follows from its own report's inputs, and the deduction from the
/// cycles, so two desktops and the hub always agree on it.
namespace EvaluationCycles {

struct Span
{
    int fromYear = 0;
    int toYear = 0;
    bool recorded = true; // false: assumed, because the agreement records no cycle for the year

    bool contains(int year) const { return year >= fromYear && year <= toYear; }
    bool operator==(const Span&) const = default;
};

/// `[{"from_year": 2025, "to_year": 2027}, …]` (the agreement's evaluation_cycles field) → spans;
/// empty text → none; nullopt if malformed.
std::optional<QList<Span>> fromJson(const QString& text);
QString toJson(const QList<Span>& spans);

/// Spans follow each other without overlapping, each at most three years, and within the
/// agreement's term when it has one (0: open). Empty if they do.
Message check(const QList<Span>& spans, int termFromYear = 0, int termToYear = 0);

/// One operating report as the cycles read it.
struct ReportYear
{
    int year = 0;
    qint64 maxFen = 0; // the year's maximum allowed revenue, from its own inputs
    qint64 actualFen = 0;
};

/// Adds a report read in year and submission order: a year reported again takes the later
/// submission, so each year counts once.
void addReport(QList<ReportYear>& years, const ReportYear& report);

struct YearOutcome
{
    int year = 0;
    qint64 ownMaxFen = 0;   // from the report's inputs
    qint64 deductedFen = 0; // the part of the previous cycle's excess taken off this year
    qint64 maxFen = 0;      // ownMaxFen − deductedFen: what this year's revenue is held to
    qint64 actualFen = 0;
    PricingRules::Deviation check; // actual against maxFen

    /// Within 10% but not on the maximum: the operator adjusts its prices.
    bool operatorAdjustsPrices() const { return check.operatorAdjustsPrices && actualFen != maxFen; }
    bool capsReviewed() const { return check.capsAdjusted; }
};

struct CycleOutcome
{
    Span span;
    qint64 ownMaxFen = 0;    // the sum of the years' own maxima
    qint64 carriedInFen = 0; // the previous cycle's excess, deducted here
    qint64 maxFen = 0;       // ownMaxFen − what of carriedInFen the years could absorb
    qint64 actualFen = 0;
    qint64 carriedOutFen = 0; // revenue above maxFen, plus any carry-in the years could not absorb
    QList<YearOutcome> years; // the reported years, in order

    /// Why the cycle's figures are what they are, for a tooltip and the annual report.
    QString explanation() const;
};

/// The cycles of one agreement's reports, oldest first. A reported year outside every recorded
/// span falls into an assumed one: the longest the rule allows (three years from that year), ending
/// before the next recorded span. The deduction comes off the cycle's years in order (the first
/// year first), none below zero; what they cannot absorb moves on to the next cycle.
QList<CycleOutcome> evaluate(const QList<Span>& spans, QList<ReportYear> reports);

/// The outcome of one year, if reported.
std::optional<YearOutcome> yearOf(const QList<CycleOutcome>& cycles, int year);

} // namespace EvaluationCycles

} // namespace xs
