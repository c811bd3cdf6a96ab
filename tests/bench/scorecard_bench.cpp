// scorecard_bench: the department scorecard (绩效考核) on a demo database. On one encrypted
// database it measures, side by side in one run, and prints one JSON object per line:
//   demo_data        generating the demo (for reference)
//   scorecard        Scorecard::compute for every department and a quarter (its counts, and the
//                    same for the quarter before, the departments, scoring and ranking) against
//                    the same counting statements and the departments' through the SQLite C API
//                    (target ratio <= 2)
//   measure_query    each measure's counting statement alone through the C API (where the time goes)
//   records_behind   the list behind one figure (for reference)
//
//   scorecard_bench [--scale small|bench] [--repeat 7]
#include "models/demo/DemoDataGenerator.h"
#include "models/scorecard/Scorecard.h"
#include "models/storage/Database.h"
#include "models/storage/SqlCipherDriver.h"
#include "tests/bench/BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <sqlite3.h>

using namespace xs;
using namespace xs::bench;

namespace {

const DatabaseKey BenchKey =
    DatabaseKey::fromHex("6f3e2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a");
// The demo dates its requests, feedback and orders around this day.
const QDate Today(2026, 11, 20);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("scale"), QStringLiteral("demo scale"), QStringLiteral("SCALE"),
                        QStringLiteral("bench")},
                       {QStringLiteral("repeat"), QStringLiteral("repetitions"), QStringLiteral("N"),
                        QStringLiteral("7")}});
    parser.process(app);
    const std::optional<DemoDataGenerator::Scale> scale =
        DemoDataGenerator::scaleFromString(parser.value(QStringLiteral("scale")));
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
    if (!scale) {
        std::fprintf(stderr, "scorecard_bench: --scale is small, bench, large or province\n");
        return 2;
    }
    QTemporaryDir directory;
    DatabaseError error;
    std::unique_ptr<Database> database =
        Database::create(directory.filePath(QStringLiteral("scorecard.db")), BenchKey, {}, &error);
    if (!database) {
        std::fprintf(stderr, "scorecard_bench: %s\n", qPrintable(error.fullText()));
        return 1;
    }
    const double generateMs =
        timeMs([&] { error = DemoDataGenerator(database->connection(), Today).generate(*scale); });
    if (error.isError()) {
        std::fprintf(stderr, "scorecard_bench: demo data: %s\n", qPrintable(error.fullText()));
        return 1;
    }
    print({{QStringLiteral("figure"), QStringLiteral("demo_data")},
           {QStringLiteral("scale"), DemoDataGenerator::scaleToString(*scale)},
           {QStringLiteral("generate_ms"), generateMs}});

    sqlite3* handle = static_cast<SqlCipherDriver*>(database->connection().driver())->nativeHandle();
    const ScorecardMeasures::Period quarter = ScorecardMeasures::Period::quarterOf(Today);
    const ScorecardMeasures::Weights weights = ScorecardMeasures::Weights::defaults();
    Scorecard::Result result;
    const double computeMs = medianMs(
        repeat, [&] { result = Scorecard::compute(database->connection(), quarter, weights, Today); });
    if (result.error.isError()) {
        std::fprintf(stderr, "scorecard_bench: %s\n", qPrintable(result.error.fullText()));
        return 1;
    }
    QList<double> rawTimes;
    for (int i = 0; i < repeat; ++i) {
        double total = rawStatementMs(handle,
                                      QStringLiteral("SELECT code, name FROM department WHERE deleted = 0 "
                                                     "ORDER BY sort_order, code"),
                                      {});
        for (const ScorecardMeasures::Period& period : {quarter, quarter.previous()}) {
            for (const ScorecardMeasures::Measure measure : ScorecardMeasures::All) {
                const SqlCondition counting = Scorecard::countingQuery(measure, period, Today);
                total += rawStatementMs(handle, counting.sql, counting.bindings);
            }
        }
        rawTimes.append(total);
    }
    const double rawMs = median(rawTimes);
    qsizetype scored = 0;
    for (const DepartmentScore& line : result.departments)
        scored += line.score ? 1 : 0;
    print({{QStringLiteral("figure"), QStringLiteral("scorecard")},
           {QStringLiteral("scale"), DemoDataGenerator::scaleToString(*scale)},
           {QStringLiteral("period"), quarter.name},
           {QStringLiteral("departments"), result.departments.size()},
           {QStringLiteral("scored"), scored},
           {QStringLiteral("compute_ms"), computeMs},
           {QStringLiteral("same_queries_c_api_ms"), rawMs},
           {QStringLiteral("ratio"), rawMs > 0 ? computeMs / rawMs : 0},
           {QStringLiteral("target"), QStringLiteral("<= 2")}});

    // Each measure's statement alone, this quarter: where the time goes.
    for (const ScorecardMeasures::Measure measure : ScorecardMeasures::All) {
        const SqlCondition counting = Scorecard::countingQuery(measure, quarter, Today);
        QList<double> times;
        for (int i = 0; i < repeat; ++i)
            times.append(rawStatementMs(handle, counting.sql, counting.bindings));
        print({{QStringLiteral("figure"), QStringLiteral("measure_query")},
               {QStringLiteral("measure"), ScorecardMeasures::code(measure)},
               {QStringLiteral("c_api_ms"), median(times)}});
    }

    // The figure with the most behind it: the catalog coverage of the first department.
    const QString department =
        result.departments.isEmpty() ? QString() : result.departments.constFirst().code;
    QList<ScorecardRecord> records;
    const double behindMs = medianMs(repeat, [&] {
        records =
            Scorecard::recordsBehind(database->connection(), quarter, Today,
                                     ScorecardMeasures::Measure::CatalogCoverage, department, 500, &error);
    });
    print({{QStringLiteral("figure"), QStringLiteral("records_behind")},
           {QStringLiteral("department"), department},
           {QStringLiteral("records"), records.size()},
           {QStringLiteral("ms"), behindMs}});
    return 0;
}
