// Open-data demand (开放需求受理反馈, HN25 item 6) pushed to the real hub: the data department
// registers a demand received through the portal, accepts it and names the department to answer;
// that department's staff answer within the published rule's working days (15 unless the bureau
// publishes its own), opened, under a conditional agreement, or refused with reasons. The hub is
// dated Wednesday 30 September 2026, the day before 国庆节.

#include "hub/HubStore.h"
#include "models/common/Clock.h"
#include "models/opendata/OpenDataWorkflow.h"
#include "models/registration/DeadlineRules.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;
using namespace xs::test;

namespace {

const QString Demand = QStringLiteral("open_data_demand");
const QString Answerer = QStringLiteral("430000027"); // demo-cataloguer's department

QJsonObject demand(const QString& domain = QStringLiteral("交通出行"))
{
    return {
        {QStringLiteral("title"), QStringLiteral("公交车辆实时位置数据")},
        {QStringLiteral("description"), QStringLiteral("用于出行导航应用，需要线路、车辆位置，每分钟更新")},
        {QStringLiteral("domain"), domain},
        {QStringLiteral("demander"), QStringLiteral("长沙某科技有限公司")}};
}

} // namespace

class TestOpenDataHub : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theDataDepartmentRegistersAndAssigns();
    void theAssignedDepartmentAnswersWithinTheRule();
    void aPublishedRuleChangesTheNextDeadline();

private:
    QJsonArray push(const QString& who, const QJsonObject& operation)
    {
        return m_probe->push({operation}, m_tokens.value(who));
    }
    QJsonArray step(const QString& who, const QString& id, const char* command,
                    const QJsonObject& arguments = {})
    {
        return push(who, HttpProbe::command(Demand, id, QLatin1String(command), arguments));
    }
    QJsonObject stored(const QString& id);

    QTemporaryDir m_dir;
    QString m_database;
    std::unique_ptr<HubProcess> m_hub;
    std::unique_ptr<HttpProbe> m_probe;
    QHash<QString, QString> m_tokens;
};

void TestOpenDataHub::initTestCase()
{
    const ManualClock eve(ManualClock::chinaMorning(QDate(2026, 9, 30)));
    m_database = m_dir.filePath(QStringLiteral("hub.db"));
    QCOMPARE(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), m_database}, nullptr,
                             eve.now()),
             0);
    const QString passwordFile = m_dir.filePath(QStringLiteral("password.txt"));
    QVERIFY(writeFile(passwordFile, DemoPassword.toUtf8()));
    QCOMPARE(HubProcess::run({QStringLiteral("user"), QStringLiteral("add"),
                              QStringLiteral("other-cataloguer"), QStringLiteral("--role"),
                              QStringLiteral("cataloguer"), QStringLiteral("--department"),
                              QStringLiteral("430000001"), QStringLiteral("--password-file"), passwordFile,
                              QStringLiteral("--database"), m_database},
                             nullptr, eve.now()),
             0);
    m_hub = std::make_unique<HubProcess>(m_dir.filePath(QStringLiteral("tls")));
    m_hub->setClockStart(eve.now());
    QVERIFY2(m_hub->start(m_database), m_hub->log().constData());
    m_probe = std::make_unique<HttpProbe>(m_hub->url(), m_hub->caFile());
    const QHash<QString, QString> users{{QStringLiteral("answerer"), QStringLiteral("demo-cataloguer")},
                                        {QStringLiteral("other"), QStringLiteral("other-cataloguer")},
                                        {QStringLiteral("reviewer"), QStringLiteral("demo-reviewer")},
                                        {QStringLiteral("admin"), QStringLiteral("demo-admin")},
                                        {QStringLiteral("manager"), QStringLiteral("demo-manager")}};
    for (auto it = users.constBegin(); it != users.constEnd(); ++it) {
        m_tokens.insert(it.key(), m_probe->login(it.value(), DemoPassword));
        QVERIFY2(!m_tokens.value(it.key()).isEmpty(), qPrintable(it.value()));
    }
}

void TestOpenDataHub::cleanupTestCase()
{
    m_hub.reset();
}

QJsonObject TestOpenDataHub::stored(const QString& id)
{
    SystemClock clock;
    QString error;
    const std::unique_ptr<HubStore> store = HubStore::open(m_database, clock, &error);
    const std::optional<RecordState> record = store ? store->record(Demand, id, false) : std::nullopt;
    return record ? record->fields : QJsonObject();
}

void TestOpenDataHub::theDataDepartmentRegistersAndAssigns()
{
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("reviewer"),
                      HttpProbe::upsert(Demand, QStringLiteral("d-0"), demand(QStringLiteral("娱乐八卦"))))),
             QStringLiteral("rejected/invalid"));
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("manager"), HttpProbe::upsert(Demand, QStringLiteral("d-0"), demand()))),
             QStringLiteral("rejected/forbidden"));
    const QString id = QStringLiteral("d-1");
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("reviewer"), HttpProbe::upsert(Demand, id, demand()))),
             QStringLiteral("applied/"));
    const QJsonObject received = stored(id);
    QCOMPARE(received.value(QStringLiteral("state")).toString(), QStringLiteral("submitted"));
    QCOMPARE(received.value(QStringLiteral("received_on")).toString(), QStringLiteral("2026-09-30"));
    QCOMPARE(received.value(QStringLiteral("registered_by")).toString(), QStringLiteral("demo-reviewer"));
    // Only the data department accepts, and names a department that exists.
    QCOMPARE(HttpProbe::outcome(
                 step(QStringLiteral("answerer"), id, "accept", {{QStringLiteral("department"), Answerer}})),
             QStringLiteral("rejected/forbidden"));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("reviewer"), id, "accept",
                                     {{QStringLiteral("department"), QStringLiteral("439999999")}})),
             QStringLiteral("rejected/invalid"));
    QCOMPARE(HttpProbe::outcome(
                 step(QStringLiteral("reviewer"), id, "accept", {{QStringLiteral("department"), Answerer}})),
             QStringLiteral("applied/"));
    const QJsonObject accepted = stored(id);
    QCOMPARE(accepted.value(QStringLiteral("provider_code")).toString(), Answerer);
    // Fifteen working days: 8, 9, 10 (a Saturday worked), 12–16, 19–23, 26 and 27 October.
    QCOMPARE(accepted.value(QStringLiteral("answer_due_on")).toString(), QStringLiteral("2026-10-27"));
    QCOMPARE(accepted.value(QStringLiteral("answer_days")).toInt(), 15);
    QVERIFY(!OpenDataWorkflow::isOverdue(accepted, QDate(2026, 10, 27)));
    QVERIFY(OpenDataWorkflow::isOverdue(accepted, QDate(2026, 10, 28)));
    // Once accepted, the demand as received is not rewritten.
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("reviewer"),
                                     HttpProbe::upsert(Demand, id, demand(QStringLiteral("医疗健康")), 2))),
             QStringLiteral("rejected/invalid_state"));
}

void TestOpenDataHub::theAssignedDepartmentAnswersWithinTheRule()
{
    const QString id = QStringLiteral("d-1");
    // Another department's staff do not answer; an answer says what it decided.
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("other"), id, "answer_opened",
                                     {{QStringLiteral("answer"), QStringLiteral("已开放")}})),
             QStringLiteral("rejected/forbidden"));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("answerer"), id, "answer_refused")),
             QStringLiteral("rejected/invalid"));
    QCOMPARE(HttpProbe::outcome(
                 step(QStringLiteral("answerer"), id, "answer_conditional",
                      {{QStringLiteral("answer"), QStringLiteral("签订数据开放利用协议后通过接口提供")}})),
             QStringLiteral("applied/"));
    const QJsonObject answered = stored(id);
    QCOMPARE(answered.value(QStringLiteral("state")).toString(), QStringLiteral("answered"));
    QCOMPARE(answered.value(QStringLiteral("outcome")).toString(), QStringLiteral("conditional"));
    QCOMPARE(answered.value(QStringLiteral("answered_by")).toString(), QStringLiteral("demo-cataloguer"));
    QVERIFY(!OpenDataWorkflow::isOverdue(answered, QDate(2027, 1, 1)));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("answerer"), id, "answer_opened",
                                     {{QStringLiteral("answer"), QStringLiteral("再答")}})),
             QStringLiteral("rejected/invalid_state"));
}

void TestOpenDataHub::aPublishedRuleChangesTheNextDeadline()
{
    // The administrator publishes 10 working days; a demand accepted afterwards runs on it.
    const QJsonObject rule{{QStringLiteral("step"), QStringLiteral("open_data_reply")},
                           {QStringLiteral("value"), 10},
                           {QStringLiteral("unit"), QStringLiteral("working_days")},
                           {QStringLiteral("source"), QStringLiteral("湖南省数据局通知（测试）")}};
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("reviewer"),
                      HttpProbe::upsert(DeadlineRule::Entity,
                                        DeadlineRule::recordId(DeadlineRules::OpenDataReply), rule))),
             QStringLiteral("rejected/forbidden")); // administrators publish rules
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("admin"),
                      HttpProbe::upsert(DeadlineRule::Entity,
                                        DeadlineRule::recordId(DeadlineRules::OpenDataReply), rule))),
             QStringLiteral("applied/"));
    const QString id = QStringLiteral("d-2");
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("reviewer"),
                                     HttpProbe::upsert(Demand, id, demand(QStringLiteral("气象服务"))))),
             QStringLiteral("applied/"));
    QCOMPARE(HttpProbe::outcome(
                 step(QStringLiteral("reviewer"), id, "accept", {{QStringLiteral("department"), Answerer}})),
             QStringLiteral("applied/"));
    QCOMPARE(stored(id).value(QStringLiteral("answer_due_on")).toString(), QStringLiteral("2026-10-20"));
    QCOMPARE(stored(id).value(QStringLiteral("answer_days")).toInt(), 10);
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("reviewer"), id, "answer_refused",
                                     {{QStringLiteral("answer"), QStringLiteral("涉及个人信息，不予开放")}})),
             QStringLiteral("applied/"));
    QCOMPARE(stored(id).value(QStringLiteral("outcome")).toString(), QStringLiteral("refused"));
}

QTEST_GUILESS_MAIN(TestOpenDataHub)
#include "tst_opendatahub.moc"
