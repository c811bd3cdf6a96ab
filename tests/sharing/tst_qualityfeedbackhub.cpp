// Quality feedback (数据质量反馈整改, SHARE §26) pushed to the real hub as the departments' and the
// data department's desktops would: a user of a resource files it on one of the four dimensions,
// the data department verifies it and either rejects it or has the provider correct it through
// a generic rectification order of 10 working days, and feeds the result back. The hub is dated
// Wednesday 30 September 2026, the day before 国庆节.

#include "hub/HubStore.h"
#include "models/common/Clock.h"
#include "models/quality/QualityFeedbackWorkflow.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;
using namespace xs::test;

namespace {

const QString Feedback = QStringLiteral("quality_feedback");
const QString Order = QStringLiteral("rectification_order");
const QString Entry = QStringLiteral("catalog_entry");
const QString Filer = QStringLiteral("430000027");    // demo-cataloguer's department
const QString Provider = QStringLiteral("430000001"); // provider-cataloguer's

QJsonObject feedback(const QString& entryId, const QString& item = {})
{
    return {{QStringLiteral("entry_id"), entryId},
            {QStringLiteral("item_name"), item},
            {QStringLiteral("requester_code"), Filer},
            {QStringLiteral("dimension"), QStringLiteral("timeliness")},
            {QStringLiteral("description"), QStringLiteral("声明按日更新，但近两个月未更新")}};
}

} // namespace

class TestQualityFeedbackHub : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void feedbackNamesAPublishedResourceAndADimension();
    void anUpheldFeedbackIsCorrectedThroughARectificationOrder();
    void aRejectedFeedbackIsFedBackWithItsReason();

private:
    QJsonArray push(const QString& who, const QJsonObject& operation)
    {
        return m_probe->push({operation}, m_tokens.value(who));
    }
    QJsonArray step(const QString& who, const QString& entity, const QString& id, const char* command,
                    const QJsonObject& arguments = {})
    {
        return push(who, HttpProbe::command(entity, id, QLatin1String(command), arguments));
    }
    QJsonObject stored(const QString& entity, const QString& id);

    QTemporaryDir m_dir;
    QString m_database;
    std::unique_ptr<HubProcess> m_hub;
    std::unique_ptr<HttpProbe> m_probe;
    QHash<QString, QString> m_tokens;
    const QString m_entry = QStringLiteral("entry-qf");
};

void TestQualityFeedbackHub::initTestCase()
{
    const ManualClock eve(ManualClock::chinaMorning(QDate(2026, 9, 30)));
    m_database = m_dir.filePath(QStringLiteral("hub.db"));
    QCOMPARE(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), m_database}, nullptr,
                             eve.now()),
             0);
    const QString passwordFile = m_dir.filePath(QStringLiteral("password.txt"));
    QVERIFY(writeFile(passwordFile, DemoPassword.toUtf8()));
    QCOMPARE(
        HubProcess::run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("provider-cataloguer"),
                         QStringLiteral("--role"), QStringLiteral("cataloguer"),
                         QStringLiteral("--department"), Provider, QStringLiteral("--password-file"),
                         passwordFile, QStringLiteral("--database"), m_database},
                        nullptr, eve.now()),
        0);
    m_hub = std::make_unique<HubProcess>(m_dir.filePath(QStringLiteral("tls")));
    m_hub->setClockStart(eve.now());
    QVERIFY2(m_hub->start(m_database), m_hub->log().constData());
    m_probe = std::make_unique<HttpProbe>(m_hub->url(), m_hub->caFile());
    const QHash<QString, QString> users{{QStringLiteral("filer"), QStringLiteral("demo-cataloguer")},
                                        {QStringLiteral("provider"), QStringLiteral("provider-cataloguer")},
                                        {QStringLiteral("reviewer"), QStringLiteral("demo-reviewer")},
                                        {QStringLiteral("admin"), QStringLiteral("demo-admin")},
                                        {QStringLiteral("manager"), QStringLiteral("demo-manager")}};
    for (auto it = users.constBegin(); it != users.constEnd(); ++it) {
        m_tokens.insert(it.key(), m_probe->login(it.value(), DemoPassword));
        QVERIFY2(!m_tokens.value(it.key()).isEmpty(), qPrintable(it.value()));
    }
    QJsonObject entry = validCatalogEntry(QStringLiteral("全省企业登记信息"), Provider);
    entry.insert(QStringLiteral("in_share_catalog"), true);
    QList<QJsonObject> publication = HttpProbe::publishedEntry(m_entry, entry);
    publication.insert(1, HttpProbe::upsert(QStringLiteral("data_item"), QStringLiteral("item-qf"),
                                            validDataItem(QStringLiteral("统一社会信用代码"),
                                                          QStringLiteral("tyshxydm"), m_entry)));
    for (const QJsonObject& operation : std::as_const(publication))
        QCOMPARE(HttpProbe::outcome(push(QStringLiteral("admin"), operation)), QStringLiteral("applied/"));
}

void TestQualityFeedbackHub::cleanupTestCase()
{
    m_hub.reset();
}

QJsonObject TestQualityFeedbackHub::stored(const QString& entity, const QString& id)
{
    SystemClock clock;
    QString error;
    const std::unique_ptr<HubStore> store = HubStore::open(m_database, clock, &error);
    const std::optional<RecordState> record = store ? store->record(entity, id, false) : std::nullopt;
    return record ? record->fields : QJsonObject();
}

void TestQualityFeedbackHub::feedbackNamesAPublishedResourceAndADimension()
{
    QJsonObject noDimension = feedback(m_entry);
    noDimension.insert(QStringLiteral("dimension"), QStringLiteral("美观性"));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("filer"),
                                     HttpProbe::upsert(Feedback, QStringLiteral("f-0"), noDimension))),
             QStringLiteral("rejected/invalid"));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("filer"),
                                     HttpProbe::upsert(Feedback, QStringLiteral("f-0"),
                                                       feedback(m_entry, QStringLiteral("不存在的项"))))),
             QStringLiteral("rejected/invalid"));
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("filer"), HttpProbe::upsert(Feedback, QStringLiteral("f-0"),
                                                                 feedback(QStringLiteral("no-entry"))))),
             QStringLiteral("rejected/invalid"));
    QJsonObject forAnother = feedback(m_entry);
    forAnother.insert(QStringLiteral("requester_code"), QStringLiteral("430000002"));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("filer"),
                                     HttpProbe::upsert(Feedback, QStringLiteral("f-0"), forAnother))),
             QStringLiteral("rejected/forbidden"));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("manager"),
                                     HttpProbe::upsert(Feedback, QStringLiteral("f-0"), feedback(m_entry)))),
             QStringLiteral("rejected/forbidden"));
    QVERIFY(stored(Feedback, QStringLiteral("f-0")).isEmpty());
}

void TestQualityFeedbackHub::anUpheldFeedbackIsCorrectedThroughARectificationOrder()
{
    const QString id = QStringLiteral("f-1");
    QCOMPARE(HttpProbe::outcome(push(
                 QStringLiteral("filer"),
                 HttpProbe::upsert(Feedback, id, feedback(m_entry, QStringLiteral("统一社会信用代码"))))),
             QStringLiteral("applied/"));
    const QJsonObject filed = stored(Feedback, id);
    QCOMPARE(filed.value(QStringLiteral("state")).toString(), QStringLiteral("filed"));
    QCOMPARE(filed.value(QStringLiteral("provider_code")).toString(), Provider);
    QCOMPARE(filed.value(QStringLiteral("filed_by")).toString(), QStringLiteral("demo-cataloguer"));
    QCOMPARE(filed.value(QStringLiteral("filed_on")).toString(), QStringLiteral("2026-09-30"));
    // Only the data department verifies and decides.
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("provider"), Feedback, id, "verify")),
             QStringLiteral("rejected/forbidden"));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("reviewer"), Feedback, id, "verify")),
             QStringLiteral("applied/"));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("reviewer"), Feedback, id, "uphold",
                                     {{QStringLiteral("note"), QStringLiteral("核实：2026年8月起未更新")}})),
             QStringLiteral("applied/"));
    // The provider corrects it through a rectification order that follows the feedback.
    const QString order = QStringLiteral("order-f-1");
    const QJsonObject rectify{{QStringLiteral("subject_entity"), Feedback},
                              {QStringLiteral("subject_id"), id},
                              {QStringLiteral("target_kind"), QStringLiteral("department")},
                              {QStringLiteral("target_code"), Provider},
                              {QStringLiteral("requirement"), QStringLiteral("按声明频率恢复每日更新")},
                              {QStringLiteral("working_days"), QualityFeedbackWorkflow::ProviderWorkingDays}};
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("reviewer"), HttpProbe::upsert(Order, order, rectify))),
             QStringLiteral("applied/"));
    // Ten working days after 国庆节: 20 October.
    QCOMPARE(stored(Order, order).value(QStringLiteral("due_on")).toString(), QStringLiteral("2026-10-20"));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("reviewer"), Feedback, id, "mark_corrected")),
             QStringLiteral("rejected/invalid_state")); // the order is still open
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("provider"), Order, order, "begin")),
             QStringLiteral("applied/"));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("provider"), Order, order, "submit",
                                     {{QStringLiteral("response"), QStringLiteral("已恢复每日更新")}})),
             QStringLiteral("applied/"));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("reviewer"), Order, order, "accept")),
             QStringLiteral("applied/"));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("reviewer"), Feedback, id, "mark_corrected")),
             QStringLiteral("rejected/invalid_state")); // accepted, not closed
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("reviewer"), Order, order, "close")),
             QStringLiteral("applied/"));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("reviewer"), Feedback, id, "mark_corrected")),
             QStringLiteral("applied/"));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("reviewer"), Feedback, id, "feed_back")),
             QStringLiteral("rejected/invalid"));
    QCOMPARE(
        HttpProbe::outcome(step(QStringLiteral("reviewer"), Feedback, id, "feed_back",
                                {{QStringLiteral("result"), QStringLiteral("已整改，数据恢复每日更新")}})),
        QStringLiteral("applied/"));
    const QJsonObject closed = stored(Feedback, id);
    QCOMPARE(closed.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    QCOMPARE(closed.value(QStringLiteral("result")).toString(), QStringLiteral("已整改，数据恢复每日更新"));
    QCOMPARE(closed.value(QStringLiteral("closed_on")).toString(), QStringLiteral("2026-09-30"));
}

void TestQualityFeedbackHub::aRejectedFeedbackIsFedBackWithItsReason()
{
    const QString id = QStringLiteral("f-2");
    QCOMPARE(
        HttpProbe::outcome(push(QStringLiteral("filer"), HttpProbe::upsert(Feedback, id, feedback(m_entry)))),
        QStringLiteral("applied/"));
    // The filer may correct it until it is verified, never afterwards.
    QJsonObject corrected = feedback(m_entry);
    corrected.insert(QStringLiteral("dimension"), QStringLiteral("completeness"));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("filer"), HttpProbe::upsert(Feedback, id, corrected, 1))),
             QStringLiteral("applied/"));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("reviewer"), Feedback, id, "verify")),
             QStringLiteral("applied/"));
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("filer"), HttpProbe::upsert(Feedback, id, feedback(m_entry), 3))),
             QStringLiteral("rejected/invalid_state"));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("reviewer"), Feedback, id, "reject")),
             QStringLiteral("rejected/invalid"));
    QCOMPARE(
        HttpProbe::outcome(step(QStringLiteral("reviewer"), Feedback, id, "reject",
                                {{QStringLiteral("reason"), QStringLiteral("该资源按月更新，声明无误")}})),
        QStringLiteral("applied/"));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("reviewer"), Feedback, id, "feed_back",
                                     {{QStringLiteral("result"), QStringLiteral("经核实数据无误")}})),
             QStringLiteral("applied/"));
    const QJsonObject closed = stored(Feedback, id);
    QCOMPARE(closed.value(QStringLiteral("dimension")).toString(), QStringLiteral("completeness"));
    QCOMPARE(closed.value(QStringLiteral("verification_note")).toString(),
             QStringLiteral("该资源按月更新，声明无误"));
    QCOMPARE(closed.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
}

QTEST_GUILESS_MAIN(TestQualityFeedbackHub)
#include "tst_qualityfeedbackhub.moc"
