// The one clock: "now" is UTC, "today" is China's date whatever the machine's zone, a test can
// fix or step it, and a process can be started on a chosen instant (XS_CLOCK). The day boundary
// is China's midnight: 2026-12-31 16:30 UTC is 2027-01-01 for every deadline.
#include "models/calendar/CalendarRepository.h"
#include "models/common/Clock.h"
#include "models/registration/RegistrationQueueModel.h"
#include "models/registration/RegistrationRepository.h"
#include "models/registration/RegistrationVocabulary.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdlib>
#include <ctime>

using namespace xs;

namespace {

// Half past midnight on New Year's Day in China, still New Year's Eve in UTC.
const QDateTime NewYearInChina(QDate(2026, 12, 31), QTime(16, 30), Qt::UTC);

/// Runs with the process's time zone set to zone (the machine's setting the clock must ignore).
class ScopedTimeZone
{
public:
    explicit ScopedTimeZone(const char* zone)
        : m_old(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~ScopedTimeZone()
    {
        if (m_old.isEmpty())
            qunsetenv("TZ");
        else
            qputenv("TZ", m_old);
        tzset();
    }

private:
    QByteArray m_old;
};

} // namespace

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void todayIsChinasDateInEveryZone_data();
    void todayIsChinasDateInEveryZone();
    void manualClockStandsOrSteps();
    void offsetClockRunsFromItsStart();
    void environmentChoosesTheStart();
    void deadlinesAndOverdueFlagsTurnAtChinasMidnight();
};

void TestClock::todayIsChinasDateInEveryZone_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("UTC") << QByteArray("UTC");
    QTest::newRow("Asia/Shanghai") << QByteArray("Asia/Shanghai");
    QTest::newRow("America/Los_Angeles") << QByteArray("America/Los_Angeles");
}

void TestClock::todayIsChinasDateInEveryZone()
{
    QFETCH(QByteArray, zone);
    const ScopedTimeZone scoped(zone.constData());
    const ManualClock clock(NewYearInChina);
    QCOMPARE(clock.today(), QDate(2027, 1, 1));
    QCOMPARE(clock.now(), NewYearInChina);
    QCOMPARE(clock.timestamp(), QStringLiteral("2026-12-31T16:30:00.000Z")); // stored and synced as UTC
    QCOMPARE(Clock::chinaTime(NewYearInChina).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             QStringLiteral("2027-01-01 00:30"));
    // One minute before China's midnight it is still the old year.
    QCOMPARE(Clock::chinaDate(QDateTime(QDate(2026, 12, 31), QTime(15, 59), Qt::UTC)), QDate(2026, 12, 31));
}

void TestClock::manualClockStandsOrSteps()
{
    ManualClock standing(NewYearInChina);
    QCOMPARE(standing.now(), NewYearInChina);
    QCOMPARE(standing.now(), NewYearInChina);
    standing.advance(24 * 3600 * 1000);
    QCOMPARE(standing.today(), QDate(2027, 1, 2));
    standing.set(ManualClock::chinaMorning(QDate(2027, 6, 15)));
    QCOMPARE(standing.now(), QDateTime(QDate(2027, 6, 15), QTime(1, 0), Qt::UTC));

    ManualClock stepping(NewYearInChina, 1000);
    QCOMPARE(stepping.now(), NewYearInChina);
    QCOMPARE(stepping.now(), NewYearInChina.addSecs(1));
    QCOMPARE(stepping.now(), NewYearInChina.addSecs(2));
}

void TestClock::offsetClockRunsFromItsStart()
{
    const OffsetClock clock(NewYearInChina);
    const QDateTime first = clock.now();
    QVERIFY(qAbs(first.msecsTo(NewYearInChina)) < 1000);
    QCOMPARE(clock.today(), QDate(2027, 1, 1));
    QThread::msleep(30);
    QVERIFY(clock.now() > first); // it runs: timeouts and token lifetimes still pass
}

void TestClock::environmentChoosesTheStart()
{
    QString notice;
    qputenv("XS_CLOCK", "2026-12-31T16:30:00Z");
    std::unique_ptr<Clock> chosen = clockFromEnvironment(&notice);
    QCOMPARE(chosen->today(), QDate(2027, 1, 1));
    QVERIFY2(notice.contains(QStringLiteral("XS_CLOCK")), qPrintable(notice));

    qputenv("XS_CLOCK", "next tuesday");
    notice.clear();
    chosen = clockFromEnvironment(&notice);
    QVERIFY2(notice.contains(QStringLiteral("not an ISO 8601")), qPrintable(notice));
    QVERIFY(qAbs(chosen->now().msecsTo(SystemClock().now())) < 5000); // the system's time

    qunsetenv("XS_CLOCK");
    notice.clear();
    chosen = clockFromEnvironment(&notice);
    QVERIFY(notice.isEmpty());
}

void TestClock::deadlinesAndOverdueFlagsTurnAtChinasMidnight()
{
    const ScopedTimeZone utc("UTC"); // a server or laptop set to UTC
    QTemporaryDir directory;
    const std::unique_ptr<Database> database =
        test::createDatabase(directory.filePath(QStringLiteral("boundary.db")), DatabaseKey::generate());
    QVERIFY(database);
    ManualClock clock(NewYearInChina.addSecs(-3600)); // 23:30 on New Year's Eve in China
    RegistrationRepository repository(database->connection(), QStringLiteral("reviewer"), clock);
    const WorkingCalendar calendar = CalendarRepository::bundled();
    const DeadlineRules rules = DeadlineRules::defaults();
    QCOMPARE(repository.contextFor(Role::Reviewer, calendar, rules).today, QDate(2026, 12, 31));

    // Entered at 23:30 on 12-31 in China: its 3-WD acceptance deadline is counted from 12-31.
    QJsonObject materials;
    for (const QString& material : RegistrationVocabulary::materialsFor(QStringLiteral("first")))
        materials.insert(material, true);
    const QString id = ChangeJournal::newId(clock);
    QVERIFY(!repository
                 .create(id,
                         {{QStringLiteral("type"), QStringLiteral("first")},
                          {QStringLiteral("data_name"), QStringLiteral("跨年测试数据")},
                          {QStringLiteral("applicants"),
                           QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("operator")},
                                                  {QStringLiteral("name"), QStringLiteral("某公司")}}}},
                          {QStringLiteral("materials"), materials}},
                         repository.contextFor(Role::Reviewer, calendar, rules))
                 .isError());
    QCOMPARE(repository.registration(id)->fields.value(QStringLiteral("submitted_on")).toString(),
             QStringLiteral("2026-12-31"));

    // An hour later it is 2027-01-01 in China (16:30 UTC, still 12-31 on this machine).
    clock.set(NewYearInChina);
    QCOMPARE(repository.contextFor(Role::Reviewer, calendar, rules).today, QDate(2027, 1, 1));
    QVERIFY(!repository
                 .step(id, QStringLiteral("comment"), {{QStringLiteral("text"), QStringLiteral("新年")}},
                       repository.contextFor(Role::Reviewer, calendar, rules))
                 .isError());

    // The deadline turns overdue at China's midnight, not the machine's.
    RegistrationQueueModel queue(database->connection(), calendar);
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QueueFilter filter;
    filter.view = QueueView::All;
    filter.today = clock.today();
    queue.setFilter(filter);
    QCOMPARE(queue.rowCount(), 1);
    // 3 WD from 12-31: 2027-01-01 (a Friday, counted as a weekday: 2027 is not loaded), 01-04, 01-05.
    QCOMPARE(queue.index(0, 0).data(RegistrationQueueModel::StepDeadlineRole).toDate(), QDate(2027, 1, 5));
    QCOMPARE(queue.index(0, 0).data(RegistrationQueueModel::ProvisionalRole).toBool(), true);
    filter.today = Clock::chinaDate(QDateTime(QDate(2027, 1, 5), QTime(15, 59), Qt::UTC)); // 23:59 on 01-05
    queue.setFilter(filter);
    QCOMPARE(queue.index(0, 0).data(RegistrationQueueModel::UrgencyRole).toInt(),
             int(RegistrationQueueModel::Urgency::DueToday));
    filter.today = Clock::chinaDate(QDateTime(QDate(2027, 1, 5), QTime(16, 0), Qt::UTC)); // 00:00 on 01-06
    queue.setFilter(filter);
    QCOMPARE(queue.index(0, 0).data(RegistrationQueueModel::UrgencyRole).toInt(),
             int(RegistrationQueueModel::Urgency::Overdue));
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
