#include "models/scorecard/ScorecardReport.h"

#include "models/catalog/io/CsvCodec.h"
#include "models/catalog/io/XlsxCodec.h"
#include "models/storage/DurableFile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace xs::ScorecardReport {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::ScorecardReport)
};

QJsonValue number(const std::optional<double>& value)
{
    return value ? QJsonValue(std::round(*value * 10) / 10) : QJsonValue();
}

QString cell(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'f', 1) : QString();
}

} // namespace

QJsonObject toJson(const Scorecard::Result& result, const ScorecardMeasures::Weights& weights)
{
    QJsonObject weightsJson;
    for (const ScorecardMeasures::Measure measure : ScorecardMeasures::All)
        weightsJson.insert(ScorecardMeasures::code(measure), weights.weight(measure));
    QJsonArray departments;
    for (const DepartmentScore& line : result.departments) {
        QJsonObject measures;
        for (const ScorecardMeasures::Measure measure : ScorecardMeasures::All) {
            const ScorecardFigure& figure = line.figures.at(std::size_t(measure));
            measures.insert(ScorecardMeasures::code(measure),
                            QJsonObject{{QStringLiteral("done"), figure.done},
                                        {QStringLiteral("total"), figure.total},
                                        {QStringLiteral("percent"), number(figure.percent())}});
        }
        departments.append(
            QJsonObject{{QStringLiteral("code"), line.code},
                        {QStringLiteral("name"), line.name},
                        {QStringLiteral("rank"), line.rank > 0 ? QJsonValue(line.rank) : QJsonValue()},
                        {QStringLiteral("score"), number(line.score)},
                        {QStringLiteral("previous_score"), number(line.previousScore)},
                        {QStringLiteral("trend"), number(line.trend())},
                        {QStringLiteral("measures"), measures}});
    }
    return {{QStringLiteral("period"), result.period.name},
            {QStringLiteral("first"), result.period.first.toString(Qt::ISODate)},
            {QStringLiteral("last"), result.period.last.toString(Qt::ISODate)},
            {QStringLiteral("weights"), weightsJson},
            {QStringLiteral("departments"), departments}};
}

DatabaseError write(const QString& path, RequestReport::Format format, const Scorecard::Result& result,
                    const ScorecardMeasures::Weights& weights)
{
    if (format == RequestReport::Format::Json)
        return DurableFile::writeAtomically(path, QJsonDocument(toJson(result, weights)).toJson());
    QStringList header{Text::tr("Rank"), Text::tr("Department code"), Text::tr("Department"),
                       Text::tr("Score"), Text::tr("Change on the period before")};
    for (const ScorecardMeasures::Measure measure : ScorecardMeasures::All)
        header << ScorecardMeasures::label(measure) + QStringLiteral(" (%)")
               << ScorecardMeasures::label(measure) + Text::tr(" (done/counted)");
    QList<QStringList> rows;
    for (const DepartmentScore& line : result.departments) {
        QStringList row{line.rank > 0 ? QString::number(line.rank) : QString(), line.code, line.name,
                        cell(line.score), cell(line.trend())};
        for (const ScorecardFigure& figure : line.figures)
            row << cell(figure.percent()) << QStringLiteral("%1/%2").arg(figure.done).arg(figure.total);
        rows.append(row);
    }
    if (format == RequestReport::Format::Csv)
        return DurableFile::writeAtomically(path, CsvCodec::write(header, rows));
    if (const QString problem =
            XlsxCodec::write(path, Text::tr("Scorecard %1").arg(result.period.name), header, rows);
        !problem.isEmpty())
        return DatabaseError(DatabaseError::Kind::Io, problem);
    return {};
}

} // namespace xs::ScorecardReport
