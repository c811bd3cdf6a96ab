#include "models/pricing/EvaluationCycles.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace xs::EvaluationCycles {

namespace {

const QString FromYear = QStringLiteral("from_year");
const QString ToYear = QStringLiteral("to_year");

/// The spans the reports fall into: the recorded ones, and an assumed one for each run of reported
/// years none covers.
QList<Span> spansFor(QList<Span> spans, const QList<ReportYear>& reports)
{
    std::sort(spans.begin(), spans.end(),
              [](const Span& a, const Span& b) { return a.fromYear < b.fromYear; });
    const QList<Span> recorded = spans;
    for (const ReportYear& report : reports) {
        if (std::any_of(spans.cbegin(), spans.cend(), [&](const Span& s) { return s.contains(report.year); }))
            continue;
        Span assumed{report.year, report.year + PricingRules::MaxEvaluationCycleYears - 1, false};
        for (const Span& next : recorded) {
            if (next.fromYear > report.year)
                assumed.toYear = std::min(assumed.toYear, next.fromYear - 1);
        }
        spans.append(assumed);
        std::sort(spans.begin(), spans.end(),
                  [](const Span& a, const Span& b) { return a.fromYear < b.fromYear; });
    }
    return spans;
}

} // namespace

std::optional<QList<Span>> fromJson(const QString& text)
{
    if (text.trimmed().isEmpty())
        return QList<Span>{};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    QList<Span> spans;
    for (const QJsonValue& value : document.array()) {
        const QJsonObject span = value.toObject();
        if (!span.value(FromYear).isDouble() || !span.value(ToYear).isDouble())
            return std::nullopt;
        spans.append({span.value(FromYear).toInt(), span.value(ToYear).toInt()});
    }
    return spans;
}

QString toJson(const QList<Span>& spans)
{
    QJsonArray array;
    for (const Span& span : spans)
        array.append(QJsonObject{{FromYear, span.fromYear}, {ToYear, span.toYear}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Message check(const QList<Span>& spans, int termFromYear, int termToYear)
{
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const Span& span = spans.at(i);
        if (span.fromYear < 2000 || span.toYear > 9999)
            return XS_MESSAGE("xs::EvaluationCycles", "Enter each cycle's first and last year.");
        if (const Message problem =
                PricingRules::checkEvaluationCycle(QDate(span.fromYear, 1, 1), QDate(span.toYear, 12, 31));
            !problem.isEmpty())
            return problem;
        if (i > 0 && span.fromYear <= spans.at(i - 1).toYear)
            return XS_MESSAGE("xs::EvaluationCycles",
                              "The cycle from %1 starts before the one before it ends: list cycles in order, "
                              "without overlap.")
                .arg(span.fromYear);
        if ((termFromYear > 0 && span.fromYear < termFromYear) ||
            (termToYear > 0 && span.toYear > termToYear))
            return XS_MESSAGE("xs::EvaluationCycles", "The cycle %1–%2 lies outside the agreement's term.")
                .arg(span.fromYear)
                .arg(span.toYear);
    }
    return {};
}

QList<CycleOutcome> evaluate(const QList<Span>& spans, QList<ReportYear> reports)
{
    std::sort(reports.begin(), reports.end(),
              [](const ReportYear& a, const ReportYear& b) { return a.year < b.year; });
    QList<CycleOutcome> cycles;
    qint64 carry = 0;
    for (const Span& span : spansFor(spans, reports)) {
        CycleOutcome cycle;
        cycle.span = span;
        cycle.carriedInFen = carry;
        qint64 toDeduct = carry;
        for (const ReportYear& report : reports) {
            if (!span.contains(report.year))
                continue;
            YearOutcome year;
            year.year = report.year;
            year.ownMaxFen = std::max<qint64>(0, report.maxFen);
            year.deductedFen = std::min(toDeduct, year.ownMaxFen);
            toDeduct -= year.deductedFen;
            year.maxFen = year.ownMaxFen - year.deductedFen;
            year.actualFen = report.actualFen;
            year.check = PricingRules::annualCheck(year.actualFen, year.maxFen);
            cycle.ownMaxFen += year.ownMaxFen;
            cycle.maxFen += year.maxFen;
            cycle.actualFen += year.actualFen;
            cycle.years.append(year);
        }
        if (cycle.years.isEmpty())
            continue; // a recorded cycle with no report yet: nothing to carry through it
        cycle.carriedOutFen = std::max<qint64>(0, cycle.actualFen - cycle.maxFen) + toDeduct;
        carry = cycle.carriedOutFen;
        cycles.append(cycle);
    }
    return cycles;
}

void addReport(QList<ReportYear>& years, const ReportYear& report)
{
    if (!years.isEmpty() && years.constLast().year == report.year)
        years.last() = report;
    else
        years.append(report);
}

std::optional<YearOutcome> yearOf(const QList<CycleOutcome>& cycles, int year)
{
    for (const CycleOutcome& cycle : cycles) {
        for (const YearOutcome& outcome : cycle.years) {
            if (outcome.year == year)
                return outcome;
        }
    }
    return std::nullopt;
}

QString CycleOutcome::explanation() const
{
    QStringList lines;
    lines << (span.recorded ? QCoreApplication::translate("xs::EvaluationCycles", "Evaluation cycle %1–%2.")
                            : QCoreApplication::translate("xs::EvaluationCycles",
                                                          "Evaluation cycle %1–%2 (assumed: none recorded)."))
                 .arg(span.fromYear)
                 .arg(span.toYear);
    lines << QCoreApplication::translate("xs::EvaluationCycles",
                                         "Maximum allowed revenue of its years: %1 yuan.")
                 .arg(PricingRules::yuan(ownMaxFen));
    if (carriedInFen > 0)
        lines
            << QCoreApplication::translate(
                   "xs::EvaluationCycles",
                   "Less the revenue above the previous cycle's maximum, %1 yuan, deducted from its years in "
                   "order: %2 yuan.")
                   .arg(PricingRules::yuan(carriedInFen), PricingRules::yuan(maxFen));
    lines << QCoreApplication::translate("xs::EvaluationCycles", "Actual revenue: %1 yuan.")
                 .arg(PricingRules::yuan(actualFen));
    if (carriedOutFen > 0)
        lines << QCoreApplication::translate(
                     "xs::EvaluationCycles",
                     "%1 yuan is carried into the next cycle and deducted from its maximum.")
                     .arg(PricingRules::yuan(carriedOutFen));
    else
        lines << QCoreApplication::translate("xs::EvaluationCycles",
                                             "Nothing is carried into the next cycle.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace xs::EvaluationCycles
