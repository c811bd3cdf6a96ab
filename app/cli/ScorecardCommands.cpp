// xiangshu-cli scorecard: the department scorecard (绩效考核) of one period, printed or written as a
// file for managers and audit bodies (CLI.md).
#include "app/cli/CliCommands.h"
#include "app/cli/CliContext.h"
#include "models/journal/LocalRecords.h"
#include "models/scorecard/Scorecard.h"
#include "models/scorecard/ScorecardReport.h"

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::ScorecardCommands)
};

QString figure(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'f', 1) : QStringLiteral("—");
}

} // namespace

ExitCode runScorecard(CliContext& context)
{
    const QString periodText = context.isSet(QStringLiteral("period"))
                                   ? context.option(QStringLiteral("period"))
                                   : ScorecardMeasures::Period::quarterOf(context.clock().today()).name;
    const std::optional<ScorecardMeasures::Period> period = ScorecardMeasures::Period::parse(periodText);
    if (!period)
        return context.fail(
            ExitCode::Usage,
            Text::tr("\"%1\" is not a period: a quarter such as 2026-Q4, or a year such as 2026.")
                .arg(periodText),
            QStringLiteral("usage"));
    const QString path = context.arguments().value(0);
    std::optional<RequestReport::Format> format;
    if (!path.isEmpty()) {
        format = RequestReport::formatOf(path, context.option(QStringLiteral("format")));
        if (!format)
            return context.fail(ExitCode::Usage, Text::tr("Write the scorecard as .json, .csv or .xlsx."),
                                QStringLiteral("usage"));
    }
    ExitCode exitCode = ExitCode::Success;
    const std::unique_ptr<Database> database = context.unlock(false, &exitCode);
    if (!database)
        return exitCode;
    const ScorecardMeasures::Weights weights = ScorecardMeasures::Weights::fromRecords(
        LocalRecords(database->connection(), context.clock()).live(ScorecardMeasures::WeightEntity));
    const Scorecard::Result result =
        Scorecard::compute(database->connection(), *period, weights, context.clock().today());
    if (result.error.isError())
        return context.failDatabase(result.error);
    if (format) {
        if (const DatabaseError error = ScorecardReport::write(path, *format, result, weights);
            error.isError())
            return context.failDatabase(error);
        context.printResult({{QStringLiteral("file"), path},
                             {QStringLiteral("period"), period->name},
                             {QStringLiteral("departments"), result.departments.size()}},
                            {Text::tr("Wrote the scorecard of %1 for %n department(s) to %2.", nullptr,
                                      int(result.departments.size()))
                                 .arg(period->name, path)});
        return ExitCode::Success;
    }
    QStringList lines{
        Text::tr("Scorecard %1 (%2 to %3): rank, score, change, department")
            .arg(period->name, period->first.toString(Qt::ISODate), period->last.toString(Qt::ISODate))};
    for (const DepartmentScore& line : result.departments)
        lines << QStringLiteral("%1  %2  %3  %4 %5")
                     .arg(line.rank > 0 ? QString::number(line.rank) : QStringLiteral("—"),
                          figure(line.score), figure(line.trend()), line.code, line.name);
    context.printResult(ScorecardReport::toJson(result, weights), lines);
    return ExitCode::Success;
}

} // namespace xs
