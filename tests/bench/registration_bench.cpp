// registration_bench: the registration queue at scale. On one encrypted database holding 100,000
// demo applications it measures, side by side in one run, and prints one JSON object per line:
//   overdue_first_page  opening the "overdue" view sorted by deadline until the model holds its
//                       first page and every cell of it has been read (remaining working days
//                       included), against the model's own page statement through the SQLite C
//                       API (target ratio <= 2)
//   view_first_page     the same for every other view, for reference
//   view_counts         counting all six views (the tab labels)
//
//   registration_bench [--applications 100000] [--repeat 7]
#include "models/calendar/CalendarRepository.h"
#include "models/demo/DemoDataGenerator.h"
#include "models/demo/RegistrationDemoData.h"
#include "models/registration/RegistrationQueueModel.h"
#include "models/storage/Database.h"
#include "models/storage/SqlCipherDriver.h"
#include "models/storage/Transaction.h"
#include "tests/bench/BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <sqlite3.h>

using namespace xs;
using namespace xs::bench;

namespace {

const DatabaseKey BenchKey =
    DatabaseKey::fromHex("5e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f");
// A fixed day inside the bundled calendar, so every deadline can be counted.
const QDate Today(2026, 6, 15);

QString viewName(QueueView view)
{
    switch (view) {
    case QueueView::Mine:
        return QStringLiteral("mine");
    case QueueView::Unassigned:
        return QStringLiteral("unassigned");
    case QueueView::All:
        return QStringLiteral("all");
    case QueueView::Overdue:
        return QStringLiteral("overdue");
    case QueueView::InPublicNotice:
        return QStringLiteral("in_public_notice");
    case QueueView::ExpiringSoon:
        return QStringLiteral("expiring_soon");
    }
    return {};
}

/// What SQLite does with the statement: the index it walks, or the scan and sort it falls back to.
QString queryPlan(const QSqlDatabase& database, const RegistrationQueueQuery::Statement& page)
{
    QSqlQuery plan(database);
    plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + page.sql);
    for (const QVariant& value : page.bindings)
        plan.addBindValue(value);
    QStringList steps;
    if (plan.exec()) {
        while (plan.next())
            steps << plan.value(3).toString();
    }
    return steps.join(QStringLiteral("; "));
}

/// The count shown on the view's tab, alone.
void countView(const QSqlDatabase& database, const QueueFilter& filter)
{
    (void)RegistrationQueueQuery::counts(database, filter, {filter.view});
}

/// Everything a view shows of its first page: the cells of every row.
void readFirstPage(const RegistrationQueueModel& model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < RegistrationQueueModel::ColumnCount; ++column)
            (void)model.data(model.index(row, column));
        (void)model.data(model.index(row, RegistrationQueueModel::RemainingColumn),
                         RegistrationQueueModel::UrgencyRole);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("applications"), QStringLiteral("applications"), QStringLiteral("N"),
                        QStringLiteral("100000")},
                       {QStringLiteral("repeat"), QStringLiteral("repetitions"), QStringLiteral("N"),
                        QStringLiteral("7")}});
    parser.process(app);
    const qint64 applications = std::max(1, parser.value(QStringLiteral("applications")).toInt());
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());

    QTemporaryDir directory;
    DatabaseError error;
    std::unique_ptr<Database> database =
        Database::create(directory.filePath(QStringLiteral("queue.db")), BenchKey, {}, &error);
    if (!database) {
        std::fprintf(stderr, "registration_bench: %s\n", qPrintable(error.fullText()));
        return 1;
    }
    const WorkingCalendar calendar = CalendarRepository::bundled();
    const double generateMs = timeMs([&] {
        Transaction transaction(database->connection(), QStringLiteral("demo"),
                                Transaction::Durability::Replayable);
        error = transaction.begin();
        if (!error.isError())
            error = RegistrationDemoData(DemoDataGenerator::departments(), calendar, Today)
                        .write(database->connection(), applications);
        if (!error.isError())
            error = transaction.commit();
    });
    if (error.isError()) {
        std::fprintf(stderr, "registration_bench: demo data: %s\n", qPrintable(error.fullText()));
        return 1;
    }
    print({{QStringLiteral("figure"), QStringLiteral("demo_data")},
           {QStringLiteral("applications"), applications},
           {QStringLiteral("generate_ms"), generateMs}});

    sqlite3* handle = static_cast<SqlCipherDriver*>(database->connection().driver())->nativeHandle();
    RegistrationQueueModel model(database->connection(), calendar);
    for (const QueueView view : RegistrationQueueQuery::views()) {
        QueueFilter filter;
        filter.view = view;
        filter.user = QStringLiteral("demo-reviewer");
        filter.today = Today;
        QueueFilter other = filter; // alternate, so every measurement is a real change of view
        other.view = view == QueueView::All ? QueueView::Mine : QueueView::All;
        const RegistrationQueueQuery::Statement page =
            RegistrationQueueQuery::page(filter, RegistrationQueueModel::PageSize + 1, std::nullopt);
        QList<double> modelTimes;
        QList<double> rawTimes;
        for (int i = 0; i < repeat; ++i) {
            model.setFilter(other);
            modelTimes.append(timeMs([&] {
                model.setFilter(filter);
                readFirstPage(model);
            }));
            rawTimes.append(rawStatementMs(handle, page.sql, page.bindings));
        }
        const double modelMs = median(modelTimes);
        const double rawMs = median(rawTimes);
        print({{QStringLiteral("figure"), view == QueueView::Overdue ? QStringLiteral("overdue_first_page")
                                                                     : QStringLiteral("view_first_page")},
               {QStringLiteral("view"), viewName(view)},
               {QStringLiteral("applications"), applications},
               {QStringLiteral("rows_in_page"), model.rowCount()},
               {QStringLiteral("model_ms"), modelMs},
               {QStringLiteral("same_query_c_api_ms"), rawMs},
               {QStringLiteral("ratio"), rawMs > 0 ? modelMs / rawMs : 0},
               {QStringLiteral("plan"), queryPlan(database->connection(), page)},
               {QStringLiteral("count_ms"),
                medianMs(repeat, [&] { countView(database->connection(), filter); })},
               {QStringLiteral("target"),
                view == QueueView::Overdue ? QStringLiteral("<= 2") : QStringLiteral("-")}});
    }
    QueueFilter filter;
    filter.user = QStringLiteral("demo-reviewer");
    filter.today = Today;
    print({{QStringLiteral("figure"), QStringLiteral("view_counts")},
           {QStringLiteral("applications"), applications},
           {QStringLiteral("ms"),
            medianMs(repeat, [&] { RegistrationQueueQuery::counts(database->connection(), filter); })}});
    return 0;
}
