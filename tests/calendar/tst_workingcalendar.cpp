// The working-day calendar against the State Council's notices for 2025 and 2026, deadlines across
// the long holidays, the refusal to guess beyond the known years, and years published by the hub.
#include "models/calendar/CalendarRepository.h"
#include "models/common/Clock.h"
#include "models/journal/ChangeJournal.h"
#include "models/storage/DatabaseKey.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
// What every change here is stamped with: these tests hold on any date.
xs::ManualClock TestClock(xs::ManualClock::chinaMorning(QDate(2026, 6, 15)));
} // namespace

using namespace xs;

namespace xs {
// Readable QCOMPARE failures.
char* toString(const WorkdayDate& value);
char* toString(const WorkdayCount& value);
char* toString(const WorkdayDate& value)
{
    return QTest::toString(value.date.toString(Qt::ISODate) + (value.provisional ? " (provisional)" : ""));
}
char* toString(const WorkdayCount& value)
{
    return QTest::toString(QString::number(value.days) + (value.provisional ? " (provisional)" : ""));
}
} // namespace xs

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// The notices, typed again from their text (not read from resources/calendar), so a wrong data
// file fails here. 2025: 国办发明电〔2024〕12号; 2026: the notice of 2025-11-04.
struct Range
{
    const char* from;
    const char* to;
};
const Range Holidays2025[] = {{"2025-01-01", "2025-01-01"}, {"2025-01-28", "2025-02-04"},
                              {"2025-04-04", "2025-04-06"}, {"2025-05-01", "2025-05-05"},
                              {"2025-05-31", "2025-06-02"}, {"2025-10-01", "2025-10-08"}};
const char* const MakeUp2025[] = {"2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"};
const Range Holidays2026[] = {{"2026-01-01", "2026-01-03"}, {"2026-02-15", "2026-02-23"},
                              {"2026-04-04", "2026-04-06"}, {"2026-05-01", "2026-05-05"},
                              {"2026-06-19", "2026-06-21"}, {"2026-09-25", "2026-09-27"},
                              {"2026-10-01", "2026-10-07"}};
const char* const MakeUp2026[] = {"2026-01-04", "2026-02-14", "2026-02-28",
                                  "2026-05-09", "2026-09-20", "2026-10-10"};

template <std::size_t H, std::size_t M>
bool expectedWorkday(const QDate& date, const Range (&holidays)[H], const char* const (&makeUp)[M])
{
    for (const char* workday : makeUp) {
        if (date == day(workday))
            return true;
    }
    for (const Range& range : holidays) {
        if (date >= day(range.from) && date <= day(range.to))
            return false;
    }
    return date.dayOfWeek() <= 5;
}

QJsonObject yearJson(int year)
{
    return QJsonObject{
        {QStringLiteral("year"), year},
        {QStringLiteral("source"), QStringLiteral("测试通知")},
        {QStringLiteral("issued_on"), QStringLiteral("%1-11-04").arg(year - 1)},
        {QStringLiteral("holidays"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("元旦")},
                                {QStringLiteral("from"), QStringLiteral("%1-01-01").arg(year)},
                                {QStringLiteral("to"), QStringLiteral("%1-01-01").arg(year)}}}},
        {QStringLiteral("workdays"), QJsonArray{}}};
}

} // namespace

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private slots:
    void bundledYearsCiteTheirNotices();
    void matchesTheOfficialSchedules();
    void makeUpWeekendsAreWorkdays();
    void deadlinesCrossNationalDay();
    void deadlinesCrossSpringFestival();
    void workdaysBetweenCountsAfterTheFirstDate();
    void countsWeekdaysBeyondKnownYearsAsProvisional();
    void warnsFromNovemberWhenNextYearIsMissing();
    void malformedYearsAreRefused_data();
    void malformedYearsAreRefused();
    void hubPublishedYearsExtendAndReplaceTheBundledOnes();
};

void TestWorkingCalendar::bundledYearsCiteTheirNotices()
{
    const QList<CalendarYear> years = CalendarRepository::bundledYears();
    QCOMPARE(years.size(), 2);
    QCOMPARE(years.at(0).year, 2025);
    QVERIFY(years.at(0).source.contains(QStringLiteral("国办发明电〔2024〕12号")));
    QCOMPARE(years.at(0).issuedOn, day("2024-11-12"));
    QCOMPARE(years.at(1).year, 2026);
    QVERIFY(years.at(1).source.contains(QStringLiteral("2026年部分节假日安排")));
    QCOMPARE(years.at(1).issuedOn, day("2025-11-04"));
}

void TestWorkingCalendar::matchesTheOfficialSchedules()
{
    const WorkingCalendar calendar = CalendarRepository::bundled();
    int workdays2025 = 0;
    for (QDate date = day("2025-01-01"); date.year() == 2025; date = date.addDays(1)) {
        const bool expected = expectedWorkday(date, Holidays2025, MakeUp2025);
        QVERIFY2(calendar.isWorkday(date) == expected, qPrintable(date.toString(Qt::ISODate)));
        workdays2025 += expected;
    }
    int workdays2026 = 0;
    for (QDate date = day("2026-01-01"); date.year() == 2026; date = date.addDays(1)) {
        const bool expected = expectedWorkday(date, Holidays2026, MakeUp2026);
        QVERIFY2(calendar.isWorkday(date) == expected, qPrintable(date.toString(Qt::ISODate)));
        workdays2026 += expected;
    }
    // 261 weekdays, minus 18 (2025) or 19 (2026) weekday holidays, plus 5 or 6 make-up days.
    QCOMPARE(workdays2025, 248);
    QCOMPARE(workdays2026, 248);
    // 2024 is not loaded: counted Monday to Friday (2024-12-31 is a Tuesday, but it is excluded).
    QCOMPARE(calendar.workdaysBetween(day("2024-12-31"), day("2025-12-31")), (WorkdayCount{248, false}));
    QCOMPARE(calendar.workdaysBetween(day("2024-12-30"), day("2025-12-31")), (WorkdayCount{249, true}));
    QCOMPARE(calendar.workdaysBetween(day("2025-01-01"), day("2025-12-31")), (WorkdayCount{248, false}));
    QCOMPARE(calendar.holidayName(day("2026-02-17")), QStringLiteral("春节"));
    QCOMPARE(calendar.holidayName(day("2026-02-24")), QString());
}

void TestWorkingCalendar::makeUpWeekendsAreWorkdays()
{
    const WorkingCalendar calendar = CalendarRepository::bundled();
    QCOMPARE(calendar.isWorkday(day("2025-01-26")), std::optional<bool>(true)); // a Sunday
    QCOMPARE(day("2025-01-26").dayOfWeek(), 7);
    QCOMPARE(calendar.isWorkday(day("2025-10-11")), std::optional<bool>(true));  // a Saturday
    QCOMPARE(calendar.isWorkday(day("2026-01-04")), std::optional<bool>(true));  // a Sunday
    QCOMPARE(calendar.isWorkday(day("2026-02-28")), std::optional<bool>(true));  // a Saturday
    QCOMPARE(calendar.isWorkday(day("2026-02-21")), std::optional<bool>(false)); // Saturday in 春节
    QCOMPARE(calendar.isWorkday(day("2026-02-23")), std::optional<bool>(false)); // Monday in 春节
    QCOMPARE(calendar.isWorkday(day("2026-03-07")), std::optional<bool>(false)); // an ordinary Saturday
}

void TestWorkingCalendar::deadlinesCrossNationalDay()
{
    const WorkingCalendar calendar = CalendarRepository::bundled();
    // Submitted on 2025-09-30: 10-01…10-08 are off, 10-09 and 10-10 count, and Saturday 10-11 is
    // a make-up working day: the 3-WD acceptance deadline is that Saturday.
    QCOMPARE(calendar.addWorkdays(day("2025-09-30"), 3), (WorkdayDate{day("2025-10-11"), false}));
    // A 10-WD public notice starting 2026-09-18: 9-20 (Sunday) is worked, 9-25…27 and 10-01…07 are
    // off, 10-10 (Saturday) is worked.
    QCOMPARE(calendar.addWorkdays(day("2026-09-18"), 10), (WorkdayDate{day("2026-10-09"), false}));
    QCOMPARE(calendar.workdaysBetween(day("2026-09-18"), day("2026-10-09")), (WorkdayCount{10, false}));
    // 20 WD of formal review from 2026-09-30.
    QCOMPARE(calendar.addWorkdays(day("2026-09-30"), 20), (WorkdayDate{day("2026-11-03"), false}));
}

void TestWorkingCalendar::deadlinesCrossSpringFestival()
{
    const WorkingCalendar calendar = CalendarRepository::bundled();
    // Friday 2026-02-13: Saturday 02-14 is worked, 02-15…23 are off.
    QCOMPARE(calendar.addWorkdays(day("2026-02-13"), 3), (WorkdayDate{day("2026-02-25"), false}));
    // 2025: Sunday 01-26 is worked, 01-28…02-04 off, Saturday 02-08 worked.
    QCOMPARE(calendar.addWorkdays(day("2025-01-24"), 3), (WorkdayDate{day("2025-02-05"), false}));
    QCOMPARE(calendar.addWorkdays(day("2025-01-24"), 6), (WorkdayDate{day("2025-02-08"), false}));
    // Backwards, too (for "when must it have been submitted").
    QCOMPARE(calendar.addWorkdays(day("2025-02-05"), -3), (WorkdayDate{day("2025-01-24"), false}));
    QCOMPARE(calendar.addWorkdays(day("2025-02-05"), 0), (WorkdayDate{day("2025-02-05"), false}));
}

void TestWorkingCalendar::workdaysBetweenCountsAfterTheFirstDate()
{
    const WorkingCalendar calendar = CalendarRepository::bundled();
    QCOMPARE(calendar.workdaysBetween(day("2026-03-02"), day("2026-03-02")), (WorkdayCount{0, false}));
    QCOMPARE(calendar.workdaysBetween(day("2026-03-02"), day("2026-03-06")), (WorkdayCount{4, false}));
    QCOMPARE(calendar.workdaysBetween(day("2026-03-06"), day("2026-03-02")), (WorkdayCount{-4, false}));
    // Across the year boundary, both years known.
    QCOMPARE(calendar.workdaysBetween(day("2025-12-30"), day("2026-01-05")), (WorkdayCount{3, false}));
}

void TestWorkingCalendar::countsWeekdaysBeyondKnownYearsAsProvisional()
{
    const WorkingCalendar calendar = CalendarRepository::bundled();
    QCOMPARE(calendar.isWorkday(day("2027-01-04")), std::optional<bool>());
    QCOMPARE(calendar.isWorkday(day("2024-12-31")), std::optional<bool>());
    bool provisional = false;
    QVERIFY(calendar.isWorkdayOrWeekday(day("2027-01-01"), &provisional)); // a Friday, 元旦 unknown
    QVERIFY(provisional);
    QVERIFY(!calendar.isWorkdayOrWeekday(day("2027-01-02"), &provisional)); // a Saturday
    QVERIFY(calendar.isWorkdayOrWeekday(day("2026-12-31"), &provisional) && !provisional);

    // Monday 2026-12-28: 12-29…12-31 are known, 2027-01-01 onwards counted Monday to Friday.
    QCOMPARE(calendar.addWorkdays(day("2026-12-28"), 3), (WorkdayDate{day("2026-12-31"), false}));
    QCOMPARE(calendar.addWorkdays(day("2026-12-28"), 10), (WorkdayDate{day("2027-01-11"), true}));
    QCOMPARE(calendar.addWorkdays(day("2027-03-01"), 20), (WorkdayDate{day("2027-03-29"), true}));
    // Backwards across the start of the known years.
    QCOMPARE(calendar.addWorkdays(day("2025-01-03"), -3), (WorkdayDate{day("2024-12-30"), true}));

    QCOMPARE(calendar.workdaysBetween(day("2026-12-01"), day("2027-02-01")), (WorkdayCount{44, true}));
    QCOMPARE(calendar.workdaysBetween(day("2027-02-01"), day("2026-12-01")), (WorkdayCount{-44, true}));
    QCOMPARE(calendar.workdaysBetween(day("2026-12-01"), day("2026-12-31")), (WorkdayCount{22, false}));
    // A whole unknown year: 261 weekdays in 2027.
    QCOMPARE(calendar.workdaysBetween(day("2026-12-31"), day("2027-12-31")), (WorkdayCount{261, true}));
    // A day counted by adding is the day counted back.
    for (int count = 0; count < 300; count += 7) {
        const WorkdayDate end = calendar.addWorkdays(day("2026-11-20"), count);
        QCOMPARE(calendar.workdaysBetween(day("2026-11-20"), end.date).days, count);
    }

    QCOMPARE(calendar.unknownYears(day("2026-12-01"), day("2028-01-02")), (QList<int>{2027, 2028}));
    const QString reason = calendar.provisionalReason(day("2026-12-28"), day("2027-01-11"));
    QVERIFY2(reason.contains(QStringLiteral("2027")) && !reason.contains(QStringLiteral("2026")),
             qPrintable(reason));
}

void TestWorkingCalendar::warnsFromNovemberWhenNextYearIsMissing()
{
    const WorkingCalendar calendar = CalendarRepository::bundled();
    QCOMPARE(calendar.yearToPublish(day("2026-10-31")), std::optional<int>());
    QCOMPARE(calendar.yearToPublish(day("2026-11-01")), std::optional<int>(2027));
    QCOMPARE(calendar.yearToPublish(day("2026-12-31")), std::optional<int>(2027));
    QCOMPARE(calendar.yearToPublish(day("2025-11-01")), std::optional<int>());     // 2026 is loaded
    QCOMPARE(calendar.yearToPublish(day("2027-06-15")), std::optional<int>(2027)); // the year itself
    QVERIFY(WorkingCalendar::missingScheduleWarning(2027).contains(QStringLiteral("2027")));
}

void TestWorkingCalendar::malformedYearsAreRefused_data()
{
    QTest::addColumn<QJsonObject>("year");
    QJsonObject noSource = yearJson(2027);
    noSource.remove(QStringLiteral("source"));
    QJsonObject badYear = yearJson(2027);
    badYear.insert(QStringLiteral("year"), 27);
    QJsonObject wrongYearDate = yearJson(2027);
    wrongYearDate.insert(QStringLiteral("workdays"),
                         QJsonArray{QJsonObject{{QStringLiteral("date"), QStringLiteral("2028-01-02")}}});
    QJsonObject backwards = yearJson(2027);
    backwards.insert(QStringLiteral("holidays"),
                     QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("春节")},
                                            {QStringLiteral("from"), QStringLiteral("2027-02-10")},
                                            {QStringLiteral("to"), QStringLiteral("2027-02-01")}}});
    QJsonObject notAList = yearJson(2027);
    notAList.insert(QStringLiteral("holidays"), QStringLiteral("{broken"));
    QJsonObject tooMany = yearJson(2027);
    QJsonArray many;
    for (int i = 0; i < 100; ++i)
        many.append(QJsonObject{{QStringLiteral("date"), QStringLiteral("2027-03-06")}});
    tooMany.insert(QStringLiteral("workdays"), many);
    QTest::newRow("no source") << noSource;
    QTest::newRow("no valid year") << badYear;
    QTest::newRow("make-up day in another year") << wrongYearDate;
    QTest::newRow("holiday ends before it starts") << backwards;
    QTest::newRow("holidays not a list") << notAList;
    QTest::newRow("too many days") << tooMany;
}

void TestWorkingCalendar::malformedYearsAreRefused()
{
    QFETCH(QJsonObject, year);
    QString error;
    QVERIFY(!CalendarYear::fromJson(year, &error));
    QVERIFY(!error.isEmpty());
}

void TestWorkingCalendar::hubPublishedYearsExtendAndReplaceTheBundledOnes()
{
    QTemporaryDir directory;
    const std::unique_ptr<Database> database =
        test::createDatabase(directory.filePath(QStringLiteral("calendar.db")), DatabaseKey::generate());
    QVERIFY(database);
    // A pulled 2027 and a corrected 2026 (the record round-trips through its synced form).
    CalendarYear next;
    QString error;
    next = *CalendarYear::fromJson(yearJson(2027), &error);
    CalendarYear corrected = *CalendarYear::fromJson(yearJson(2026), &error);
    ChangeJournal journal(database->connection(), QStringLiteral("admin"), TestClock);
    QVERIFY(
        !journal.upsert(QStringLiteral("calendar_year"), CalendarYear::recordId(2027), next.toRecordFields())
             .isError());
    QVERIFY(!journal
                 .upsert(QStringLiteral("calendar_year"), CalendarYear::recordId(2026),
                         corrected.toRecordFields())
                 .isError());
    QStringList problems;
    WorkingCalendar calendar = CalendarRepository(database->connection()).load(nullptr, &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(calendar.knownYears(), (QList<int>{2025, 2026, 2027}));
    QCOMPARE(calendar.isWorkday(day("2027-01-04")), std::optional<bool>(true));
    QCOMPARE(calendar.year(2026)->source, QStringLiteral("测试通知"));
    QCOMPARE(calendar.isWorkday(day("2026-02-16")), std::optional<bool>(true)); // the corrected copy rules

    // A damaged row is reported and does not hide the bundled year.
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE calendar_year SET holidays = 'not json' WHERE year = 2026")));
    calendar = CalendarRepository(database->connection()).load(nullptr, &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(calendar.isWorkday(day("2026-02-16")), std::optional<bool>(false));
    // The id is fixed (UUIDv5 of the year), so the bundled year and the hub's copy are one record on
    // every desktop and in every version.
    QCOMPARE(CalendarYear::recordId(2026), QStringLiteral("ad894ea8-d20f-51f2-bb5a-04c34b012cb7"));
    QVERIFY(CalendarYear::recordId(2026) != CalendarYear::recordId(2027));
}

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
