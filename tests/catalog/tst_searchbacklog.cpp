// The catalog's search index fed in bulk after a large pull (CatalogSearchBacklog): entries of a
// bulk page skip the per-row triggers, searches stay complete meanwhile, the catch-up indexes them
// in chunks and survives an interruption; and the audit trail notes a bulk page as one batch.
#include "models/audit/AuditTrail.h"
#include "models/catalog/CatalogQuery.h"
#include "models/catalog/CatalogRepository.h"
#include "models/catalog/CatalogSearchBacklog.h"
#include "models/catalog/CatalogSearchIndexer.h"
#include "models/catalog/CatalogTableModel.h"
#include "models/common/Clock.h"
#include "models/journal/SyncApplier.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
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

namespace {

const QString Department = QStringLiteral("430000027");
constexpr int BulkEntries = 1200;

RecordState department()
{
    return {QStringLiteral("department"),
            QStringLiteral("0192f000-0000-7000-8000-000000000001"),
            1,
            false,
            QStringLiteral("2026-11-28T08:00:00.000Z"),
            QStringLiteral("hub.admin"),
            {{QStringLiteral("code"), Department},
             {QStringLiteral("name"), QStringLiteral("湖南省数据局")},
             {QStringLiteral("kind"), QStringLiteral("provincial")},
             {QStringLiteral("division_code"), QStringLiteral("430000")},
             {QStringLiteral("sort_order"), 1}},
            1};
}

/// A full page of a first sync: the department, then BulkEntries entries named 批量条目 0000 …
ChangePage bulkPage()
{
    ChangePage page;
    page.changes.append(department());
    for (int i = 0; i < BulkEntries; ++i)
        page.changes.append(
            {QStringLiteral("catalog_entry"),
             QStringLiteral("0192f000-0000-7000-8000-1%1").arg(i, 11, 10, QLatin1Char('0')), 1, false,
             QStringLiteral("2026-11-28T08:00:00.000Z"), QStringLiteral("hub.admin"),
             [i] {
                 QJsonObject fields = test::validCatalogEntry(
                     QStringLiteral("批量条目 %1").arg(i, 4, 10, QLatin1Char('0')), Department);
                 fields.insert(QStringLiteral("abstract"), QStringLiteral("从中心批量接收的资源"));
                 fields.insert(QStringLiteral("status"), QStringLiteral("published"));
                 return fields;
             }(),
             qint64(i) + 2});
    page.cursor = BulkEntries + 1;
    page.more = true;
    return page;
}

} // namespace

class TestSearchBacklog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bulkPageDefersIndexingAndSearchStaysComplete();
    void editsToIndexedEntriesFollowDuringABacklog();
    void smallPagesAreIndexedAndAuditedRecordByRecord();
    void interruptedCatchUpResumesAfterReopening();
    void cancelledIndexerLeavesTheBacklog();

private:
    qint64 count(const QString& sql) const;
    qint64 matches(const QString& text, bool toldOfBacklog) const;
    void applyBulkPage();

    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseKey m_key = DatabaseKey::generate();
    std::unique_ptr<Database> m_database;
};

void TestSearchBacklog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = test::createDatabase(m_dir->filePath(QStringLiteral("b.db")), m_key);
}

void TestSearchBacklog::cleanup()
{
    m_database.reset();
}

qint64 TestSearchBacklog::count(const QString& sql) const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

qint64 TestSearchBacklog::matches(const QString& text, bool toldOfBacklog) const
{
    CatalogFilter filter;
    filter.text = text;
    filter.sort = CatalogSort::Relevance;
    if (toldOfBacklog)
        filter = CatalogSearchBacklog(m_database->connection()).withBacklog(filter);
    const SqlCondition condition = CatalogQuery::where(filter);
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM catalog_entry e WHERE ") + condition.sql);
    for (const QVariant& value : condition.bindings)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestSearchBacklog::applyBulkPage()
{
    SyncApplier::Counts counts;
    const DatabaseError error = SyncApplier(m_database->connection(), QStringLiteral("li.si"), TestClock)
                                    .applyPage(bulkPage(), &counts);
    QVERIFY2(!error.isError(), qPrintable(error.fullText()));
    QCOMPARE(counts.applied, BulkEntries + 1);
}

void TestSearchBacklog::bulkPageDefersIndexingAndSearchStaysComplete()
{
    CatalogRepository repository(m_database->connection(), QStringLiteral("zhang"), TestClock);
    applyBulkPage();
    QVERIFY(SyncApplier::isBulk(bulkPage()));

    // Nothing of the page went through the triggers: the index does not know it...
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM catalog_search WHERE catalog_search MATCH '\"批量条目\"'")),
             0);
    DatabaseError error;
    QCOMPARE(CatalogSearchBacklog(m_database->connection()).waiting(&error),
             std::optional<qint64>(BulkEntries));
    // ... and a search that is not told of the backlog misses it, while the models' search finds it.
    QCOMPARE(matches(QStringLiteral("批量条目 0077"), false), 0);
    QCOMPARE(matches(QStringLiteral("批量条目 0077"), true), 1);
    QCOMPARE(matches(QStringLiteral("批量条目"), true), BulkEntries);
    CatalogTableModel model(m_database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CatalogFilter filter;
    filter.text = QStringLiteral("条目 0077");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, CatalogTableModel::NameColumn).data().toString(),
             QStringLiteral("批量条目 0077"));

    // The trail notes the page as one batch per entity, with the cursor range and the count.
    QSqlQuery trail(m_database->connection());
    QVERIFY(trail.exec(QStringLiteral("SELECT entity, action, old_value, new_value, reason FROM audit_log "
                                      "WHERE origin = 'hub' ORDER BY seq")));
    QStringList rows;
    while (trail.next())
        rows << QStringList{trail.value(0).toString(), trail.value(1).toString(), trail.value(2).toString(),
                            trail.value(3).toString(), trail.value(4).toString()}
                    .join(QLatin1Char('|'));
    QCOMPARE(rows, (QStringList{QStringLiteral("catalog_entry|received_batch|0|1201|1200"),
                                QStringLiteral("department|received_batch|0|1201|1")}));
    QVERIFY(AuditTrail(m_database->connection()).verify(&error).intact());

    // The catch-up: chunks, progress to the end, the backlog closed, the index whole and sound.
    QList<QPair<qint64, qint64>> progress;
    error = CatalogSearchIndexer::runToEnd(m_database->connection(), [&](qint64 done, qint64 total) {
        progress.append({done, total});
    });
    QVERIFY2(!error.isError(), qPrintable(error.fullText()));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast(), qMakePair(qint64(BulkEntries), qint64(BulkEntries)));
    QVERIFY(!CatalogSearchBacklog(m_database->connection()).waiting(&error));
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM catalog_search WHERE catalog_search MATCH '\"批量条目\"'")),
             BulkEntries);
    QCOMPARE(matches(QStringLiteral("批量条目 0077"), false), 1);
    QSqlQuery check(m_database->connection());
    QVERIFY2(check.exec(QStringLiteral(
                 "INSERT INTO catalog_search (catalog_search, rank) VALUES ('integrity-check', 1)")),
             qPrintable(check.lastError().text()));
}

void TestSearchBacklog::editsToIndexedEntriesFollowDuringABacklog()
{
    CatalogRepository repository(m_database->connection(), QStringLiteral("zhang"), TestClock);
    applyBulkPage(); // department first, so the entry below has its department
    // An entry that existed before the bulk page would have been indexed by the triggers: make
    // one by indexing the backlog, then open a new backlog as the next bulk page would.
    QVERIFY(!CatalogSearchIndexer::runToEnd(m_database->connection()).isError());
    const QString id = QStringLiteral("0192f000-0000-7000-8000-100000000005");
    QVERIFY(!CatalogSearchBacklog(m_database->connection()).open().isError());
    const DatabaseError saved = repository.save(
        id, {{QStringLiteral("name"), QStringLiteral("改名后的资源")}}, {}, {}, QStringLiteral("更正名称"));
    QVERIFY2(!saved.isError(), qPrintable(saved.fullText()));
    // The triggers still keep entries up to the backlog in step: old text out, new text in.
    QCOMPARE(matches(QStringLiteral("改名后的资源"), false), 1);
    QCOMPARE(matches(QStringLiteral("批量条目 0005"), false), 0);
}

void TestSearchBacklog::smallPagesAreIndexedAndAuditedRecordByRecord()
{
    ChangePage page = bulkPage();
    page.changes = page.changes.mid(0, 11); // the department and ten entries
    page.more = false;
    QVERIFY(!SyncApplier::isBulk(page));
    SyncApplier::Counts counts;
    QVERIFY(!SyncApplier(m_database->connection(), QStringLiteral("li.si"), TestClock)
                 .applyPage(page, &counts)
                 .isError());
    DatabaseError error;
    QVERIFY(!CatalogSearchBacklog(m_database->connection()).waiting(&error));
    QCOMPARE(matches(QStringLiteral("批量条目"), false), 10);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'received'")), 11);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'received_batch'")), 0);
}

void TestSearchBacklog::interruptedCatchUpResumesAfterReopening()
{
    applyBulkPage();
    bool closed = true;
    QVERIFY(!CatalogSearchBacklog(m_database->connection()).indexNext(500, &closed).isError());
    QVERIFY(!closed);
    m_database.reset(); // the app is closed (or killed) mid-way

    DatabaseError error;
    m_database = Database::open(m_dir->filePath(QStringLiteral("b.db")), m_key, {}, &error);
    QVERIFY2(m_database, qPrintable(error.fullText()));
    QCOMPARE(CatalogSearchBacklog(m_database->connection()).waiting(&error),
             std::optional<qint64>(BulkEntries - 500));
    QCOMPARE(matches(QStringLiteral("批量条目"), true), BulkEntries);

    CatalogSearchIndexer indexer(m_database->connection());
    QSignalSpy finished(&indexer, &CatalogSearchIndexer::finished);
    QSignalSpy progress(&indexer, &CatalogSearchIndexer::progress);
    QVERIFY(indexer.start());
    QVERIFY(indexer.isRunning());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
    QCOMPARE(progress.constLast().at(0).toLongLong(), BulkEntries - 500);
    QVERIFY(!CatalogSearchBacklog(m_database->connection()).waiting(&error));
    QCOMPARE(matches(QStringLiteral("批量条目"), false), BulkEntries);
    QVERIFY(!indexer.start()); // nothing left: no run
}

void TestSearchBacklog::cancelledIndexerLeavesTheBacklog()
{
    applyBulkPage();
    CatalogSearchIndexer indexer(m_database->connection());
    QSignalSpy finished(&indexer, &CatalogSearchIndexer::finished);
    QVERIFY(indexer.start());
    indexer.cancel(); // before its first chunk
    QTest::qWait(50);
    QCOMPARE(finished.size(), 0);
    DatabaseError error;
    QCOMPARE(CatalogSearchBacklog(m_database->connection()).waiting(&error),
             std::optional<qint64>(BulkEntries));
    QCOMPARE(matches(QStringLiteral("批量条目"), true), BulkEntries);
}

QTEST_GUILESS_MAIN(TestSearchBacklog)
#include "tst_searchbacklog.moc"
