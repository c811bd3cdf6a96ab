// A desktop without a hub publishes next year's holiday schedule: the year is written as a synced
// record and every provisional deadline is counted again on it, in one transaction, each as a
// journaled step whose audit rows keep the old and the new date. Only administrators publish.
#include "app/CalendarPublisher.h"
#include "models/calendar/CalendarRepository.h"
#include "models/common/Clock.h"
#include "models/journal/SyncLedger.h"
#include "models/registration/RegistrationRepository.h"
#include "models/registration/RegistrationVocabulary.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;

namespace {

const char* const Schedule2027 =
    R"({"year": 2027, "source": "国务院办公厅关于2027年部分节假日安排的通知（测试）",
    "issued_on": "2026-11-10", "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}],
    "workdays": []})";

} // namespace

class TestCalendarPublisher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void publishingSettlesProvisionalDeadlinesWithAnAuditTrail();
    void onlyAdministratorsPublishAndAFailureWritesNothing();
    void unreadableFilesAreRefused();

private:
    QString enterAndAccept();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    // Monday 2026-12-21 in China: formal review from today runs into 2027.
    ManualClock m_clock{ManualClock::chinaMorning(QDate(2026, 12, 21))};
    int m_databases = 0;
};

void TestCalendarPublisher::init()
{
    m_database = test::createDatabase(m_dir.filePath(QStringLiteral("publish-%1.db").arg(++m_databases)),
                                      DatabaseKey::generate());
    QVERIFY(m_database);
}

QString TestCalendarPublisher::enterAndAccept()
{
    RegistrationRepository repository(m_database->connection(), QStringLiteral("reviewer"), m_clock);
    const WorkingCalendar calendar = repository.calendar();
    const DeadlineRules rules = repository.deadlineRules();
    QJsonObject materials;
    for (const QString& material : RegistrationVocabulary::materialsFor(QStringLiteral("first")))
        materials.insert(material, true);
    const QString id = ChangeJournal::newId(m_clock);
    const RegistrationContext context = repository.contextFor(Role::Reviewer, calendar, rules);
    DatabaseError error = repository.create(
        id,
        {{QStringLiteral("type"), QStringLiteral("first")},
         {QStringLiteral("data_name"), QStringLiteral("全省不动产登记信息")},
         {QStringLiteral("applicants"),
          QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("department")},
                                 {QStringLiteral("name"), QStringLiteral("湖南省自然资源厅")}}}},
         {QStringLiteral("materials"), materials}},
        context);
    if (!error.isError())
        error = repository.step(id, QStringLiteral("accept"), {}, context);
    if (error.isError())
        qWarning("enter: %s", qPrintable(error.fullText()));
    return id;
}

void TestCalendarPublisher::publishingSettlesProvisionalDeadlinesWithAnAuditTrail()
{
    const QString id = enterAndAccept();
    RegistrationRepository repository(m_database->connection(), QStringLiteral("reviewer"), m_clock);
    QCOMPARE(repository.registration(id)->fields.value(QStringLiteral("step_deadline")).toString(),
             QStringLiteral("2027-01-18"));
    QVERIFY(repository.registration(id)->fields.value(QStringLiteral("deadline_provisional")).toBool());

    QString problem;
    const std::optional<CalendarYear> year =
        CalendarYear::fromJson(QJsonDocument::fromJson(Schedule2027).object(), &problem);
    QVERIFY2(year, qPrintable(problem));
    m_clock.advance(3600 * 1000);
    const CalendarPublisher::Result result =
        CalendarPublisher(m_database->connection(), QStringLiteral("admin"), Role::Admin, m_clock)
            .publish(*year);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.fullText()));
    QCOMPARE(result.recomputed, 1);

    const QJsonObject fields = repository.registration(id)->fields;
    QCOMPARE(fields.value(QStringLiteral("step_deadline")).toString(), QStringLiteral("2027-01-19"));
    QCOMPARE(fields.value(QStringLiteral("deadline_provisional")).toBool(true), false);
    QCOMPARE(fields.value(QStringLiteral("deadline_moved_from")).toString(), QStringLiteral("2027-01-18"));
    QVERIFY(CalendarRepository(m_database->connection()).load().knows(QDate(2027, 6, 1)));

    // The year and the step both wait in the outbox for the hub.
    QStringList queued;
    for (const QueuedOperation& operation :
         SyncLedger(m_database->connection()).operations(QStringLiteral("pending")))
        queued << operation.operation.entity + QLatin1Char('/') + operation.operation.command;
    QVERIFY2(queued.contains(QStringLiteral("calendar_year/")), qPrintable(queued.join(QLatin1Char(' '))));
    QVERIFY2(queued.contains(QStringLiteral("registration/recompute_deadline")),
             qPrintable(queued.join(QLatin1Char(' '))));

    // The audit trail: the step, and the deadline's old and new date, by the administrator.
    QSqlQuery trail(m_database->connection());
    trail.prepare(
        QStringLiteral("SELECT action, old_value, new_value, actor FROM audit_log WHERE record_id = ? "
                       "AND field IN ('recompute_deadline', 'step_deadline') ORDER BY seq DESC LIMIT 2"));
    trail.addBindValue(id);
    QVERIFY(trail.exec());
    QStringList rows;
    while (trail.next())
        rows << QStringLiteral("%1 %2→%3 %4")
                    .arg(trail.value(0).toString(), trail.value(1).toString(), trail.value(2).toString(),
                         trail.value(3).toString());
    QVERIFY2(rows.contains(QStringLiteral("update 2027-01-18→2027-01-19 admin")),
             qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY2(rows.filter(QStringLiteral("command")).size() == 1, qPrintable(rows.join(QLatin1Char('\n'))));

    // Publishing again (a corrected copy) changes no settled deadline.
    const CalendarPublisher::Result again =
        CalendarPublisher(m_database->connection(), QStringLiteral("admin"), Role::Admin, m_clock)
            .publish(*year);
    QVERIFY(!again.error.isError());
    QCOMPARE(again.recomputed, 0);
}

void TestCalendarPublisher::onlyAdministratorsPublishAndAFailureWritesNothing()
{
    const QString id = enterAndAccept();
    QString problem;
    const CalendarYear year =
        *CalendarYear::fromJson(QJsonDocument::fromJson(Schedule2027).object(), &problem);
    const qint64 pending = SyncLedger(m_database->connection()).count(QStringLiteral("pending"));
    for (const Role role : {Role::Reviewer, Role::Manager, Role::Cataloguer, Role::Auditor}) {
        const CalendarPublisher::Result result =
            CalendarPublisher(m_database->connection(), QStringLiteral("someone"), role, m_clock)
                .publish(year);
        QCOMPARE(result.error.kind(), DatabaseError::Kind::Invalid);
        QCOMPARE(result.recomputed, 0);
    }
    QCOMPARE(SyncLedger(m_database->connection()).count(QStringLiteral("pending")), pending);
    QVERIFY(!CalendarRepository(m_database->connection()).load().knows(QDate(2027, 6, 1)));

    // A store that fails in the middle (the registration table cannot be written) leaves neither
    // the year nor any deadline behind.
    QSqlQuery breakIt(m_database->connection());
    QVERIFY(breakIt.exec(QStringLiteral("CREATE TRIGGER refuse_registration BEFORE UPDATE ON registration "
                                        "BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END")));
    const CalendarPublisher::Result failed =
        CalendarPublisher(m_database->connection(), QStringLiteral("admin"), Role::Admin, m_clock)
            .publish(year);
    QVERIFY(failed.error.isError());
    QVERIFY(!CalendarRepository(m_database->connection()).load().knows(QDate(2027, 6, 1)));
    QCOMPARE(SyncLedger(m_database->connection()).count(QStringLiteral("pending")), pending);
    RegistrationRepository repository(m_database->connection(), QStringLiteral("reviewer"), m_clock);
    QVERIFY(repository.registration(id)->fields.value(QStringLiteral("deadline_provisional")).toBool());
}

void TestCalendarPublisher::unreadableFilesAreRefused()
{
    QString error;
    QVERIFY(!CalendarPublisher::readFile(m_dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY(!error.isEmpty());
    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(test::writeFile(broken, R"({"year": 2027, "holidays": "none"})"));
    QVERIFY(!CalendarPublisher::readFile(broken, &error));
    QVERIFY2(error.contains(QStringLiteral("broken.json")), qPrintable(error));
    const QString notJson = m_dir.filePath(QStringLiteral("text.json"));
    QVERIFY(test::writeFile(notJson, "元旦放假三天"));
    QVERIFY(!CalendarPublisher::readFile(notJson, &error));
    const QString good = m_dir.filePath(QStringLiteral("2027.json"));
    QVERIFY(test::writeFile(good, Schedule2027));
    QCOMPARE(CalendarPublisher::readFile(good, &error)->year, 2027);
}

QTEST_GUILESS_MAIN(TestCalendarPublisher)
#include "tst_calendarpublisher.moc"
