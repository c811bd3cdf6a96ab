// The dashboard's figures on a small, hand-made set of agreements, products, disclosures,
// registrations and catalog entries whose answers are worked out below.
#include "models/calendar/CalendarRepository.h"
#include "models/common/Clock.h"
#include "models/grants/GrantKpis.h"
#include "models/grants/GrantListModel.h"
#include "models/journal/ChangeJournal.h"
#include "models/registration/FirstRegistrationDeadline.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

namespace {
// What every change here is stamped with: these tests hold on any date.
xs::ManualClock TestClock(xs::ManualClock::chinaMorning(QDate(2026, 6, 15)));
} // namespace

using namespace xs;

namespace {

const QDate Today(2026, 11, 28);

} // namespace

class TestGrantKpis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void figuresOfTheWholeTerm();
    void dateRangeNarrowsGrantsAndProducts();
    void emptyDatabaseGivesZeros();
    void everyFigureOpensTheListItCounts();
    void firstRegistrationIsDueTwentyWorkingDaysAfterOperationStarts();
    void productsListedOnAnExchange();

private:
    void write(const QString& entity, const QString& id, const QJsonObject& fields, bool deleted = false);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

void TestGrantKpis::write(const QString& entity, const QString& id, const QJsonObject& fields, bool deleted)
{
    test::plantRecord(m_database->connection(), entity, id, fields, deleted);
}

void TestGrantKpis::initTestCase()
{
    m_database = test::createDatabase(m_dir.filePath(QStringLiteral("k.db")), DatabaseKey::generate());
    const auto agreement = [](const char* state, const char* mode, const QString& domain,
                              const char* division, const char* starts, const char* ends) {
        return QJsonObject{{QStringLiteral("state"), QLatin1String(state)},
                           {QStringLiteral("mode"), QLatin1String(mode)},
                           {QStringLiteral("domain"), domain},
                           {QStringLiteral("division_code"), QLatin1String(division)},
                           {QStringLiteral("starts_on"), QLatin1String(starts)},
                           {QStringLiteral("ends_on"), QLatin1String(ends)}};
    };
    const QString traffic = QStringLiteral("交通");
    write(QStringLiteral("grant_agreement"), QStringLiteral("A1"),
          agreement("operating", "domain", traffic, "430100", "2023-07-01", "2028-06-30"));
    write(QStringLiteral("grant_agreement"), QStringLiteral("A2"),
          agreement("evaluation", "whole", QStringLiteral("医疗"), "430000", "2024-01-01", "2026-12-31"));
    write(QStringLiteral("grant_agreement"), QStringLiteral("A3"),
          agreement("terminated", "scenario", traffic, "430200", "2022-01-01", "2025-12-31"));
    write(QStringLiteral("grant_agreement"), QStringLiteral("A4"),
          agreement("renewed", "domain", traffic, "430100", "2026-03-01", "2031-02-28"));
    write(QStringLiteral("grant_agreement"), QStringLiteral("A5"),
          agreement("operating", "domain", traffic, "430100", "2020-01-01", "2030-12-31"), true); // deleted

    const auto disclosure = [](const char* agreementId, const char* kind, int year, const char* submitted) {
        QJsonObject fields{{QStringLiteral("agreement_id"), QLatin1String(agreementId)},
                           {QStringLiteral("kind"), QLatin1String(kind)},
                           {QStringLiteral("year"), year}};
        if (submitted)
            fields.insert(QStringLiteral("submitted_on"), QLatin1String(submitted));
        return fields;
    };
    write(QStringLiteral("grant_disclosure"), ChangeJournal::newId(TestClock),
          disclosure("A1", "grant", 2023, "2024-03-20"));
    write(QStringLiteral("grant_disclosure"), ChangeJournal::newId(TestClock),
          disclosure("A1", "product_list", 2024, "2025-05-01")); // late, but submitted
    write(QStringLiteral("grant_disclosure"), ChangeJournal::newId(TestClock),
          disclosure("A1", "data_use", 2025, nullptr));

    const auto product = [](const char* agreementId, const char* useClass) {
        return QJsonObject{{QStringLiteral("agreement_id"), QLatin1String(agreementId)},
                           {QStringLiteral("name"), QStringLiteral("产品")},
                           {QStringLiteral("use_class"), QLatin1String(useClass)}};
    };
    write(QStringLiteral("grant_product"), ChangeJournal::newId(TestClock), product("A1", "public_welfare"));
    write(QStringLiteral("grant_product"), ChangeJournal::newId(TestClock), product("A1", "public_welfare"));
    QJsonObject listed = product("A1", "industry"); // 场内交易 on Hunan's exchange
    listed.insert(QStringLiteral("exchange"), QStringLiteral("hunan"));
    listed.insert(QStringLiteral("listing_code"), QStringLiteral("SJ2026000001"));
    listed.insert(QStringLiteral("listed_on"), QStringLiteral("2026-05-01"));
    listed.insert(QStringLiteral("listing_status"), QStringLiteral("listed"));
    write(QStringLiteral("grant_product"), ChangeJournal::newId(TestClock), listed);
    QJsonObject delisted = product("A3", "industry");
    delisted.insert(QStringLiteral("exchange"), QStringLiteral("shanghai"));
    delisted.insert(QStringLiteral("listing_code"), QStringLiteral("SH-0002"));
    delisted.insert(QStringLiteral("listed_on"), QStringLiteral("2024-05-01"));
    delisted.insert(QStringLiteral("listing_status"), QStringLiteral("delisted"));
    write(QStringLiteral("grant_product"), ChangeJournal::newId(TestClock), delisted);
    write(QStringLiteral("grant_product"), ChangeJournal::newId(TestClock), product("A3", "industry"), true);

    const auto registration = [](const char* state, const char* deadline) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("first")},
                           {QStringLiteral("state"), QLatin1String(state)},
                           {QStringLiteral("step_deadline"), QLatin1String(deadline)}};
    };
    write(QStringLiteral("registration"), ChangeJournal::newId(TestClock),
          registration("under_review", "2026-11-20"));
    write(QStringLiteral("registration"), ChangeJournal::newId(TestClock),
          registration("submitted", "2026-12-05"));
    QJsonObject filedForA2 = registration("registered", "2026-01-05");
    filedForA2.insert(QStringLiteral("agreement_id"), QStringLiteral("A2")); // A2's first registration
    write(QStringLiteral("registration"), ChangeJournal::newId(TestClock), filedForA2);

    // Operating reports: A1 2023 and 2024 submitted; A2's 2024 report is a draft (no date).
    const auto report = [](const char* agreementId, int year, const char* submitted) {
        QJsonObject fields{{QStringLiteral("agreement_id"), QLatin1String(agreementId)},
                           {QStringLiteral("year"), year}};
        if (submitted)
            fields.insert(QStringLiteral("submitted_on"), QLatin1String(submitted));
        return fields;
    };
    write(QStringLiteral("grant_report"), QStringLiteral("Y1"), report("A1", 2023, "2024-03-20"));
    write(QStringLiteral("grant_report"), QStringLiteral("Y2"), report("A1", 2024, "2025-04-02"));
    write(QStringLiteral("grant_report"), QStringLiteral("Y3"), report("A2", 2024, nullptr));

    write(QStringLiteral("department"), ChangeJournal::newId(TestClock),
          {{QStringLiteral("code"), QStringLiteral("430000027")},
           {QStringLiteral("name"), QStringLiteral("湖南省数据局")},
           {QStringLiteral("kind"), QStringLiteral("provincial")},
           {QStringLiteral("division_code"), QStringLiteral("430000")},
           {QStringLiteral("sort_order"), 1}});
    write(QStringLiteral("catalog_entry"), ChangeJournal::newId(TestClock),
          {{QStringLiteral("name"), QStringLiteral("全省企业登记信息")},
           {QStringLiteral("department_code"), QStringLiteral("430000027")},
           {QStringLiteral("status"), QStringLiteral("published")},
           {QStringLiteral("update_frequency"), QStringLiteral("每月")},
           {QStringLiteral("last_updated_on"), QStringLiteral("2026-01-01")}});
}

void TestGrantKpis::figuresOfTheWholeTerm()
{
    const GrantKpis kpis = GrantKpis::compute(m_database->connection(), Today);
    QVERIFY2(!kpis.error.isError(), qPrintable(kpis.error.fullText()));
    QCOMPARE(kpis.activeGrants, 3); // A1, A2, A4; A3 terminated, A5 deleted
    QCOMPARE(kpis.activeByMode,
             (QMap<QString, qint64>{{QStringLiteral("domain"), 2}, {QStringLiteral("whole"), 1}}));
    QCOMPARE(kpis.activeByDomain,
             (QMap<QString, qint64>{{QStringLiteral("交通"), 2}, {QStringLiteral("医疗"), 1}}));
    QCOMPARE(kpis.activeByDivision,
             (QMap<QString, qint64>{{QStringLiteral("430100"), 2}, {QStringLiteral("430000"), 1}}));
    QCOMPARE(kpis.expiringSoon, 1); // A2 ends on 2026-12-31, 33 days away
    // Due by 31 March after each finished year, three kinds a year, 2025 the last year due:
    // A1 2023–2025: 9, two submitted → 7 (a row without a submission date does not count);
    // A2 2024–2025: 6; A3 2022–2025: 12 (ended agreements still owe their years); A4 none yet.
    QCOMPARE(kpis.overdueDisclosures, 25);
    // One report a year: A1 2023–2025 less two submitted (late counts as submitted) → 1; A2 2 (a
    // draft without a date does not count); A3 4; A4 none yet.
    QCOMPARE(kpis.overdueReports, 7);
    QCOMPARE(kpis.productsByUseClass,
             (QMap<QString, qint64>{{QStringLiteral("public_welfare"), 2}, {QStringLiteral("industry"), 2}}));
    QCOMPARE(kpis.registrationsInProgress, 2);
    QCOMPARE(kpis.registrationsOverdue, 1);
    QCOMPARE(kpis.catalogEntries, 1);
    QCOMPARE(kpis.catalogOverdue, 1); // monthly, last updated in January
    QCOMPARE(kpis.departments, 1);
    QCOMPARE(kpis.departmentsWithPublishedEntries, 1);
}

void TestGrantKpis::dateRangeNarrowsGrantsAndProducts()
{
    const GrantKpis kpis = GrantKpis::compute(m_database->connection(), Today, QDate(2027, 1, 1), {});
    QVERIFY2(!kpis.error.isError(), qPrintable(kpis.error.fullText()));
    QCOMPARE(kpis.activeGrants, 2); // A1 and A4 run into 2027
    QCOMPARE(kpis.overdueDisclosures, 7);
    QCOMPARE(kpis.overdueReports, 1); // A1's 2025
    QCOMPARE(kpis.productsByUseClass,
             (QMap<QString, qint64>{{QStringLiteral("public_welfare"), 2}, {QStringLiteral("industry"), 1}}));
    const GrantKpis early = GrantKpis::compute(m_database->connection(), Today, {}, QDate(2022, 12, 31));
    QCOMPARE(early.activeGrants, 0); // only A3 (terminated) ran in 2022
    QCOMPARE(early.overdueDisclosures, 12);
    QCOMPARE(early.overdueReports, 4);
}

void TestGrantKpis::emptyDatabaseGivesZeros()
{
    QTemporaryDir dir;
    const auto empty = test::createDatabase(dir.filePath(QStringLiteral("e.db")), DatabaseKey::generate());
    const GrantKpis kpis = GrantKpis::compute(empty->connection(), Today);
    QVERIFY2(!kpis.error.isError(), qPrintable(kpis.error.fullText()));
    QCOMPARE(kpis.activeGrants, 0);
    QCOMPARE(kpis.overdueDisclosures, 0);
    QVERIFY(kpis.activeByMode.isEmpty());
    QCOMPARE(kpis.catalogEntries, 0);
}

void TestGrantKpis::everyFigureOpensTheListItCounts()
{
    GrantListModel list(m_database->connection());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const GrantKpis kpis = GrantKpis::compute(m_database->connection(), Today);
    const auto ids = [&list] {
        QStringList found;
        for (int row = 0; row < list.rowCount(); ++row)
            found << list.index(row, 0).data(GrantListModel::IdRole).toString();
        return found;
    };
    GrantFilter filter;
    filter.today = Today;
    filter.activeOnly = true;
    for (auto it = kpis.activeByMode.cbegin(); it != kpis.activeByMode.cend(); ++it) {
        filter.mode = it.key();
        list.setFilter(filter);
        QCOMPARE(list.rowCount(), it.value());
    }
    filter.mode.reset();
    for (auto it = kpis.activeByDivision.cbegin(); it != kpis.activeByDivision.cend(); ++it) {
        filter.division = it.key();
        list.setFilter(filter);
        QCOMPARE(list.rowCount(), it.value());
    }
    filter.division = QStringLiteral("430100");
    list.setFilter(filter);
    QCOMPARE(ids(), (QStringList{QStringLiteral("A1"), QStringLiteral("A4")})); // by end date
    QCOMPARE(list.index(0, GrantListModel::DivisionColumn).data().toString(), QStringLiteral("长沙"));
    QCOMPARE(list.index(0, GrantListModel::ProductsColumn).data().toInt(), 3);
    QCOMPARE(list.index(0, GrantListModel::ModeColumn).data(GrantListModel::RawValueRole).toString(),
             QStringLiteral("domain"));

    GrantFilter expiring;
    expiring.today = Today;
    expiring.expiringSoon = true;
    list.setFilter(expiring);
    QCOMPARE(ids(), QStringList{QStringLiteral("A2")});
    QCOMPARE(list.rowCount(), kpis.expiringSoon);

    GrantFilter overdue;
    overdue.today = Today;
    overdue.overdueDisclosure = true;
    list.setFilter(overdue);
    QCOMPARE(ids(), (QStringList{QStringLiteral("A3"), QStringLiteral("A2"), QStringLiteral("A1")}));
    overdue.overdueDisclosure = false;
    overdue.overdueReport = true;
    list.setFilter(overdue);
    QCOMPARE(ids(), (QStringList{QStringLiteral("A3"), QStringLiteral("A2"), QStringLiteral("A1")}));
    overdue.from = QDate(2027, 1, 1); // only A1 (and A4, which owes nothing yet) run into 2027
    list.setFilter(overdue);
    QCOMPARE(ids(), QStringList{QStringLiteral("A1")});

    GrantFilter industry;
    industry.today = Today;
    industry.productUseClass = QStringLiteral("industry");
    list.setFilter(industry);
    QCOMPARE(ids(), (QStringList{QStringLiteral("A3"), QStringLiteral("A1")}));
    QVERIFY(!list.lastError().isError());
}

QTEST_GUILESS_MAIN(TestGrantKpis)
#include "tst_grantkpis.moc"

void TestGrantKpis::productsListedOnAnExchange()
{
    // A1's listed product counts; A3's was delisted.
    const GrantKpis kpis = GrantKpis::compute(m_database->connection(), Today);
    QCOMPARE(kpis.productsOnExchange, 1);
    GrantListModel list(m_database->connection());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    GrantFilter filter;
    filter.today = Today;
    filter.listedOnExchange = true;
    list.setFilter(filter);
    QCOMPARE(list.rowCount(), 1);
    QCOMPARE(list.index(0, 0).data(GrantListModel::IdRole).toString(), QStringLiteral("A1"));
}

void TestGrantKpis::firstRegistrationIsDueTwentyWorkingDaysAfterOperationStarts()
{
    const WorkingCalendar calendar = CalendarRepository::bundled();
    const DeadlineRules rules = DeadlineRules::defaults();
    // 20 working days from Monday 2026-09-21 reach over the Mid-Autumn and National Day holidays
    // (Saturday 10-10 worked): the last day is Monday 10-26.
    QCOMPARE(FirstRegistrationDeadline::dueOn(QDate(2026, 9, 21), rules, calendar).date, QDate(2026, 10, 26));
    QCOMPARE(FirstRegistrationDeadline::latestOverdueStart(QDate(2026, 10, 27), rules, calendar),
             QDate(2026, 9, 21));
    for (const QDate& today : {QDate(2026, 10, 27), QDate(2026, 2, 20), QDate(2026, 12, 31)}) {
        const QDate latest = FirstRegistrationDeadline::latestOverdueStart(today, rules, calendar);
        QVERIFY(FirstRegistrationDeadline::dueOn(latest, rules, calendar).date < today);
        QVERIFY(FirstRegistrationDeadline::dueOn(latest.addDays(1), rules, calendar).date >= today);
    }

    // A1 (operating since 2023) and A4 (renewed, since 2026-03-01) have none; A2 has one; A3 ended.
    GrantKpis kpis = GrantKpis::compute(m_database->connection(), Today);
    QCOMPARE(kpis.overdueFirstRegistrations, 2);
    GrantListModel list(m_database->connection());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    GrantFilter filter;
    filter.today = Today;
    filter.firstRegistrationOverdueFrom = kpis.firstRegistrationOverdueFrom;
    list.setFilter(filter);
    QStringList ids;
    for (int row = 0; row < list.rowCount(); ++row)
        ids << list.index(row, 0).data(GrantListModel::IdRole).toString();
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("A1"), QStringLiteral("A4")}));
    // A4 is late from the day after its due date, not on it.
    const QDate due = FirstRegistrationDeadline::dueOn(QDate(2026, 3, 1), rules, calendar).date;
    QCOMPARE(GrantKpis::compute(m_database->connection(), due).overdueFirstRegistrations, 1);
    QCOMPARE(GrantKpis::compute(m_database->connection(), due.addDays(1)).overdueFirstRegistrations, 2);

    // What the registration's detail says: in time on the due date, late by working days after it.
    const QJsonObject started{{QStringLiteral("title"), QStringLiteral("长沙交通数据授权运营协议")},
                              {QStringLiteral("starts_on"), QStringLiteral("2026-09-21")}};
    const auto filedOn = [](const char* day) {
        return QJsonObject{{QStringLiteral("submitted_on"), QLatin1String(day)}};
    };
    const QString inTime =
        FirstRegistrationDeadline::describe(filedOn("2026-10-26"), started, rules, calendar);
    QVERIFY2(inTime.contains(QStringLiteral("2026-10-26")) && inTime.contains(QStringLiteral("in time")),
             qPrintable(inTime));
    const QString late = FirstRegistrationDeadline::describe(filedOn("2026-10-28"), started, rules, calendar);
    QVERIFY2(late.contains(QStringLiteral("Filed on 2026-10-28, 2 working day")), qPrintable(late));
    QVERIFY(FirstRegistrationDeadline::describe(filedOn("2026-10-28"), {}, rules, calendar).isEmpty());

    // What the agreement's editor says: nothing before it operates; with none filed, not yet due on
    // the due date, overdue by working days after it (Tuesday 10-27 and Wednesday 10-28: 2).
    QJsonObject operating = started;
    operating.insert(QStringLiteral("state"), QStringLiteral("signed"));
    QVERIFY(
        FirstRegistrationDeadline::describeForAgreement(operating, {}, rules, calendar, QDate(2026, 12, 1))
            .isEmpty());
    operating.insert(QStringLiteral("state"), QStringLiteral("operating"));
    const QString waiting =
        FirstRegistrationDeadline::describeForAgreement(operating, {}, rules, calendar, QDate(2026, 10, 26));
    QVERIFY2(waiting.contains(QStringLiteral("2026-10-26")) &&
                 waiting.contains(QStringLiteral("not filed yet")),
             qPrintable(waiting));
    const QString overdue =
        FirstRegistrationDeadline::describeForAgreement(operating, {}, rules, calendar, QDate(2026, 10, 28));
    QVERIFY2(overdue.contains(QStringLiteral("2 working day")), qPrintable(overdue));
    QCOMPARE(FirstRegistrationDeadline::describeForAgreement(operating, filedOn("2026-10-28"), rules,
                                                             calendar, QDate(2026, 12, 1)),
             late);
}
