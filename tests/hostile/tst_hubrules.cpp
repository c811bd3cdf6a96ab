// Records from hostile clients: a modified client pushes, raw, what breaks a record type's rules or
// what no desktop could store, or takes another department's records; the hub stores none of it,
// applies what keeps the rules in the same push, and a desktop that meets a bad record anyway (one
// planted straight into the hub's store) sets it aside and syncs everything else.

#include "hub/HubStore.h"
#include "models/common/Clock.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/FieldLabels.h"
#include "models/journal/SyncIssuesModels.h"
#include "models/journal/WireCodec.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TestDesktop.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace xs;
using namespace xs::test;

namespace {

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
    void evaluationCyclesAreCheckedOnTheHub();
    void anAgreementsScopeIsChosenFromTheAuthorizedCatalog();
    void anApplicationsMaterialFileIsCheckedOnTheHub();
    void aTrialPriceEndsWithItsPeriodOnTheHub();
    void aCapIsInForceOnlyOnceAnotherManagerSignsItOff();
    void anEntryIsCheckedWithItsItemsAsThePushLeavesThem();
    void aSignOffIsTheHeadsStepNeverTyped();
    void aCataloguerTakesNoOtherDepartmentsItem();
    void theHubStoresNothingADesktopCouldNotStore();
    void aRecordNoDesktopCanStoreStopsNobodysSync();
    void refusalsReadInTheDesktopsLanguage(); // last: installs the Chinese translation

private:
    /// Any live record of an entity in the hub's store (for parents of the records pushed).
    QString anyId(const QString& entity);
    bool stored(const QString& entity, const QString& id);
    /// One upsert pushed as token; the hub's answer to it.
    QJsonObject pushUpsert(const QString& token, const QString& entity, const QString& id,
                           const QJsonObject& fields, qint64 baseVersion = 0);
    QJsonObject pushOperation(const QString& token, const QJsonObject& operation);
    /// Writes records straight into the hub's store, as a bug or a hand edit of the store would.
    void plant(const QList<RecordState>& records);
    /// A catalog entry planted in the hub's store, of the 授权运营 catalog, in this status.
    void plantAuthorizedEntry(const QString& id, const QString& status);

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
    plantAuthorizedEntry(QStringLiteral("ce-authorized"), QStringLiteral("published"));
}

void TestHubRules::plantAuthorizedEntry(const QString& id, const QString& status)
{
    QJsonObject entry = validCatalogEntry(QStringLiteral("授权运营目录") + id, QStringLiteral("430000027"));
    entry.insert(QStringLiteral("status"), status);
    entry.insert(QStringLiteral("in_authorized_catalog"), true);
    entry.insert(QStringLiteral("data_scope"), QStringLiteral("2020年以来全省数据"));
    entry.insert(QStringLiteral("quality_statement"), QStringLiteral("每日校验"));
    plant({RecordState{QStringLiteral("catalog_entry"), id, 0, false, {}, {}, entry, 0}});
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
        {QStringLiteral("audit_template"),
         {{QStringLiteral("title"), QStringLiteral("空清单")},
          {QStringLiteral("kind"), QStringLiteral("catalog_quality")},
          {QStringLiteral("template_version"), 1},
          {QStringLiteral("items"), QStringLiteral("[]")},
          {QStringLiteral("severities"), QStringLiteral("[\"一般\"]")},
          {QStringLiteral("rectification_days"), 10}}},
        {QStringLiteral("audit_task"),
         {{QStringLiteral("title"), QStringLiteral("无清单任务")},
          {QStringLiteral("kind"), QStringLiteral("catalog_quality")},
          {QStringLiteral("template_id"), QStringLiteral("no-such-template")},
          {QStringLiteral("target_code"), QStringLiteral("430000027")},
          {QStringLiteral("auditors"), QStringLiteral("[\"demo-auditor\"]")},
          {QStringLiteral("planned_on"), QStringLiteral("2027-01-04")}}},
        {QStringLiteral("audit_answer"),
         {{QStringLiteral("task_id"), QStringLiteral("no-such-task")},
          {QStringLiteral("item_code"), QStringLiteral("C1")},
          {QStringLiteral("result"), QStringLiteral("conforms")}}},
        {QStringLiteral("audit_finding"),
         {{QStringLiteral("task_id"), QStringLiteral("no-such-task")},
          {QStringLiteral("severity"), QStringLiteral("一般")},
          {QStringLiteral("description"), QStringLiteral("无任务的问题")}}},
        {QStringLiteral("audit_evidence"),
         {{QStringLiteral("task_id"), QStringLiteral("no-such-task")},
          {QStringLiteral("file_name"), QStringLiteral("照片.jpg")},
          {QStringLiteral("media_type"), QStringLiteral("video/mp4")},
          {QStringLiteral("size"), 1024},
          {QStringLiteral("sha256"), QStringLiteral("not-a-hash")}}},
        {QStringLiteral("registration_material"),
         {{QStringLiteral("registration_id"), QStringLiteral("no-such-registration")},
          {QStringLiteral("material"), QStringLiteral("subject_info")},
          {QStringLiteral("file_name"), QStringLiteral("营业执照.pdf")},
          {QStringLiteral("media_type"), QStringLiteral("application/pdf")},
          {QStringLiteral("size"), 1024},
          {QStringLiteral("sha256"), QString(64, QLatin1Char('a'))}}},
        {QStringLiteral("rectification_order"),
         {{QStringLiteral("subject_entity"), QStringLiteral("audit_finding")},
          {QStringLiteral("subject_id"), QStringLiteral("no-such-finding")},
          {QStringLiteral("target_kind"), QStringLiteral("department")},
          {QStringLiteral("target_code"), QStringLiteral("430000027")},
          {QStringLiteral("requirement"), QStringLiteral("整改")},
          {QStringLiteral("working_days"), 10}}},
        {QStringLiteral("open_data_demand"),
         {{QStringLiteral("title"), QStringLiteral("数据")},
          {QStringLiteral("description"), QStringLiteral("用途")},
          {QStringLiteral("domain"), QStringLiteral("娱乐八卦")},
          {QStringLiteral("demander"), QStringLiteral("某公司")}}},
        {QStringLiteral("quality_feedback"),
         {{QStringLiteral("entry_id"), QStringLiteral("no-such-entry")},
          {QStringLiteral("requester_code"), QStringLiteral("430000027")},
          {QStringLiteral("dimension"), QStringLiteral("accuracy")},
          {QStringLiteral("description"), QStringLiteral("错误")}}},
        {QStringLiteral("sharing_usage"),
         {{QStringLiteral("request_id"), QStringLiteral("no-such-request")},
          {QStringLiteral("used_on"), QStringLiteral("2026-12-01")},
          {QStringLiteral("used_by"), QStringLiteral("系统")},
          {QStringLiteral("purpose"), QStringLiteral("核对")}}},
        {QStringLiteral("scorecard_weight"),
         {{QStringLiteral("measure"), QStringLiteral("catalog_coverage")}, {QStringLiteral("weight"), 101}}},
        {QStringLiteral("update_frequency"),
         {{QStringLiteral("name"), QStringLiteral("每两周")},
          {QStringLiteral("max_age_days"), 0},
          {QStringLiteral("sort_order"), 9}}},
        {QStringLiteral("security_review"),
         {{QStringLiteral("subject_entity"), QStringLiteral("grant_agreement")},
          {QStringLiteral("subject_id"), QStringLiteral("no-such-agreement")},
          {QStringLiteral("template_id"), QStringLiteral("no-such-checklist")}}},
        {QStringLiteral("catalog_revision"), // of an entry that is a draft, not published
         {{QStringLiteral("entry_id"), entry},
          {QStringLiteral("changes"), QStringLiteral("{\"abstract\":\"新摘要\"}")},
          {QStringLiteral("reason"), QStringLiteral("correction")}}},
        {QStringLiteral("sharing_request"),
         {{QStringLiteral("entry_id"), QStringLiteral("no-such-entry")},
          {QStringLiteral("requester_code"), QStringLiteral("430000027")},
          {QStringLiteral("purpose"), QStringLiteral("核验")},
          {QStringLiteral("scope"), QStringLiteral("本单位")},
          {QStringLiteral("legal_basis"), QStringLiteral("条例")}}},
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

void TestHubRules::evaluationCyclesAreCheckedOnTheHub()
{
    // Issue 17 item 7: an agreement's price evaluation cycles last at most three years each, follow
    // each other and lie within its term; the carry-over is computed from them, so a bad one is refused.
    const auto agreement = [this](const QString& cycles) {
        return QJsonObject{{QStringLiteral("title"), QStringLiteral("周期测试协议")},
                           {QStringLiteral("operator_id"), anyId(QStringLiteral("grant_operator"))},
                           {QStringLiteral("mode"), QStringLiteral("domain")},
                           {QStringLiteral("selection_method"), QStringLiteral("open_tender")},
                           {QStringLiteral("resources"), QStringLiteral("[\"ce-authorized\"]")},
                           {QStringLiteral("starts_on"), QStringLiteral("2025-01-01")},
                           {QStringLiteral("ends_on"), QStringLiteral("2029-12-31")},
                           {QStringLiteral("evaluation_cycles"), cycles}};
    };
    const QStringList refused{
        QStringLiteral(R"([{"from_year":2025,"to_year":2028}])"),
        QStringLiteral(R"([{"from_year":2025,"to_year":2027},{"from_year":2027,"to_year":2029}])"),
        QStringLiteral(R"([{"from_year":2028,"to_year":2030}])"), QStringLiteral("2025–2027")};
    for (const QString& cycles : refused) {
        const QJsonObject answer = pushUpsert(m_admin, QStringLiteral("grant_agreement"),
                                              QStringLiteral("cycles-bad"), agreement(cycles));
        QCOMPARE(status(answer), QStringLiteral("rejected/invalid"));
        QCOMPARE(answer.value(QStringLiteral("reason_field")).toString(),
                 QStringLiteral("evaluation_cycles"));
    }
    QVERIFY(!stored(QStringLiteral("grant_agreement"), QStringLiteral("cycles-bad")));
    const QJsonObject answer =
        pushUpsert(m_admin, QStringLiteral("grant_agreement"), QStringLiteral("cycles-good"),
                   agreement(QStringLiteral(
                       R"([{"from_year":2025,"to_year":2027},{"from_year":2028,"to_year":2029}])")));
    QCOMPARE(status(answer), QStringLiteral("applied/"));
}

void TestHubRules::anAgreementsScopeIsChosenFromTheAuthorizedCatalog()
{
    // Issue 17 item 12: what an edit adds to an agreement's scope is a published entry of the
    // 授权运营 catalog; what it named already stays when the entry is withdrawn.
    const auto agreement = [this](const QString& title, const QStringList& resources) {
        return QJsonObject{
            {QStringLiteral("title"), title},
            {QStringLiteral("operator_id"), anyId(QStringLiteral("grant_operator"))},
            {QStringLiteral("mode"), QStringLiteral("domain")},
            {QStringLiteral("selection_method"), QStringLiteral("open_tender")},
            {QStringLiteral("resources"),
             QString::fromUtf8(
                 QJsonDocument(QJsonArray::fromStringList(resources)).toJson(QJsonDocument::Compact))},
            {QStringLiteral("starts_on"), QStringLiteral("2025-01-01")},
            {QStringLiteral("ends_on"), QStringLiteral("2029-12-31")}};
    };
    plantAuthorizedEntry(QStringLiteral("ce-scope"), QStringLiteral("published"));
    plantAuthorizedEntry(QStringLiteral("ce-scope-withdrawn"), QStringLiteral("withdrawn"));
    const QString id = QStringLiteral("scope-agreement");
    for (const QString& resource :
         {QStringLiteral("全省企业登记数据"), QStringLiteral("ce-scope-withdrawn")}) {
        const QJsonObject answer = pushUpsert(m_admin, QStringLiteral("grant_agreement"), id,
                                              agreement(QStringLiteral("范围"), {resource}));
        QCOMPARE(status(answer), QStringLiteral("rejected/invalid"));
        QCOMPARE(answer.value(QStringLiteral("reason_field")).toString(), QStringLiteral("resources"));
    }
    QVERIFY(!stored(QStringLiteral("grant_agreement"), id));
    QCOMPARE(status(pushUpsert(m_admin, QStringLiteral("grant_agreement"), id,
                               agreement(QStringLiteral("范围"), {QStringLiteral("ce-scope")}))),
             QStringLiteral("applied/"));
    // The catalog withdraws the entry: the agreement is still edited with it, not with another.
    plantAuthorizedEntry(QStringLiteral("ce-scope"), QStringLiteral("withdrawn"));
    QCOMPARE(status(pushUpsert(m_admin, QStringLiteral("grant_agreement"), id,
                               agreement(QStringLiteral("范围（改）"), {QStringLiteral("ce-scope")}), 1)),
             QStringLiteral("applied/"));
    const QJsonObject added =
        pushUpsert(m_admin, QStringLiteral("grant_agreement"), id,
                   agreement(QStringLiteral("范围（改）"),
                             {QStringLiteral("ce-scope"), QStringLiteral("ce-scope-withdrawn")}),
                   2);
    QCOMPARE(status(added), QStringLiteral("rejected/invalid"));
    QCOMPARE(added.value(QStringLiteral("reason_field")).toString(), QStringLiteral("resources"));
}

void TestHubRules::anApplicationsMaterialFileIsCheckedOnTheHub()
{
    // Issue 17 item 1: a file of an application's material names one of its type's materials and
    // a PDF, JPEG or PNG; once there it is never replaced; departments add none.
    QString registration;
    {
        SystemClock clock;
        QString error;
        const std::unique_ptr<HubStore> store = HubStore::open(m_database, clock, &error);
        QVERIFY2(store, qPrintable(error));
        for (const RecordState& record : store->liveRecords(QStringLiteral("registration"))) {
            if (record.fields.value(QStringLiteral("type")).toString() == QLatin1String("first"))
                registration = record.id;
        }
    }
    QVERIFY(!registration.isEmpty());
    const QString entity = QStringLiteral("registration_material");
    const auto material = [&registration](const QString& code, const QString& mediaType) {
        return QJsonObject{{QStringLiteral("registration_id"), registration},
                           {QStringLiteral("material"), code},
                           {QStringLiteral("file_name"), QStringLiteral("营业执照.pdf")},
                           {QStringLiteral("media_type"), mediaType},
                           {QStringLiteral("size"), 1234},
                           {QStringLiteral("sha256"), QString(64, QLatin1Char('a'))}};
    };
    const QString pdf = QStringLiteral("application/pdf");
    const QJsonObject wrongMaterial = pushUpsert(m_admin, entity, QStringLiteral("m-bad"),
                                                 material(QStringLiteral("change_statement"), pdf));
    QCOMPARE(status(wrongMaterial), QStringLiteral("rejected/invalid"));
    QCOMPARE(wrongMaterial.value(QStringLiteral("reason_field")).toString(), QStringLiteral("material"));
    const QJsonObject wrongKind =
        pushUpsert(m_admin, entity, QStringLiteral("m-bad"),
                   material(QStringLiteral("subject_info"), QStringLiteral("text/html")));
    QCOMPARE(status(wrongKind), QStringLiteral("rejected/invalid"));
    QCOMPARE(wrongKind.value(QStringLiteral("reason_field")).toString(), QStringLiteral("media_type"));
    QCOMPARE(status(pushUpsert(m_cataloguer, entity, QStringLiteral("m-bad"),
                               material(QStringLiteral("subject_info"), pdf))),
             QStringLiteral("rejected/forbidden"));
    QVERIFY(!stored(entity, QStringLiteral("m-bad")));

    QCOMPARE(status(pushUpsert(m_admin, entity, QStringLiteral("m-good"),
                               material(QStringLiteral("subject_info"), pdf))),
             QStringLiteral("applied/"));
    QJsonObject replaced = material(QStringLiteral("subject_info"), pdf);
    replaced.insert(QStringLiteral("sha256"), QString(64, QLatin1Char('b')));
    QCOMPARE(status(pushUpsert(m_admin, entity, QStringLiteral("m-good"), replaced, 1)),
             QStringLiteral("rejected/invalid_state"));
}

void TestHubRules::aTrialPriceEndsWithItsPeriodOnTheHub()
{
    // Issue 17 item 9: a trial price (试行) without a cap is charged for the first year of operation
    // (rule trial_period), counted on the hub's date.
    const auto agreement = [this](const QString& start) {
        return QJsonObject{{QStringLiteral("title"), QStringLiteral("试行价格协议")},
                           {QStringLiteral("operator_id"), anyId(QStringLiteral("grant_operator"))},
                           {QStringLiteral("mode"), QStringLiteral("domain")},
                           {QStringLiteral("selection_method"), QStringLiteral("open_tender")},
                           {QStringLiteral("resources"), QStringLiteral("[\"ce-authorized\"]")},
                           {QStringLiteral("starts_on"), start},
                           {QStringLiteral("ends_on"),
                            QDate::fromString(start, Qt::ISODate).addYears(4).toString(Qt::ISODate)}};
    };
    const QDate chinaToday = SystemClock().today(); // the hub's date
    const QString today = chinaToday.toString(Qt::ISODate);
    const QString longAgo = chinaToday.addYears(-2).toString(Qt::ISODate);
    QCOMPARE(status(pushUpsert(m_admin, QStringLiteral("grant_agreement"), QStringLiteral("trial-new"),
                               agreement(today))),
             QStringLiteral("applied/"));
    QCOMPARE(status(pushUpsert(m_admin, QStringLiteral("grant_agreement"), QStringLiteral("trial-old"),
                               agreement(longAgo))),
             QStringLiteral("applied/"));
    const auto product = [](const QString& agreementId) {
        return QJsonObject{{QStringLiteral("agreement_id"), agreementId},
                           {QStringLiteral("name"), QStringLiteral("试行接口")},
                           {QStringLiteral("use_class"), QStringLiteral("industry")},
                           {QStringLiteral("billing_unit"), QStringLiteral("per_call")},
                           {QStringLiteral("price_fen"), 300},
                           {QStringLiteral("trial"), true}};
    };
    QCOMPARE(status(pushUpsert(m_admin, QStringLiteral("grant_product"), QStringLiteral("trial-p-new"),
                               product(QStringLiteral("trial-new")))),
             QStringLiteral("applied/"));
    const QJsonObject ended = pushUpsert(m_admin, QStringLiteral("grant_product"),
                                         QStringLiteral("trial-p-old"), product(QStringLiteral("trial-old")));
    QCOMPARE(status(ended), QStringLiteral("rejected/invalid"));
    QCOMPARE(ended.value(QStringLiteral("reason_field")).toString(), QStringLiteral("trial"));
    QVERIFY(!stored(QStringLiteral("grant_product"), QStringLiteral("trial-p-old")));
}

void TestHubRules::aCapIsInForceOnlyOnceAnotherManagerSignsItOff()
{
    // Issue 17 item 9: a reviewer proposes a product's cap, a manager who did not propose it signs
    // it off, and only then is it in force; until then the product charges only a trial price.
    const QString reviewer = m_probe->login(QStringLiteral("demo-reviewer"), DemoPassword);
    const QString manager = m_probe->login(QStringLiteral("demo-manager"), DemoPassword);
    QVERIFY(!reviewer.isEmpty() && !manager.isEmpty());
    const QString id = QStringLiteral("cap-product");
    const auto product = [this, &id]() -> RecordState {
        SystemClock clock;
        QString error;
        const std::unique_ptr<HubStore> store = HubStore::open(m_database, clock, &error);
        return store ? store->record(QStringLiteral("grant_product"), id, false).value_or(RecordState{})
                     : RecordState{};
    };
    const auto field = [&product](const char* name) {
        return product().fields.value(QLatin1String(name));
    };
    const auto edit = [&](const QString& token, const QJsonObject& fields) {
        return status(pushUpsert(token, QStringLiteral("grant_product"), id, fields, product().version));
    };
    const auto step = [&](const QString& token, const char* command, const QJsonObject& arguments = {}) {
        return status(pushOperation(token, HttpProbe::command(QStringLiteral("grant_product"), id,
                                                              QLatin1String(command), arguments)));
    };
    // The products' agreement starts operating today: its trial period (a year) is still running.
    const QDate chinaToday = SystemClock().today();
    QCOMPARE(status(pushUpsert(m_admin, QStringLiteral("grant_agreement"), QStringLiteral("cap-agreement"),
                               {{QStringLiteral("title"), QStringLiteral("上限签批测试协议")},
                                {QStringLiteral("operator_id"), anyId(QStringLiteral("grant_operator"))},
                                {QStringLiteral("mode"), QStringLiteral("domain")},
                                {QStringLiteral("selection_method"), QStringLiteral("open_tender")},
                                {QStringLiteral("resources"), QStringLiteral("[\"ce-authorized\"]")},
                                {QStringLiteral("starts_on"), chinaToday.toString(Qt::ISODate)},
                                {QStringLiteral("ends_on"), chinaToday.addYears(4).toString(Qt::ISODate)}})),
             QStringLiteral("applied/"));
    QJsonObject fields{{QStringLiteral("agreement_id"), QStringLiteral("cap-agreement")},
                       {QStringLiteral("name"), QStringLiteral("上限签批测试接口")},
                       {QStringLiteral("use_class"), QStringLiteral("industry")},
                       {QStringLiteral("billing_unit"), QStringLiteral("per_call")},
                       {QStringLiteral("cap_fen"), 500},
                       {QStringLiteral("price_fen"), 400}};
    // A price with no cap in force, even one the client claims is signed off: refused.
    QJsonObject claimed = fields;
    claimed.insert(QStringLiteral("cap_in_force_fen"), 500);
    claimed.insert(QStringLiteral("cap_signed_off_by"), QStringLiteral("demo-manager"));
    QCOMPARE(status(pushUpsert(reviewer, QStringLiteral("grant_product"), id, claimed)),
             QStringLiteral("rejected/invalid"));
    // The cap alone is proposed; what the client says of its sign-off is not kept.
    claimed.remove(QStringLiteral("price_fen"));
    QCOMPARE(status(pushUpsert(reviewer, QStringLiteral("grant_product"), id, claimed)),
             QStringLiteral("applied/"));
    QCOMPARE(field("cap_proposed_by").toString(), QStringLiteral("demo-reviewer"));
    QVERIFY(field("cap_in_force_fen").isNull() || field("cap_in_force_fen").isUndefined());
    QVERIFY(field("cap_signed_off_by").isNull() || field("cap_signed_off_by").isUndefined());
    QCOMPARE(edit(reviewer, {{QStringLiteral("cap_in_force_fen"), 500}}),
             QStringLiteral("rejected/invalid_state"));

    QCOMPARE(step(reviewer, "sign_off_cap"), QStringLiteral("rejected/forbidden")); // not a reviewer's step
    // An administrator may edit and sign off, but not a cap of their own (four eyes).
    QCOMPARE(edit(m_admin, {{QStringLiteral("cap_fen"), 450}}), QStringLiteral("applied/"));
    QCOMPARE(field("cap_proposed_by").toString(), QStringLiteral("demo-admin"));
    QCOMPARE(step(m_admin, "sign_off_cap"), QStringLiteral("rejected/forbidden"));
    QCOMPARE(step(manager, "sign_off_cap"), QStringLiteral("applied/"));
    QCOMPARE(field("cap_in_force_fen").toInteger(), 450);
    QCOMPARE(field("cap_signed_off_by").toString(), QStringLiteral("demo-manager"));
    QCOMPARE(step(manager, "sign_off_cap"), QStringLiteral("rejected/invalid_state")); // nothing waits

    // Within the cap in force a price is charged; above it, refused, even with a higher cap proposed
    // in the same edit.
    QCOMPARE(edit(reviewer, {{QStringLiteral("price_fen"), 450}}), QStringLiteral("applied/"));
    QCOMPARE(edit(reviewer, {{QStringLiteral("cap_fen"), 700}, {QStringLiteral("price_fen"), 600}}),
             QStringLiteral("rejected/invalid"));
    QCOMPARE(edit(reviewer, {{QStringLiteral("cap_fen"), 700}}), QStringLiteral("applied/"));
    QCOMPARE(field("cap_in_force_fen").toInteger(), 450); // still waiting
    // Returned with a reason: the proposal goes, the cap in force stays.
    QCOMPARE(step(manager, "return_cap"), QStringLiteral("rejected/invalid"));
    QCOMPARE(step(manager, "return_cap", {{QStringLiteral("reason"), QStringLiteral("成本依据不足")}}),
             QStringLiteral("applied/"));
    QCOMPARE(field("cap_fen").toInteger(), 450);
    QCOMPARE(field("cap_in_force_fen").toInteger(), 450);
    // A trial price needs no cap.
    QJsonObject trial = fields;
    trial.remove(QStringLiteral("cap_fen"));
    trial.insert(QStringLiteral("trial"), true);
    QCOMPARE(
        status(pushUpsert(reviewer, QStringLiteral("grant_product"), QStringLiteral("trial-product"), trial)),
        QStringLiteral("applied/"));
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
    // Important data opened to anyone (issue 16: 核心 and 重要 data are never opened unconditionally).
    QJsonObject importantOpen = validCatalogEntry(QStringLiteral("重要数据无条件开放"), department);
    importantOpen.insert(QStringLiteral("grade"), QStringLiteral("重要数据"));
    importantOpen.insert(QStringLiteral("open_attribute"), QStringLiteral("无条件开放"));
    QJsonObject good = validCatalogEntry(QStringLiteral("合规目录"), department);
    const QJsonArray results = m_probe->push(
        {HttpProbe::upsert(QStringLiteral("catalog_entry"), QStringLiteral("no-scope"), noScope),
         HttpProbe::upsert(QStringLiteral("catalog_entry"), QStringLiteral("no-reason"), noReason),
         HttpProbe::upsert(QStringLiteral("catalog_entry"), QStringLiteral("bad-code"), badCode),
         HttpProbe::upsert(QStringLiteral("catalog_entry"), QStringLiteral("important-open"), importantOpen),
         HttpProbe::upsert(QStringLiteral("catalog_entry"), QStringLiteral("good"), good)},
        m_cataloguer);
    QCOMPARE(results.size(), 5);
    const QStringList fields{QStringLiteral("share_scope"), QStringLiteral("no_share_reason"),
                             QStringLiteral("code"), QStringLiteral("open_attribute")};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(status(results.at(i)), QStringLiteral("rejected/invalid"));
        QCOMPARE(results.at(i).toObject().value(QStringLiteral("reason_field")).toString(), fields.at(i));
    }
    // Nothing else in the same push is lost.
    QCOMPARE(status(results.at(4)), QStringLiteral("applied/"));

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

void TestHubRules::aSignOffIsTheHeadsStepNeverTyped()
{
    // Issue 16: a cataloguer cannot sign off their own entry by sending the fields, nor submit it
    // unsigned; the head's step signs it, by the hub's date, and a changed assessment withdraws it.
    const QString entry = QStringLiteral("signed-by-hand");
    QJsonObject typed = validCatalogEntry(QStringLiteral("自签目录"), QStringLiteral("430000027"));
    typed.insert(QStringLiteral("signed_off_by"), QStringLiteral("demo-cataloguer"));
    const QJsonObject refused = pushUpsert(m_cataloguer, QStringLiteral("catalog_entry"), entry, typed);
    QCOMPARE(status(refused), QStringLiteral("rejected/forbidden"));
    QCOMPARE(refused.value(QStringLiteral("reason_field")).toString(), QStringLiteral("signed_off_by"));
    typed.remove(QStringLiteral("signed_off_by"));
    QCOMPARE(status(pushUpsert(m_cataloguer, QStringLiteral("catalog_entry"), entry, typed)),
             QStringLiteral("applied/"));
    const auto step = [&](const QString& token, const char* command) {
        return status(pushOperation(
            token, HttpProbe::command(QStringLiteral("catalog_entry"), entry, QString::fromLatin1(command))));
    };
    QCOMPARE(step(m_cataloguer, "submit"), QStringLiteral("rejected/invalid_state"));
    QCOMPARE(step(m_cataloguer, "sign_off"), QStringLiteral("rejected/forbidden"));
    const QString head = m_probe->login(QStringLiteral("demo-manager"), DemoPassword);
    QCOMPARE(step(head, "sign_off"), QStringLiteral("applied/"));
    SystemClock clock;
    QString error;
    std::optional<RecordState> stored;
    if (const std::unique_ptr<HubStore> store = HubStore::open(m_database, clock, &error))
        stored = store->record(QStringLiteral("catalog_entry"), entry, false);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->fields.value(QStringLiteral("signed_off_by")).toString(),
             QStringLiteral("demo-manager"));
    QCOMPARE(stored->fields.value(QStringLiteral("signed_off_on")).toString(),
             clock.today().toString(Qt::ISODate));
    QCOMPARE(step(head, "sign_off"), QStringLiteral("applied/")); // signing again changes nothing harmful
    // A changed assessment withdraws it: the submission is refused again.
    QCOMPARE(status(pushUpsert(m_cataloguer, QStringLiteral("catalog_entry"), entry,
                               {{QStringLiteral("impact_personal_info"), QStringLiteral("含手机号")}},
                               stored->version + 1)),
             QStringLiteral("applied/"));
    QCOMPARE(step(m_cataloguer, "submit"), QStringLiteral("rejected/invalid_state"));
    QCOMPARE(step(head, "sign_off"), QStringLiteral("applied/"));
    QCOMPARE(step(m_cataloguer, "submit"), QStringLiteral("applied/"));
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

QJsonObject TestHubRules::pushUpsert(const QString& token, const QString& entity, const QString& id,
                                     const QJsonObject& fields, qint64 baseVersion)
{
    return pushOperation(token, HttpProbe::upsert(entity, id, fields, baseVersion));
}

QJsonObject TestHubRules::pushOperation(const QString& token, const QJsonObject& operation)
{
    return m_probe->push({operation}, token).at(0).toObject();
}

void TestHubRules::plant(const QList<RecordState>& records)
{
    SystemClock clock;
    QString error;
    const std::unique_ptr<HubStore> store = HubStore::open(m_database, clock, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY2(store->beginWrite(&error), qPrintable(error));
    for (RecordState record : records) {
        const std::optional<RecordState> current = store->record(record.entity, record.id, true);
        const std::optional<qint64> sequence = store->nextSequence(&error);
        QVERIFY2(sequence, qPrintable(error));
        record.version = current ? current->version + 1 : 1;
        record.sequence = *sequence;
        record.updatedAt = clock.timestamp();
        record.updatedBy = QStringLiteral("planted");
        QVERIFY2(store->writeRecord(record, &error), qPrintable(error));
    }
    QVERIFY2(store->commit(&error), qPrintable(error));
}

void TestHubRules::aCataloguerTakesNoOtherDepartmentsItem()
{
    // Finding 3: the department check used the entry_id of the request, not the item's entry, so
    // moving another department's data item under one's own entry was applied. Both entries count.
    const QString cataloguer = m_probe->login(QStringLiteral("demo-cataloguer"), DemoPassword);
    QVERIFY(!cataloguer.isEmpty());
    const QString admin = m_probe->login(QStringLiteral("demo-admin"), DemoPassword);
    QVERIFY(!admin.isEmpty());
    const auto create = [this](const QString& token, const QString& entity, const QString& id,
                               const QJsonObject& fields) {
        const QJsonObject answer = pushUpsert(token, entity, id, fields);
        return answer.value(QStringLiteral("status")).toString() == QLatin1String("applied");
    };
    const QString ownEntry = QStringLiteral("own-entry");
    const QString foreignEntry = QStringLiteral("foreign-entry");
    QVERIFY(create(cataloguer, QStringLiteral("catalog_entry"), ownEntry,
                   test::validCatalogEntry(QStringLiteral("本部门目录"), QStringLiteral("430000027"))));
    QVERIFY(create(admin, QStringLiteral("catalog_entry"), foreignEntry,
                   test::validCatalogEntry(QStringLiteral("他部门目录"), QStringLiteral("430000001"))));
    const auto item = [](const QString& entry, const QString& name) {
        return test::validDataItem(name, QStringLiteral("xmmc"), entry);
    };
    QVERIFY(create(cataloguer, QStringLiteral("data_item"), QStringLiteral("own-item"),
                   item(ownEntry, QStringLiteral("本部门数据项"))));
    QVERIFY(create(admin, QStringLiteral("data_item"), QStringLiteral("foreign-item"),
                   item(foreignEntry, QStringLiteral("他部门数据项"))));
    SystemClock clock;
    QString error;
    const std::unique_ptr<HubStore> store = HubStore::open(m_database, clock, &error);
    QVERIFY2(store, qPrintable(error));
    const std::optional<RecordState> ownItem =
        store->record(QStringLiteral("data_item"), QStringLiteral("own-item"), false);
    const std::optional<RecordState> foreignItem =
        store->record(QStringLiteral("data_item"), QStringLiteral("foreign-item"), false);
    QVERIFY(ownItem && foreignItem);
    const auto refusal = [](const QJsonObject& answer) {
        return answer.value(QStringLiteral("status")).toString() + QLatin1Char('/') +
               answer.value(QStringLiteral("reason_code")).toString();
    };
    const QString forbidden = QStringLiteral("rejected/forbidden");

    QJsonObject takeOver = foreignItem->fields;
    takeOver.insert(QStringLiteral("entry_id"), ownEntry);
    QCOMPARE(refusal(pushUpsert(cataloguer, QStringLiteral("data_item"), foreignItem->id, takeOver,
                                foreignItem->version)),
             forbidden);
    QJsonObject giveAway = ownItem->fields;
    giveAway.insert(QStringLiteral("entry_id"), foreignEntry);
    QCOMPARE(
        refusal(pushUpsert(cataloguer, QStringLiteral("data_item"), ownItem->id, giveAway, ownItem->version)),
        forbidden);
    QJsonObject renameForeign = foreignItem->fields;
    renameForeign.insert(QStringLiteral("name"), QStringLiteral("改名"));
    QCOMPARE(refusal(pushUpsert(cataloguer, QStringLiteral("data_item"), foreignItem->id, renameForeign,
                                foreignItem->version)),
             forbidden);
    QCOMPARE(refusal(pushOperation(cataloguer, {{QStringLiteral("kind"), QStringLiteral("delete")},
                                                {QStringLiteral("entity"), QStringLiteral("data_item")},
                                                {QStringLiteral("id"), foreignItem->id},
                                                {QStringLiteral("base_version"), foreignItem->version},
                                                {QStringLiteral("fields"), QJsonObject()}})),
             forbidden);
    // What is the cataloguer's own stays theirs to edit.
    QJsonObject renameOwn = ownItem->fields;
    renameOwn.insert(QStringLiteral("name"), QStringLiteral("本部门改名"));
    QCOMPARE(pushUpsert(cataloguer, QStringLiteral("data_item"), ownItem->id, renameOwn, ownItem->version)
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("applied"));
    const std::optional<RecordState> after =
        store->record(QStringLiteral("data_item"), foreignItem->id, false);
    QVERIFY(after);
    QCOMPARE(after->version, foreignItem->version);
    QCOMPARE(after->fields.value(QStringLiteral("entry_id")).toString(), foreignEntry);
}

void TestHubRules::theHubStoresNothingADesktopCouldNotStore()
{
    // Finding 7: the hub stored what every desktop's tables refuse (a second department with one
    // code, a kind outside the list, a price of no product), and each desktop's sync then stopped
    // at that record for good.
    const QString admin = m_probe->login(QStringLiteral("demo-admin"), DemoPassword);
    const QString reviewer = m_probe->login(QStringLiteral("demo-reviewer"), DemoPassword);
    QVERIFY(!admin.isEmpty() && !reviewer.isEmpty());
    SystemClock clock;
    QString error;
    QString takenCode;
    {
        const std::unique_ptr<HubStore> store = HubStore::open(m_database, clock, &error);
        QVERIFY2(store, qPrintable(error));
        takenCode = store->liveRecords(QStringLiteral("department"))
                        .constFirst()
                        .fields.value(QStringLiteral("code"))
                        .toString();
    }
    const auto department = [](const QString& code, const QString& kind) {
        return QJsonObject{{QStringLiteral("code"), code},
                           {QStringLiteral("name"), QStringLiteral("测试部门")},
                           {QStringLiteral("kind"), kind},
                           {QStringLiteral("division_code"), QStringLiteral("430000")},
                           {QStringLiteral("sort_order"), 90}};
    };
    const auto refusedAs = [](const QJsonObject& answer, const char* code, const char* field) {
        // The field is named beside the reason, or in it (a step's argument).
        const bool named = answer.value(QStringLiteral("reason_field")).toString() == QLatin1String(field) ||
                           answer.value(QStringLiteral("reason")).toString().contains(QLatin1String(field));
        if (answer.value(QStringLiteral("reason_code")).toString() != QLatin1String(code) || !named)
            qWarning("%s", QJsonDocument(answer).toJson(QJsonDocument::Compact).constData());
        if (answer.value(QStringLiteral("status")).toString() != QLatin1String("rejected"))
            return false;
        return answer.value(QStringLiteral("reason_code")).toString() == QLatin1String(code) && named;
    };
    QVERIFY(refusedAs(pushUpsert(admin, QStringLiteral("department"), QStringLiteral("dup-code"),
                                 department(takenCode, QStringLiteral("provincial"))),
                      "invalid", "code"));
    QVERIFY(refusedAs(pushUpsert(admin, QStringLiteral("department"), QStringLiteral("bad-kind"),
                                 department(QStringLiteral("H-001"), QStringLiteral("bureau"))),
                      "invalid", "kind"));
    QJsonObject nameless = department(QStringLiteral("H-002"), QStringLiteral("provincial"));
    nameless.remove(QStringLiteral("name"));
    QVERIFY(refusedAs(pushUpsert(admin, QStringLiteral("department"), QStringLiteral("nameless"), nameless),
                      "invalid", "name"));
    QVERIFY(refusedAs(pushUpsert(reviewer, QStringLiteral("grant_price"), QStringLiteral("orphan-price"),
                                 {{QStringLiteral("month"), QStringLiteral("2026-01")},
                                  {QStringLiteral("price_fen"), 100},
                                  {QStringLiteral("cap_fen"), 100}}),
                      "invalid", "product_id"));
    QVERIFY(refusedAs(pushUpsert(reviewer, QStringLiteral("grant_price"), QStringLiteral("orphan-price"),
                                 {{QStringLiteral("product_id"), QStringLiteral("no-such-product")},
                                  {QStringLiteral("month"), QStringLiteral("2026-01")},
                                  {QStringLiteral("price_fen"), 100},
                                  {QStringLiteral("cap_fen"), 100}}),
                      "not_found", "no-such-product"));
    // What breaks nothing is stored as before; and a code once used stays taken.
    const QJsonObject created =
        pushUpsert(admin, QStringLiteral("department"), QStringLiteral("good-department"),
                   department(QStringLiteral("H-003"), QStringLiteral("utility")));
    QCOMPARE(created.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QVERIFY(refusedAs(pushUpsert(admin, QStringLiteral("department"), QStringLiteral("good-department-2"),
                                 department(QStringLiteral("H-003"), QStringLiteral("utility"))),
                      "invalid", "code"));
    {
        const std::unique_ptr<HubStore> store = HubStore::open(m_database, clock, &error);
        QVERIFY2(store, qPrintable(error));
        for (const char* id : {"dup-code", "bad-kind", "nameless", "orphan-price", "good-department-2"})
            QVERIFY2(!store->recordExists(QString::fromLatin1(id).startsWith(QLatin1String("orphan"))
                                              ? QStringLiteral("grant_price")
                                              : QStringLiteral("department"),
                                          QString::fromLatin1(id)),
                     id);
    }
}

void TestHubRules::aRecordNoDesktopCanStoreStopsNobodysSync()
{
    // Finding 7: one record a desktop could not store failed the whole page, so that desktop (and
    // every new one) never got past it. Now it is set aside, shown, and reported to the hub.
    TestDesktop early(m_dir.filePath(QStringLiteral("early.db")), *m_hub, QStringLiteral("demo-manager"),
                      DemoPassword);
    QVERIFY2(early.isReady(), qPrintable(early.error()));
    const SyncEngine::Summary before = early.sync();
    QVERIFY2(!before.error.isError(), qPrintable(before.error.detail()));

    SystemClock clock;
    QString error;
    RecordState twin;
    RecordState longTimeline;
    {
        const std::unique_ptr<HubStore> store = HubStore::open(m_database, clock, &error);
        QVERIFY2(store, qPrintable(error));
        twin = store->liveRecords(QStringLiteral("department")).constFirst();
        longTimeline = store->liveRecords(QStringLiteral("registration")).constFirst();
    }
    twin.id = QStringLiteral("planted-twin");
    twin.fields.insert(QStringLiteral("name"), QStringLiteral("编码重复的部门"));
    longTimeline.id = QStringLiteral("planted-timeline");
    longTimeline.fields.insert(QStringLiteral("events"), QString(20000, u'事'));
    const RecordState orphan{QStringLiteral("data_item"),
                             QStringLiteral("planted-orphan"),
                             0,
                             false,
                             {},
                             {},
                             {{QStringLiteral("name"), QStringLiteral("无条目的数据项")}},
                             0};
    plant({twin, longTimeline, orphan});
    // A good record after them: a desktop must get past the bad ones to it.
    RecordState after = twin;
    after.id = QStringLiteral("planted-after");
    after.fields.insert(QStringLiteral("code"), QStringLiteral("PLANTED-AFTER"));
    after.fields.insert(QStringLiteral("name"), QStringLiteral("其后的部门"));
    plant({after});

    const auto check = [&](TestDesktop& desktop) {
        const SyncEngine::Summary summary = desktop.sync();
        QVERIFY2(!summary.error.isError(), qPrintable(summary.error.detail()));
        QCOMPARE(summary.quarantined, 3);
        QVERIFY(desktop.record(QStringLiteral("department"), QStringLiteral("planted-after")));
        QVERIFY(!desktop.record(QStringLiteral("department"), QStringLiteral("planted-twin")));
        QuarantineModel model(desktop.database().connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QStringList reasons;
        for (int row = 0; row < 3; ++row) {
            reasons << model.index(row, QuarantineModel::ReasonColumn).data().toString();
            QCOMPARE(model.index(row, QuarantineModel::ReportedColumn).data().toString(),
                     QuarantineModel::tr("Reported to the hub"));
        }
        // Each reason names its field as people know it (FieldLabels).
        QVERIFY2(reasons.join(u'|').contains(QLatin1String("Department code")),
                 qPrintable(reasons.join(u'|')));
        QVERIFY2(reasons.join(u'|').contains(QLatin1String("Timeline")), qPrintable(reasons.join(u'|')));
        QVERIFY2(reasons.join(u'|').contains(QLatin1String("Catalog entry")), qPrintable(reasons.join(u'|')));
        QCOMPARE(desktop.sync().quarantined, 0); // nothing new: set aside once
    };
    check(early);
    TestDesktop fresh(m_dir.filePath(QStringLiteral("fresh.db")), *m_hub, QStringLiteral("demo-reviewer"),
                      DemoPassword);
    QVERIFY2(fresh.isReady(), qPrintable(fresh.error()));
    check(fresh);
    QTRY_VERIFY(m_hub->log().count("quarantine_report") >= 6);
    QVERIFY(m_hub->log().contains("planted-timeline"));

    // Once the hub holds a copy that can be stored, it is stored and the row goes.
    twin.fields.insert(QStringLiteral("code"), QStringLiteral("PLANTED-TWIN"));
    longTimeline.fields.insert(QStringLiteral("events"), QStringLiteral("[]"));
    plant({twin,
           longTimeline,
           {QStringLiteral("data_item"), QStringLiteral("planted-orphan"), 0, true, {}, {}, {}, 0}});
    const SyncEngine::Summary repaired = fresh.sync();
    QVERIFY2(!repaired.error.isError(), qPrintable(repaired.error.detail()));
    QCOMPARE(repaired.quarantined, 0);
    QCOMPARE(fresh.record(QStringLiteral("department"), QStringLiteral("planted-twin"))
                 ->fields.value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("PLANTED-TWIN"));
    QuarantineModel model(fresh.database().connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
}

void TestHubRules::refusalsReadInTheDesktopsLanguage()
{
    // The hub answered in fixed English ("a auditor may not edit catalog entries"). It now sends
    // the reason's source text, its arguments and its field, and each desktop reads them in its
    // user's language; "reason" stays, in English, for older desktops.
    QJsonObject noScope = validCatalogEntry(QStringLiteral("缺共享范围"), QStringLiteral("430000027"));
    noScope.insert(QStringLiteral("share_attribute"), QStringLiteral("有条件共享"));
    const QJsonObject invalid =
        pushUpsert(m_cataloguer, QStringLiteral("catalog_entry"), QStringLiteral("lang-no-scope"), noScope);
    QCOMPARE(status(invalid), QStringLiteral("rejected/invalid"));
    QCOMPARE(invalid.value(QStringLiteral("reason_field")).toString(), QStringLiteral("share_scope"));
    QCOMPARE(invalid.value(QStringLiteral("reason")).toString(),
             QStringLiteral("Conditional sharing needs the sharing scope."));

    const QString auditor = m_probe->login(QStringLiteral("demo-auditor"), DemoPassword);
    QVERIFY(!auditor.isEmpty());
    const QJsonObject forbidden =
        pushUpsert(auditor, QStringLiteral("catalog_entry"), QStringLiteral("lang-auditor"),
                   validCatalogEntry(QStringLiteral("核查员目录"), QStringLiteral("430000027")));
    QCOMPARE(status(forbidden), QStringLiteral("rejected/forbidden"));
    QCOMPARE(forbidden.value(QStringLiteral("reason")).toString(),
             QStringLiteral("a Field auditor may not edit catalog entries"));

    QString error;
    const std::optional<OperationResult> invalidResult = WireCodec::decodeResult(invalid, &error);
    const std::optional<OperationResult> forbiddenResult = WireCodec::decodeResult(forbidden, &error);
    QVERIFY2(invalidResult && forbiddenResult, qPrintable(error));
    auto* chinese = new QTranslator(qApp);
    QVERIFY(chinese->load(QStringLiteral(":/i18n/xiangshu_zh_CN")));
    QVERIFY(QCoreApplication::installTranslator(chinese));
    QCOMPARE(withFieldLabel(QStringLiteral("catalog_entry"), invalidResult->reasonField,
                            invalidResult->reason.text()),
             QStringLiteral("共享范围：有条件共享须填写共享范围。"));
    QCOMPARE(forbiddenResult->reason.text(), QStringLiteral("现场核查员无权编辑目录条目"));
    QVERIFY(!stored(QStringLiteral("catalog_entry"), QStringLiteral("lang-no-scope")));
    QVERIFY(!stored(QStringLiteral("catalog_entry"), QStringLiteral("lang-auditor")));
}

QTEST_GUILESS_MAIN(TestHubRules)
#include "tst_hubrules.moc"
