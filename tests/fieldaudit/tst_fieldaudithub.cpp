// A field audit from plan to rectification, pushed to the real hub by each role as a desktop would:
// what each role may do, in which state, is applied; everything else is refused with its reason,
// and the hub writes the states, dates and the working-day deadline itself.

#include "hub/HubStore.h"
#include "models/calendar/CalendarRepository.h"
#include "models/common/Clock.h"
#include "models/fieldaudit/FieldAuditWorkflow.h"
#include "models/rectification/RectificationWorkflow.h"
#include "tests/support/FieldAuditFixture.h"
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

const QString Template = QStringLiteral("audit_template");
const QString Task = QStringLiteral("audit_task");
const QString Answer = QStringLiteral("audit_answer");
const QString Finding = QStringLiteral("audit_finding");
const QString Order = QStringLiteral("rectification_order");
const QString Department = QStringLiteral("430000027"); // demo-cataloguer's

QString json(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonObject checklist(int version)
{
    return {{QStringLiteral("title"), QStringLiteral("目录与数据质量现场核查")},
            {QStringLiteral("kind"), QStringLiteral("catalog_quality")},
            {QStringLiteral("template_version"), version},
            {QStringLiteral("items"),
             json({QJsonObject{{QStringLiteral("code"), QStringLiteral("C1")},
                               {QStringLiteral("section"), QStringLiteral("目录")},
                               {QStringLiteral("text"), QStringLiteral("目录与来源系统一致")}},
                   QJsonObject{{QStringLiteral("code"), QStringLiteral("Q1")},
                               {QStringLiteral("section"), QStringLiteral("质量")},
                               {QStringLiteral("text"), QStringLiteral("按声明频率更新")}}})},
            {QStringLiteral("severities"),
             json({QStringLiteral("一般"), QStringLiteral("较重"), QStringLiteral("严重")})},
            {QStringLiteral("rectification_days"), 10}};
}

} // namespace

class TestFieldAuditHub : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void administratorsPublishChecklistsThatThenStayFixed();
    void managersPlanAndAuditorsRecordTheVisit();
    void answersAndFindingsKeepTheChecklistsRules();
    void reviewersConfirmWhatOthersAudited();
    void theAddressedDepartmentAnswersItsOrder();
    void aPublishedYearRecountsAProvisionalOrderDeadline();

private:
    QJsonArray push(const QString& token, const QJsonObject& operation);
    std::optional<RecordState> record(const QString& entity, const QString& id);

    QTemporaryDir m_dir;
    QString m_database;
    std::unique_ptr<HubProcess> m_hub;
    std::unique_ptr<HttpProbe> m_probe;
    QHash<QString, QString> m_tokens; // role name -> token
    const QString m_template = QStringLiteral("tpl-catalog-1");
    const QString m_task = QStringLiteral("task-1");
    const QString m_finding = QStringLiteral("finding-1");
    const QString m_order = QStringLiteral("order-1");
};

void TestFieldAuditHub::initTestCase()
{
    m_database = m_dir.filePath(QStringLiteral("hub.db"));
    QCOMPARE(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), m_database}), 0);
    // A cataloguer of another department, to be refused another's order.
    const QString passwordFile = m_dir.filePath(QStringLiteral("password.txt"));
    QVERIFY(writeFile(passwordFile, DemoPassword.toUtf8()));
    QCOMPARE(HubProcess::run({QStringLiteral("user"), QStringLiteral("add"),
                              QStringLiteral("other-cataloguer"), QStringLiteral("--role"),
                              QStringLiteral("cataloguer"), QStringLiteral("--department"),
                              QStringLiteral("430000001"), QStringLiteral("--password-file"), passwordFile,
                              QStringLiteral("--database"), m_database}),
             0);
    m_hub = std::make_unique<HubProcess>(m_dir.filePath(QStringLiteral("tls")));
    QVERIFY2(m_hub->start(m_database), m_hub->log().constData());
    m_probe = std::make_unique<HttpProbe>(m_hub->url(), m_hub->caFile());
    for (const char* role : {"cataloguer", "reviewer", "manager", "auditor", "admin"}) {
        const QString token = m_probe->login(QStringLiteral("demo-") + QLatin1String(role), DemoPassword);
        QVERIFY2(!token.isEmpty(), role);
        m_tokens.insert(QLatin1String(role), token);
    }
    m_tokens.insert(QStringLiteral("other"),
                    m_probe->login(QStringLiteral("other-cataloguer"), DemoPassword));
    QVERIFY(!m_tokens.value(QStringLiteral("other")).isEmpty());
}

void TestFieldAuditHub::cleanupTestCase()
{
    m_hub.reset();
}

QJsonArray TestFieldAuditHub::push(const QString& role, const QJsonObject& operation)
{
    return m_probe->push({operation}, m_tokens.value(role));
}

std::optional<RecordState> TestFieldAuditHub::record(const QString& entity, const QString& id)
{
    SystemClock clock;
    QString error;
    const std::unique_ptr<HubStore> store = HubStore::open(m_database, clock, &error);
    return store ? store->record(entity, id, false) : std::nullopt;
}

void TestFieldAuditHub::administratorsPublishChecklistsThatThenStayFixed()
{
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("auditor"), HttpProbe::upsert(Template, m_template, checklist(1)))),
             QStringLiteral("rejected/forbidden"));
    QJsonObject noItems = checklist(1);
    noItems.insert(QStringLiteral("items"), QStringLiteral("[]"));
    QCOMPARE(
        HttpProbe::outcome(push(QStringLiteral("admin"), HttpProbe::upsert(Template, m_template, noItems))),
        QStringLiteral("rejected/invalid"));
    QJsonObject twice = checklist(1);
    twice.insert(QStringLiteral("items"), json({QJsonObject{{QStringLiteral("code"), QStringLiteral("C1")},
                                                            {QStringLiteral("text"), QStringLiteral("a")}},
                                                QJsonObject{{QStringLiteral("code"), QStringLiteral("C1")},
                                                            {QStringLiteral("text"), QStringLiteral("b")}}}));
    QCOMPARE(
        HttpProbe::outcome(push(QStringLiteral("admin"), HttpProbe::upsert(Template, m_template, twice))),
        QStringLiteral("rejected/invalid"));

    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("admin"), HttpProbe::upsert(Template, m_template, checklist(1)))),
             QStringLiteral("applied/"));
    QCOMPARE(record(Template, m_template)->fields.value(QStringLiteral("state")).toString(),
             QStringLiteral("draft"));
    // A task cannot be made on a draft.
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("admin"),
                                     HttpProbe::command(Template, m_template, QStringLiteral("retire")))),
             QStringLiteral("rejected/invalid_state"));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("admin"),
                                     HttpProbe::command(Template, m_template, QStringLiteral("publish")))),
             QStringLiteral("applied/"));
    QCOMPARE(record(Template, m_template)->fields.value(QStringLiteral("state")).toString(),
             QStringLiteral("published"));
    QJsonObject changed = checklist(1);
    changed.insert(QStringLiteral("title"), QStringLiteral("改过的清单"));
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("admin"), HttpProbe::upsert(Template, m_template, changed, 2))),
             QStringLiteral("rejected/invalid_state"));
}

void TestFieldAuditHub::managersPlanAndAuditorsRecordTheVisit()
{
    QJsonObject plan{{QStringLiteral("title"), QStringLiteral("省数据局目录核查")},
                     {QStringLiteral("kind"), QStringLiteral("catalog_quality")},
                     {QStringLiteral("template_id"), m_template},
                     {QStringLiteral("target_code"), Department},
                     {QStringLiteral("auditors"), json({QStringLiteral("demo-auditor")})},
                     {QStringLiteral("planned_on"), QStringLiteral("2027-03-01")}};
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("cataloguer"), HttpProbe::upsert(Task, m_task, plan))),
             QStringLiteral("rejected/forbidden"));
    QJsonObject nowhere = plan;
    nowhere.insert(QStringLiteral("target_code"), QStringLiteral("439999999"));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("manager"), HttpProbe::upsert(Task, m_task, nowhere))),
             QStringLiteral("rejected/invalid"));
    QJsonObject wrongKind = plan;
    wrongKind.insert(QStringLiteral("kind"), QStringLiteral("authorized_operation"));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("manager"), HttpProbe::upsert(Task, m_task, wrongKind))),
             QStringLiteral("rejected/invalid"));
    // A client cannot start its own task in a state of its choosing: the hub plans it.
    QJsonObject alreadyDone = plan;
    alreadyDone.insert(QStringLiteral("state"), QStringLiteral("completed"));
    QCOMPARE(
        HttpProbe::outcome(push(QStringLiteral("manager"), HttpProbe::upsert(Task, m_task, alreadyDone))),
        QStringLiteral("applied/"));
    QCOMPARE(record(Task, m_task)->fields.value(QStringLiteral("state")).toString(),
             QStringLiteral("planned"));

    const QJsonObject answer{{QStringLiteral("task_id"), m_task},
                             {QStringLiteral("item_code"), QStringLiteral("C1")},
                             {QStringLiteral("result"), QStringLiteral("conforms")}};
    const QString answerId = FieldAuditWorkflow::answerId(m_task, QStringLiteral("C1"));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("auditor"), HttpProbe::upsert(Answer, answerId, answer))),
             QStringLiteral("rejected/invalid_state")); // not started
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("reviewer"), HttpProbe::command(Task, m_task, QStringLiteral("start")))),
             QStringLiteral("rejected/forbidden"));
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("auditor"), HttpProbe::command(Task, m_task, QStringLiteral("start")))),
             QStringLiteral("applied/"));
    const RecordState started = *record(Task, m_task);
    QCOMPARE(started.fields.value(QStringLiteral("state")).toString(), QStringLiteral("in_progress"));
    QCOMPARE(started.fields.value(QStringLiteral("started_on")).toString(),
             SystemClock().today().toString(Qt::ISODate));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("auditor"), HttpProbe::upsert(Answer, answerId, answer))),
             QStringLiteral("applied/"));
    QCOMPARE(
        HttpProbe::outcome(push(QStringLiteral("reviewer"), HttpProbe::upsert(Answer, answerId, answer, 1))),
        QStringLiteral("rejected/forbidden"));
    // The auditor writes the conclusion, never the plan.
    QJsonObject conclusion{{QStringLiteral("summary"), QStringLiteral("目录基本一致")}};
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("auditor"),
                                     HttpProbe::upsert(Task, m_task, conclusion, started.version))),
             QStringLiteral("applied/"));
    QJsonObject replan{{QStringLiteral("planned_on"), QStringLiteral("2027-04-01")}};
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("auditor"),
                                     HttpProbe::upsert(Task, m_task, replan, started.version + 1))),
             QStringLiteral("rejected/forbidden"));
}

void TestFieldAuditHub::answersAndFindingsKeepTheChecklistsRules()
{
    const QJsonObject unknownItem{{QStringLiteral("task_id"), m_task},
                                  {QStringLiteral("item_code"), QStringLiteral("Z9")},
                                  {QStringLiteral("result"), QStringLiteral("conforms")}};
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("auditor"),
                      HttpProbe::upsert(Answer, FieldAuditWorkflow::answerId(m_task, QStringLiteral("Z9")),
                                        unknownItem))),
             QStringLiteral("rejected/invalid"));
    // One record per item: an answer under another id would leave two answers to one item.
    QJsonObject second = unknownItem;
    second.insert(QStringLiteral("item_code"), QStringLiteral("Q1"));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("auditor"),
                                     HttpProbe::upsert(Answer, QStringLiteral("any-id"), second))),
             QStringLiteral("rejected/invalid"));
    second.insert(QStringLiteral("result"), QStringLiteral("nonconforming"));
    QCOMPARE(
        HttpProbe::outcome(push(
            QStringLiteral("auditor"),
            HttpProbe::upsert(Answer, FieldAuditWorkflow::answerId(m_task, QStringLiteral("Q1")), second))),
        QStringLiteral("applied/"));

    QJsonObject finding{{QStringLiteral("task_id"), m_task},
                        {QStringLiteral("item_code"), QStringLiteral("Q1")},
                        {QStringLiteral("severity"), QStringLiteral("致命")},
                        {QStringLiteral("description"), QStringLiteral("人口数据三个月未更新")}};
    QCOMPARE(
        HttpProbe::outcome(push(QStringLiteral("auditor"), HttpProbe::upsert(Finding, m_finding, finding))),
        QStringLiteral("rejected/invalid")); // not one of the checklist's severities
    finding.insert(QStringLiteral("severity"), QStringLiteral("较重"));
    QCOMPARE(
        HttpProbe::outcome(push(QStringLiteral("auditor"), HttpProbe::upsert(Finding, m_finding, finding))),
        QStringLiteral("applied/"));
}

void TestFieldAuditHub::reviewersConfirmWhatOthersAudited()
{
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("reviewer"),
                                     HttpProbe::command(Task, m_task, QStringLiteral("confirm")))),
             QStringLiteral("rejected/invalid_state")); // still in progress
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("auditor"), HttpProbe::command(Task, m_task, QStringLiteral("submit")))),
             QStringLiteral("applied/"));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("auditor"),
                                     HttpProbe::command(Task, m_task, QStringLiteral("confirm")))),
             QStringLiteral("rejected/forbidden"));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("reviewer"),
                                     HttpProbe::command(Task, m_task, QStringLiteral("return")))),
             QStringLiteral("rejected/invalid")); // a return says why
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("reviewer"),
                      HttpProbe::command(Task, m_task, QStringLiteral("return"),
                                         {{QStringLiteral("reason"), QStringLiteral("补拍来源系统界面")}}))),
             QStringLiteral("applied/"));
    QCOMPARE(record(Task, m_task)->fields.value(QStringLiteral("state")).toString(),
             QStringLiteral("in_progress"));
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("auditor"), HttpProbe::command(Task, m_task, QStringLiteral("submit")))),
             QStringLiteral("applied/"));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("reviewer"),
                                     HttpProbe::command(Task, m_task, QStringLiteral("confirm")))),
             QStringLiteral("applied/"));
    const RecordState done = *record(Task, m_task);
    QCOMPARE(done.fields.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    QCOMPARE(done.fields.value(QStringLiteral("reviewed_by")).toString(), QStringLiteral("demo-reviewer"));
    // Nothing of a completed visit changes afterwards.
    QJsonObject late{{QStringLiteral("summary"), QStringLiteral("事后补写")}};
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("manager"), HttpProbe::upsert(Task, m_task, late, done.version))),
             QStringLiteral("rejected/invalid_state"));
}

void TestFieldAuditHub::aPublishedYearRecountsAProvisionalOrderDeadline()
{
    // A hub of its own on 21 December 2026: ten working days run into 2027, whose schedule is not
    // published yet, so they are counted Monday to Friday and marked provisional.
    const ManualClock december(ManualClock::chinaMorning(QDate(2026, 12, 21)));
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("hub.db"));
    QCOMPARE(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), database}, nullptr,
                             december.now()),
             0);
    HubProcess hub(dir.filePath(QStringLiteral("tls")));
    hub.setClockStart(december.now());
    QVERIFY2(hub.start(database), hub.log().constData());
    HttpProbe probe(hub.url(), hub.caFile());
    QString error;
    QVERIFY2(startAuditTask(probe, QStringLiteral("tpl-year"), QStringLiteral("task-year"), &error),
             qPrintable(error));
    const QString auditor = probe.login(QStringLiteral("demo-auditor"), DemoPassword);
    const QJsonObject finding{{QStringLiteral("task_id"), QStringLiteral("task-year")},
                              {QStringLiteral("item_code"), QStringLiteral("Q1")},
                              {QStringLiteral("severity"), QStringLiteral("一般")},
                              {QStringLiteral("description"), QStringLiteral("年底未更新")}};
    const QJsonObject order{{QStringLiteral("subject_entity"), Finding},
                            {QStringLiteral("subject_id"), QStringLiteral("finding-year")},
                            {QStringLiteral("target_kind"), QStringLiteral("department")},
                            {QStringLiteral("target_code"), Department},
                            {QStringLiteral("requirement"), QStringLiteral("补录年末数据")},
                            {QStringLiteral("working_days"), 10}};
    const QJsonArray issued = probe.push({HttpProbe::upsert(Finding, QStringLiteral("finding-year"), finding),
                                          HttpProbe::upsert(Order, QStringLiteral("order-year"), order)},
                                         auditor);
    QVERIFY2(HttpProbe::outcome({issued.at(1)}) == QStringLiteral("applied/"), qPrintable(json(issued)));
    const auto stored = [&database] {
        SystemClock clock;
        QString failure;
        const std::unique_ptr<HubStore> store = HubStore::open(database, clock, &failure);
        return store ? store->record(Order, QStringLiteral("order-year"), false) : std::nullopt;
    };
    // 22–25, 28–31 December, then 1 and 4 January counted as working days.
    QCOMPARE(stored()->fields.value(QStringLiteral("due_on")).toString(), QStringLiteral("2027-01-04"));
    QVERIFY(stored()->fields.value(QStringLiteral("due_provisional")).toBool());

    // The administrator publishes 2027 (元旦 on 1–3 January): the order is counted again, at once.
    const QString file = dir.filePath(QStringLiteral("2027.json"));
    QVERIFY(writeFile(file, R"({"year": 2027, "source": "国务院办公厅关于2027年部分节假日安排的通知（测试）",
        "issued_on": "2026-11-10", "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}],
        "workdays": []})"));
    QByteArray output;
    QCOMPARE(HubProcess::run({QStringLiteral("calendar"), QStringLiteral("publish"), file,
                              QStringLiteral("--database"), database},
                             &output, december.now()),
             0);
    QVERIFY2(output.contains("deadline_recomputed") && output.contains("order-year"), output.constData());
    const std::optional<RecordState> recounted = stored();
    QCOMPARE(recounted->fields.value(QStringLiteral("due_on")).toString(), QStringLiteral("2027-01-05"));
    QVERIFY(!recounted->fields.value(QStringLiteral("due_provisional")).toBool(true));
    QVERIFY(recounted->version > 1); // a new version: desktops receive it at their next pull
}

void TestFieldAuditHub::theAddressedDepartmentAnswersItsOrder()
{
    QJsonObject order{{QStringLiteral("subject_entity"), Finding},
                      {QStringLiteral("subject_id"), m_finding},
                      {QStringLiteral("target_kind"), QStringLiteral("department")},
                      {QStringLiteral("target_code"), Department},
                      {QStringLiteral("requirement"), QStringLiteral("按月更新人口数据并说明原因")},
                      {QStringLiteral("working_days"), 10}};
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("cataloguer"), HttpProbe::upsert(Order, m_order, order))),
             QStringLiteral("rejected/forbidden"));
    QJsonObject ofNothing = order;
    ofNothing.insert(QStringLiteral("subject_id"), QStringLiteral("no-such-finding"));
    QCOMPARE(
        HttpProbe::outcome(push(QStringLiteral("auditor"), HttpProbe::upsert(Order, m_order, ofNothing))),
        QStringLiteral("rejected/invalid"));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("auditor"), HttpProbe::upsert(Order, m_order, order))),
             QStringLiteral("applied/"));
    const RecordState issued = *record(Order, m_order);
    const QDate today = SystemClock().today();
    QCOMPARE(issued.fields.value(QStringLiteral("state")).toString(), QStringLiteral("issued"));
    QCOMPARE(issued.fields.value(QStringLiteral("issued_on")).toString(), today.toString(Qt::ISODate));
    QCOMPARE(issued.fields.value(QStringLiteral("due_on")).toString(),
             CalendarRepository::bundled().addWorkdays(today, 10).date.toString(Qt::ISODate));
    QVERIFY(!RectificationWorkflow::isOverdue(issued.fields, today));
    QVERIFY(RectificationWorkflow::isOverdue(issued.fields, today.addDays(30)));

    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("other"), HttpProbe::command(Order, m_order, QStringLiteral("begin")))),
             QStringLiteral("rejected/forbidden"));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("cataloguer"),
                                     HttpProbe::command(Order, m_order, QStringLiteral("begin")))),
             QStringLiteral("applied/"));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("cataloguer"),
                                     HttpProbe::command(Order, m_order, QStringLiteral("submit")))),
             QStringLiteral("rejected/invalid")); // a submission reports what was done
    const QJsonObject report{{QStringLiteral("response"), QStringLiteral("已恢复按月更新")}};
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("cataloguer"),
                                     HttpProbe::command(Order, m_order, QStringLiteral("submit"), report))),
             QStringLiteral("applied/"));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("cataloguer"),
                                     HttpProbe::command(Order, m_order, QStringLiteral("accept")))),
             QStringLiteral("rejected/forbidden")); // nobody accepts their own rectification
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("auditor"),
                      HttpProbe::command(Order, m_order, QStringLiteral("reject"),
                                         {{QStringLiteral("reason"), QStringLiteral("缺少更新记录")}}))),
             QStringLiteral("applied/"));
    QCOMPARE(record(Order, m_order)->fields.value(QStringLiteral("state")).toString(),
             QStringLiteral("rectifying"));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("cataloguer"),
                                     HttpProbe::command(Order, m_order, QStringLiteral("submit"), report))),
             QStringLiteral("applied/"));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("auditor"),
                                     HttpProbe::command(Order, m_order, QStringLiteral("accept")))),
             QStringLiteral("applied/"));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("manager"),
                                     HttpProbe::command(Order, m_order, QStringLiteral("close")))),
             QStringLiteral("applied/"));
    const RecordState closed = *record(Order, m_order);
    QCOMPARE(closed.fields.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    QCOMPARE(closed.fields.value(QStringLiteral("response")).toString(), QStringLiteral("已恢复按月更新"));
    QCOMPARE(closed.fields.value(QStringLiteral("closed_on")).toString(), today.toString(Qt::ISODate));
    // The manager who may close may not issue.
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("manager"), HttpProbe::upsert(Order, QStringLiteral("order-2"), order))),
             QStringLiteral("rejected/forbidden"));
}

QTEST_GUILESS_MAIN(TestFieldAuditHub)
#include "tst_fieldaudithub.moc"
