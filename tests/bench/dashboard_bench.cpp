// dashboard_bench: the managers' dashboards at scale. On one encrypted database with 10,000
// agreements, 50,000 products and up to five years of monthly prices (GrantDemoData; plus the demo
// catalog and registration queue the KPI tiles count), it measures side by side in one run and
// prints one JSON object per line:
//   demo_data        how many records of each kind, and how long writing them took
//   dashboard        every KPI and chart series of both dashboards (DashboardFigures::compute),
//                    against the very SQL statements it ran (captured with sqlite3_trace_v2,
//                    values bound) run again through the SQLite C API alone (target ratio <= 2);
//                    once for all periods and once for a three-year range; and against the
//                    statements that compute the same figures from the base tables alone, without
//                    the maintained aggregates (ratio_to_base_sql, target <= 0.1)
//   drilldown_list   filling the list a click on the biggest bar opens (GrantListModel)
//   ui_latency       the event-loop latency probe: a 5 ms timer on the UI thread while both
//                    dashboard pages are recomputed and redrawn, range after range; the longest
//                    gap between two ticks is the longest the UI was blocked (target <= 50 ms)
//
//   dashboard_bench [--agreements 10000] [--products-per-agreement 5] [--months 60] [--repeat 5]
#include "app/areas/GrantServices.h"
#include "models/calendar/CalendarRepository.h"
#include "models/catalog/DepartmentRepository.h"
#include "models/demo/CatalogDemoData.h"
#include "models/demo/DemoDataGenerator.h"
#include "models/demo/GrantDemoData.h"
#include "models/demo/RegistrationDemoData.h"
#include "models/grants/DashboardFigures.h"
#include "models/grants/GrantListModel.h"
#include "models/storage/Database.h"
#include "models/storage/SqlCipherDriver.h"
#include "models/storage/Transaction.h"
#include "tests/bench/BenchSupport.h"
#include "ui/grants/DashboardFrame.h"
#include "ui/grants/DateRangeBar.h"
#include "ui/grants/GrantDashboardPage.h"
#include "ui/grants/GrantRecordsPanel.h"
#include "ui/pricing/PricingPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <sqlite3.h>

using namespace xs;
using namespace xs::bench;

namespace {

const DatabaseKey BenchKey =
    DatabaseKey::fromHex("7d2e4f6a8b0c1d3e5f7a9b1c3d5e7f9a0b2c4d6e8f0a1b3c5d7e9f1a3b5c7d9e");

qint64 count(const QSqlDatabase& database, const char* table)
{
    QSqlQuery query(database);
    query.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(QLatin1String(table)));
    return query.next() ? query.value(0).toLongLong() : -1;
}

/// Every statement the dashboards run, with its values bound, as SQLite saw it.
int captureStatement(unsigned type, void* context, void* statement, void*)
{
    if (type != SQLITE_TRACE_STMT)
        return 0;
    char* expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
    if (expanded) {
        const QString sql = QString::fromUtf8(expanded);
        if (!sql.startsWith(QLatin1String("--"))) // trigger programs
            static_cast<QStringList*>(context)->append(sql);
        sqlite3_free(expanded);
    }
    return 0;
}

struct Comparison
{
    double dashboardMs = 0;
    double rawMs = 0;
    double baseSqlMs = 0; // the same figures' statements over the base tables (no maintained aggregates)
    int statements = 0;
    QList<std::pair<double, QString>> slowest; // the raw statements that took longest, and their time
};

/// The statements DashboardFigures::compute runs for filter, values bound.
QStringList statementsOf(sqlite3* handle, Database& database, const GrantFilter& filter,
                         PricingSeries::Source source)
{
    QStringList statements;
    sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, captureStatement, &statements);
    DashboardFigures::compute(database.connection(), filter, source); // also warms the page cache
    sqlite3_trace_v2(handle, 0, nullptr, nullptr);
    return statements;
}

Comparison compare(Database& database, const GrantFilter& filter, int repeat)
{
    sqlite3* handle = static_cast<SqlCipherDriver*>(database.connection().driver())->nativeHandle();
    const QStringList base = statementsOf(handle, database, filter, PricingSeries::Source::BaseTables);
    const QStringList statements =
        statementsOf(handle, database, filter, PricingSeries::Source::MaintainedAggregates);
    Comparison result;
    result.statements = int(statements.size());
    QList<double> dashboard;
    QList<double> raw;
    QList<double> baseSql;
    const auto total = [handle](const QStringList& sqls) {
        double ms = 0;
        for (const QString& sql : sqls)
            ms += rawStatementMs(handle, sql, {});
        return ms;
    };
    for (int i = 0; i < repeat; ++i) {
        dashboard.append(timeMs([&] { DashboardFigures::compute(database.connection(), filter); }));
        raw.append(total(statements));
        baseSql.append(total(base));
    }
    result.dashboardMs = median(dashboard);
    result.rawMs = median(raw);
    result.baseSqlMs = median(baseSql);
    for (const QString& sql : std::as_const(statements))
        result.slowest.append({rawStatementMs(handle, sql, {}), sql.simplified().left(160)});
    std::sort(result.slowest.begin(), result.slowest.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    result.slowest = result.slowest.mid(0, 4);
    return result;
}

/// Runs the event loop until the frame has its figures (and has drawn them), or 120 s pass.
bool waitForFigures(DashboardFrame* frame)
{
    QSignalSpy loaded(frame, &DashboardFrame::figuresLoaded);
    frame->refresh();
    return loaded.wait(120000);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("agreements"), QStringLiteral("Agreements."), QStringLiteral("n"),
                        QStringLiteral("10000")},
                       {QStringLiteral("products-per-agreement"), QStringLiteral("Products per agreement."),
                        QStringLiteral("n"), QStringLiteral("5")},
                       {QStringLiteral("months"), QStringLiteral("Months of prices."), QStringLiteral("n"),
                        QStringLiteral("60")},
                       {QStringLiteral("repeat"), QStringLiteral("Repetitions per figure."),
                        QStringLiteral("n"), QStringLiteral("5")}});
    parser.process(app);
    GrantDemoData::Size size;
    size.agreements = std::max(1, parser.value(QStringLiteral("agreements")).toInt());
    size.productsPerAgreement = std::max(1, parser.value(QStringLiteral("products-per-agreement")).toInt());
    size.monthsOfPrices = std::max(1, parser.value(QStringLiteral("months")).toInt());
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
    const SystemClock benchClock; // benchmarks run on the real date
    const QDate today = benchClock.today();

    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("dashboard.db"));
    DatabaseError error;
    std::unique_ptr<Database> database = Database::create(path, BenchKey, {}, &error);
    if (!database) {
        std::fprintf(stderr, "dashboard_bench: %s\n", qPrintable(error.fullText()));
        return 1;
    }
    const double generateMs = timeMs([&] {
        Transaction transaction(database->connection(), QStringLiteral("demo"),
                                Transaction::Durability::Replayable);
        error = transaction.begin();
        const QList<Department> departments = DemoDataGenerator::departments();
        if (!error.isError())
            error = DepartmentRepository(database->connection()).insert(departments);
        if (!error.isError())
            error = CatalogDemoData(database->connection(), departments, today)
                        .write(DemoDataGenerator::entriesFor(DemoDataGenerator::Scale::Small));
        if (!error.isError())
            error = RegistrationDemoData(departments, CalendarRepository::bundled(), today)
                        .write(database->connection(),
                               DemoDataGenerator::applicationsFor(DemoDataGenerator::Scale::Small));
        if (!error.isError())
            error = GrantDemoData(today).write(database->connection(), size);
        if (!error.isError())
            error = transaction.commit();
    });
    if (error.isError()) {
        std::fprintf(stderr, "dashboard_bench: demo data: %s\n", qPrintable(error.fullText()));
        return 1;
    }
    const QSqlDatabase connection = database->connection();
    print({{QStringLiteral("figure"), QStringLiteral("demo_data")},
           {QStringLiteral("agreements"), count(connection, "grant_agreement")},
           {QStringLiteral("products"), count(connection, "grant_product")},
           {QStringLiteral("monthly_prices"), count(connection, "grant_price")},
           {QStringLiteral("operating_reports"), count(connection, "grant_report")},
           {QStringLiteral("disclosures"), count(connection, "grant_disclosure")},
           {QStringLiteral("catalog_entries"), count(connection, "catalog_entry")},
           {QStringLiteral("registrations"), count(connection, "registration")},
           {QStringLiteral("generate_ms"), generateMs}});

    GrantFilter all;
    all.today = today;
    GrantFilter threeYears = all;
    threeYears.from = QDate(today.year() - 2, 1, 1);
    threeYears.to = QDate(today.year(), 12, 31);
    for (const auto& [name, filter] : {std::pair{QStringLiteral("all periods"), all},
                                       std::pair{QStringLiteral("three years"), threeYears}}) {
        const Comparison comparison = compare(*database, filter, repeat);
        print(
            {{QStringLiteral("figure"), QStringLiteral("dashboard")},
             {QStringLiteral("range"), name},
             {QStringLiteral("statements"), comparison.statements},
             {QStringLiteral("dashboard_ms"), comparison.dashboardMs},
             {QStringLiteral("same_sql_c_api_ms"), comparison.rawMs},
             {QStringLiteral("ratio"), comparison.rawMs > 0 ? comparison.dashboardMs / comparison.rawMs : 0},
             {QStringLiteral("target"), QStringLiteral("<= 2")},
             {QStringLiteral("base_sql_c_api_ms"), comparison.baseSqlMs},
             {QStringLiteral("ratio_to_base_sql"),
              comparison.baseSqlMs > 0 ? comparison.dashboardMs / comparison.baseSqlMs : 0},
             {QStringLiteral("target_to_base_sql"), QStringLiteral("<= 0.1")}});
        QJsonArray slowest;
        for (const auto& [ms, sql] : comparison.slowest)
            slowest.append(QJsonObject{{QStringLiteral("ms"), ms}, {QStringLiteral("sql"), sql}});
        print({{QStringLiteral("figure"), QStringLiteral("slowest_statements")},
               {QStringLiteral("range"), name},
               {QStringLiteral("statements"), slowest}});
    }

    // The list behind the tallest bar: every active agreement.
    GrantFilter active = all;
    active.activeOnly = true;
    // Read on the loader's thread; only handing the rows to the model happens on the UI thread.
    GrantListModel list(connection);
    DatabaseError listError;
    GrantListModel::Rows rows;
    const double queryMs =
        medianMs(repeat, [&] { rows = GrantListModel::query(connection, active, &listError); });
    const double setRowsMs = medianMs(repeat, [&] { list.setRows(active, rows, listError); });
    print({{QStringLiteral("figure"), QStringLiteral("drilldown_list")},
           {QStringLiteral("rows"), list.rowCount()},
           {QStringLiteral("query_ms_worker_thread"), queryMs},
           {QStringLiteral("set_rows_ms_ui_thread"), setRowsMs}});

    // The latency probe: both pages on screen (offscreen platform), recomputed for several ranges.
    GrantDashboardPage grants(
        std::make_unique<GrantServices>(connection, path, BenchKey, QStringLiteral("bench"), benchClock),
        Role::Manager);
    PricingPage pricing(
        std::make_unique<GrantServices>(connection, path, BenchKey, QStringLiteral("bench"), benchClock));
    grants.resize(1600, 1000);
    pricing.resize(1600, 1000);
    grants.show();
    pricing.show();
    LatencyProbe probe;
    waitForFigures(grants.frame()); // first load: opens the worker's connection
    waitForFigures(pricing.frame());
    probe.start();
    int loads = 0;
    // Every round also opens the list behind the tallest bar, as a click would.
    for (int i = 0; i < repeat; ++i) {
        for (const GrantFilter& filter : {all, threeYears}) {
            for (DashboardFrame* frame : {grants.frame(), pricing.frame()}) {
                QSignalSpy loaded(frame, &DashboardFrame::figuresLoaded);
                frame->range()->setRange(filter.from, filter.to); // requests the figures
                if (loaded.wait(120000))
                    ++loads;
                QCoreApplication::processEvents(); // paint
                QSignalSpy rowsLoaded(frame->records(), &GrantRecordsPanel::rowsLoaded);
                frame->drillDown(active, QStringLiteral("active"));
                rowsLoaded.wait(120000);
                QCoreApplication::processEvents();
                frame->showCharts();
            }
        }
    }
    probe.stop();
    QJsonObject latency = probe.figures();
    latency.insert(QStringLiteral("figure"), QStringLiteral("ui_latency"));
    latency.insert(QStringLiteral("loads"), loads);
    print(latency);
    return 0;
}
