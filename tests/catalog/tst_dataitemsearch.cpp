// Data item search (migration 0033, BigramTokenizer): on the small demo's 15,000 items, every
// query finds exactly what a substring scan finds (the oracle), in pages, with the resource that
// holds each item; one- and two-character terms are index lookups; the index follows every write;
// hostile text is only text.
#include "models/catalog/CatalogRepository.h"
#include "models/catalog/DataItemSearchModel.h"
#include "models/common/Clock.h"
#include "models/demo/DemoDataGenerator.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
xs::ManualClock TestClock(xs::ManualClock::chinaMorning(QDate(2026, 6, 15)));
} // namespace

using namespace xs;

class TestDataItemSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void findsWhatASubstringScanFinds();
    void pagesInIndexOrderWithTheirResources();
    void shortTermsAreIndexLookups();
    void phrasesDoNotMatchAcrossAGap();
    void termsAreCombinedAndCaseFolded();
    void hostileTextIsJustText();
    void theIndexFollowsEveryWrite();

private:
    QSet<QString> search(const QString& text);
    QSet<QString> scan(const QStringList& terms) const;
    QStringList sampleTerms(int count, int length);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DataItemSearchModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestDataItemSearch::initTestCase()
{
    m_database = test::createDatabase(m_dir.filePath(QStringLiteral("s.db")), DatabaseKey::generate());
    QVERIFY(m_database);
    QVERIFY(!DemoDataGenerator(m_database->connection(), TestClock.today())
                 .generate(DemoDataGenerator::Scale::Small)
                 .isError());
    // Some items and one resource deleted, so that the search must leave them out.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE data_item SET deleted = 1 WHERE rowid % 50 = 0")));
    QVERIFY(query.exec(QStringLiteral("UPDATE catalog_entry SET deleted = 1 WHERE rowid = 7")));
}

void TestDataItemSearch::cleanupTestCase()
{
    m_database.reset();
}

void TestDataItemSearch::init()
{
    m_model = std::make_unique<DataItemSearchModel>(m_database->connection(), nullptr, 97);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestDataItemSearch::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

QSet<QString> TestDataItemSearch::search(const QString& text)
{
    m_model->setText(text);
    while (m_model->canFetchMore({}))
        m_model->fetchMore({});
    QSet<QString> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.insert(m_model->index(row, 0).data(DataItemSearchModel::ItemIdRole).toString());
    if (m_model->lastError().isError())
        ids.insert(QStringLiteral("error: ") + m_model->lastError().fullText());
    return ids;
}

QSet<QString> TestDataItemSearch::scan(const QStringList& terms) const
{
    // The oracle: every term a substring of the name, identifier or description (LIKE folds ASCII
    // case as the tokenizer does), of an item that is not deleted, in a resource that is not.
    QStringList conditions;
    for (qsizetype i = 0; i < terms.size(); ++i)
        conditions.append(QStringLiteral("(i.name LIKE ?1 OR i.identifier LIKE ?1 OR i.description LIKE ?1)")
                              .replace(QLatin1String("?1"), QStringLiteral("?%1").arg(i + 1)));
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT i.id FROM data_item i JOIN catalog_entry e ON e.id = i.entry_id "
                                 "WHERE i.deleted = 0 AND e.deleted = 0 AND ") +
                  conditions.join(QLatin1String(" AND ")));
    for (const QString& term : terms)
        query.addBindValue(QLatin1Char('%') + term + QLatin1Char('%'));
    QSet<QString> ids;
    if (!query.exec())
        return {QStringLiteral("scan failed")};
    while (query.next())
        ids.insert(query.value(0).toString());
    return ids;
}

QStringList TestDataItemSearch::sampleTerms(int count, int length)
{
    // Substrings of letters and digits of real item text, as people would type them.
    QSqlQuery query(m_database->connection());
    query.exec(QStringLiteral("SELECT name || ' ' || coalesce(identifier, '') || ' ' || "
                              "coalesce(description, '') FROM data_item ORDER BY random() LIMIT %1")
                   .arg(count * 40));
    QStringList terms;
    while (query.next() && terms.size() < count) {
        const QString text = query.value(0).toString();
        for (int attempt = 0; attempt < 8; ++attempt) {
            const int start =
                int(QRandomGenerator::global()->bounded(qMax(1, int(text.size()) - length + 1)));
            const QString term = text.mid(start, length);
            if (term.size() == length && std::all_of(term.cbegin(), term.cend(), [](QChar c) {
                    return c.isLetterOrNumber() && !c.isSurrogate();
                })) {
                terms.append(term);
                break;
            }
        }
    }
    return terms;
}

void TestDataItemSearch::findsWhatASubstringScanFinds()
{
    int withHits = 0;
    for (const int length : {1, 2, 3, 4, 5}) {
        const QStringList terms = sampleTerms(12, length);
        QVERIFY2(terms.size() >= 6, qPrintable(terms.join(QLatin1Char(' '))));
        for (const QString& term : terms) {
            const QSet<QString> expected = scan({term});
            QCOMPARE(search(term), expected);
            withHits += expected.isEmpty() ? 0 : 1;
        }
    }
    QVERIFY(withHits > 30); // the samples come from the items, so most of them find something
}

void TestDataItemSearch::pagesInIndexOrderWithTheirResources()
{
    m_model->setText(QStringLiteral("名称"));
    QCOMPARE(m_model->rowCount(), 97);
    QVERIFY(m_model->canFetchMore({}));
    while (m_model->canFetchMore({}))
        m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), int(scan({QStringLiteral("名称")}).size()));
    QVERIFY(m_model->rowCount() > 2 * 97); // pages end inside the hits
    QSet<QString> seen;
    QSqlQuery entryOf(m_database->connection());
    entryOf.prepare(
        QStringLiteral("SELECT i.entry_id, e.name FROM data_item i JOIN catalog_entry e ON e.id = "
                       "i.entry_id WHERE i.id = ?"));
    for (int row = 0; row < m_model->rowCount(); row += 13) {
        const QModelIndex index = m_model->index(row, DataItemSearchModel::NameColumn);
        const QString item = index.data(DataItemSearchModel::ItemIdRole).toString();
        QVERIFY(!seen.contains(item));
        seen.insert(item);
        entryOf.addBindValue(item);
        QVERIFY(entryOf.exec() && entryOf.next());
        QCOMPARE(index.data(DataItemSearchModel::EntryIdRole).toString(), entryOf.value(0).toString());
        QCOMPARE(m_model->index(row, DataItemSearchModel::EntryColumn).data().toString(),
                 entryOf.value(1).toString());
        entryOf.finish();
    }
    QCOMPARE(m_model->headerData(DataItemSearchModel::EntryColumn, Qt::Horizontal).toString(),
             QStringLiteral("Resource"));
    m_model->setText({});
    QCOMPARE(m_model->rowCount(), 0); // an empty search lists nothing, not millions
}

void TestDataItemSearch::shortTermsAreIndexLookups()
{
    for (const QString& text : {QStringLiteral("姓名"), QStringLiteral("码"), QStringLiteral("身份号码")}) {
        const SqlCondition page =
            DataItemSearchModel::page(DataItemSearchModel::matchExpression(text), 200, {});
        const QString planText = test::queryPlan(m_database->connection(), page.sql, page.bindings);
        QVERIFY2(planText.contains(QLatin1String("VIRTUAL TABLE INDEX")), qPrintable(planText));
        QVERIFY2(!planText.contains(QLatin1String("SCAN i")) &&
                     !planText.contains(QLatin1String("TEMP B-TREE")),
                 qPrintable(planText));
    }
    QCOMPARE(DataItemSearchModel::matchExpression(QStringLiteral("码")), QStringLiteral("\"码\" *"));
    QCOMPARE(DataItemSearchModel::matchExpression(QStringLiteral(" 身份 号码 ")),
             QStringLiteral("\"身份\" AND \"号码\""));
}

void TestDataItemSearch::phrasesDoNotMatchAcrossAGap()
{
    CatalogRepository repository(m_database->connection(), QStringLiteral("zhang"), TestClock);
    const QString entry = QStringLiteral("gap-entry");
    test::plantAuthorizedEntry(m_database->connection(), entry);
    // Pairs overlap: 身份号 is the pairs 身份 份号, and here 身份 ends one run and 份号 starts the
    // next. Only the token between runs keeps that from matching.
    QJsonObject item = test::validDataItem(QStringLiteral("户籍身份 份号簿"), QStringLiteral("hjsf"), entry);
    test::plantRecord(m_database->connection(), QStringLiteral("data_item"), QStringLiteral("gap-item"),
                      item);
    QVERIFY(!search(QStringLiteral("身份号")).contains(QStringLiteral("gap-item"))); // not a substring
    QVERIFY(search(QStringLiteral("身份")).contains(QStringLiteral("gap-item")));
    QVERIFY(
        search(QStringLiteral("\"身份 份号\"")).contains(QStringLiteral("gap-item"))); // the phrase as it is
    QVERIFY(search(QStringLiteral("籍身份")).contains(QStringLiteral("gap-item")));
    QVERIFY(search(QStringLiteral("簿")).contains(QStringLiteral("gap-item"))); // the last character alone
}

void TestDataItemSearch::termsAreCombinedAndCaseFolded()
{
    const QStringList pair = sampleTerms(1, 2) + sampleTerms(1, 2);
    QCOMPARE(search(pair.join(QLatin1Char(' '))), scan(pair));
    const QString identifier = [&] {
        QSqlQuery query(m_database->connection());
        query.exec(QStringLiteral("SELECT identifier FROM data_item WHERE length(identifier) >= 6 LIMIT 1"));
        return query.next() ? query.value(0).toString() : QString();
    }();
    QVERIFY(!identifier.isEmpty());
    const QString middle = identifier.mid(1, 4).toUpper();
    QVERIFY(!search(middle).isEmpty());
    QCOMPARE(search(middle), scan({middle}));
}

void TestDataItemSearch::hostileTextIsJustText()
{
    for (const QString& text : {QStringLiteral("\" OR * NEAR("), QStringLiteral("——"),
                                QStringLiteral("name:姓名"), QStringLiteral("'); DROP TABLE data_item; --"),
                                QStringLiteral("\"\"\""), QStringLiteral("*"), QString(5000, QChar(u'码'))}) {
        m_model->setText(text);
        QVERIFY2(!m_model->lastError().isError(), qPrintable(m_model->lastError().fullText()));
    }
    QCOMPARE(search(QStringLiteral("——")), QSet<QString>()); // punctuation alone finds nothing
    QCOMPARE(search(QStringLiteral("name:姓名")), scan({QStringLiteral("name"), QStringLiteral("姓名")}));
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM data_item")) && query.next());
    QVERIFY(query.value(0).toInt() > 0);
}

void TestDataItemSearch::theIndexFollowsEveryWrite()
{
    CatalogRepository repository(m_database->connection(), QStringLiteral("zhang"), TestClock);
    QSqlQuery query(m_database->connection());
    QVERIFY(
        query.exec(QStringLiteral("SELECT i.entry_id, i.id FROM data_item i JOIN catalog_entry e ON e.id = "
                                  "i.entry_id WHERE i.deleted = 0 AND e.deleted = 0 AND e.status = 'draft' "
                                  "LIMIT 1")) &&
        query.next());
    const QString entry = query.value(0).toString();
    const QString itemId = query.value(1).toString();
    query.finish();
    QList<RecordState> items = repository.items(entry);
    QVERIFY(!items.isEmpty());
    QList<QJsonObject> changed;
    for (const RecordState& item : items) {
        QJsonObject fields = item.fields;
        fields.insert(QStringLiteral("id"), item.id);
        if (item.id == itemId)
            fields.insert(QStringLiteral("name"), QStringLiteral("湘江流域水文站点编号"));
        changed.append(fields);
    }
    QVERIFY(!repository.save(entry, {}, changed, {}, {}).isError());
    QCOMPARE(search(QStringLiteral("水文站点")), QSet<QString>{itemId});
    QVERIFY(!repository.save(entry, {}, {}, {itemId}, {}).isError()); // removed
    QCOMPARE(search(QStringLiteral("水文站点")), QSet<QString>());
    QVERIFY(QSqlQuery(m_database->connection())
                .exec(QStringLiteral(
                    "INSERT INTO data_item_search (data_item_search) VALUES ('integrity-check')")));
}

QTEST_GUILESS_MAIN(TestDataItemSearch)
#include "tst_dataitemsearch.moc"
