#include "models/scorecard/ScorecardMeasures.h"

#include <QRegularExpression>

namespace xs::ScorecardMeasures {

namespace {

// In Measure's order.
constexpr VocabularyTerm Terms[] = {
    {"catalog_coverage", QT_TRANSLATE_NOOP("xs::ScorecardMeasures", "Catalog coverage")},
    {"entries_current", QT_TRANSLATE_NOOP("xs::ScorecardMeasures", "Entries updated on time")},
    {"requests_on_time", QT_TRANSLATE_NOOP("xs::ScorecardMeasures", "Sharing requests answered on time")},
    {"feedback_on_time", QT_TRANSLATE_NOOP("xs::ScorecardMeasures", "Quality feedback corrected on time")},
    {"orders_on_time", QT_TRANSLATE_NOOP("xs::ScorecardMeasures", "Rectification orders closed on time")},
    {"open_data_answered", QT_TRANSLATE_NOOP("xs::ScorecardMeasures", "Open-data demand answered on time")},
    {"revisions_on_time", QT_TRANSLATE_NOOP("xs::ScorecardMeasures", "Published entries revised on time")},
};
static_assert(std::size(Terms) == MeasureCount);

} // namespace

std::span<const VocabularyTerm> terms()
{
    return Terms;
}

QString code(Measure measure)
{
    return QString::fromLatin1(Terms[std::size_t(measure)].code);
}

std::optional<Measure> fromCode(const QString& code)
{
    for (const Measure measure : All) {
        if (ScorecardMeasures::code(measure) == code)
            return measure;
    }
    return std::nullopt;
}

QString label(Measure measure)
{
    return vocabularyLabel("xs::ScorecardMeasures", Terms, code(measure));
}

Weights Weights::defaults()
{
    Weights weights;
    weights.m_weights = {20, 20, 20, 10, 15, 15, 10};
    return weights;
}

Weights Weights::fromRecords(const QList<RecordState>& records)
{
    Weights weights = defaults();
    for (const RecordState& record : records) {
        const std::optional<Measure> measure =
            fromCode(record.fields.value(QStringLiteral("measure")).toString());
        if (!record.deleted && measure)
            weights.set(*measure, int(record.fields.value(QStringLiteral("weight")).toInteger()));
    }
    return weights;
}

std::optional<Period> Period::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-Q([1-4]))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    if (match.captured(2).isEmpty())
        return Period{QDate(year, 1, 1), QDate(year, 12, 31), QString::number(year)};
    const int quarter = match.captured(2).toInt();
    const QDate first(year, 3 * (quarter - 1) + 1, 1);
    return Period{first, first.addMonths(3).addDays(-1), QStringLiteral("%1-Q%2").arg(year).arg(quarter)};
}

Period Period::previous() const
{
    if (first.month() == 1 && last.month() == 12)
        return *parse(QString::number(first.year() - 1));
    return quarterOf(first.addDays(-1));
}

Period Period::quarterOf(const QDate& day)
{
    return *parse(QStringLiteral("%1-Q%2").arg(day.year()).arg((day.month() - 1) / 3 + 1));
}

} // namespace xs::ScorecardMeasures
