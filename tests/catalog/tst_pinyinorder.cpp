// Names in pinyin order: ICU's zh collation keys, stored in the index of migration 0032 and kept
// in step by every write (local save, pulled record, rename), paged with keyset queries in both
// directions, and rebuilt when ICU's collation data changes.
#include "models/catalog/CatalogQuery.h"
#include "models/catalog/CatalogRepository.h"
#include "models/catalog/CatalogTableModel.h"
#include "models/catalog/CatalogTreeModel.h"
#include "models/common/Clock.h"
#include "models/journal/ChangeJournal.h"
#include "models/storage/PinyinCollation.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {
xs::ManualClock TestClock(xs::ManualClock::chinaMorning(QDate(2026, 6, 15)));
const QString Department = QStringLiteral("430000027");
// In pinyin order: chēn, héng, huái, lóu, shào, xiāng, yuè, zhū. By code point it would be
// 娄 岳 株 湘 怀 衡 邵 郴.
const QStringList Cities = {QStringLiteral("郴州"), QStringLiteral("衡阳"), QStringLiteral("怀化"),
                            QStringLiteral("娄底"), QStringLiteral("邵阳"), QStringLiteral("湘潭"),
                            QStringLiteral("岳阳"), QStringLiteral("株洲")};
const QStringList Suffixes = {QStringLiteral("人口数据"), QStringLiteral("企业数据"),
                              QStringLiteral("交通数据")};
} // namespace

using namespace xs;

class TestPinyinOrder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void collationPutsCitiesInPinyinOrder();
    void tablePagesNamesInPinyinOrderBothWays();
    void everyWriteKeepsTheKey();
    void nameSortWalksTheIndex();
    void treeListsResourcesInPinyinOrder();
    void changedCollationDataRebuildsTheIndex();

private:
    QStringList expectedNames() const;
    QString createEntry(const QString& name);
    QStringList namesInModel(Qt::SortOrder order, int pageSize);
    QString scalar(const QString& sql) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseKey m_key;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CatalogRepository> m_repository;
};

void TestPinyinOrder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_key = DatabaseKey::generate();
    m_database = test::createDatabase(m_dir->filePath(QStringLiteral("p.db")), m_key);
    QVERIFY(m_database);
    test::plantAuthorizedEntry(m_database->connection(), QStringLiteral("seed")); // plants the department
    QVERIFY(QSqlQuery(m_database->connection()).exec(QStringLiteral("DELETE FROM catalog_entry")));
    m_repository =
        std::make_unique<CatalogRepository>(m_database->connection(), QStringLiteral("zhang"), TestClock);
    // Written in a shuffled order, so that neither rowid nor insertion order gives the answer.
    QStringList names = expectedNames();
    std::shuffle(names.begin(), names.end(), *QRandomGenerator::global());
    for (const QString& name : std::as_const(names))
        QVERIFY(!createEntry(name).isEmpty());
}

void TestPinyinOrder::cleanup()
{
    m_repository.reset();
    m_database.reset();
}

QStringList TestPinyinOrder::expectedNames() const
{
    // 交 jiāo < 企 qǐ < 人 rén within each city.
    QStringList names;
    for (const QString& city : Cities) {
        names << city + QStringLiteral("交通数据") << city + QStringLiteral("企业数据")
              << city + QStringLiteral("人口数据");
    }
    return names;
}

QString TestPinyinOrder::createEntry(const QString& name)
{
    const QString id = ChangeJournal::newId(TestClock);
    QJsonObject fields = test::validCatalogEntry(name, Department);
    fields.insert(QStringLiteral("status"), QStringLiteral("draft"));
    const DatabaseError error = m_repository->save(id, fields, {}, {}, {});
    if (error.isError()) {
        qWarning() << error.fullText();
        return {};
    }
    return id;
}

QStringList TestPinyinOrder::namesInModel(Qt::SortOrder order, int pageSize)
{
    CatalogTableModel model(m_database->connection(), nullptr, pageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({});
    model.sort(CatalogTableModel::NameColumn, order);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, CatalogTableModel::NameColumn).data().toString());
    if (model.lastError().isError())
        qWarning() << model.lastError().fullText();
    return names;
}

QString TestPinyinOrder::scalar(const QString& sql) const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("query failed: ") + sql;
    return query.value(0).toString();
}

void TestPinyinOrder::collationPutsCitiesInPinyinOrder()
{
    const PinyinCollation pinyin;
    QVERIFY(pinyin.isValid());
    QVERIFY(pinyin.version() != QLatin1String("utf8"));
    QStringList shuffled = Cities;
    std::reverse(shuffled.begin(), shuffled.end());
    std::sort(shuffled.begin(), shuffled.end(),
              [&](const QString& a, const QString& b) { return pinyin.sortKey(a) < pinyin.sortKey(b); });
    QCOMPARE(shuffled, Cities);
    // Code point order differs, so the test above could not pass by accident.
    QStringList byCodePoint = Cities;
    std::sort(byCodePoint.begin(), byCodePoint.end());
    QVERIFY(byCodePoint != Cities);
    QVERIFY(pinyin.sortKey(u"") < pinyin.sortKey(u"郴州"));
    QCOMPARE(pinyin.sortKey(u"湘潭"), pinyin.sortKey(QStringLiteral("湘潭")));
    // The database computes the same key (the model pages with keys it computes itself).
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT xs_pinyin_key('株洲'), xs_pinyin_key(NULL)")) && query.next());
    QCOMPARE(query.value(0).toByteArray(), pinyin.sortKey(u"株洲"));
    QVERIFY(query.value(1).toByteArray().isEmpty());
}

void TestPinyinOrder::tablePagesNamesInPinyinOrderBothWays()
{
    QStringList reversed = expectedNames();
    std::reverse(reversed.begin(), reversed.end());
    for (const int pageSize : {2, 5, 200}) { // pages end inside and between cities
        QCOMPARE(namesInModel(Qt::AscendingOrder, pageSize), expectedNames());
        QCOMPARE(namesInModel(Qt::DescendingOrder, pageSize), reversed);
    }
}

void TestPinyinOrder::everyWriteKeepsTheKey()
{
    // A rename moves the entry: renamed from 株洲 (zhū) to 常德 (cháng), it goes before 郴州 (chēn).
    // (Not 长沙: ICU's default reading of 长 is zhǎng.)
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM catalog_entry WHERE name = '株洲人口数据'")) &&
            query.next());
    const QString id = query.value(0).toString();
    query.finish();
    QVERIFY(!m_repository->save(id, {{QStringLiteral("name"), QStringLiteral("常德人口数据")}}, {}, {}, {})
                 .isError());
    // A record pulled from the hub takes its place by its key as well.
    QJsonObject pulled = test::validCatalogEntry(QStringLiteral("益阳交通数据"), Department);
    pulled.insert(QStringLiteral("status"), QStringLiteral("published"));
    test::plantRecord(m_database->connection(), QStringLiteral("catalog_entry"), QStringLiteral("pulled-1"),
                      pulled);
    QStringList expected = expectedNames();
    expected.removeOne(QStringLiteral("株洲人口数据"));
    expected.prepend(QStringLiteral("常德人口数据"));
    expected.insert(expected.indexOf(QStringLiteral("岳阳交通数据")),
                    QStringLiteral("益阳交通数据")); // yì < yuè
    QCOMPARE(namesInModel(Qt::AscendingOrder, 4), expected);
    QCOMPARE(scalar(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
}

void TestPinyinOrder::nameSortWalksTheIndex()
{
    CatalogFilter filter;
    filter.sort = CatalogSort::Name;
    const PinyinCollation pinyin;
    for (const bool descending : {false, true}) {
        filter.descending = descending;
        for (const auto& after : {std::optional<QPair<QVariant, qint64>>(),
                                  std::optional(qMakePair(QVariant(pinyin.sortKey(u"怀化")), qint64(3)))}) {
            const SqlCondition page = CatalogQuery::page(filter, 100, after);
            const QString text = test::queryPlan(m_database->connection(), page.sql, page.bindings);
            QVERIFY2(text.contains(QLatin1String("catalog_entry_by_pinyin")), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text)); // no sort of every row
        }
    }
}

void TestPinyinOrder::treeListsResourcesInPinyinOrder()
{
    CatalogTreeModel model(m_database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex department = model.index(0, 0);
    while (model.canFetchMore(department))
        model.fetchMore(department);
    QStringList names;
    for (int row = 0; row < model.rowCount(department); ++row)
        names.append(model.index(row, 0, department).data().toString());
    QCOMPARE(names, expectedNames());
}

void TestPinyinOrder::changedCollationDataRebuildsTheIndex()
{
    const QString current = scalar(QStringLiteral("SELECT xs_pinyin_version()"));
    QCOMPARE(scalar(QStringLiteral("SELECT version FROM collation_state WHERE name = 'pinyin'")), current);
    // As if the keys had been built by another ICU (a Debian upgrade changes its collation data).
    QVERIFY(QSqlQuery(m_database->connection())
                .exec(QStringLiteral("UPDATE collation_state SET version = '1.0' WHERE name = 'pinyin'")));
    m_repository.reset();
    m_database.reset();
    DatabaseError error;
    m_database = Database::open(m_dir->filePath(QStringLiteral("p.db")), m_key, {}, &error);
    QVERIFY2(m_database, qPrintable(error.fullText()));
    QCOMPARE(scalar(QStringLiteral("SELECT version FROM collation_state WHERE name = 'pinyin'")), current);
    QCOMPARE(scalar(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(namesInModel(Qt::AscendingOrder, 3), expectedNames());
}

QTEST_GUILESS_MAIN(TestPinyinOrder)
#include "tst_pinyinorder.moc"
