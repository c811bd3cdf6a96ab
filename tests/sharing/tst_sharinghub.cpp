// Sharing requests (共享申请, SHARE §21–22) pushed to the real hub by the two departments as their
// desktops would: each side gives only its own steps, the hub derives the provider and the sharing
// attribute from the requested entry, and counts every deadline in working days on the holiday
// schedule. The hub is dated Wednesday 30 September 2026, the day before 国庆节 (1–7 October,
// Saturday 10 October worked), so every deadline crosses a holiday.

#include "hub/HubStore.h"
#include "models/common/Clock.h"
#include "models/sharing/SharingWorkflow.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/HubProcess.h"
#include "tests/support/SecurityReviewFixture.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;
using namespace xs::test;

namespace {

const QString Request = QStringLiteral("sharing_request");
const QString Entry = QStringLiteral("catalog_entry");
const QString Requester = QStringLiteral("430000027"); // demo-cataloguer's department
const QString Provider = QStringLiteral("430000001");  // provider-cataloguer's

QJsonObject askFor(const QString& entryId)
{
    return {{QStringLiteral("entry_id"), entryId},
            {QStringLiteral("requester_code"), Requester},
            {QStringLiteral("purpose"), QStringLiteral("核验企业登记信息")},
            {QStringLiteral("scope"), QStringLiteral("本单位审批业务")},
            {QStringLiteral("legal_basis"), QStringLiteral("《政务数据共享条例》第二十一条")},
            {QStringLiteral("share_method"), QStringLiteral("服务接口")}};
}

} // namespace

class TestSharingHub : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aRequestNamesAPublishedSharedResourceOfAnother();
    void anUnconditionalRequestIsAnsweredWithinOneWorkingDay();
    void aConditionalRequestRunsTenDaysExtendedOnceAndDeliversInTwenty();
    void missingMaterialIsAskedOnceAndRestartsTheClock();
    void eachSideGivesOnlyItsOwnSteps();
    void usesOfDeliveredDataAreRecordedAndKept();
    void aPublishedYearRecountsAProvisionalReply();

private:
    QJsonArray push(const QString& who, const QJsonObject& operation);
    QJsonArray step(const QString& who, const QString& id, const char* command,
                    const QJsonObject& arguments = {});
    QJsonObject stored(const QString& id);
    QString publishEntry(const QString& id, const QJsonObject& fields);

    QTemporaryDir m_dir;
    QString m_database;
    std::unique_ptr<HubProcess> m_hub;
    std::unique_ptr<HttpProbe> m_probe;
    QHash<QString, QString> m_tokens;
    QString m_unconditional;
    QString m_conditional;
    QString m_notShared;
};

void TestSharingHub::initTestCase()
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
    const QHash<QString, QString> users{{QStringLiteral("requester"), QStringLiteral("demo-cataloguer")},
                                        {QStringLiteral("provider"), QStringLiteral("provider-cataloguer")},
                                        {QStringLiteral("admin"), QStringLiteral("demo-admin")},
                                        {QStringLiteral("manager"), QStringLiteral("demo-manager")}};
    for (auto it = users.constBegin(); it != users.constEnd(); ++it) {
        const QString token = m_probe->login(it.value(), DemoPassword);
        QVERIFY2(!token.isEmpty(), qPrintable(it.value()));
        m_tokens.insert(it.key(), token);
    }
    QJsonObject unconditional = validCatalogEntry(QStringLiteral("企业登记信息"), Provider);
    unconditional.insert(QStringLiteral("in_share_catalog"), true);
    QJsonObject conditional = unconditional;
    conditional.insert(QStringLiteral("name"), QStringLiteral("社会保险参保信息"));
    conditional.insert(QStringLiteral("share_attribute"), QStringLiteral("有条件共享"));
    conditional.insert(QStringLiteral("share_scope"), QStringLiteral("省直部门"));
    conditional.insert(QStringLiteral("share_purpose"), QStringLiteral("社保待遇核验"));
    QJsonObject notShared = unconditional;
    notShared.insert(QStringLiteral("name"), QStringLiteral("涉密档案目录"));
    notShared.insert(QStringLiteral("share_attribute"), QStringLiteral("不予共享"));
    notShared.insert(QStringLiteral("no_share_reason"), QStringLiteral("涉及国家秘密"));
    notShared.insert(QStringLiteral("no_share_basis"), QStringLiteral("《保守国家秘密法》"));
    m_unconditional = publishEntry(QStringLiteral("entry-unconditional"), unconditional);
    m_conditional = publishEntry(QStringLiteral("entry-conditional"), conditional);
    m_notShared = publishEntry(QStringLiteral("entry-not-shared"), notShared);
    QVERIFY(!m_unconditional.isEmpty() && !m_conditional.isEmpty() && !m_notShared.isEmpty());
    QString error;
    QVERIFY2(publishReviewChecklist(*m_probe, QStringLiteral("review-checklist"), &error), qPrintable(error));
}

void TestSharingHub::cleanupTestCase()
{
    m_hub.reset();
}

QString TestSharingHub::publishEntry(const QString& id, const QJsonObject& fields)
{
    const QString admin = m_tokens.value(QStringLiteral("admin"));
    for (const QJsonObject& operation : HttpProbe::publishedEntry(id, fields)) {
        const QJsonArray results = m_probe->push({operation}, admin);
        if (HttpProbe::outcome(results) != QLatin1String("applied/")) {
            qWarning() << id << QJsonDocument(results).toJson(QJsonDocument::Compact);
            return {};
        }
    }
    return id;
}

QJsonArray TestSharingHub::push(const QString& who, const QJsonObject& operation)
{
    return m_probe->push({operation}, m_tokens.value(who));
}

QJsonArray TestSharingHub::step(const QString& who, const QString& id, const char* command,
                                const QJsonObject& arguments)
{
    return push(who, HttpProbe::command(Request, id, QLatin1String(command), arguments));
}

QJsonObject TestSharingHub::stored(const QString& id)
{
    SystemClock clock;
    QString error;
    const std::unique_ptr<HubStore> store = HubStore::open(m_database, clock, &error);
    const std::optional<RecordState> record = store ? store->record(Request, id, false) : std::nullopt;
    return record ? record->fields : QJsonObject();
}

void TestSharingHub::aRequestNamesAPublishedSharedResourceOfAnother()
{
    const QString requester = QStringLiteral("requester");
    QCOMPARE(HttpProbe::outcome(push(requester, HttpProbe::upsert(Request, QStringLiteral("r-none"),
                                                                  askFor(QStringLiteral("no-such-entry"))))),
             QStringLiteral("rejected/invalid"));
    QCOMPARE(HttpProbe::outcome(push(
                 requester, HttpProbe::upsert(Request, QStringLiteral("r-secret"), askFor(m_notShared)))),
             QStringLiteral("rejected/invalid"));
    // A department asks in its own name, never another's.
    QJsonObject forAnother = askFor(m_unconditional);
    forAnother.insert(QStringLiteral("requester_code"), QStringLiteral("430000002"));
    QCOMPARE(HttpProbe::outcome(
                 push(requester, HttpProbe::upsert(Request, QStringLiteral("r-another"), forAnother))),
             QStringLiteral("rejected/forbidden"));
    // Nor of itself.
    QJsonObject ofItself = askFor(m_unconditional);
    ofItself.insert(QStringLiteral("requester_code"), Provider);
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("provider"),
                                     HttpProbe::upsert(Request, QStringLiteral("r-self"), ofItself))),
             QStringLiteral("rejected/invalid"));
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("manager"),
                      HttpProbe::upsert(Request, QStringLiteral("r-manager"), askFor(m_unconditional)))),
             QStringLiteral("rejected/forbidden"));
    for (const char* id : {"r-none", "r-secret", "r-another", "r-self", "r-manager"})
        QVERIFY2(stored(QLatin1String(id)).isEmpty(), id);
}

void TestSharingHub::anUnconditionalRequestIsAnsweredWithinOneWorkingDay()
{
    const QString id = QStringLiteral("r-unconditional");
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("requester"), HttpProbe::upsert(Request, id, askFor(m_unconditional)))),
             QStringLiteral("applied/"));
    const QJsonObject request = stored(id);
    QCOMPARE(request.value(QStringLiteral("state")).toString(), QStringLiteral("submitted"));
    QCOMPARE(request.value(QStringLiteral("provider_code")).toString(), Provider);
    QCOMPARE(request.value(QStringLiteral("share_attribute")).toString(), QStringLiteral("无条件共享"));
    QCOMPARE(request.value(QStringLiteral("requested_by")).toString(), QStringLiteral("demo-cataloguer"));
    QCOMPARE(request.value(QStringLiteral("submitted_on")).toString(), QStringLiteral("2026-09-30"));
    // One working day, after 国庆节: Thursday 8 October.
    QCOMPARE(request.value(QStringLiteral("reply_due_on")).toString(), QStringLiteral("2026-10-08"));
    QVERIFY(!request.value(QStringLiteral("reply_due_provisional")).toBool(true));
    QVERIFY(!SharingWorkflow::isOverdue(request, QDate(2026, 10, 8)));
    QVERIFY(SharingWorkflow::isOverdue(request, QDate(2026, 10, 9)));
    // Only a conditional request's reply period is extended.
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("provider"), id, "extend",
                                     {{QStringLiteral("working_days"), QStringLiteral("5")},
                                      {QStringLiteral("reason"), QStringLiteral("需核对")}})),
             QStringLiteral("rejected/invalid_state"));
    // A refusal states its reasons.
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("provider"), id, "refuse")),
             QStringLiteral("rejected/invalid"));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("provider"), id, "refuse",
                                     {{QStringLiteral("reason"), QStringLiteral("申请用途与共享范围不符")}})),
             QStringLiteral("applied/"));
    const QJsonObject refused = stored(id);
    QCOMPARE(refused.value(QStringLiteral("state")).toString(), QStringLiteral("refused"));
    QCOMPARE(refused.value(QStringLiteral("decision_reason")).toString(),
             QStringLiteral("申请用途与共享范围不符"));
    QCOMPARE(refused.value(QStringLiteral("decided_by")).toString(), QStringLiteral("provider-cataloguer"));
    QVERIFY(!SharingWorkflow::isOverdue(refused, QDate(2026, 12, 31)));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("provider"), id, "approve")),
             QStringLiteral("rejected/invalid_state"));
}

void TestSharingHub::aConditionalRequestRunsTenDaysExtendedOnceAndDeliversInTwenty()
{
    const QString id = QStringLiteral("r-conditional");
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("requester"), HttpProbe::upsert(Request, id, askFor(m_conditional)))),
             QStringLiteral("applied/"));
    // Ten working days: 8, 9, 10 (a Saturday worked for 国庆节), 12–16, 19, 20 October.
    QCOMPARE(stored(id).value(QStringLiteral("reply_due_on")).toString(), QStringLiteral("2026-10-20"));
    for (const char* wrong : {"11", "0", "十"})
        QCOMPARE(HttpProbe::outcome(step(QStringLiteral("provider"), id, "extend",
                                         {{QStringLiteral("working_days"), QString::fromUtf8(wrong)},
                                          {QStringLiteral("reason"), QStringLiteral("需会商")}})),
                 QStringLiteral("rejected/invalid"));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("provider"), id, "extend",
                                     {{QStringLiteral("working_days"), QStringLiteral("10")},
                                      {QStringLiteral("reason"), QStringLiteral("需会商安全措施")}})),
             QStringLiteral("applied/"));
    const QJsonObject extended = stored(id);
    // Ten more: 21–23, 26–30 October, 2 and 3 November.
    QCOMPARE(extended.value(QStringLiteral("reply_due_on")).toString(), QStringLiteral("2026-11-03"));
    QCOMPARE(extended.value(QStringLiteral("extension_days")).toInt(), 10);
    QCOMPARE(extended.value(QStringLiteral("state")).toString(), QStringLiteral("submitted"));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("provider"), id, "extend",
                                     {{QStringLiteral("working_days"), QStringLiteral("1")},
                                      {QStringLiteral("reason"), QStringLiteral("再延")}})),
             QStringLiteral("rejected/invalid_state")); // once only
    // Conditionally shared data is approved only after a passing security review (HN25 item 20):
    // none yet, then a failed one, refuse; a later passing one lets it through.
    const QJsonObject approval{{QStringLiteral("note"), QStringLiteral("按约定范围共享")}};
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("provider"), id, "approve", approval)),
             QStringLiteral("rejected/invalid_state"));
    QString error;
    QVERIFY2(concludeReview(*m_probe, QStringLiteral("review-checklist"), QStringLiteral("review-failed"),
                            Request, id, QStringLiteral("conclude_failed"), &error),
             qPrintable(error));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("provider"), id, "approve", approval)),
             QStringLiteral("rejected/invalid_state"));
    QVERIFY2(concludeReview(*m_probe, QStringLiteral("review-checklist"), QStringLiteral("review-passed"),
                            Request, id, QStringLiteral("conclude_conditional"), &error),
             qPrintable(error));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("provider"), id, "approve", approval)),
             QStringLiteral("applied/"));
    const QJsonObject approved = stored(id);
    QCOMPARE(approved.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    QCOMPARE(approved.value(QStringLiteral("decided_on")).toString(), QStringLiteral("2026-09-30"));
    // Delivery within twenty working days of approval: 3 November.
    QCOMPARE(approved.value(QStringLiteral("delivery_due_on")).toString(), QStringLiteral("2026-11-03"));
    QCOMPARE(SharingWorkflow::runningDeadlineField(approved), QStringLiteral("delivery_due_on"));
    QVERIFY(SharingWorkflow::isOverdue(approved, QDate(2026, 11, 4)));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("provider"), id, "deliver")),
             QStringLiteral("rejected/invalid"));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("provider"), id, "deliver",
                                     {{QStringLiteral("note"), QStringLiteral("已开通接口 api/shebao/v1")}})),
             QStringLiteral("applied/"));
    const QJsonObject delivered = stored(id);
    QCOMPARE(delivered.value(QStringLiteral("state")).toString(), QStringLiteral("delivered"));
    QCOMPARE(delivered.value(QStringLiteral("delivered_on")).toString(), QStringLiteral("2026-09-30"));
    QVERIFY(!SharingWorkflow::isOverdue(delivered, QDate(2027, 1, 1)));
}

void TestSharingHub::missingMaterialIsAskedOnceAndRestartsTheClock()
{
    const QString id = QStringLiteral("r-material");
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("requester"), HttpProbe::upsert(Request, id, askFor(m_conditional)))),
             QStringLiteral("applied/"));
    const QJsonObject notice{
        {QStringLiteral("material"), QStringLiteral("1. 数据安全保护措施说明\n2. 使用范围授权文件")}};
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("provider"), id, "request_material", notice)),
             QStringLiteral("applied/"));
    const QJsonObject asked = stored(id);
    QCOMPARE(asked.value(QStringLiteral("state")).toString(), QStringLiteral("material_requested"));
    QCOMPARE(asked.value(QStringLiteral("material_noticed_on")).toString(), QStringLiteral("2026-09-30"));
    QVERIFY(!SharingWorkflow::isOverdue(asked, QDate(2027, 1, 1))); // the requester's turn: no clock runs
    // While material is asked for, the requester may correct the request itself, not its resource.
    QJsonObject corrected = askFor(m_conditional);
    corrected.insert(QStringLiteral("scope"), QStringLiteral("本单位社保待遇审核业务，限两名经办人"));
    QCOMPARE(
        HttpProbe::outcome(push(QStringLiteral("requester"), HttpProbe::upsert(Request, id, corrected, 2))),
        QStringLiteral("applied/"));
    QJsonObject otherResource = corrected;
    otherResource.insert(QStringLiteral("entry_id"), m_unconditional);
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("requester"), HttpProbe::upsert(Request, id, otherResource, 3))),
             QStringLiteral("rejected/invalid"));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("provider"), id, "resubmit",
                                     {{QStringLiteral("supplement"), QStringLiteral("已补")}})),
             QStringLiteral("rejected/forbidden")); // the requester supplies it
    QCOMPARE(HttpProbe::outcome(
                 step(QStringLiteral("requester"), id, "resubmit",
                      {{QStringLiteral("supplement"), QStringLiteral("已补充安全措施说明与授权文件")}})),
             QStringLiteral("applied/"));
    const QJsonObject resubmitted = stored(id);
    QCOMPARE(resubmitted.value(QStringLiteral("state")).toString(), QStringLiteral("submitted"));
    QCOMPARE(resubmitted.value(QStringLiteral("scope")).toString(),
             QStringLiteral("本单位社保待遇审核业务，限两名经办人"));
    QCOMPARE(resubmitted.value(QStringLiteral("reply_due_on")).toString(), QStringLiteral("2026-10-20"));
    // One notice lists everything missing: a second is refused.
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("provider"), id, "request_material", notice)),
             QStringLiteral("rejected/invalid_state"));
    // Nor is a submitted request edited.
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("requester"), HttpProbe::upsert(Request, id, askFor(m_conditional), 4))),
             QStringLiteral("rejected/invalid_state"));
}

void TestSharingHub::eachSideGivesOnlyItsOwnSteps()
{
    const QString id = QStringLiteral("r-sides");
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("requester"), HttpProbe::upsert(Request, id, askFor(m_unconditional)))),
             QStringLiteral("applied/"));
    // The requester does not answer its own request, nor a manager anyone's.
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("requester"), id, "approve")),
             QStringLiteral("rejected/forbidden"));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("manager"), id, "approve")),
             QStringLiteral("rejected/forbidden"));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("provider"), id, "withdraw")),
             QStringLiteral("rejected/forbidden"));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("requester"), id, "withdraw",
                                     {{QStringLiteral("reason"), QStringLiteral("业务调整")}})),
             QStringLiteral("applied/"));
    QCOMPARE(stored(id).value(QStringLiteral("state")).toString(), QStringLiteral("withdrawn"));
    QCOMPARE(HttpProbe::outcome(step(QStringLiteral("provider"), id, "approve")),
             QStringLiteral("rejected/invalid_state"));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("requester"),
                                     HttpProbe::command(Request, id, QStringLiteral("nonsense")))),
             QStringLiteral("rejected/unknown_command"));
}

void TestSharingHub::usesOfDeliveredDataAreRecordedAndKept()
{
    const QString usage = QStringLiteral("sharing_usage");
    const QJsonObject use{{QStringLiteral("request_id"), QStringLiteral("r-conditional")}, // delivered
                          {QStringLiteral("used_on"), QStringLiteral("2026-09-30")},
                          {QStringLiteral("used_by"), QStringLiteral("社会救助核对系统")},
                          {QStringLiteral("purpose"), QStringLiteral("低保家庭经济状况核对")},
                          {QStringLiteral("record_count"), 120}};
    // Only the requesting department records its use, of delivered data, not in the future.
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("provider"), HttpProbe::upsert(usage, QStringLiteral("u-1"), use))),
             QStringLiteral("rejected/forbidden"));
    QJsonObject notDelivered = use;
    notDelivered.insert(QStringLiteral("request_id"), QStringLiteral("r-material"));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("requester"),
                                     HttpProbe::upsert(usage, QStringLiteral("u-1"), notDelivered))),
             QStringLiteral("rejected/invalid_state"));
    QJsonObject tomorrow = use;
    tomorrow.insert(QStringLiteral("used_on"), QStringLiteral("2026-10-01"));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("requester"),
                                     HttpProbe::upsert(usage, QStringLiteral("u-1"), tomorrow))),
             QStringLiteral("rejected/invalid"));
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("requester"), HttpProbe::upsert(usage, QStringLiteral("u-1"), use))),
             QStringLiteral("applied/"));
    SystemClock clock;
    QString error;
    {
        const std::unique_ptr<HubStore> store = HubStore::open(m_database, clock, &error);
        const std::optional<RecordState> recorded = store->record(usage, QStringLiteral("u-1"), false);
        QVERIFY(recorded);
        QCOMPARE(recorded->fields.value(QStringLiteral("recorded_by")).toString(),
                 QStringLiteral("demo-cataloguer"));
        QCOMPARE(recorded->fields.value(QStringLiteral("recorded_on")).toString(),
                 QStringLiteral("2026-09-30"));
    }
    // Kept as written, and kept three years: not even an administrator deletes it before.
    QJsonObject changed = use;
    changed.insert(QStringLiteral("record_count"), 1);
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("requester"),
                                     HttpProbe::upsert(usage, QStringLiteral("u-1"), changed, 1))),
             QStringLiteral("rejected/invalid_state"));
    QJsonObject deletion{{QStringLiteral("op_id"), QStringLiteral("delete-u-1")},
                         {QStringLiteral("entity"), usage},
                         {QStringLiteral("id"), QStringLiteral("u-1")},
                         {QStringLiteral("kind"), QStringLiteral("delete")},
                         {QStringLiteral("base_version"), 1}};
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("requester"), deletion)),
             QStringLiteral("rejected/forbidden"));
    deletion.insert(QStringLiteral("op_id"), QStringLiteral("delete-u-1-admin"));
    const QJsonArray refused = m_probe->push({deletion}, m_tokens.value(QStringLiteral("admin")));
    QCOMPARE(HttpProbe::outcome(refused), QStringLiteral("rejected/invalid_state"));
    QVERIFY(refused.at(0)
                .toObject()
                .value(QStringLiteral("reason"))
                .toString()
                .contains(QStringLiteral("2029-09-30")));
}

void TestSharingHub::aPublishedYearRecountsAProvisionalReply()
{
    // A hub of its own on Monday 21 December 2026: ten working days run into 2027, whose schedule
    // is not published yet, so they are counted Monday to Friday and marked provisional.
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
    const QString admin = probe.login(QStringLiteral("demo-admin"), DemoPassword);
    const QString requester = probe.login(QStringLiteral("demo-cataloguer"), DemoPassword);
    QJsonObject conditional = validCatalogEntry(QStringLiteral("社会保险参保信息"), Provider);
    conditional.insert(QStringLiteral("in_share_catalog"), true);
    conditional.insert(QStringLiteral("share_attribute"), QStringLiteral("有条件共享"));
    conditional.insert(QStringLiteral("share_scope"), QStringLiteral("省直部门"));
    conditional.insert(QStringLiteral("share_purpose"), QStringLiteral("社保待遇核验"));
    for (const QJsonObject& operation : HttpProbe::publishedEntry(QStringLiteral("e"), conditional))
        QCOMPARE(HttpProbe::outcome(probe.push({operation}, admin)), QStringLiteral("applied/"));
    QCOMPARE(
        HttpProbe::outcome(probe.push(
            {HttpProbe::upsert(Request, QStringLiteral("r-year"), askFor(QStringLiteral("e")))}, requester)),
        QStringLiteral("applied/"));
    const auto stored = [&database] {
        SystemClock clock;
        QString failure;
        const std::unique_ptr<HubStore> store = HubStore::open(database, clock, &failure);
        const std::optional<RecordState> record =
            store ? store->record(Request, QStringLiteral("r-year"), false) : std::nullopt;
        return record ? *record : RecordState();
    };
    // 22–25, 28–31 December, then 1 and 4 January counted as working days.
    QCOMPARE(stored().fields.value(QStringLiteral("reply_due_on")).toString(), QStringLiteral("2027-01-04"));
    QVERIFY(stored().fields.value(QStringLiteral("reply_due_provisional")).toBool());

    // The administrator publishes 2027 (元旦 on 1–3 January): the reply is counted again, at once.
    const QString file = dir.filePath(QStringLiteral("2027.json"));
    QVERIFY(writeFile(file, R"({"year": 2027, "source": "国务院办公厅关于2027年部分节假日安排的通知（测试）",
        "issued_on": "2026-11-10", "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}],
        "workdays": []})"));
    QByteArray output;
    QCOMPARE(HubProcess::run({QStringLiteral("calendar"), QStringLiteral("publish"), file,
                              QStringLiteral("--database"), database},
                             &output, december.now()),
             0);
    QVERIFY2(output.contains("deadline_recomputed") && output.contains("r-year"), output.constData());
    const RecordState recounted = stored();
    QCOMPARE(recounted.fields.value(QStringLiteral("reply_due_on")).toString(), QStringLiteral("2027-01-05"));
    QVERIFY(!recounted.fields.value(QStringLiteral("reply_due_provisional")).toBool(true));
    QVERIFY(recounted.version > 1); // a new version: desktops receive it at their next pull
}

QTEST_GUILESS_MAIN(TestSharingHub)
#include "tst_sharinghub.moc"
