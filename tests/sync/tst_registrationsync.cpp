// Registration steps through a real hub over TLS: the hub starts an application's clock with its
// own calendar, decides every step with the shared workflow, and refuses an illegal step that an
// offline reviewer took on stale information. The hub and the desktops share one clock, set in
// December: formal review runs into a year whose schedule is not loaded yet (暂定) until the hub
// publishes it.
#include "models/audit/AuditTrail.h"
#include "models/calendar/CalendarRepository.h"
#include "models/common/Clock.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/RecordWriter.h"
#include "models/journal/SyncLedger.h"
#include "models/registration/RegistrationQueueModel.h"
#include "models/registration/RegistrationRepository.h"
#include "models/registration/RegistrationVocabulary.h"
#include "models/registration/RegistrationWorkflow.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TestDesktop.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Monday 2026-12-21, 09:00 in China: 20 working days from here run into 2027.
xs::ManualClock TestClock(xs::ManualClock::chinaMorning(QDate(2026, 12, 21)));
} // namespace

using namespace xs;
using namespace xs::test;

namespace {

const QString Password = xs::test::DemoPassword;
const QString Entity = RegistrationWorkflow::Entity;

QString field(const std::optional<RecordState>& record, const char* name)
{
    return record ? record->fields.value(QLatin1String(name)).toString() : QStringLiteral("<missing>");
}

} // namespace

class TestRegistrationSync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void hubDecidesEveryStep();
    void hubRefusesAnIllegalStepFromAnOfflineReviewer();
    void hubRefusesStepsOutsideTheReviewersRole();
    void publishedYearSettlesProvisionalDeadlinesEverywhere();
    void stepsNeverGrowARecordPastWhatDesktopsStore();
    void hubCancelsWhatWasNotRenewedByExpiry();
    void amendmentsActOnTheRegistrationTheyName();
    void publishedRulesReachEveryDesktopAndRunningDeadlinesKeepTheirs();

private:
    std::unique_ptr<TestDesktop> desktop(const QString& user);
    /// An application of fields' type (first unless they say), its materials delivered (or none
    /// of them), the fields given over the usual ones; the desktop's error.
    DatabaseError createApplication(TestDesktop& reviewer, const QString& id, const QJsonObject& fields,
                                    bool complete = true);
    QString enterApplication(TestDesktop& reviewer, bool complete = true);
    /// A change, correction or cancellation registration of `registration`; the desktop's error.
    DatabaseError enterAmendment(TestDesktop& reviewer, const QString& id, const QString& type,
                                 const QString& registration, const QJsonObject& changes = {});
    DatabaseError step(TestDesktop& reviewer, const QString& id, const QString& command,
                       const QJsonObject& arguments = {}, Role role = Role::Reviewer);

    QTemporaryDir m_dir;
    QString m_hubDatabase;
    std::unique_ptr<HubProcess> m_hub;
    int m_desktops = 0;
};

void TestRegistrationSync::init()
{
    TestClock.set(ManualClock::chinaMorning(QDate(2026, 12, 21))); // a test may have moved it
    m_hubDatabase = m_dir.filePath(QStringLiteral("hub-%1.db").arg(QTest::currentTestFunction()));
    const QString& hubDatabase = m_hubDatabase;
    QByteArray output;
    QCOMPARE(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), hubDatabase}, &output,
                             TestClock.now()),
             0);
    m_hub = std::make_unique<HubProcess>(m_dir.path());
    m_hub->setClockStart(TestClock.now());
    QVERIFY2(m_hub->start(hubDatabase), m_hub->log().constData());
}

void TestRegistrationSync::cleanup()
{
    m_hub.reset();
}

std::unique_ptr<TestDesktop> TestRegistrationSync::desktop(const QString& user)
{
    auto result = std::make_unique<TestDesktop>(
        m_dir.filePath(
            QStringLiteral("%1-%2-%3.db").arg(user).arg(++m_desktops).arg(QTest::currentTestFunction())),
        *m_hub, user, Password, &TestClock);
    if (!result->isReady())
        qWarning("desktop %s: %s", qPrintable(user), qPrintable(result->error()));
    return result;
}

DatabaseError TestRegistrationSync::createApplication(TestDesktop& reviewer, const QString& id,
                                                      const QJsonObject& fields, bool complete)
{
    RegistrationRepository repository(reviewer.database().connection(), QStringLiteral("demo-reviewer"),
                                      TestClock);
    const QString type = fields.value(QStringLiteral("type")).toString(QStringLiteral("first"));
    QJsonObject materials;
    for (const QString& material : RegistrationVocabulary::materialsFor(type))
        materials.insert(material, complete);
    QJsonObject application{
        {QStringLiteral("number"), QStringLiteral("HN-DJ-") + id.right(8)},
        {QStringLiteral("type"), type},
        {QStringLiteral("data_name"), QStringLiteral("全省不动产登记信息")},
        {QStringLiteral("applicants"),
         QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("department")},
                                {QStringLiteral("name"), QStringLiteral("湖南省自然资源厅")}}}},
        {QStringLiteral("materials"), materials}};
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        application.insert(it.key(), it.value());
    return repository.create(
        id, application,
        repository.contextFor(Role::Reviewer, repository.calendar(), repository.deadlineRules()));
}

QString TestRegistrationSync::enterApplication(TestDesktop& reviewer, bool complete)
{
    const QString id = ChangeJournal::newId(TestClock);
    if (const DatabaseError error = createApplication(reviewer, id, {}, complete); error.isError())
        qWarning("create: %s", qPrintable(error.fullText()));
    return id;
}

DatabaseError TestRegistrationSync::enterAmendment(TestDesktop& reviewer, const QString& id,
                                                   const QString& type, const QString& registration,
                                                   const QJsonObject& changes)
{
    QJsonObject fields{{QStringLiteral("number"), QStringLiteral("HN-BG-") + id.right(8)},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("related_registration_id"), registration}};
    if (!changes.isEmpty())
        fields.insert(QStringLiteral("changes"), QString::fromUtf8(QJsonDocument(changes).toJson()));
    return createApplication(reviewer, id, fields);
}

DatabaseError TestRegistrationSync::step(TestDesktop& reviewer, const QString& id, const QString& command,
                                         const QJsonObject& arguments, Role role)
{
    RegistrationRepository repository(reviewer.database().connection(), QStringLiteral("demo-reviewer"),
                                      TestClock);
    const WorkingCalendar calendar = repository.calendar();
    const DeadlineRules rules = repository.deadlineRules();
    return repository.step(id, command, arguments, repository.contextFor(role, calendar, rules));
}

void TestRegistrationSync::hubDecidesEveryStep()
{
    auto reviewer = desktop(QStringLiteral("demo-reviewer"));
    QVERIFY(reviewer->isReady());
    const QString id = enterApplication(*reviewer);
    const SyncEngine::Summary created = reviewer->sync();
    QVERIFY2(!created.error.isError(), qPrintable(created.error.detail()));
    QCOMPARE(created.rejected, 0);
    const std::optional<RecordState> onHub = reviewer->record(Entity, id);
    QVERIFY(onHub && onHub->version == 1);
    QCOMPARE(field(onHub, "state"), QStringLiteral("submitted"));
    QVERIFY(!field(onHub, "step_deadline").isEmpty()); // set by the hub's calendar

    QVERIFY(!step(*reviewer, id, QStringLiteral("accept")).isError());
    QVERIFY(!step(*reviewer, id, QStringLiteral("comment"),
                  {{QStringLiteral("text"), QStringLiteral("材料齐全")}})
                 .isError());
    const SyncEngine::Summary accepted = reviewer->sync();
    QCOMPARE(accepted.rejected, 0);
    const std::optional<RecordState> reviewed = reviewer->record(Entity, id);
    QCOMPARE(field(reviewed, "state"), QStringLiteral("under_review"));
    const QJsonArray events = QJsonDocument::fromJson(field(reviewed, "events").toUtf8()).array();
    QCOMPARE(events.size(), 3); // submit, accept, comment: the hub's timeline
    QCOMPARE(events.last().toObject().value(QStringLiteral("by")).toString(),
             QStringLiteral("demo-reviewer"));
}

void TestRegistrationSync::hubRefusesAnIllegalStepFromAnOfflineReviewer()
{
    auto a = desktop(QStringLiteral("demo-reviewer"));
    auto b = desktop(QStringLiteral("demo-admin"));
    const QString id = enterApplication(*a, false);
    QCOMPARE(a->sync().rejected, 0);
    QVERIFY(!b->sync().error.isError());
    QCOMPARE(field(b->record(Entity, id), "state"), QStringLiteral("submitted"));

    // Both work offline. A sends the one-time notice of missing materials; B, not knowing, refuses
    // the application. Each is a proposal shown at once on its own desktop.
    QVERIFY(!step(*a, id, QStringLiteral("request_materials"),
                  {{QStringLiteral("missing"), QJsonArray{QStringLiteral("scenarios")}}})
                 .isError());
    QVERIFY(!step(*b, id, QStringLiteral("refuse"),
                  {{QStringLiteral("reason"), QStringLiteral("不属于登记范围")}}, Role::Admin)
                 .isError());
    QCOMPARE(field(b->record(Entity, id), "state"), QStringLiteral("not_accepted"));

    const SyncEngine::Summary first = a->sync();
    QVERIFY2(!first.error.isError(), qPrintable(first.error.detail()));
    QCOMPARE(first.pushed, 1);
    QCOMPARE(first.rejected, 0);
    const SyncEngine::Summary late = b->sync();
    QCOMPARE(late.rejected, 1);
    // B's desktop returns to the hub's state and keeps the reason for its user.
    QCOMPARE(field(b->record(Entity, id), "state"), QStringLiteral("awaiting_materials"));
    const QList<QueuedOperation> rejected =
        SyncLedger(b->database().connection()).operations(QStringLiteral("rejected"));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.constFirst().reasonCode, QStringLiteral("invalid_state"));
    QVERIFY(!rejected.constFirst().lastError.isEmpty());
}

void TestRegistrationSync::hubRefusesStepsOutsideTheReviewersRole()
{
    auto reviewer = desktop(QStringLiteral("demo-reviewer"));
    auto cataloguer = desktop(QStringLiteral("demo-cataloguer"));
    const QString id = enterApplication(*reviewer);
    QCOMPARE(reviewer->sync().rejected, 0);
    QVERIFY(!cataloguer->sync().error.isError());
    // The desktop's own check refuses too; the journal is written directly here, as a modified
    // or outdated client would.
    QVERIFY(step(*cataloguer, id, QStringLiteral("accept"), {}, Role::Cataloguer).isError());
    QVERIFY(!cataloguer->journal()
                 .command(Entity, id, QStringLiteral("accept"), {},
                          {{QStringLiteral("state"), QStringLiteral("under_review")}})
                 .isError());
    // Nor may anyone set a procedure field by editing the record.
    QVERIFY(
        !reviewer->journal()
             .upsert(Entity, id, {{QStringLiteral("registration_code"), QStringLiteral("43202699999999")}})
             .isError());
    // A new application that brings its own code gets none: the hub sets the procedure's fields.
    const QString forged = ChangeJournal::newId(TestClock);
    QVERIFY(!reviewer->journal()
                 .upsert(Entity, forged,
                         {{QStringLiteral("type"), QStringLiteral("first")},
                          {QStringLiteral("data_name"), QStringLiteral("自带查询码的申请")},
                          {QStringLiteral("applicants"),
                           QStringLiteral(R"([{"kind":"operator","name":"某公司"}])")},
                          {QStringLiteral("state"), QStringLiteral("registered")},
                          {QStringLiteral("registration_code"), QStringLiteral("43202600000001")}})
                 .isError());
    QCOMPARE(cataloguer->sync().rejected, 1);
    QCOMPARE(reviewer->sync().rejected, 1);
    QCOMPARE(field(cataloguer->record(Entity, id), "state"), QStringLiteral("submitted"));
    QVERIFY(reviewer->record(Entity, id)->fields.value(QStringLiteral("registration_code")).isNull());
    QCOMPARE(field(reviewer->record(Entity, forged), "state"), QStringLiteral("submitted"));
    QVERIFY(reviewer->record(Entity, forged)->fields.value(QStringLiteral("registration_code")).isNull());
    QCOMPARE(SyncLedger(cataloguer->database().connection())
                 .operations(QStringLiteral("rejected"))
                 .constFirst()
                 .reasonCode,
             QStringLiteral("forbidden"));
}

void TestRegistrationSync::publishedYearSettlesProvisionalDeadlinesEverywhere()
{
    auto reviewer = desktop(QStringLiteral("demo-reviewer"));
    QVERIFY(reviewer->isReady());
    QVERIFY(!CalendarRepository(reviewer->database().connection()).load().knows(QDate(2027, 3, 1)));
    // Accepted on 2026-12-21: 20 WD, 2027 counted Monday to Friday. Neither side refuses it.
    const QString id = enterApplication(*reviewer);
    QCOMPARE(reviewer->sync().rejected, 0);
    QVERIFY(!step(*reviewer, id, QStringLiteral("accept")).isError());
    QCOMPARE(reviewer->sync().rejected, 0);
    std::optional<RecordState> accepted = reviewer->record(Entity, id);
    QCOMPARE(field(accepted, "state"), QStringLiteral("under_review"));
    QCOMPARE(field(accepted, "step_deadline"), QStringLiteral("2027-01-18"));
    QCOMPARE(accepted->fields.value(QStringLiteral("deadline_provisional")).toBool(), true);

    // The State Council publishes 2027 (元旦 on 1–3 January); the hub's administrator publishes it.
    const QString file = m_dir.filePath(QStringLiteral("2027.json"));
    QVERIFY(test::writeFile(file,
                            R"({"year": 2027, "source": "国务院办公厅关于2027年部分节假日安排的通知（测试）",
        "issued_on": "2026-11-10", "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}],
        "workdays": []})"));
    QByteArray output;
    QCOMPARE(HubProcess::run({QStringLiteral("calendar"), QStringLiteral("publish"), file,
                              QStringLiteral("--database"), m_hubDatabase},
                             &output, TestClock.now()),
             0);
    QVERIFY2(output.contains("deadline_recomputed") && output.contains(id.toLatin1()), output.constData());
    // A file that is not a schedule is refused and publishes nothing.
    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(test::writeFile(broken, R"({"year": 2028, "holidays": "none"})"));
    QVERIFY(HubProcess::run({QStringLiteral("calendar"), QStringLiteral("publish"), broken,
                             QStringLiteral("--database"), m_hubDatabase},
                            &output, TestClock.now()) != 0);

    // The desktop receives the year and the recomputed deadline (the demo's provisional ones too).
    const SyncEngine::Summary pulled = reviewer->sync();
    QVERIFY2(!pulled.error.isError(), qPrintable(pulled.error.detail()));
    QVERIFY(pulled.pulled >= 2);
    const WorkingCalendar calendar = CalendarRepository(reviewer->database().connection()).load();
    QCOMPARE(calendar.workdaysBetween(QDate(2026, 12, 31), QDate(2027, 1, 8)), (WorkdayCount{5, false}));
    QVERIFY(!calendar.knows(QDate(2028, 1, 1)));
    const std::optional<RecordState> settled = reviewer->record(Entity, id);
    QCOMPARE(field(settled, "step_deadline"), QStringLiteral("2027-01-19"));
    QCOMPARE(settled->fields.value(QStringLiteral("deadline_provisional")).toBool(true), false);
    QCOMPARE(field(settled, "deadline_moved_from"), QStringLiteral("2027-01-18"));
    const QJsonObject event =
        QJsonDocument::fromJson(field(settled, "events").toUtf8()).array().last().toObject();
    QCOMPARE(event.value(QStringLiteral("action")).toString(), RegistrationWorkflow::RecomputeDeadline);

    // The desktop's audit trail keeps the move with both dates, and its chain holds.
    QSqlQuery trail(reviewer->database().connection());
    trail.prepare(QStringLiteral("SELECT old_value, new_value, origin FROM audit_log WHERE entity = ? AND "
                                 "record_id = ? AND field = 'step_deadline' ORDER BY seq DESC LIMIT 1"));
    trail.addBindValue(Entity);
    trail.addBindValue(id);
    QVERIFY(trail.exec() && trail.next());
    QCOMPARE(trail.value(0).toString(), QStringLiteral("2027-01-18"));
    QCOMPARE(trail.value(1).toString(), QStringLiteral("2027-01-19"));
    QCOMPARE(trail.value(2).toString(), QStringLiteral("hub"));
    trail.finish();
    DatabaseError verifyError;
    QVERIFY(AuditTrail(reviewer->database().connection()).verify(&verifyError).intact());

    // The queue marks the deadline that moved.
    RegistrationQueueModel queue(reviewer->database().connection(), calendar);
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QueueFilter filter;
    filter.today = TestClock.today();
    queue.setFilter(filter);
    while (queue.rowOf(id) < 0 && queue.canFetchMore({}))
        queue.fetchMore({});
    const QModelIndex deadline = queue.index(queue.rowOf(id), RegistrationQueueModel::DeadlineColumn);
    QCOMPARE(deadline.data(RegistrationQueueModel::MovedFromRole).toDate(), QDate(2027, 1, 18));
    QCOMPARE(deadline.data(RegistrationQueueModel::ProvisionalRole).toBool(), false);
    QVERIFY2(deadline.data().toString().startsWith(QStringLiteral("2027-01-19 ")),
             qPrintable(deadline.data().toString()));
    QVERIFY(deadline.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2027-01-18")));
}

void TestRegistrationSync::stepsNeverGrowARecordPastWhatDesktopsStore()
{
    // Finding 7: a step's arguments were stored unchecked (a reason into decision_reason, every
    // argument into the timeline), so one modified client could store a registration no desktop
    // could apply, and every desktop's sync stopped at it.
    auto reviewer = desktop(QStringLiteral("demo-reviewer"));
    const QString id = enterApplication(*reviewer);
    QCOMPARE(reviewer->sync().rejected, 0);
    // The desktop's own check refuses what the timeline cannot keep.
    QVERIFY(step(*reviewer, id, QStringLiteral("comment"), {{QStringLiteral("text"), QString(2001, u'评')}})
                .isError());
    // Written straight to the journal, as a modified client would, the hub refuses each.
    QVERIFY(!reviewer->journal()
                 .command(Entity, id, QStringLiteral("comment"),
                          {{QStringLiteral("text"), QString(5000, u'评')}}, {})
                 .isError());
    QCOMPARE(reviewer->sync().rejected, 1);
    QVERIFY(!reviewer->journal()
                 .command(Entity, id, QStringLiteral("accept"),
                          {{QStringLiteral("payload"), QString(100, u'x')}},
                          {{QStringLiteral("state"), QStringLiteral("under_review")}})
                 .isError());
    QCOMPARE(reviewer->sync().rejected, 2); // both kept for the user
    const QList<QueuedOperation> rejected =
        SyncLedger(reviewer->database().connection()).operations(QStringLiteral("rejected"));
    QCOMPARE(rejected.size(), 2);
    for (const QueuedOperation& operation : rejected)
        QCOMPARE(operation.reasonCode, QStringLiteral("invalid"));
    QCOMPARE(field(reviewer->record(Entity, id), "state"), QStringLiteral("submitted"));

    // Many allowed comments: the oldest timeline events give way, the record stays storable.
    for (int i = 0; i < 12; ++i)
        QVERIFY(!step(*reviewer, id, QStringLiteral("comment"),
                      {{QStringLiteral("text"), QString(1900, QChar(u'一' + i))}})
                     .isError());
    const SyncEngine::Summary comments = reviewer->sync();
    QCOMPARE(comments.rejected, 2); // the two above, nothing new
    const QString events = field(reviewer->record(Entity, id), "events");
    QVERIFY(events.size() <= 16000);
    QVERIFY(events.contains(QString(1900, QChar(u'一' + 11))));
    QVERIFY(!events.contains(QString(1900, QChar(u'一'))));
    auto other = desktop(QStringLiteral("demo-admin"));
    const SyncEngine::Summary fresh = other->sync();
    QVERIFY2(!fresh.error.isError(), qPrintable(fresh.error.detail()));
    QCOMPARE(fresh.quarantined, 0);
    QCOMPARE(field(other->record(Entity, id), "events"), events);
}

QTEST_GUILESS_MAIN(TestRegistrationSync)
#include "tst_registrationsync.moc"

void TestRegistrationSync::hubCancelsWhatWasNotRenewedByExpiry()
{
    // Nothing registered is past its expiry on the hub (the demo's lapsed registrations are cancelled).
    auto first = desktop(QStringLiteral("demo-reviewer"));
    QVERIFY(first->isReady());
    QVERIFY(!first->sync().error.isError());
    QSqlQuery query(first->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM registration WHERE state = 'expired' OR "
                                      "(state = 'registered' AND expires_on < '2026-12-21')")) &&
            query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.exec(QStringLiteral("SELECT id, expires_on FROM registration WHERE state = 'registered' "
                                      "ORDER BY expires_on, id LIMIT 1")) &&
            query.next());
    const QString id = query.value(0).toString();
    const QDate expires = query.value(1).toDate();
    query.finish();
    QVERIFY(expires.isValid());

    // On its expiry day it is still valid; on the next day the hub cancels it by itself, with the
    // reason and a timeline event, and every desktop receives that at its next sync.
    m_hub->stop();
    m_hub->setClockStart(ManualClock::chinaMorning(expires));
    QVERIFY2(m_hub->start(m_hubDatabase), m_hub->log().constData());
    auto onExpiryDay = desktop(QStringLiteral("demo-reviewer"));
    QVERIFY(onExpiryDay->isReady());
    QVERIFY(!onExpiryDay->sync().error.isError());
    QCOMPARE(field(onExpiryDay->record(Entity, id), "state"), QStringLiteral("registered"));

    m_hub->stop();
    m_hub->setClockStart(ManualClock::chinaMorning(expires.addDays(1)));
    QVERIFY2(m_hub->start(m_hubDatabase), m_hub->log().constData());
    auto dayAfter = desktop(QStringLiteral("demo-reviewer"));
    QVERIFY(dayAfter->isReady());
    QVERIFY(!dayAfter->sync().error.isError());
    const std::optional<RecordState> lapsed = dayAfter->record(Entity, id);
    QCOMPARE(field(lapsed, "state"), QStringLiteral("cancelled"));
    QVERIFY(field(lapsed, "decision_reason").contains(expires.toString(Qt::ISODate)));
    QCOMPARE(lapsed->updatedBy, QStringLiteral("xiangshu-hub"));
    const QJsonObject event =
        QJsonDocument::fromJson(field(lapsed, "events").toUtf8()).array().last().toObject();
    QCOMPARE(event.value(QStringLiteral("action")).toString(), RegistrationWorkflow::Lapse);
    QCOMPARE(event.value(QStringLiteral("by")).toString(), QStringLiteral("xiangshu-hub"));
    QVERIFY2(m_hub->log().contains("registration_lapsed") && m_hub->log().contains(id.toLatin1()),
             m_hub->log().right(2000).constData());
}

void TestRegistrationSync::amendmentsActOnTheRegistrationTheyName()
{
    auto reviewer = desktop(QStringLiteral("demo-reviewer"));
    QVERIFY(reviewer->isReady());
    QVERIFY(!reviewer->sync().error.isError());
    QSqlQuery query(reviewer->database().connection());
    // Two registrations valid well past the test's dates that no open application names yet.
    QVERIFY(query.exec(QStringLiteral(
        "SELECT id, summary, registration_code, expires_on FROM registration r WHERE state = 'registered' "
        "AND NOT EXISTS (SELECT 1 FROM registration a WHERE a.related_registration_id = r.id) "
        "ORDER BY expires_on DESC, id LIMIT 2")));
    QVERIFY(query.next());
    const QString changed = query.value(0).toString();
    const QString oldSummary = query.value(1).toString();
    const QString code = query.value(2).toString();
    QVERIFY(query.next());
    const QString ended = query.value(0).toString();
    const QString endedSummary = query.value(1).toString();
    QVERIFY(query.value(3).toDate() > QDate(2027, 2, 1));
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM registration WHERE state = 'cancelled' LIMIT 1")) &&
            query.next());
    const QString gone = query.value(0).toString();
    query.finish();

    // A change of one registration; a second one while it is open, a change of a cancelled
    // registration and a change that changes nothing are refused at once, as the hub would.
    const QString change = ChangeJournal::newId(TestClock);
    const QJsonObject newSummary{{QStringLiteral("summary"), QStringLiteral("新增 2026 年分支机构数据。")}};
    QVERIFY(!enterAmendment(*reviewer, change, QStringLiteral("change"), changed, newSummary).isError());
    QVERIFY(enterAmendment(*reviewer, ChangeJournal::newId(TestClock), QStringLiteral("correction"), changed,
                           {{QStringLiteral("data_name"), QStringLiteral("另一个名称")}})
                .isError());
    QVERIFY(
        enterAmendment(*reviewer, ChangeJournal::newId(TestClock), QStringLiteral("change"), gone, newSummary)
            .isError());
    QVERIFY(enterAmendment(*reviewer, ChangeJournal::newId(TestClock), QStringLiteral("change"), ended,
                           {{QStringLiteral("summary"), endedSummary}})
                .isError());
    // A first registration names an agreement that exists, or none.
    QVERIFY(createApplication(*reviewer, ChangeJournal::newId(TestClock),
                              {{QStringLiteral("agreement_id"), QStringLiteral("no-such-agreement")}})
                .isError());
    // A cancellation of another: approved without public notice, it ends that registration today.
    const QString cancellation = ChangeJournal::newId(TestClock);
    QVERIFY(!enterAmendment(*reviewer, cancellation, QStringLiteral("cancellation"), ended).isError());
    QCOMPARE(reviewer->sync().rejected, 0);
    for (const QString& command : {QStringLiteral("accept"), QStringLiteral("approve")}) {
        QVERIFY(!step(*reviewer, change, command).isError());
        QVERIFY(!step(*reviewer, cancellation, command).isError());
    }
    QCOMPARE(reviewer->sync().rejected, 0);
    QCOMPARE(field(reviewer->record(Entity, cancellation), "state"), QStringLiteral("cancelled"));
    QCOMPARE(field(reviewer->record(Entity, cancellation), "applied_on"), QStringLiteral("2026-12-21"));
    const std::optional<RecordState> endedNow = reviewer->record(Entity, ended);
    QCOMPARE(field(endedNow, "state"), QStringLiteral("cancelled"));
    QCOMPARE(field(endedNow, "expires_on"), QStringLiteral("2026-12-21"));
    QVERIFY(field(endedNow, "decision_reason").contains(QStringLiteral("HN-BG-")));
    // Nobody writes a change into a registration by hand: the step is the hub's.
    QVERIFY(step(*reviewer, changed, RegistrationWorkflow::Amend,
                 {{QStringLiteral("amendment"), change},
                  {QStringLiteral("number"), QStringLiteral("伪造")},
                  {QStringLiteral("changes"), QStringLiteral("{\"summary\":\"伪造\"}")}},
                 Role::Admin)
                .isError());

    // The public notice runs ten working days; a month later the change is coded, and the hub
    // writes it into the registration.
    m_hub->stop();
    TestClock.set(ManualClock::chinaMorning(QDate(2027, 1, 20)));
    m_hub->setClockStart(TestClock.now());
    QVERIFY2(m_hub->start(m_hubDatabase), m_hub->log().constData());
    auto later = desktop(QStringLiteral("demo-reviewer"));
    QVERIFY(later->isReady());
    QVERIFY(!later->sync().error.isError());
    QCOMPARE(field(later->record(Entity, changed), "summary"), oldSummary); // not before it completes
    QVERIFY(!step(*later, change, QStringLiteral("close_notice")).isError());
    QVERIFY(!step(*later, change, QStringLiteral("issue_code")).isError());
    const SyncEngine::Summary coded = later->sync();
    QCOMPARE(coded.rejected, 0);
    const std::optional<RecordState> amended = later->record(Entity, changed);
    QCOMPARE(field(amended, "summary"), newSummary.value(QStringLiteral("summary")).toString());
    QCOMPARE(field(amended, "state"), QStringLiteral("registered"));
    const QJsonObject event =
        QJsonDocument::fromJson(field(amended, "events").toUtf8()).array().last().toObject();
    QCOMPARE(event.value(QStringLiteral("action")).toString(), RegistrationWorkflow::Amend);
    QCOMPARE(event.value(QStringLiteral("arguments"))
                 .toObject()
                 .value(QStringLiteral("before"))
                 .toObject()
                 .value(QStringLiteral("summary"))
                 .toString(),
             oldSummary);
    const std::optional<RecordState> applied = later->record(Entity, change);
    QCOMPARE(field(applied, "state"), QStringLiteral("applied"));
    QCOMPARE(field(applied, "registration_code"), code);
    QCOMPARE(field(applied, "applied_on"), QStringLiteral("2027-01-20"));
    QVERIFY(m_hub->log().contains("registration_amended"));
    // The desktop's audit trail keeps the old summary beside the new one, from the hub.
    QSqlQuery trail(later->database().connection());
    trail.prepare(QStringLiteral("SELECT old_value, new_value, origin FROM audit_log WHERE entity = ? AND "
                                 "record_id = ? AND field = 'summary' ORDER BY seq DESC LIMIT 1"));
    trail.addBindValue(Entity);
    trail.addBindValue(changed);
    QVERIFY(trail.exec() && trail.next());
    QCOMPARE(trail.value(0).toString(), oldSummary);
    QCOMPARE(trail.value(2).toString(), QStringLiteral("hub"));
}

void TestRegistrationSync::publishedRulesReachEveryDesktopAndRunningDeadlinesKeepTheirs()
{
    auto reviewer = desktop(QStringLiteral("demo-reviewer"));
    QVERIFY(reviewer->isReady());
    const QString running = enterApplication(*reviewer);
    QVERIFY(!step(*reviewer, running, QStringLiteral("accept")).isError());
    QCOMPARE(reviewer->sync().rejected, 0);
    const QString before = field(reviewer->record(Entity, running), "step_deadline");

    // The administrator shortens formal review to 15 working days, as Hunan may.
    const DeadlineRule fifteen{DeadlineRules::FormalReview, 15, DeadlineRule::Unit::WorkingDays,
                               QStringLiteral("湖南省公共数据资源登记实施细则（测试）")};
    auto admin = desktop(QStringLiteral("demo-admin"));
    QVERIFY(admin->isReady());
    {
        ChangeJournal journal(admin->database().connection(), QStringLiteral("demo-admin"), TestClock);
        RecordWriter writer(admin->database().connection(), journal);
        QVERIFY(!writer
                     .save(Principal{QStringLiteral("demo-admin"), Role::Admin, {}}, DeadlineRule::Entity,
                           DeadlineRule::recordId(fifteen.step), fifteen.toRecordFields())
                     .isError());
    }
    QCOMPARE(admin->sync().rejected, 0);
    // A reviewer may not: refused on the desktop before it could reach the hub.
    {
        ChangeJournal journal(reviewer->database().connection(), QStringLiteral("demo-reviewer"), TestClock);
        RecordWriter writer(reviewer->database().connection(), journal);
        QVERIFY(writer
                    .save(Principal{QStringLiteral("demo-reviewer"), Role::Reviewer, {}},
                          DeadlineRule::Entity, DeadlineRule::recordId(fifteen.step),
                          DeadlineRule{DeadlineRules::FormalReview, 5, DeadlineRule::Unit::WorkingDays,
                                       QStringLiteral("x")}
                              .toRecordFields())
                    .isError());
    }

    QVERIFY(!reviewer->sync().error.isError());
    const std::optional<RecordState> rule =
        reviewer->record(DeadlineRule::Entity, DeadlineRule::recordId(fifteen.step));
    QVERIFY(rule && rule->version >= 1);
    QCOMPARE(rule->updatedBy, QStringLiteral("demo-admin"));
    RegistrationRepository repository(reviewer->database().connection(), QStringLiteral("demo-reviewer"),
                                      TestClock);
    QCOMPARE(repository.deadlineRules().rule(DeadlineRules::FormalReview).value, 15);
    // The review already running keeps its 20 days; one accepted now gets 15.
    QCOMPARE(field(reviewer->record(Entity, running), "step_deadline"), before);
    QCOMPARE(reviewer->record(Entity, running)->fields.value(QStringLiteral("deadline_workdays")).toInt(),
             20);
    const QString fresh = enterApplication(*reviewer);
    QCOMPARE(reviewer->sync().rejected, 0);
    QVERIFY(!step(*reviewer, fresh, QStringLiteral("accept")).isError());
    QCOMPARE(reviewer->sync().rejected, 0);
    QCOMPARE(reviewer->record(Entity, fresh)->fields.value(QStringLiteral("deadline_workdays")).toInt(), 15);
}
