// The catalog table and facet models on the small demo data set, under QAbstractItemModelTester:
// keyset paging, SQL sorting, Chinese search with its short-query fallback, and facet counts.
#include "models/catalog/CatalogFacetCounts.h"
#include "models/catalog/CatalogFacetModel.h"
#include "models/catalog/CatalogHistoryModel.h"
#include "models/catalog/CatalogQuery.h"
#include "models/catalog/CatalogRepository.h"
#include "models/catalog/CatalogSearchPlan.h"
#include "models/catalog/CatalogTableModel.h"
#include "models/catalog/CatalogTreeModel.h"
#include "models/catalog/CatalogVocabulary.h"
#include "models/catalog/DataItemsModel.h"
#include "models/catalog/OneSourceConflictModel.h"
#include "models/catalog/UpdateFrequencies.h"
#include "models/catalog/revision/CatalogRevisionDiffModel.h"
#include "models/catalog/revision/CatalogRevisionQueueModel.h"
#include "models/common/Clock.h"
#include "models/demo/DemoDataGenerator.h"
#include "models/storage/PinyinCollation.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
// What every change here is stamped with: these tests hold on any date.
xs::ManualClock TestClock(xs::ManualClock::chinaMorning(QDate(2026, 6, 15)));
} // namespace

using namespace xs;

class TestCatalogModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pagesThroughEverythingOnceInSqlOrder();
    void pagesBackwardsWhenDescending();
    void aFirstPageReadElsewhereIsShownWhenItComes();
    void pagesAfterTheFirstReadElsewhereAreAppendedWhenTheyCome();
    void sortingBySeveralColumns();
    void searchMatchesChineseSubstrings();
    void shortQueriesFallBackToLike();
    void everyOrderWalksAnIndex();
    void rareFacetChoicesAreFoundThenSorted();
    void commonTermsWalkTheSortIndex();
    void aCommonTermBunchedAtTheEndIsNotWalked();
    void hostileSearchTextIsJustText();
    void facetCountsLeaveTheirOwnChoiceOut();
    void overdueAgreesWithTheRule();
    void facetModelReportsChoices();
    void demoDataIsDeterministic();
    void treeOpensDepartmentsResourcesAndItems();
    void editorModelsBehave();
    void revisionDiffShowsOnlyWhatChanges();
    void revisionQueueMarksOverdue();

private:
    QStringList allIds(CatalogTableModel& model);
    QStringList sqlIds(const QString& where, const QString& order);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

void TestCatalogModels::initTestCase()
{
    m_database = test::createDatabase(m_dir.filePath(QStringLiteral("m.db")), DatabaseKey::generate());
    QVERIFY(m_database);
    QVERIFY(!DemoDataGenerator(m_database->connection(), TestClock.today())
                 .generate(DemoDataGenerator::Scale::Small)
                 .isError());
}

void TestCatalogModels::cleanupTestCase()
{
    m_database.reset();
}

QStringList TestCatalogModels::allIds(CatalogTableModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(CatalogTableModel::IdRole).toString());
    return ids;
}

QStringList TestCatalogModels::sqlIds(const QString& where, const QString& order)
{
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    QStringList ids;
    if (!query.exec(QStringLiteral("SELECT id FROM catalog_entry e WHERE e.deleted = 0 AND %1 ORDER BY %2")
                        .arg(where, order)))
        return {QStringLiteral("query failed")};
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

void TestCatalogModels::pagesThroughEverythingOnceInSqlOrder()
{
    CatalogTableModel model(m_database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({});
    QCOMPARE(model.rowCount(), CatalogTableModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.columnCount(), int(CatalogTableModel::ColumnCount));
    const QStringList ids = allIds(model);
    QCOMPARE(ids.size(), 3000);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 3000); // no row twice across pages
    QCOMPARE(ids, sqlIds(QStringLiteral("1"), QStringLiteral("e.name_pinyin, e.rowid")));
    QVERIFY(!model.canFetchMore({}));
    // Labels for display, the official term underneath.
    const QModelIndex grade = model.index(0, CatalogTableModel::GradeColumn);
    QVERIFY(CatalogVocabulary::grades().contains(grade.data(CatalogTableModel::RawValueRole).toString()));
    QVERIFY(!model.index(0, CatalogTableModel::DepartmentColumn)
                 .data()
                 .toString()
                 .startsWith(QLatin1String("43")));
}

// The catalog page reads a new filter's first page on a worker: the model hands the request out,
// keeps the rows it shows until the page comes, and shows only the page of the filter asked last.
void TestCatalogModels::aFirstPageReadElsewhereIsShownWhenItComes()
{
    CatalogTableModel model(m_database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<CatalogTableModel::FirstPageRequest> requests;
    model.setFirstPageReader(
        [&](const CatalogTableModel::FirstPageRequest& request) { requests.append(request); });
    const auto readFor = [&](const CatalogTableModel::FirstPageRequest& request) {
        return CatalogTableModel::readFirstPage(m_database->connection(), request);
    };

    model.setFilter({});
    QCOMPARE(requests.size(), 1);
    QCOMPARE(model.rowCount(), 0); // nothing is read here
    QVERIFY(model.isReadingFirstPage());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.showFirstPage(readFor(requests.at(0)));
    QCOMPARE(resets.size(), 1);
    QVERIFY(!model.isReadingFirstPage());
    QCOMPARE(model.rowCount(), CatalogTableModel::PageSize);
    const QString firstByName = model.idAt(0);

    // Two filters asked for before either page comes: the rows stay, the older page is dropped.
    CatalogFilter population;
    population.text = QStringLiteral("人口");
    population.sort = CatalogSort::Name;
    model.setFilter(population);
    model.sort(CatalogTableModel::CodeColumn, Qt::DescendingOrder); // sorts the filter asked last
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(2).filter.text, population.text);
    QCOMPARE(model.filter().sort, CatalogSort::Code);
    QCOMPARE(model.query().sort, CatalogSort::Name); // the rows shown are still the first filter's
    QCOMPARE(model.idAt(0), firstByName);
    model.showFirstPage(readFor(requests.at(1)));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.idAt(0), firstByName);
    QVERIFY(model.isReadingFirstPage());

    // The page asked last is shown, and the pages after it are read here, in its order.
    model.showFirstPage(readFor(requests.at(2)));
    QCOMPARE(resets.size(), 2);
    QVERIFY(!model.isReadingFirstPage());
    QCOMPARE(model.query().sort, CatalogSort::Code);
    QVERIFY(model.query().descending);
    CatalogTableModel here(m_database->connection());
    here.setFilter(requests.at(2).filter);
    const QStringList expected = allIds(here);
    QVERIFY(expected.size() > 1);
    QCOMPARE(allIds(model), expected);

    // A first page that could not be read leaves an empty table and says why.
    CatalogFilter broken;
    broken.text = QStringLiteral("不动产");
    model.setFilter(broken);
    CatalogTableModel::FirstPage failed{
        requests.constLast().filter, {}, {}, DatabaseError(DatabaseError::Kind::Io, QStringLiteral("disk"))};
    model.showFirstPage(failed);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.lastError().kind(), DatabaseError::Kind::Io);
}

void TestCatalogModels::pagesAfterTheFirstReadElsewhereAreAppendedWhenTheyCome()
{
    CatalogTableModel model(m_database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<CatalogTableModel::NextPageRequest> requests;
    model.setNextPageReader(
        [&](const CatalogTableModel::NextPageRequest& request) { requests.append(request); });
    const auto readFor = [&](const CatalogTableModel::NextPageRequest& request) {
        return CatalogTableModel::readNextPage(m_database->connection(), request);
    };
    CatalogFilter byName;
    byName.sort = CatalogSort::Name; // the position carries the name's pinyin key
    model.setFilter(byName);         // no first page reader: read here
    QCOMPARE(model.rowCount(), CatalogTableModel::PageSize);

    // The view asks for more: nothing is read here, and nothing more is asked until it comes.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(requests.size(), 1);
    QCOMPARE(model.rowCount(), CatalogTableModel::PageSize);
    QVERIFY(model.isReadingNextPage());
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(requests.size(), 1);
    QVERIFY(model.showNextPage(readFor(requests.at(0))));
    QCOMPARE(inserted.size(), 1);
    QVERIFY(!model.isReadingNextPage());
    QCOMPARE(model.rowCount(), 2 * CatalogTableModel::PageSize);

    // Page after page to the end: the rows a model reading everything itself has, in its order.
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QVERIFY(model.showNextPage(readFor(requests.constLast())));
    }
    CatalogTableModel here(m_database->connection());
    here.setFilter(byName);
    const QStringList expected = allIds(here);
    QCOMPARE(expected.size(), 3000);
    QCOMPARE(allIds(model), expected);

    // A page read for rows no longer shown (a new filter came first) is dropped.
    CatalogFilter population = byName;
    population.text = QStringLiteral("人口");
    model.setFilter(byName);
    model.fetchMore({});
    const CatalogTableModel::NextPageRequest stale = requests.constLast();
    model.setFilter(population);
    const int rows = model.rowCount();
    QVERIFY(!model.isReadingNextPage());
    QVERIFY(!model.showNextPage(readFor(stale)));
    QCOMPARE(model.rowCount(), rows);
    CatalogTableModel populationHere(m_database->connection());
    populationHere.setFilter(population);
    QCOMPARE(rows, populationHere.rowCount());
    QCOMPARE(model.idAt(0), populationHere.idAt(0));
    // ...also when it comes while the page of the rows shown now is being read.
    model.setFilter(byName);
    model.fetchMore({});
    QVERIFY(!model.showNextPage(readFor(stale)));
    QVERIFY(model.isReadingNextPage());
    QCOMPARE(model.rowCount(), CatalogTableModel::PageSize);
    QVERIFY(model.showNextPage(readFor(requests.constLast())));
    QCOMPARE(model.rowCount(), 2 * CatalogTableModel::PageSize);

    // A page that could not be read ends the list where it is and says why.
    model.setFilter(byName);
    model.fetchMore({});
    QVERIFY(model.showNextPage(
        CatalogTableModel::NextPage{requests.constLast().listNumber,
                                    {},
                                    DatabaseError(DatabaseError::Kind::Io, QStringLiteral("disk"))}));
    QCOMPARE(model.rowCount(), CatalogTableModel::PageSize);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.lastError().kind(), DatabaseError::Kind::Io);
}

void TestCatalogModels::pagesBackwardsWhenDescending()
{
    CatalogTableModel model(m_database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({});
    model.sort(CatalogTableModel::LastUpdatedColumn, Qt::DescendingOrder);
    QCOMPARE(model.filter().sort, CatalogSort::LastUpdated);
    QCOMPARE(allIds(model),
             sqlIds(QStringLiteral("1"), QStringLiteral("coalesce(e.last_updated_on, '') DESC, e.id DESC")));
}

void TestCatalogModels::sortingBySeveralColumns()
{
    CatalogTableModel model(m_database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CatalogFilter filter;
    filter.chosen[CatalogFacet::Grade] = {QStringLiteral("重要数据")};
    model.setFilter(filter);
    model.sort(CatalogTableModel::CodeColumn, Qt::AscendingOrder);
    QCOMPARE(allIds(model),
             sqlIds(QStringLiteral("e.grade = '重要数据'"), QStringLiteral("coalesce(e.code, ''), e.id")));
    model.sort(CatalogTableModel::StatusColumn, Qt::DescendingOrder);
    QCOMPARE(allIds(model), sqlIds(QStringLiteral("e.grade = '重要数据'"),
                                   QStringLiteral("coalesce(e.status, '') DESC, e.id DESC")));
    QVERIFY(!model.lastError().isError());
}

void TestCatalogModels::searchMatchesChineseSubstrings()
{
    CatalogTableModel model(m_database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CatalogFilter filter;
    filter.text = QStringLiteral("公交线路");
    model.setFilter(filter);
    const QStringList ids = allIds(model);
    QVERIFY(!ids.isEmpty());
    QCOMPARE(ids,
             sqlIds(QStringLiteral("(e.name LIKE '%公交线路%' OR e.code LIKE '%公交线路%' OR e.abstract LIKE "
                                   "'%公交线路%')"),
                    QStringLiteral("e.name_pinyin, e.rowid")));
    // Two terms narrow each other; a phrase in quotes stays whole.
    filter.text = QStringLiteral("长沙市 公交线路");
    model.setFilter(filter);
    const QStringList both = allIds(model);
    QVERIFY(!both.isEmpty() && both.size() < ids.size());
    filter.text = QStringLiteral("\"长沙市公交线路\"");
    model.setFilter(filter);
    QVERIFY(!allIds(model).isEmpty());
    // Codes are searchable too.
    filter.text = QStringLiteral("/000042");
    model.setFilter(filter);
    QCOMPARE(allIds(model).size(), 1);
}

void TestCatalogModels::shortQueriesFallBackToLike()
{
    CatalogTableModel model(m_database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CatalogFilter filter;
    filter.text = QStringLiteral("岳阳"); // two characters: shorter than a trigram
    model.setFilter(filter);
    const QStringList ids = allIds(model);
    QVERIFY(ids.size() > 10);
    QCOMPARE(ids, sqlIds(QStringLiteral(
                             "(e.name LIKE '%岳阳%' OR e.code LIKE '%岳阳%' OR e.abstract LIKE '%岳阳%')"),
                         QStringLiteral("e.name_pinyin, e.rowid")));
    filter.text = QStringLiteral("税"); // one character, in no demo entry
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

// A term in nearly every entry, sorted by a column: the page walks the column's index and tests
// the text, instead of sorting every match. The rows are the same either way.
void TestCatalogModels::everyOrderWalksAnIndex()
{
    // Without a search term, every order the table offers reads its first page and every later one
    // from an index, both ways: sorting the whole catalog for a page held the UI thread 0.7 s at
    // 200,000 entries (the department order, before migration 0035).
    for (const CatalogSort sort :
         {CatalogSort::Relevance, CatalogSort::Name, CatalogSort::Code, CatalogSort::Department,
          CatalogSort::Grade, CatalogSort::LastUpdated, CatalogSort::Status}) {
        for (const bool descending : {false, true}) {
            CatalogFilter filter;
            filter.sort = sort;
            filter.descending = descending;
            for (const auto& after : {std::optional<QPair<QVariant, qint64>>(),
                                      std::optional<QPair<QVariant, qint64>>({QStringLiteral("m"), 100})}) {
                const SqlCondition page = CatalogQuery::page(filter, 201, after);
                const QString plan = test::queryPlan(m_database->connection(), page.sql, page.bindings);
                QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")),
                         qPrintable(QStringLiteral("sort %1: %2").arg(int(sort)).arg(plan)));
            }
        }
    }
}

void TestCatalogModels::rareFacetChoicesAreFoundThenSorted()
{
    // The rarest status of the demo, and its commonest, each in two orders: the rare one is found
    // through the status index and sorted, the common one read off the sort's index; the rows are
    // the same as SQL's either way.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT coalesce(status, ''), count(*) FROM catalog_entry WHERE deleted = 0 "
                       "GROUP BY 1 ORDER BY 2")));
    QStringList statuses;
    QList<qint64> counts;
    while (query.next()) {
        statuses.append(query.value(0).toString());
        counts.append(query.value(1).toLongLong());
    }
    QVERIFY(statuses.size() >= 2);
    QVERIFY2(counts.constFirst() < CatalogSearchPlan::PageRows && counts.constLast() > 1000,
             "the demo no longer has a rare and a common status");
    CatalogTableModel model(m_database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const auto& [status, rare] :
         {std::pair{statuses.constFirst(), true}, std::pair{statuses.constLast(), false}}) {
        for (const auto& [sort, order] :
             {std::pair{CatalogSort::Name, QStringLiteral("e.name_pinyin, e.rowid")},
              std::pair{CatalogSort::Code, QStringLiteral("coalesce(e.code, '') DESC, e.rowid DESC")}}) {
            CatalogFilter filter;
            filter.sort = sort;
            filter.descending = sort == CatalogSort::Code;
            filter.chosen[CatalogFacet::Status] = {status};
            model.setFilter(filter);
            QCOMPARE(model.query().sortMatches, rare);
            QCOMPARE(model.query().walkSortIndex, !rare);
            QCOMPARE(allIds(model),
                     sqlIds(QStringLiteral("coalesce(e.status, '') = '%1'").arg(status), order));
            const SqlCondition page = CatalogQuery::page(model.query(), 201, std::nullopt);
            const QString plan = test::queryPlan(m_database->connection(), page.sql, page.bindings);
            QVERIFY2(rare ? plan.contains(QLatin1String("catalog_entry_by_status")) &&
                                plan.contains(QLatin1String("TEMP B-TREE"))
                          : !plan.contains(QLatin1String("TEMP B-TREE")) &&
                                !plan.contains(QLatin1String("catalog_entry_by_status")),
                     qPrintable(QStringLiteral("%1 %2: %3").arg(status).arg(int(sort)).arg(plan)));
        }
    }
}

void TestCatalogModels::commonTermsWalkTheSortIndex()
{
    const auto matching = [](const QString& term) {
        return QStringLiteral("(e.name LIKE '%1' OR e.code LIKE '%1' OR e.abstract LIKE '%1')")
            .arg(QLatin1Char('%') + term + QLatin1Char('%'));
    };
    QVERIFY(sqlIds(matching(QStringLiteral("数据项")), QStringLiteral("e.rowid")).size() >=
            CatalogSearchPlan::commonFrom(3000));
    CatalogTableModel model(m_database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CatalogFilter filter;
    filter.text = QStringLiteral("数据项");
    const QList<std::tuple<CatalogSort, bool, QString>> orders{
        {CatalogSort::Name, false, QStringLiteral("e.name_pinyin, e.rowid")},
        {CatalogSort::Code, false, QStringLiteral("coalesce(e.code, ''), e.rowid")},
        {CatalogSort::LastUpdated, true,
         QStringLiteral("coalesce(e.last_updated_on, '') DESC, e.rowid DESC")}};
    for (const auto& [sort, descending, order] : orders) {
        filter.sort = sort;
        filter.descending = descending;
        model.setFilter(filter);
        QVERIFY(model.query().walkSortIndex);
        QCOMPARE(allIds(model), sqlIds(matching(QStringLiteral("数据项")), order));
        const SqlCondition page = CatalogQuery::page(model.query(), 201, std::nullopt);
        const QString planText = test::queryPlan(m_database->connection(), page.sql, page.bindings);
        QVERIFY2(planText.contains(QLatin1String("USING INDEX catalog_entry_by_")) &&
                     !planText.contains(QLatin1String("TEMP B-TREE")) &&
                     !planText.contains(QLatin1String("catalog_search")),
                 qPrintable(planText));
    }
    // A rare term is looked up in the index; in the index's own order there is nothing to walk.
    filter.text = QStringLiteral("长沙市公交线路");
    filter.sort = CatalogSort::Name;
    filter.descending = false;
    model.setFilter(filter);
    QVERIFY(!model.query().walkSortIndex);
    QCOMPARE(allIds(model),
             sqlIds(matching(QStringLiteral("长沙市公交线路")), QStringLiteral("e.name_pinyin, e.rowid")));
    filter.text = QStringLiteral("数据项");
    filter.sort = CatalogSort::Relevance;
    model.setFilter(filter);
    QVERIFY(!model.query().walkSortIndex);
    // Where sorting every match and walking the index cost the same (see CatalogSearchPlan).
    QCOMPARE(CatalogSearchPlan::commonFrom(10), 1000);
    QCOMPARE(CatalogSearchPlan::commonFrom(200000), 6557);
    QCOMPARE(CatalogSearchPlan::commonFrom(1000000), 14662);
}

// Common overall, but all at the end of the order: walking would read every other entry first.
void TestCatalogModels::aCommonTermBunchedAtTheEndIsNotWalked()
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database =
        test::createDatabase(dir.filePath(QStringLiteral("bunched.db")), DatabaseKey::generate());
    QVERIFY(database);
    // 5,000 entries without the term whose codes sort first, then 1,200 with it.
    QSqlQuery insert(database->connection());
    QVERIFY2(insert.exec(QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6200) "
                 "INSERT INTO catalog_entry (id, name, code, abstract, updated_at, updated_by) "
                 "SELECT 'e' || i, CASE WHEN i <= 5000 THEN '其他资源' ELSE '数据项清单' END || i, "
                 "printf('%s%06d', CASE WHEN i <= 5000 THEN 'A' ELSE 'B' END, i), '摘要', "
                 "'2026-06-15T09:00:00+08:00', 'test' FROM n")),
             qPrintable(insert.lastError().text()));
    QCOMPARE(CatalogSearchPlan::commonFrom(6200), 1154); // 1,200 matches are common here
    CatalogTableModel model(database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CatalogFilter filter;
    filter.text = QStringLiteral("数据项");
    filter.sort = CatalogSort::Code;
    for (const bool descending : {false, true}) {
        filter.descending = descending;
        model.setFilter(filter);
        // Ascending, the first 5,000 codes hold no match: the matches are sorted instead.
        QCOMPARE(model.query().walkSortIndex, descending);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1200);
        const QString first = model.index(0, CatalogTableModel::CodeColumn).data().toString();
        QCOMPARE(first, descending ? QStringLiteral("B006200") : QStringLiteral("B005001"));
    }
}

void TestCatalogModels::hostileSearchTextIsJustText()
{
    CatalogTableModel model(m_database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CatalogFilter filter;
    for (const char* text :
         {"\"", "%", "_", "a\"b OR c", "NEAR(x y)", "'; DROP TABLE catalog_entry; --", "*", "\\"}) {
        filter.text = QString::fromUtf8(text);
        model.setFilter(filter);
        QVERIFY2(!model.lastError().isError(), text);
        QCOMPARE(model.rowCount(), 0);
    }
    QCOMPARE(sqlIds(QStringLiteral("1"), QStringLiteral("e.id")).size(), 3000);
}

void TestCatalogModels::facetCountsLeaveTheirOwnChoiceOut()
{
    CatalogFilter filter;
    CatalogFacetCounts counts = CatalogFacetCounts::count(m_database->connection(), filter);
    QVERIFY(!counts.error.isError());
    QCOMPARE(counts.total, 3000);
    qint64 byGrade = 0;
    for (const qint64 count : counts.counts.value(CatalogFacet::Grade))
        byGrade += count;
    QCOMPARE(byGrade, 3000);
    const qint64 important = counts.counts.value(CatalogFacet::Grade).value(QStringLiteral("重要数据"));
    QVERIFY(important > 0 && important < 3000);

    filter.chosen[CatalogFacet::Grade] = {QStringLiteral("重要数据")};
    counts = CatalogFacetCounts::count(m_database->connection(), filter);
    QCOMPARE(counts.total, important);
    // The grade facet still shows every grade's count; the others narrow to 重要数据.
    QCOMPARE(counts.counts.value(CatalogFacet::Grade).value(QStringLiteral("重要数据")), important);
    QVERIFY(counts.counts.value(CatalogFacet::Grade).value(QStringLiteral("一般数据")) > 0);
    qint64 byStatus = 0;
    for (const qint64 count : counts.counts.value(CatalogFacet::Status))
        byStatus += count;
    QCOMPARE(byStatus, important);

    // Catalog membership: an entry counts once in every catalog it is in.
    QCOMPARE(counts.counts.value(CatalogFacet::Catalog).value(QStringLiteral("share")),
             sqlIds(QStringLiteral("e.grade = '重要数据' AND e.in_share_catalog = 1"), QStringLiteral("e.id"))
                 .size());
    filter.chosen[CatalogFacet::Catalog] = {QStringLiteral("authorized"), QStringLiteral("open")};
    counts = CatalogFacetCounts::count(m_database->connection(), filter);
    QCOMPARE(counts.total,
             sqlIds(QStringLiteral(
                        "e.grade = '重要数据' AND (e.in_open_catalog = 1 OR e.in_authorized_catalog = 1)"),
                    QStringLiteral("e.id"))
                 .size());
}

void TestCatalogModels::overdueAgreesWithTheRule()
{
    const QDate today(2026, 11, 28);
    const UpdateFrequencies frequencies = UpdateFrequencies::load(m_database->connection());
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT update_frequency, last_updated_on FROM catalog_entry")));
    qint64 expected = 0;
    while (query.next()) {
        if (frequencies.isOverdue(query.value(0).toString(),
                                  QDate::fromString(query.value(1).toString(), Qt::ISODate), today))
            ++expected;
    }
    QVERIFY(expected > 0 && expected < 3000);
    CatalogFilter filter;
    filter.today = today;
    const CatalogFacetCounts counts = CatalogFacetCounts::count(m_database->connection(), filter);
    QCOMPARE(counts.counts.value(CatalogFacet::Overdue).value(QStringLiteral("overdue")), expected);

    CatalogTableModel model(m_database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.chosen[CatalogFacet::Overdue] = {QStringLiteral("overdue")};
    model.setFilter(filter);
    QCOMPARE(allIds(model).size(), expected);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, 0).data(CatalogTableModel::OverdueRole).toBool());
}

void TestCatalogModels::facetModelReportsChoices()
{
    CatalogFacetModel model(m_database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), allCatalogFacets().size());
    const QModelIndex departments = model.index(0, 0);
    QCOMPARE(model.rowCount(departments), 142);
    QCOMPARE(departments.data().toString(), CatalogFacetModel::facetLabel(CatalogFacet::Department));
    const QModelIndex grades = model.index(2, 0);
    QCOMPARE(model.rowCount(grades), 3);

    model.setCounts(CatalogFacetCounts::count(m_database->connection(), {}));
    qint64 sum = 0;
    for (int row = 0; row < model.rowCount(grades); ++row)
        sum += model.index(row, CatalogFacetModel::CountColumn, grades)
                   .data(CatalogFacetModel::CountRole)
                   .toLongLong();
    QCOMPARE(sum, 3000);

    QSignalSpy changed(&model, &CatalogFacetModel::choicesChanged);
    const QModelIndex core = model.index(0, 0, grades);
    QCOMPARE(core.data(CatalogFacetModel::ValueRole).toString(), QStringLiteral("核心数据"));
    QVERIFY(model.setData(core, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.chosen().value(CatalogFacet::Grade), QSet<QString>({QStringLiteral("核心数据")}));
    QVERIFY(!model.setData(grades, Qt::Checked, Qt::CheckStateRole)); // a group is not a choice
    model.rebuild();                                                  // choices survive a rebuild
    QCOMPARE(model.chosen().value(CatalogFacet::Grade), QSet<QString>({QStringLiteral("核心数据")}));
    model.clearChoices();
    QVERIFY(model.chosen().isEmpty());
    QCOMPARE(changed.size(), 2);
}

void TestCatalogModels::demoDataIsDeterministic()
{
    QTemporaryDir dir;
    auto other = test::createDatabase(dir.filePath(QStringLiteral("o.db")), DatabaseKey::generate());
    QVERIFY(!DemoDataGenerator(other->connection(), TestClock.today())
                 .generate(DemoDataGenerator::Scale::Small)
                 .isError());
    auto digest = [](QSqlDatabase database) {
        QSqlQuery query(database);
        query.exec(
            QStringLiteral("SELECT id, name, code, grade, last_updated_on FROM catalog_entry ORDER BY id"));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        while (query.next())
            for (int column = 0; column < 5; ++column)
                hash.addData(query.value(column).toString().toUtf8());
        return hash.result();
    };
    QCOMPARE(digest(other->connection()), digest(m_database->connection()));
    QSqlQuery items(other->connection());
    QVERIFY(items.exec(QStringLiteral("SELECT count(*) FROM data_item")) && items.next());
    QCOMPARE(items.value(0).toLongLong(), 15000);
}

void TestCatalogModels::treeOpensDepartmentsResourcesAndItems()
{
    CatalogTreeModel model(m_database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 142);
    // The department with the most resources: page through all of them.
    int busiest = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 1).data().toInt() > model.index(busiest, 1).data().toInt())
            busiest = row;
    }
    const QModelIndex department = model.index(busiest, 0);
    QCOMPARE(department.data(CatalogTreeModel::KindRole).toString(), QStringLiteral("department"));
    QVERIFY(model.hasChildren(department));
    while (model.canFetchMore(department))
        model.fetchMore(department);
    const int expected = model.index(busiest, 1).data().toInt();
    QCOMPARE(model.rowCount(department), expected);
    QStringList names;
    for (int row = 0; row < model.rowCount(department); ++row)
        names.append(model.index(row, 0, department).data().toString());
    QStringList sorted = names; // in pinyin order, as the table sorts names
    const PinyinCollation pinyin;
    std::stable_sort(sorted.begin(), sorted.end(), [&](const QString& a, const QString& b) {
        return pinyin.sortKey(a) < pinyin.sortKey(b);
    });
    QCOMPARE(names, sorted);

    const QModelIndex entry = model.index(0, 0, department);
    while (model.canFetchMore(entry))
        model.fetchMore(entry);
    QCOMPARE(model.rowCount(entry), 5);
    QCOMPARE(model.index(0, 0, entry).data(CatalogTreeModel::KindRole).toString(), QStringLiteral("item"));
    QVERIFY(!model.hasChildren(model.index(0, 0, entry)));
    model.reload(); // forgets what was loaded below the departments
    QCOMPARE(model.rowCount(), 142);
}

void TestCatalogModels::editorModelsBehave()
{
    DataItemsModel items(TestClock);
    QAbstractItemModelTester itemsTester(&items, QAbstractItemModelTester::FailureReportingMode::QtTest);
    items.setItems({QJsonObject{{QStringLiteral("id"), QStringLiteral("a")},
                                {QStringLiteral("name"), QStringLiteral("姓名")}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("b")},
                                {QStringLiteral("name"), QStringLiteral("性别")}}});
    QVERIFY(!items.isModified());
    QVERIFY(items.moveItem(0, 1));
    QCOMPARE(items.items().at(0).value(QStringLiteral("id")).toString(), QStringLiteral("b"));
    QCOMPARE(items.items().at(0).value(QStringLiteral("position")).toInt(), 1);
    QVERIFY(items.moveItem(1, -1));
    QVERIFY(!items.moveItem(0, -1));
    // Rows copied from Excel: tab-separated, in column order, CRLF line ends.
    QCOMPARE(items.pasteRows(QStringLiteral("联系电话\tlxdh\t字符型\t20\t一般数据\t否\t否\t手机或座机\r\n"
                                            "住址\tzz\t字符型\tabc\t重要数据\t是\r\n\r\n")),
             2);
    QCOMPARE(items.rowCount(), 4);
    QCOMPARE(items.items().at(2).value(QStringLiteral("length")).toInt(), 20);
    QVERIFY(items.items().at(3).value(QStringLiteral("length")).isNull());
    QVERIFY(items.items().at(3).value(QStringLiteral("sensitive")).toBool());
    QVERIFY(items.setData(items.index(2, DataItemsModel::SensitiveColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(items.removeRows(0, 1));
    QCOMPARE(items.removedIds(), QStringList({QStringLiteral("a")}));
    QVERIFY(items.isModified());

    CatalogHistoryModel history;
    QAbstractItemModelTester historyTester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    history.setChanges({{2,
                         {},
                         QStringLiteral("grade"),
                         QStringLiteral("一般数据"),
                         QStringLiteral("重要数据"),
                         QStringLiteral("2026-11-28T01:00:00.000Z"),
                         QStringLiteral("li"),
                         QStringLiteral("复核")},
                        {1,
                         {},
                         QStringLiteral("in_open_catalog"),
                         QStringLiteral("0"),
                         QStringLiteral("1"),
                         QStringLiteral("2026-11-27T01:00:00.000Z"),
                         QStringLiteral("li"),
                         {}}});
    QCOMPARE(history.index(0, CatalogHistoryModel::NewColumn).data().toString(),
             QStringLiteral("Important data"));
    QCOMPARE(history.index(1, CatalogHistoryModel::NewColumn).data().toString(), QStringLiteral("Yes"));
    QCOMPARE(history.index(0, 0).data(CatalogHistoryModel::ChangeIdRole).toLongLong(), 2);

    OneSourceConflictModel conflicts;
    QAbstractItemModelTester conflictsTester(&conflicts,
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
    conflicts.setConflicts(CatalogRepository(m_database->connection(), {}, TestClock).oneSourceConflicts(),
                           {});
    QVERIFY(conflicts.rowCount() >= 1); // the demo declares a few on purpose
    QVERIFY(conflicts.index(0, OneSourceConflictModel::DepartmentsColumn)
                .data()
                .toString()
                .contains(QStringLiteral("、")));
}

void TestCatalogModels::revisionDiffShowsOnlyWhatChanges()
{
    CatalogRevisionDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const QJsonObject published{{QStringLiteral("name"), QStringLiteral("企业登记信息")},
                                {QStringLiteral("abstract"), QStringLiteral("旧摘要")},
                                {QStringLiteral("in_open_catalog"), false},
                                {QStringLiteral("impact_conclusion"), QStringLiteral("acceptable")}};
    // Out of the form's order on purpose: the diff follows the form.
    const QJsonObject changes{{QStringLiteral("in_open_catalog"), true},
                              {QStringLiteral("abstract"), QStringLiteral("新摘要")},
                              {QStringLiteral("data_scope"), QStringLiteral("2020年以来")},
                              {QStringLiteral("impact_conclusion"), QStringLiteral("needs_changes")}};
    model.setRevision(published, changes);
    QCOMPARE(model.rowCount(), 4);
    const auto cell = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(model.index(0, 0).data(CatalogRevisionDiffModel::FieldNameRole).toString(),
             QStringLiteral("abstract"));
    QCOMPARE(cell(0, CatalogRevisionDiffModel::PublishedColumn), QStringLiteral("旧摘要"));
    QCOMPARE(cell(0, CatalogRevisionDiffModel::RevisedColumn), QStringLiteral("新摘要"));
    QCOMPARE(model.index(1, 0).data(CatalogRevisionDiffModel::FieldNameRole).toString(),
             QStringLiteral("in_open_catalog"));
    QCOMPARE(cell(1, CatalogRevisionDiffModel::PublishedColumn), QStringLiteral("No"));
    QCOMPARE(cell(1, CatalogRevisionDiffModel::RevisedColumn), QStringLiteral("Yes"));
    QCOMPARE(cell(2, CatalogRevisionDiffModel::PublishedColumn), QStringLiteral("—")); // empty before
    // A choice reads by its label.
    QCOMPARE(cell(3, CatalogRevisionDiffModel::RevisedColumn),
             QStringLiteral("Needs changes and a new assessment"));
    model.setRevision(published, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestCatalogModels::revisionQueueMarksOverdue()
{
    CatalogRevisionQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDate today(2026, 11, 10);
    model.setRows({{QStringLiteral("r1"), QStringLiteral("e1"), QStringLiteral("企业登记信息"),
                    QStringLiteral("湖南省市场监督管理局"), QStringLiteral("submitted"), QDate(2026, 11, 9),
                    false, QStringLiteral("li")},
                   {QStringLiteral("r2"),
                    QStringLiteral("e2"),
                    QStringLiteral("道路运输许可"),
                    QStringLiteral("湖南省交通运输厅"),
                    QStringLiteral("draft"),
                    QDate(2026, 11, 16),
                    true,
                    {}}},
                  today);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.awaitingReview(), 1);
    QVERIFY(model.index(0, 0).data(CatalogRevisionQueueModel::OverdueRole).toBool());
    QVERIFY(!model.index(1, 0).data(CatalogRevisionQueueModel::OverdueRole).toBool());
    QVERIFY(model.index(0, CatalogRevisionQueueModel::DueColumn)
                .data()
                .toString()
                .contains(QLatin1String("overdue")));
    QVERIFY(model.index(1, CatalogRevisionQueueModel::DueColumn)
                .data()
                .toString()
                .contains(QLatin1String("2026-11-16")));
    QCOMPARE(model.index(0, CatalogRevisionQueueModel::StateColumn).data().toString(),
             QStringLiteral("Awaiting review"));
    QCOMPARE(model.index(1, 0).data(CatalogRevisionQueueModel::EntryIdRole).toString(), QStringLiteral("e2"));
    model.setRows({}, today);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestCatalogModels)
#include "tst_catalogmodels.moc"
