// Registration steps through a real hub over TLS: the hub starts an application's clock with its
// own calendar, decides every step with the shared workflow, and refuses an illegal step that an
// offline reviewer took on stale information.
#include "models/calendar/CalendarRepository.h"
#include "models/journal/SyncLedger.h"
#include "models/registration/RegistrationRepository.h"
#include "models/registration/RegistrationVocabulary.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TestDesktop.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;
using namespace xs::test;

namespace {

const QString Password = QStringLiteral("xiangshu-demo-2026");
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
    void calendarPublishedByTheHubReachesDesktops();

private:
    std::unique_ptr<TestDesktop> desktop(const QString& user);
    QString enterApplication(TestDesktop& reviewer, bool complete = true);
    DatabaseError step(TestDesktop& reviewer, const QString& id, const QString& command,
                       const QJsonObject& arguments = {}, Role role = Role::Reviewer);

    QTemporaryDir m_dir;
    QString m_hubDatabase;
    std::unique_ptr<HubProcess> m_hub;
    int m_desktops = 0;
};

void TestRegistrationSync::init()
{
    m_hubDatabase = m_dir.filePath(QStringLiteral("hub-%1.db").arg(QTest::currentTestFunction()));
    const QString& hubDatabase = m_hubDatabase;
    QByteArray output;
    QCOMPARE(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), hubDatabase}, &output),
             0);
    m_hub = std::make_unique<HubProcess>(m_dir.path());
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
        *m_hub, user, Password);
    if (!result->isReady())
        qWarning("desktop %s: %s", qPrintable(user), qPrintable(result->error()));
    return result;
}

QString TestRegistrationSync::enterApplication(TestDesktop& reviewer, bool complete)
{
    RegistrationRepository repository(reviewer.database().connection(), QStringLiteral("demo-reviewer"));
    const WorkingCalendar calendar = repository.calendar();
    const DeadlineRules rules = repository.deadlineRules();
    QJsonObject materials;
    for (const QString& material : RegistrationVocabulary::materialsFor(QStringLiteral("first")))
        materials.insert(material, complete);
    const QString id = ChangeJournal::newId();
    const DatabaseError error = repository.create(
        id,
        {{QStringLiteral("number"), QStringLiteral("HN-DJ-0001")},
         {QStringLiteral("type"), QStringLiteral("first")},
         {QStringLiteral("data_name"), QStringLiteral("全省不动产登记信息")},
         {QStringLiteral("applicants"),
          QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("department")},
                                 {QStringLiteral("name"), QStringLiteral("湖南省自然资源厅")}}}},
         {QStringLiteral("materials"), materials}},
        repository.contextFor(Role::Reviewer, QDate::currentDate(), calendar, rules));
    if (error.isError())
        qWarning("create: %s", qPrintable(error.fullText()));
    return id;
}

DatabaseError TestRegistrationSync::step(TestDesktop& reviewer, const QString& id, const QString& command,
                                         const QJsonObject& arguments, Role role)
{
    RegistrationRepository repository(reviewer.database().connection(), QStringLiteral("demo-reviewer"));
    const WorkingCalendar calendar = repository.calendar();
    const DeadlineRules rules = repository.deadlineRules();
    return repository.step(id, command, arguments,
                           repository.contextFor(role, QDate::currentDate(), calendar, rules));
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
    const QString forged = ChangeJournal::newId();
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

void TestRegistrationSync::calendarPublishedByTheHubReachesDesktops()
{
    auto reviewer = desktop(QStringLiteral("demo-reviewer"));
    QVERIFY(!reviewer->sync().error.isError());
    QVERIFY(!CalendarRepository(reviewer->database().connection()).load().knows(QDate(2027, 3, 1)));

    // The State Council publishes next year's schedule; the hub's administrator publishes it.
    const QString file = m_dir.filePath(QStringLiteral("2027.json"));
    QVERIFY(test::writeFile(file,
                            R"({"year": 2027, "source": "国务院办公厅关于2027年部分节假日安排的通知（测试）",
        "issued_on": "2026-11-10", "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}],
        "workdays": [{"date": "2027-01-09", "for": "元旦"}]})"));
    QByteArray output;
    QCOMPARE(HubProcess::run({QStringLiteral("calendar"), QStringLiteral("publish"), file,
                              QStringLiteral("--database"), m_hubDatabase},
                             &output),
             0);
    // A file that is not a schedule is refused and publishes nothing.
    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(test::writeFile(broken, R"({"year": 2028, "holidays": "none"})"));
    QVERIFY(HubProcess::run({QStringLiteral("calendar"), QStringLiteral("publish"), broken,
                             QStringLiteral("--database"), m_hubDatabase},
                            &output) != 0);

    QCOMPARE(reviewer->sync().pulled, 1);
    const WorkingCalendar calendar = CalendarRepository(reviewer->database().connection()).load();
    QCOMPARE(calendar.isWorkday(QDate(2027, 1, 9)), std::optional<bool>(true)); // a make-up Saturday
    QCOMPARE(calendar.workdaysBetween(QDate(2026, 12, 31), QDate(2027, 1, 8)), std::optional<int>(5));
    QVERIFY(!calendar.knows(QDate(2028, 1, 1)));
}

QTEST_GUILESS_MAIN(TestRegistrationSync)
#include "tst_registrationsync.moc"
