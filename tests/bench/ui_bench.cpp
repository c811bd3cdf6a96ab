// ui_bench: the catalog page at scale, driven as a user drives it, with the event-loop latency
// probe (LatencyProbe: a 5 ms timer on the UI thread) running throughout. For each kind of action
// it prints one JSON line with the longest the UI thread was kept from its events:
//   ui_latency  action = filter         typing a term and pressing Enter, five terms from rare to common
//               action = sort           every sortable column, both ways, without and with a term
//               action = scroll_to_end  Ctrl+End in the table until every page has been fetched
//               action = facets         checking and unchecking the first value of every facet
//   scroll_memory  rows fetched and the process's resident memory before and after scrolling
// Each action waits, with the event loop running, until the counts it asked for have arrived
// (they are read off the UI thread), as a user would before the next. Target: max_blocked_ms <= 50.
//
//   ui_bench [--scale small|bench|large|province] [--dir PATH] [--only ACTION[,ACTION...]]
//   (--dir keeps ui.db for the next run)
#include "app/areas/CatalogServices.h"
#include "models/catalog/CatalogFacetModel.h"
#include "models/catalog/CatalogTableModel.h"
#include "models/common/Clock.h"
#include "models/demo/DemoDataGenerator.h"
#include "models/storage/Database.h"
#include "tests/bench/BenchSupport.h"
#include "ui/catalog/CatalogPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cstdio>

using namespace xs;
using namespace xs::bench;

namespace {

const DatabaseKey BenchKey =
    DatabaseKey::fromHex("5b2e8c1d9f4a7e3b6c0d2f8a1e5b9c3d7f0a4e8b2c6d1f5a9e3b7c0d4f8a2e6b");
const SystemClock TestClock; // benchmarks run on the real date

/// Runs the event loop until the page has the counts it asked for (at most two minutes).
void settle(const CatalogPage& page)
{
    QElapsedTimer waited;
    waited.start();
    do
        QTest::qWait(2);
    while (page.isReading() && waited.elapsed() < 120000);
}

/// Runs the event loop until the page the view asked for has come (read on the loader's thread).
void waitForNextPage(const CatalogTableModel& model)
{
    do
        QTest::qWait(1);
    while (model.isReadingNextPage());
}

/// One kind of action, measured from its first step to its last with the probe running.
class Action
{
public:
    explicit Action(QString name)
        : m_name(std::move(name))
    {
        m_wall.start();
        m_probe.start();
    }
    /// what: the step just done; the step during which the longest stall so far happened is named.
    void step(const QString& what)
    {
        ++m_steps;
        if (const double blocked = m_probe.maxBlockedMs(); blocked > m_worstMs) {
            m_worstMs = blocked;
            m_worstStep = what;
        }
    }
    void finish(const QJsonObject& extra = {})
    {
        m_probe.stop();
        QJsonObject line = m_probe.figures();
        line.insert(QStringLiteral("figure"), QStringLiteral("ui_latency"));
        line.insert(QStringLiteral("action"), m_name);
        line.insert(QStringLiteral("steps"), m_steps);
        line.insert(QStringLiteral("wall_ms"), double(m_wall.elapsed()));
        line.insert(QStringLiteral("worst_step"), m_worstStep);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            line.insert(it.key(), it.value());
        print(line);
    }

private:
    QString m_name;
    LatencyProbe m_probe;
    QElapsedTimer m_wall;
    int m_steps = 0;
    double m_worstMs = 0;
    QString m_worstStep;
};

void filter(CatalogPage& page)
{
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("catalogSearch"));
    Action action(QStringLiteral("filter"));
    for (const QString& term :
         {QStringLiteral("公交线路"), QStringLiteral("不动产登记"), QStringLiteral("人口"),
          QStringLiteral("数据项"), QStringLiteral("数据"), QString()}) {
        search->setText(term);
        QTest::keyClick(search, Qt::Key_Return);
        settle(page);
        action.step(term);
    }
    action.finish();
}

void sort(CatalogPage& page)
{
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("catalogSearch"));
    auto* view = page.findChild<QTableView*>(QStringLiteral("catalogTable"));
    Action action(QStringLiteral("sort"));
    for (const QString& term : {QString(), QStringLiteral("数据项")}) {
        search->setText(term);
        QTest::keyClick(search, Qt::Key_Return);
        settle(page);
        for (int column = 0; column < page.tableModel().columnCount(); ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                view->sortByColumn(column, order);
                settle(page);
                action.step(QStringLiteral("%1 column %2 %3")
                                .arg(term)
                                .arg(column)
                                .arg(order == Qt::AscendingOrder ? "ascending" : "descending"));
            }
        }
    }
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    view->sortByColumn(CatalogTableModel::NameColumn, Qt::AscendingOrder);
    settle(page);
    action.finish();
}

void scrollToEnd(CatalogPage& page)
{
    auto* view = page.findChild<QTableView*>(QStringLiteral("catalogTable"));
    CatalogTableModel& model = page.tableModel();
    const qint64 before = residentKiB();
    view->setFocus();
    Action action(QStringLiteral("scroll_to_end"));
    int unchanged = 0;
    while (model.canFetchMore({}) && unchanged < 3) {
        const int rows = model.rowCount();
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        waitForNextPage(model);
        unchanged = model.rowCount() == rows ? unchanged + 1 : 0;
        action.step(QStringLiteral("from row %1").arg(rows));
    }
    const bool reachedEnd = !model.canFetchMore({});
    action.finish({{QStringLiteral("rows"), model.rowCount()}, {QStringLiteral("reached_end"), reachedEnd}});
    print({{QStringLiteral("figure"), QStringLiteral("scroll_memory")},
           {QStringLiteral("rows"), model.rowCount()},
           {QStringLiteral("rows_in_memory"), double(model.rowsInMemory())},
           {QStringLiteral("rss_mb_before"), double(before) / 1024},
           {QStringLiteral("rss_mb_after"), double(residentKiB()) / 1024},
           {QStringLiteral("target"), QStringLiteral("rss_mb_after <= 250")}});
}

void facets(CatalogPage& page)
{
    auto* tree = page.findChild<QTreeView*>(QStringLiteral("catalogFacets"));
    CatalogFacetModel& model = page.facetModel();
    Action action(QStringLiteral("facets"));
    for (int group = 0; group < model.rowCount(); ++group) {
        const QModelIndex parent = model.index(group, 0);
        tree->expand(parent);
        if (model.rowCount(parent) == 0)
            continue;
        const QModelIndex first = model.index(0, 0, parent);
        for (const Qt::CheckState state : {Qt::Checked, Qt::Unchecked}) {
            model.setData(first, state, Qt::CheckStateRole);
            settle(page);
            action.step(
                QStringLiteral("%1 %2 %3")
                    .arg(parent.data().toString(), first.data(CatalogFacetModel::ValueRole).toString())
                    .arg(state == Qt::Checked ? "checked" : "unchecked"));
        }
    }
    action.finish();
}

/// Scrolls a few pages into the table under each facet's first value: the pages after the first
/// are read as the view asks for them, in whatever plan the first page chose.
void filteredScroll(CatalogPage& page)
{
    auto* view = page.findChild<QTableView*>(QStringLiteral("catalogTable"));
    CatalogFacetModel& facets = page.facetModel();
    CatalogTableModel& table = page.tableModel();
    Action action(QStringLiteral("filtered_scroll"));
    for (int group = 0; group < facets.rowCount(); ++group) {
        const QModelIndex parent = facets.index(group, 0);
        if (facets.rowCount(parent) == 0)
            continue;
        const QModelIndex first = facets.index(0, 0, parent);
        facets.setData(first, Qt::Checked, Qt::CheckStateRole);
        // Only the first page is waited for: the user scrolls while the counts are read.
        while (table.isReadingFirstPage())
            QTest::qWait(2);
        view->setFocus();
        for (int pageNumber = 0; pageNumber < 5 && table.canFetchMore({}); ++pageNumber) {
            QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
            waitForNextPage(table);
            action.step(
                QStringLiteral("%1 %2 to row %3")
                    .arg(parent.data().toString(), first.data(CatalogFacetModel::ValueRole).toString())
                    .arg(table.rowCount()));
        }
        facets.setData(first, Qt::Unchecked, Qt::CheckStateRole);
    }
    settle(page);
    action.finish();
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("scale"), QStringLiteral("small, bench, large or province"), QStringLiteral("SCALE"),
          QStringLiteral("bench")},
         {QStringLiteral("dir"), QStringLiteral("work directory"), QStringLiteral("PATH")},
         {QStringLiteral("only"),
          QStringLiteral(
              "the actions to run, comma-separated: filter, sort, facets, filtered_scroll, scroll_to_end"),
          QStringLiteral("ACTION")}});
    parser.process(app);
    const std::optional<DemoDataGenerator::Scale> scale =
        DemoDataGenerator::scaleFromString(parser.value(QStringLiteral("scale")));
    if (!scale) {
        std::fprintf(stderr, "ui_bench: --scale small, bench, large or province\n");
        return 2;
    }
    QTemporaryDir temporary;
    const QString directory =
        parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path();
    const QString path = directory + QStringLiteral("/ui.db");
    DatabaseError error;
    double generateMs = 0;
    const std::unique_ptr<Database> database =
        openOrGenerateDemo(path, BenchKey, *scale, TestClock.today(), &generateMs, &error);
    if (!database) {
        std::fprintf(stderr, "ui_bench: demo data: %s\n", qPrintable(error.fullText()));
        return 1;
    }
    print({{QStringLiteral("figure"), QStringLiteral("demo_data")},
           {QStringLiteral("scale"), DemoDataGenerator::scaleToString(*scale)},
           {QStringLiteral("resources"), DemoDataGenerator::entriesFor(*scale)},
           {QStringLiteral("generate_ms"), generateMs}});

    CatalogPage page(std::make_unique<CatalogServices>(database->connection(), path, BenchKey,
                                                       QStringLiteral("bench"), TestClock),
                     CatalogPermissions::standalone());
    page.resize(1400, 860);
    page.show();
    settle(page);
    const auto runs = onlyStages(parser.value(QStringLiteral("only")));
    if (runs("filter"))
        filter(page);
    if (runs("sort"))
        sort(page);
    if (runs("facets"))
        facets(page);
    if (runs("filtered_scroll"))
        filteredScroll(page);
    if (runs("scroll_to_end"))
        scrollToEnd(page);
    return 0;
}
