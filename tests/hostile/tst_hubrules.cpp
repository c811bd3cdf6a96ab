// The hub as the authority: a modified client pushes, raw, a record of every synced type that
// breaks that type's rules, and the hub stores none of them, while what keeps the rules in the same
// push is applied.

#include "hub/HubStore.h"
#include "models/common/Clock.h"
#include "models/journal/EntitySchema.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;
using namespace xs::test;

namespace {

const QString DemoPassword = QStringLiteral("xiangshu-demo-2026");

QString status(const QJsonValue& result)
{
    return result.toObject().value(QStringLiteral("status")).toString() + QLatin1Char('/') +
           result.toObject().value(QStringLiteral("reason_code")).toString();
}

} // namespace

class TestHubRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyRecordTypeRefusesWhatBreaksItsRules();
    void theCatalogRulesHoldOnTheHub();
    void anEntryIsCheckedWithItsItemsAsThePushLeavesThem();

private:
    /// Any live record of an entity in the hub's store (for parents of the records pushed).
    QString anyId(const QString& entity);
    bool stored(const QString& entity, const QString& id);

    QTemporaryDir m_dir;
    QString m_database;
    std::unique_ptr<HubProcess> m_hub;
    std::unique_ptr<HttpProbe> m_probe;
    QString m_admin;
    QString m_cataloguer;
};

void TestHubRules::initTestCase()
{
    m_database = m_dir.filePath(QStringLiteral("hub.db"));
    QCOMPARE(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), m_database}), 0);
    m_hub = std::make_unique<HubProcess>(m_dir.filePath(QStringLiteral("tls")));
    QVERIFY2(m_hub->start(m_database), m_hub->log().constData());
    m_probe = std::make_unique<HttpProbe>(m_hub->url(), m_hub->caFile());
    m_admin = m_probe->login(QStringLiteral("demo-admin"), DemoPassword);
    m_cataloguer = m_probe->login(QStringLiteral("demo-cataloguer"), DemoPassword);
    QVERIFY(!m_admin.isEmpty() && !m_cataloguer.isEmpty());
}

void TestHubRules::cleanupTestCase()
{
    m_hub.reset();
}

QString TestHubRules::anyId(const QString& entity)
{
    SystemClock clock;
    QString error;
    const std::unique_ptr<HubStore> store = HubStore::open(m_database, clock, &error);
    const QList<RecordState> records = store ? store->liveRecords(entity) : QList<RecordState>();
    return records.isEmpty() ? QString() : records.constFirst().id;
}

bool TestHubRules::stored(const QString& entity, const QString& id)
{
    SystemClock clock;
    QString error;
    const std::unique_ptr<HubStore> store = HubStore::open(m_database, clock, &error);
    return store && store->record(entity, id, false).has_value();
}

void TestHubRules::everyRecordTypeRefusesWhatBreaksItsRules()
{
    const QString entry = QStringLiteral("rules-entry");
    QCOMPARE(status(m_probe
                        ->push({HttpProbe::upsert(QStringLiteral("catalog_entry"), entry,
                                                  validCatalogEntry(QStringLiteral("规则测试目录"),
                                                                    QStringLiteral("430000027")))},
                               m_admin)
                        .at(0)),
             QStringLiteral("applied/"));
    const QString agreement = anyId(QStringLiteral("grant_agreement"));
    const QString product = anyId(QStringLiteral("grant_product"));
    QVERIFY(!agreement.isEmpty() && !product.isEmpty());
    QJsonObject conditional =
        validCatalogEntry(QStringLiteral("有条件共享无范围"), QStringLiteral("430000027"));
    conditional.insert(QStringLiteral("share_attribute"), QStringLiteral("有条件共享"));
    QJsonObject badIdentifier = validDataItem(QStringLiteral("姓名"), QStringLiteral("1xm"), entry);
    // One rule-breaking record per type; a type added without a case here fails the test.
    const QHash<QString, QJsonObject> breaking{
        {QStringLiteral("calendar_year"),
         {{QStringLiteral("year"), 2031}, {QStringLiteral("holidays"), QStringLiteral("不是列表")}}},
        {QStringLiteral("deadline_rule"),
         {{QStringLiteral("step"), QStringLiteral("no-such-step")},
          {QStringLiteral("value"), 20},
          {QStringLiteral("unit"), QStringLiteral("workdays")}}},
        {QStringLiteral("department"),
         {{QStringLiteral("code"), QStringLiteral("R-1")},
          {QStringLiteral("name"), QStringLiteral("部门")},
          {QStringLiteral("kind"), QStringLiteral("bureau")},
          {QStringLiteral("division_code"), QStringLiteral("430000")},
          {QStringLiteral("sort_order"), 1}}},
        {QStringLiteral("catalog_entry"), conditional},
        {QStringLiteral("data_item"), badIdentifier},
        {QStringLiteral("registration"),
         {{QStringLiteral("type"), QStringLiteral("initial")},
          {QStringLiteral("catalog_entry_id"), QStringLiteral("no-such-entry")}}},
        {QStringLiteral("grant_operator"),
         {{QStringLiteral("name"), QStringLiteral("运营方")},
          {QStringLiteral("credit_code"), QStringLiteral("123")}}},
        {QStringLiteral("grant_plan"),
         {{QStringLiteral("title"), QStringLiteral("方案")},
          {QStringLiteral("division_code"), QStringLiteral("4300001")}}},
        {QStringLiteral("grant_agreement"),
         {{QStringLiteral("title"), QStringLiteral("协议")},
          {QStringLiteral("operator_id"), anyId("grant_operator")}}},
        {QStringLiteral("grant_product"),
         {{QStringLiteral("agreement_id"), agreement},
          {QStringLiteral("use_class"), QStringLiteral("赠送")}}},
        {QStringLiteral("grant_disclosure"),
         {{QStringLiteral("agreement_id"), agreement}, {QStringLiteral("kind"), QStringLiteral("闲谈")}}},
        {QStringLiteral("grant_price"),
         {{QStringLiteral("product_id"), product},
          {QStringLiteral("month"), QStringLiteral("2026-13")},
          {QStringLiteral("price_fen"), 100},
          {QStringLiteral("cap_fen"), 100}}},
        {QStringLiteral("grant_report"),
         {{QStringLiteral("agreement_id"), agreement}, {QStringLiteral("year"), 1999}}},
    };
    QList<QJsonObject> operations;
    for (const EntitySchema& entity : syncedEntities()) {
        QVERIFY2(breaking.contains(entity.name), qPrintable(entity.name + QStringLiteral(" has no case")));
        operations << HttpProbe::upsert(entity.name, QStringLiteral("breaks-") + entity.name,
                                        breaking.value(entity.name));
    }
    // Sent one by one: what the wire format itself refuses (a plan's field too long: plans have no
    // rule of their own beyond it) fails its whole push with 400, which stores nothing either.
    QJsonArray results;
    for (const QJsonObject& operation : operations) {
        const QJsonArray answer = m_probe->push({operation}, m_admin);
        results.append(answer.isEmpty()
                           ? QJsonObject{{QStringLiteral("status"), QStringLiteral("rejected")},
                                         {QStringLiteral("reason_code"), QStringLiteral("invalid")}}
                           : answer.at(0));
    }
    QCOMPARE(results.size(), operations.size());
    for (qsizetype i = 0; i < operations.size(); ++i) {
        const QString entity = operations.at(i).value(QStringLiteral("entity")).toString();
        QVERIFY2(status(results.at(i)) == QLatin1String("rejected/invalid") ||
                     status(results.at(i)) == QLatin1String("rejected/not_found"),
                 qPrintable(entity + QLatin1Char(' ') + status(results.at(i)) + QLatin1Char(' ') +
                            results.at(i).toObject().value(QStringLiteral("reason")).toString()));
        QVERIFY2(!stored(entity, QStringLiteral("breaks-") + entity), qPrintable(entity));
    }
}

void TestHubRules::theCatalogRulesHoldOnTheHub()
{
    // Issue 14: the hub stored any catalog entry a client sent; its editors' rules are its own now.
    const QString department = QStringLiteral("430000027");
    QJsonObject noScope = validCatalogEntry(QStringLiteral("有条件共享"), department);
    noScope.insert(QStringLiteral("share_attribute"), QStringLiteral("有条件共享"));
    QJsonObject noReason = validCatalogEntry(QStringLiteral("不予共享"), department);
    noReason.insert(QStringLiteral("share_attribute"), QStringLiteral("不予共享"));
    QJsonObject badCode = validCatalogEntry(QStringLiteral("代码有误"), department);
    badCode.insert(QStringLiteral("code"), QStringLiteral("ABC"));
    QJsonObject good = validCatalogEntry(QStringLiteral("合规目录"), department);
    const QJsonArray results = m_probe->push(
        {HttpProbe::upsert(QStringLiteral("catalog_entry"), QStringLiteral("no-scope"), noScope),
         HttpProbe::upsert(QStringLiteral("catalog_entry"), QStringLiteral("no-reason"), noReason),
         HttpProbe::upsert(QStringLiteral("catalog_entry"), QStringLiteral("bad-code"), badCode),
         HttpProbe::upsert(QStringLiteral("catalog_entry"), QStringLiteral("good"), good)},
        m_cataloguer);
    QCOMPARE(results.size(), 4);
    const QStringList fields{QStringLiteral("share_scope"), QStringLiteral("no_share_reason"),
                             QStringLiteral("code")};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(status(results.at(i)), QStringLiteral("rejected/invalid"));
        QVERIFY2(results.at(i).toObject().value(QStringLiteral("reason")).toString().startsWith(fields.at(i)),
                 qPrintable(results.at(i).toObject().value(QStringLiteral("reason")).toString()));
    }
    // Nothing else in the same push is lost.
    QCOMPARE(status(results.at(3)), QStringLiteral("applied/"));

    // An item graded above its entry (就高从严) is refused; raised together with its entry it is not.
    QJsonObject secret =
        validDataItem(QStringLiteral("身份证号"), QStringLiteral("sfzh"), QStringLiteral("good"));
    secret.insert(QStringLiteral("min_grade"), QStringLiteral("重要数据"));
    QCOMPARE(
        status(m_probe
                   ->push({HttpProbe::upsert(QStringLiteral("data_item"), QStringLiteral("secret"), secret)},
                          m_cataloguer)
                   .at(0)),
        QStringLiteral("rejected/invalid"));
    const QJsonArray raised =
        m_probe->push({HttpProbe::upsert(QStringLiteral("catalog_entry"), QStringLiteral("good"),
                                         {{QStringLiteral("grade"), QStringLiteral("重要数据")}}, 1),
                       HttpProbe::upsert(QStringLiteral("data_item"), QStringLiteral("secret"), secret)},
                      m_cataloguer);
    QCOMPARE(status(raised.at(0)), QStringLiteral("applied/"));
    QCOMPARE(status(raised.at(1)), QStringLiteral("applied/"));
    // The entry cannot go below its item on its own.
    QCOMPARE(
        status(m_probe
                   ->push({HttpProbe::upsert(QStringLiteral("catalog_entry"), QStringLiteral("good"),
                                             {{QStringLiteral("grade"), QStringLiteral("一般数据")}}, 2)},
                          m_cataloguer)
                   .at(0)),
        QStringLiteral("rejected/invalid"));
}

void TestHubRules::anEntryIsCheckedWithItsItemsAsThePushLeavesThem()
{
    // A desktop saves an entry and its items in one push, the entry first. Lowering the grade of
    // both is one consistent change and must not be refused for the item still stored as it was.
    const QString department = QStringLiteral("430000027");
    QJsonObject entry = validCatalogEntry(QStringLiteral("降级目录"), department);
    entry.insert(QStringLiteral("grade"), QStringLiteral("重要数据"));
    QJsonObject item =
        validDataItem(QStringLiteral("手机号"), QStringLiteral("sjh"), QStringLiteral("lowered"));
    item.insert(QStringLiteral("min_grade"), QStringLiteral("重要数据"));
    const QJsonArray created =
        m_probe->push({HttpProbe::upsert(QStringLiteral("catalog_entry"), QStringLiteral("lowered"), entry),
                       HttpProbe::upsert(QStringLiteral("data_item"), QStringLiteral("lowered-item"), item)},
                      m_cataloguer);
    QCOMPARE(status(created.at(0)), QStringLiteral("applied/"));
    QCOMPARE(status(created.at(1)), QStringLiteral("applied/"));
    const QJsonArray lowered =
        m_probe->push({HttpProbe::upsert(QStringLiteral("catalog_entry"), QStringLiteral("lowered"),
                                         {{QStringLiteral("grade"), QStringLiteral("一般数据")}}, 1),
                       HttpProbe::upsert(QStringLiteral("data_item"), QStringLiteral("lowered-item"),
                                         {{QStringLiteral("min_grade"), QStringLiteral("一般数据")}}, 1)},
                      m_cataloguer);
    QCOMPARE(status(lowered.at(0)), QStringLiteral("applied/"));
    QCOMPARE(status(lowered.at(1)), QStringLiteral("applied/"));
    // An item deleted in the same push no longer holds the entry's grade up.
    QJsonObject second = item;
    second.insert(QStringLiteral("identifier"), QStringLiteral("sjh2"));
    QCOMPARE(status(m_probe
                        ->push({HttpProbe::upsert(QStringLiteral("catalog_entry"), QStringLiteral("lowered"),
                                                  {{QStringLiteral("grade"), QStringLiteral("重要数据")}}, 2),
                                HttpProbe::upsert(QStringLiteral("data_item"), QStringLiteral("removed-item"),
                                                  second)},
                               m_cataloguer)
                        .at(1)),
             QStringLiteral("applied/"));
    const QJsonArray removed =
        m_probe->push({HttpProbe::upsert(QStringLiteral("catalog_entry"), QStringLiteral("lowered"),
                                         {{QStringLiteral("grade"), QStringLiteral("一般数据")}}, 3),
                       QJsonObject{{QStringLiteral("kind"), QStringLiteral("delete")},
                                   {QStringLiteral("entity"), QStringLiteral("data_item")},
                                   {QStringLiteral("id"), QStringLiteral("removed-item")},
                                   {QStringLiteral("base_version"), 1},
                                   {QStringLiteral("fields"), QJsonObject()}}},
                      m_cataloguer);
    QCOMPARE(status(removed.at(0)), QStringLiteral("applied/"));
    QCOMPARE(status(removed.at(1)), QStringLiteral("applied/"));
}

QTEST_GUILESS_MAIN(TestHubRules)
#include "tst_hubrules.moc"
