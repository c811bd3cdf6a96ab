// Saving resources and data items through the journal, their history, restoring an earlier
// version, the search index kept in step, and 一数一源 conflicts.
#include "models/catalog/CatalogRepository.h"
#include "models/common/Clock.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
// What every change here is stamped with: these tests hold on any date.
xs::ManualClock TestClock(xs::ManualClock::chinaMorning(QDate(2026, 6, 15)));
} // namespace

using namespace xs;

class TestCatalogRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void saveWritesEntryItemsAndOperationsTogether();
    void saveKeepsTheCatalogRules();
    void historyKeepsEveryFieldChangeWithItsReason();
    void publishedEntryRefusesAChangeWithoutReason();
    void restoreBringsBackAnEarlierVersion();
    void searchIndexFollowsEveryWrite();
    void oneSourceConflictsAreFound();
    void pulledRecordsDoNotFloodTheHistory();

private:
    QString createEntry(const QString& name, const QString& department, const QList<QJsonObject>& items = {});
    qint64 count(const QString& sql) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CatalogRepository> m_repository;
};

void TestCatalogRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = test::createDatabase(m_dir->filePath(QStringLiteral("c.db")), DatabaseKey::generate());
    m_repository =
        std::make_unique<CatalogRepository>(m_database->connection(), QStringLiteral("zhang"), TestClock);
}

void TestCatalogRepository::cleanup()
{
    m_repository.reset();
    m_database.reset();
}

QString TestCatalogRepository::createEntry(const QString& name, const QString& department,
                                           const QList<QJsonObject>& items)
{
    const QString id = ChangeJournal::newId(TestClock);
    QJsonObject fields = test::validCatalogEntry(name, department);
    fields.insert(QStringLiteral("status"), QStringLiteral("draft"));
    // The items as the test gives them, with what the rules require and the test does not care about.
    QList<QJsonObject> complete;
    for (const QJsonObject& item : items) {
        QJsonObject filled = test::validDataItem(QStringLiteral("数据项"), QStringLiteral("sjx"));
        for (auto it = item.constBegin(); it != item.constEnd(); ++it)
            filled.insert(it.key(), it.value());
        complete << filled;
    }
    const DatabaseError error = m_repository->save(id, fields, complete, {}, {});
    if (error.isError())
        qWarning() << error.fullText();
    return id;
}

qint64 TestCatalogRepository::count(const QString& sql) const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestCatalogRepository::saveWritesEntryItemsAndOperationsTogether()
{
    const QJsonObject first{{QStringLiteral("id"), ChangeJournal::newId(TestClock)},
                            {QStringLiteral("name"), QStringLiteral("姓名")},
                            {QStringLiteral("identifier"), QStringLiteral("xm")},
                            {QStringLiteral("position"), 1}};
    const QJsonObject second{{QStringLiteral("id"), ChangeJournal::newId(TestClock)},
                             {QStringLiteral("name"), QStringLiteral("身份证号")},
                             {QStringLiteral("identifier"), QStringLiteral("sfzh")},
                             {QStringLiteral("position"), 2}};
    const QString id =
        createEntry(QStringLiteral("户籍人口信息"), QStringLiteral("430000012"), {second, first});
    QCOMPARE(m_repository->entry(id)->fields.value(QStringLiteral("name")).toString(),
             QStringLiteral("户籍人口信息"));
    const QList<RecordState> items = m_repository->items(id);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).fields.value(QStringLiteral("identifier")).toString(), QStringLiteral("xm"));
    QCOMPARE(items.at(1).fields.value(QStringLiteral("entry_id")).toString(), id);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_outbox")), 3);

    // Removing an item is a tombstone that syncs, and the item leaves the list.
    QVERIFY(!m_repository->save(id, {}, {}, {items.at(0).id}, {}).isError());
    QCOMPARE(m_repository->items(id).size(), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'delete'")), 1);

    // An item without an id fails the whole save: nothing of it is written.
    const qint64 operations = count(QStringLiteral("SELECT count(*) FROM sync_outbox"));
    QVERIFY(m_repository
                ->save(id, {{QStringLiteral("name"), QStringLiteral("改名")}},
                       {QJsonObject{{QStringLiteral("name"), QStringLiteral("无标识")}}}, {}, {})
                .isError());
    QCOMPARE(m_repository->entry(id)->fields.value(QStringLiteral("name")).toString(),
             QStringLiteral("户籍人口信息"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_outbox")), operations);
}

void TestCatalogRepository::saveKeepsTheCatalogRules()
{
    // Issue 14: only the form ran CatalogRules; a save from anywhere else wrote what it was given.
    const QString id = createEntry(QStringLiteral("人口信息"), QStringLiteral("430000012"));
    const qint64 operations = count(QStringLiteral("SELECT count(*) FROM sync_outbox"));
    const DatabaseError conditional = m_repository->save(
        id, {{QStringLiteral("share_attribute"), QStringLiteral("有条件共享")}}, {}, {}, {});
    QCOMPARE(conditional.kind(), DatabaseError::Kind::Invalid);
    QVERIFY2(conditional.detail().contains(QStringLiteral("共享范围")) ||
                 conditional.detail().contains(QLatin1String("scope")),
             qPrintable(conditional.detail()));
    // An item graded above its entry (就高从严), and an item without an identifier.
    QJsonObject secret = test::validDataItem(QStringLiteral("身份证号"), QStringLiteral("sfzh"));
    secret.insert(QStringLiteral("id"), ChangeJournal::newId(TestClock));
    secret.insert(QStringLiteral("min_grade"), QStringLiteral("核心数据"));
    QCOMPARE(m_repository->save(id, {}, {secret}, {}, {}).kind(), DatabaseError::Kind::Invalid);
    QJsonObject nameless = secret;
    nameless.insert(QStringLiteral("min_grade"), QStringLiteral("一般数据"));
    nameless.insert(QStringLiteral("identifier"), QString());
    QCOMPARE(m_repository->save(id, {}, {nameless}, {}, {}).kind(), DatabaseError::Kind::Invalid);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_outbox")), operations); // nothing written
    QVERIFY(m_repository->items(id).isEmpty());
    // Raised together with its entry, the item is allowed.
    QVERIFY(!m_repository->save(id, {{QStringLiteral("grade"), QStringLiteral("核心数据")}}, {secret}, {}, {})
                 .isError());
    QCOMPARE(m_repository->items(id).size(), 1);
}

void TestCatalogRepository::historyKeepsEveryFieldChangeWithItsReason()
{
    const QString id = createEntry(QStringLiteral("企业信用信息"), QStringLiteral("430000005"));
    QVERIFY(!m_repository
                 ->save(id,
                        {{QStringLiteral("name"), QStringLiteral("企业信用信息目录")},
                         {QStringLiteral("grade"), QStringLiteral("重要数据")}},
                        {}, {}, QStringLiteral("按新规调整"))
                 .isError());
    const QList<CatalogChange> history = m_repository->history(id);
    QCOMPARE(history.size(), 3); // created, then name and grade
    QCOMPARE(history.constLast().field, QStringLiteral("created"));
    QStringList changed{history.at(0).field, history.at(1).field};
    changed.sort();
    QCOMPARE(changed, QStringList({"grade", "name"}));
    for (const CatalogChange& change : history.mid(0, 2)) {
        QCOMPARE(change.changedBy, QStringLiteral("zhang"));
        QCOMPARE(change.reason, QStringLiteral("按新规调整"));
        QVERIFY(!change.changedAt.isEmpty());
    }
    const CatalogChange name = history.at(0).field == QLatin1String("name") ? history.at(0) : history.at(1);
    QCOMPARE(name.oldValue, QStringLiteral("企业信用信息"));
    QCOMPARE(name.newValue, QStringLiteral("企业信用信息目录"));
    // The reason lives only for its transaction.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM catalog_change_reason")), 0);
}

void TestCatalogRepository::publishedEntryRefusesAChangeWithoutReason()
{
    const QString id = createEntry(QStringLiteral("社保缴费信息"), QStringLiteral("430000020"));
    QVERIFY(!m_repository->save(id, {{QStringLiteral("status"), QStringLiteral("published")}}, {}, {}, {})
                 .isError());
    const qint64 operations = count(QStringLiteral("SELECT count(*) FROM sync_outbox"));
    const DatabaseError refused = m_repository->save(
        id, {{QStringLiteral("name"), QStringLiteral("社保信息")}}, {}, {}, QStringLiteral("  "));
    QCOMPARE(refused.kind(), DatabaseError::Kind::Invalid);
    QVERIFY(refused.detail().contains(QLatin1String("reason")));
    QCOMPARE(m_repository->entry(id)->fields.value(QStringLiteral("name")).toString(),
             QStringLiteral("社保缴费信息"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_outbox")), operations);
    QVERIFY(!m_repository
                 ->save(id, {{QStringLiteral("name"), QStringLiteral("社保信息")}}, {}, {},
                        QStringLiteral("名称规范化"))
                 .isError());
}

void TestCatalogRepository::restoreBringsBackAnEarlierVersion()
{
    const QString id = createEntry(QStringLiteral("道路运输许可"), QStringLiteral("430000015"));
    QVERIFY(!m_repository
                 ->save(id, {{QStringLiteral("abstract"), QStringLiteral("道路运输许可信息")}}, {}, {}, {})
                 .isError());
    const qint64 version2 = m_repository->history(id).constFirst().id;
    QVERIFY(!m_repository
                 ->save(id,
                        {{QStringLiteral("name"), QStringLiteral("道路运输经营许可")},
                         {QStringLiteral("grade"), QStringLiteral("重要数据")},
                         {QStringLiteral("in_open_catalog"), true}},
                        {}, {}, {})
                 .isError());

    const std::optional<QJsonObject> earlier = m_repository->fieldsAsOf(id, version2);
    QVERIFY(earlier);
    QCOMPARE(earlier->value(QStringLiteral("name")).toString(), QStringLiteral("道路运输许可"));
    QCOMPARE(earlier->value(QStringLiteral("grade")).toString(), QStringLiteral("一般数据"));
    QVERIFY(earlier->value(QStringLiteral("in_open_catalog")).isNull());

    QVERIFY(!m_repository->restore(id, version2, QStringLiteral("误改恢复")).isError());
    const QJsonObject now = m_repository->entry(id)->fields;
    QCOMPARE(now.value(QStringLiteral("name")).toString(), QStringLiteral("道路运输许可"));
    QCOMPARE(now.value(QStringLiteral("grade")).toString(), QStringLiteral("一般数据"));
    QVERIFY(now.value(QStringLiteral("in_open_catalog")).isNull());
    // The restore is itself history, and an operation that syncs.
    QCOMPARE(m_repository->history(id).constFirst().reason, QStringLiteral("误改恢复"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE record_id = '%1'").arg(id)), 4);
}

void TestCatalogRepository::searchIndexFollowsEveryWrite()
{
    const QString id = createEntry(QStringLiteral("长沙市公交线路信息"), QStringLiteral("430100001"));
    const QString match =
        QStringLiteral("SELECT count(*) FROM catalog_search WHERE catalog_search MATCH '%1'");
    QCOMPARE(count(match.arg(QStringLiteral("公交线路"))), 1);
    QVERIFY(
        !m_repository->save(id, {{QStringLiteral("name"), QStringLiteral("长沙市地铁站点信息")}}, {}, {}, {})
             .isError());
    QCOMPARE(count(match.arg(QStringLiteral("公交线路"))), 0);
    QCOMPARE(count(match.arg(QStringLiteral("地铁站点"))), 1);
    // A pulled copy of the same row (written by the sync path) keeps the index in step too.
    RecordState pulled = *m_repository->entry(id);
    pulled.version = 3;
    pulled.fields.insert(QStringLiteral("name"), QStringLiteral("长沙市轨道交通信息"));
    QVERIFY(!LocalRecordStore(m_database->connection())
                 .write(*findEntity(QStringLiteral("catalog_entry")), pulled)
                 .isError());
    QCOMPARE(count(match.arg(QStringLiteral("地铁站点"))), 0);
    QCOMPARE(count(match.arg(QStringLiteral("轨道交通"))), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM catalog_entry")), 1);
}

void TestCatalogRepository::oneSourceConflictsAreFound()
{
    auto authoritative = [](const char* identifier, bool isSource) {
        return QJsonObject{{QStringLiteral("id"), ChangeJournal::newId(TestClock)},
                           {QStringLiteral("name"), QStringLiteral("统一社会信用代码")},
                           {QStringLiteral("identifier"), QString::fromLatin1(identifier)},
                           {QStringLiteral("authoritative"), isSource}};
    };
    const QString market = createEntry(QStringLiteral("市场主体登记"), QStringLiteral("430000030"),
                                       {authoritative("tyshxydm", true), authoritative("qymc", true)});
    const QString tax = createEntry(QStringLiteral("纳税人信息"), QStringLiteral("430000031"),
                                    {authoritative("TYSHXYDM", true), authoritative("qymc", false)});
    // The same department twice is not a conflict.
    createEntry(QStringLiteral("市场主体年报"), QStringLiteral("430000030"),
                {authoritative("tyshxydm", true)});

    const QList<OneSourceConflict> conflicts = m_repository->oneSourceConflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.constFirst().identifier, QStringLiteral("tyshxydm"));
    QCOMPARE(conflicts.constFirst().departmentCodes, QStringList({"430000030", "430000031"}));
    QCOMPARE(conflicts.constFirst().entryIds.size(), 3);
    QCOMPARE(m_repository->conflictingItemCount(tax), 1);
    QCOMPARE(m_repository->conflictingItemCount(market), 1);

    // The tax bureau withdraws its claim: the conflict is gone.
    RecordState taxItem;
    for (const RecordState& item : m_repository->items(tax)) {
        if (item.fields.value(QStringLiteral("identifier")).toString() == QLatin1String("TYSHXYDM"))
            taxItem = item;
    }
    QVERIFY(!m_repository
                 ->save(tax, {},
                        {QJsonObject{{QStringLiteral("id"), taxItem.id},
                                     {QStringLiteral("authoritative"), false}}},
                        {}, {})
                 .isError());
    QVERIFY(m_repository->oneSourceConflicts().isEmpty());
}

void TestCatalogRepository::pulledRecordsDoNotFloodTheHistory()
{
    const EntitySchema& schema = *findEntity(QStringLiteral("catalog_entry"));
    QList<RecordState> page;
    for (int index = 0; index < 50; ++index) {
        page.append({schema.name, ChangeJournal::newId(TestClock), 1, false,
                     QStringLiteral("2026-11-28T00:00:00Z"), QStringLiteral("hub"),
                     normaliseFields(schema, {{QStringLiteral("name"), QStringLiteral("拉取%1").arg(index)}}),
                     0});
    }
    QVERIFY(!LocalRecordStore(m_database->connection()).writeAll(schema, page).isError());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM catalog_history")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM catalog_search WHERE catalog_search MATCH '拉取'")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM catalog_search WHERE catalog_search MATCH '拉取4'")),
             1 + 10);
}

QTEST_GUILESS_MAIN(TestCatalogRepository)
#include "tst_catalogrepository.moc"
