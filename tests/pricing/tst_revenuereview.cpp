// The annual 10% check as work (RevenueReviews) on a hand-made set whose answers are worked out in
// the comments: which agreements must adjust prices or have their caps reviewed, by when, whether a
// later month's price or cap shows it done, what a published rule changes, and the work list's
// model and the drill-down to the agreements behind a figure.
#include "models/grants/DashboardFigures.h"
#include "models/grants/GrantListModel.h"
#include "models/pricing/OperatingReport.h"
#include "models/pricing/RevenueReviewModel.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;

namespace {

const QDate Today(2026, 12, 4);
constexpr qint64 Million = 100'000'000; // ¥1,000,000.00 in fen

QJsonObject report(const char* agreement, int year, qint64 maximum, qint64 actual, const char* submitted)
{
    QJsonObject fields{{QStringLiteral("agreement_id"), QLatin1String(agreement)},
                       {QStringLiteral("year"), year},
                       {QStringLiteral("max_revenue_fen"), maximum},
                       {QStringLiteral("actual_revenue_fen"), actual}};
    if (submitted)
        fields.insert(QStringLiteral("submitted_on"), QLatin1String(submitted));
    return fields;
}

QJsonObject price(const char* product, const char* month, qint64 specific, qint64 cap)
{
    return {{QStringLiteral("product_id"), QLatin1String(product)},
            {QStringLiteral("month"), QLatin1String(month)},
            {QStringLiteral("price_fen"), specific},
            {QStringLiteral("cap_fen"), cap}};
}

GrantFilter filterOfToday()
{
    GrantFilter filter;
    filter.today = Today;
    return filter;
}

} // namespace

class TestRevenueReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void actionsDeadlinesAndWhatWasDone();
    void carryOverDecidesTheAction();
    void publishedRuleMovesTheDeadline();
    void operatingReportGathersTheYear();
    void tileOpensTheAgreementsItCounts();
    void modelShowsTheWorkList();
    void emptyDatabaseHasNoWork();

private:
    void write(const QString& entity, const QString& id, const QJsonObject& fields, bool deleted = false);
    RevenueReviews compute(const DeadlineRules& rules = DeadlineRules::defaults()) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

void TestRevenueReview::write(const QString& entity, const QString& id, const QJsonObject& fields,
                              bool deleted)
{
    test::plantRecord(m_database->connection(), entity, id, fields, deleted);
}

RevenueReviews TestRevenueReview::compute(const DeadlineRules& rules) const
{
    return RevenueReviews::compute(m_database->connection(), filterOfToday(), rules, WorkingCalendar{});
}

void TestRevenueReview::initTestCase()
{
    m_database = test::createDatabase(m_dir.filePath(QStringLiteral("r.db")), DatabaseKey::generate());
    const auto agreement = [](const char* title, const QString& cycles) {
        return QJsonObject{{QStringLiteral("title"), QString::fromUtf8(title)},
                           {QStringLiteral("state"), QStringLiteral("operating")},
                           {QStringLiteral("starts_on"), QStringLiteral("2023-01-01")},
                           {QStringLiteral("ends_on"), QStringLiteral("2031-12-31")},
                           {QStringLiteral("evaluation_cycles"), cycles}};
    };
    // A1 甲: 2025 earned 5% above its maximum: the operator adjusts prices within 60 days of the
    // report (2026-03-20 → 2026-05-19); June's price differs from March's, so it is done.
    write(QStringLiteral("grant_agreement"), QStringLiteral("A1"),
          agreement("甲协议", QStringLiteral(R"([{"from_year":2024,"to_year":2025}])")));
    write(QStringLiteral("grant_report"), QStringLiteral("R1a"),
          report("A1", 2024, Million, Million, "2025-03-15"));
    write(QStringLiteral("grant_report"), QStringLiteral("R1b"),
          report("A1", 2025, Million, Million * 105 / 100, "2026-03-20"));
    write(QStringLiteral("grant_product"), QStringLiteral("P1"),
          {{QStringLiteral("agreement_id"), QStringLiteral("A1")}});
    write(QStringLiteral("grant_price"), QStringLiteral("M1a"), price("P1", "2026-03", 50'000, 60'000));
    write(QStringLiteral("grant_price"), QStringLiteral("M1b"), price("P1", "2026-04", 50'000, 60'000));
    write(QStringLiteral("grant_price"), QStringLiteral("M1c"), price("P1", "2026-06", 45'000, 60'000));

    // A2 乙: no cycle recorded; 2025 earned 20% above: the caps are reviewed within 90 days
    // (2026-03-10 → 2026-06-08). Only its price moved since, not its cap: overdue.
    write(QStringLiteral("grant_agreement"), QStringLiteral("A2"), agreement("乙协议", QString()));
    write(QStringLiteral("grant_report"), QStringLiteral("R2"),
          report("A2", 2025, Million, Million * 12 / 10, "2026-03-10"));
    write(QStringLiteral("grant_product"), QStringLiteral("P2"),
          {{QStringLiteral("agreement_id"), QStringLiteral("A2")}});
    write(QStringLiteral("grant_price"), QStringLiteral("M2a"), price("P2", "2026-03", 50'000, 60'000));
    write(QStringLiteral("grant_price"), QStringLiteral("M2b"), price("P2", "2026-05", 52'000, 60'000));
    write(QStringLiteral("grant_price"), QStringLiteral("M2c"), price("P2", "2026-08", 52'000, 61'000), true);

    // A3 丙: exactly on its maximum; reported twice for 2025, the later submission stands (the
    // earlier said 30% below).
    write(QStringLiteral("grant_agreement"), QStringLiteral("A3"), agreement("丙协议", QString()));
    write(QStringLiteral("grant_report"), QStringLiteral("R3a"),
          report("A3", 2025, Million, Million * 7 / 10, "2026-03-01"));
    write(QStringLiteral("grant_report"), QStringLiteral("R3b"),
          report("A3", 2025, Million, Million, "2026-03-25"));

    // A4 丁: 3% under, reported 2026-11-20: due 2027-01-19, still open.
    write(QStringLiteral("grant_agreement"), QStringLiteral("A4"), agreement("丁协议", QString()));
    write(QStringLiteral("grant_report"), QStringLiteral("R4"),
          report("A4", 2025, Million, Million * 97 / 100, "2026-11-20"));

    // A5 戊: a report not yet submitted, and a deleted one: no work.
    write(QStringLiteral("grant_agreement"), QStringLiteral("A5"), agreement("戊协议", QString()));
    write(QStringLiteral("grant_report"), QStringLiteral("R5a"),
          report("A5", 2025, Million, Million * 2, nullptr));
    write(QStringLiteral("grant_report"), QStringLiteral("R5b"),
          report("A5", 2024, Million, Million * 2, "2025-03-01"), true);

    // A6 己: 2024 earned 0.3 million above its one-year cycle; 2025 earned 1.0 million against its
    // own 1.0, but held to 0.7 million after the deduction it is 42.86% over: caps reviewed. Its
    // cap changed in 2026-04: done.
    write(QStringLiteral("grant_agreement"), QStringLiteral("A6"),
          agreement(
              "己协议",
              QStringLiteral(R"([{"from_year":2024,"to_year":2024},{"from_year":2025,"to_year":2027}])")));
    write(QStringLiteral("grant_report"), QStringLiteral("R6a"),
          report("A6", 2024, Million, Million * 13 / 10, "2025-03-01"));
    QJsonObject r6b = report("A6", 2025, Million, Million, "2026-03-05");
    r6b.insert(QStringLiteral("cost_fen"), Million * 7 / 10);
    r6b.insert(QStringLiteral("rate_bp"), 800);
    r6b.insert(QStringLiteral("taxes_fen"), Million / 20);
    r6b.insert(QStringLiteral("product_sales"),
               QStringLiteral(R"([{"product":"己查询接口","quantity":1200,"revenue_fen":60000000},)"
                              R"({"product":"己分析报告","quantity":40,"revenue_fen":40000000}])"));
    write(QStringLiteral("grant_report"), QStringLiteral("R6b"), r6b);
    write(QStringLiteral("grant_product"), QStringLiteral("P6"),
          {{QStringLiteral("agreement_id"), QStringLiteral("A6")},
           {QStringLiteral("name"), QStringLiteral("己查询接口")}});
    // Its 2025 prices: lowered from March, the cap cut from July (December 2024 is the price before).
    write(QStringLiteral("grant_price"), QStringLiteral("M6x"), price("P6", "2024-12", 50'000, 60'000));
    write(QStringLiteral("grant_price"), QStringLiteral("M6y"), price("P6", "2025-03", 48'000, 60'000));
    write(QStringLiteral("grant_price"), QStringLiteral("M6z"), price("P6", "2025-07", 48'000, 55'000));
    write(QStringLiteral("grant_price"), QStringLiteral("M6w"), price("P6", "2025-08", 48'000, 55'000));
    write(QStringLiteral("grant_price"), QStringLiteral("M6a"), price("P6", "2026-03", 50'000, 60'000));
    write(QStringLiteral("grant_price"), QStringLiteral("M6b"), price("P6", "2026-04", 50'000, 55'000));
}

void TestRevenueReview::actionsDeadlinesAndWhatWasDone()
{
    const RevenueReviews reviews = compute();
    QVERIFY2(!reviews.error.isError(), qPrintable(reviews.error.fullText()));
    QStringList ids;
    for (const RevenueReview& review : reviews.reviews)
        ids << review.agreementId;
    QCOMPARE(ids, (QStringList{"A4", "A3", "A2", "A6", "A1"})); // by title: 丁 丙 乙 己 甲 (code points)

    const auto find = [&reviews](const char* id) {
        return *std::find_if(reviews.reviews.cbegin(), reviews.reviews.cend(),
                             [id](const RevenueReview& r) { return r.agreementId == QLatin1String(id); });
    };
    const RevenueReview a1 = find("A1");
    QCOMPARE(a1.action, RevenueReview::Action::AdjustPrices);
    QCOMPARE(a1.year.year, 2025);
    QCOMPARE(a1.year.check.deviationBp, 500);
    QCOMPARE(a1.dueOn.date, QDate(2026, 5, 19));
    QCOMPARE(a1.doneIn, QStringLiteral("2026-06"));
    QVERIFY(a1.doneLate()); // due in May
    QVERIFY(!a1.overdue(Today));

    const RevenueReview a2 = find("A2");
    QCOMPARE(a2.action, RevenueReview::Action::ReviewCaps);
    QCOMPARE(a2.dueOn.date, QDate(2026, 6, 8));
    QVERIFY(!a2.done()); // its price moved, its cap did not (the deleted month does not count)
    QVERIFY(a2.overdue(Today));
    QVERIFY(!a2.overdue(QDate(2026, 6, 8))); // due that day: not yet overdue
    QVERIFY(!a2.cycle.span.recorded);

    const RevenueReview a3 = find("A3");
    QCOMPARE(a3.action, RevenueReview::Action::None);
    QVERIFY(!a3.dueOn.date.isValid());
    QVERIFY(!a3.overdue(Today));

    const RevenueReview a4 = find("A4");
    QCOMPARE(a4.action, RevenueReview::Action::AdjustPrices);
    QCOMPARE(a4.dueOn.date, QDate(2027, 1, 19));
    QVERIFY(!a4.overdue(Today));

    QCOMPARE(reviews.count(RevenueReview::Action::AdjustPrices), 2);
    QCOMPARE(reviews.count(RevenueReview::Action::ReviewCaps), 2);
    QCOMPARE(reviews.overdue(Today), 1);
    QCOMPARE(reviews.outOfBandAgreements(), (QStringList{"A2", "A6"}));
}

void TestRevenueReview::carryOverDecidesTheAction()
{
    const RevenueReviews reviews = compute();
    const RevenueReview a6 = *std::find_if(reviews.reviews.cbegin(), reviews.reviews.cend(),
                                           [](const RevenueReview& r) { return r.agreementId == "A6"; });
    QCOMPARE(a6.cycle.span, (EvaluationCycles::Span{2025, 2027}));
    QCOMPARE(a6.cycle.carriedInFen, Million * 3 / 10);
    QCOMPARE(a6.year.maxFen, Million * 7 / 10);
    QCOMPARE(a6.year.check.deviationBp, 4286);
    QCOMPARE(a6.action, RevenueReview::Action::ReviewCaps);
    QCOMPARE(a6.doneIn, QStringLiteral("2026-04"));
    QVERIFY(!a6.doneLate()); // due 2026-06-03
    const QString why = a6.explanation();
    QVERIFY2(why.contains(QStringLiteral("300,000.00")) && why.contains(QStringLiteral("+42.86%")),
             qPrintable(why));
}

void TestRevenueReview::publishedRuleMovesTheDeadline()
{
    // The bureau publishes 10 working days for a price adjustment: from Friday 2026-03-20, ten
    // working days end on Friday 2026-04-03 (no holiday in between on a plain calendar).
    DeadlineRules rules = DeadlineRules::defaults();
    rules.set({DeadlineRules::PriceAdjustment, 10, DeadlineRule::Unit::WorkingDays, QStringLiteral("test")});
    const RevenueReviews reviews = compute(rules);
    const RevenueReview a1 = *std::find_if(reviews.reviews.cbegin(), reviews.reviews.cend(),
                                           [](const RevenueReview& r) { return r.agreementId == "A1"; });
    QCOMPARE(a1.dueOn.date, QDate(2026, 4, 3));
}

void TestRevenueReview::operatingReportGathersTheYear()
{
    DatabaseError error;
    const std::optional<OperatingReport> report =
        OperatingReport::load(m_database->connection(), QStringLiteral("A6"), 2025, DeadlineRules::defaults(),
                              WorkingCalendar{}, &error);
    QVERIFY2(report, qPrintable(error.fullText()));
    QCOMPARE(report->agreementTitle, QStringLiteral("己协议"));
    QCOMPARE(report->dueOn, QDate(2026, 3, 31));
    QCOMPARE(report->submittedOn, QDate(2026, 3, 5));
    QVERIFY(!report->late(Today));
    // 1.0 million of revenue, 0.7 million of cost and 0.05 million of taxes: 0.25 million of profit.
    QCOMPARE(report->profitFen(), Million / 4);
    QCOMPARE(report->outcome.deductedFen, Million * 3 / 10);
    QCOMPARE(report->action, RevenueReview::Action::ReviewCaps);
    QCOMPARE(report->actionDueOn.date, QDate(2026, 6, 3));
    QCOMPARE(report->sales.size(), 2);
    QCOMPARE(report->sales.at(1).product, QStringLiteral("己分析报告"));
    QCOMPARE(report->sales.at(1).revenueFen, Million * 4 / 10);
    QCOMPARE(report->priceChanges.size(), 2); // March's price, July's cap; August changed nothing
    QCOMPARE(report->priceChanges.at(0).month, QStringLiteral("2025-03"));
    QCOMPARE(report->priceChanges.at(0).priceBeforeFen, 50'000);
    QCOMPARE(report->priceChanges.at(0).priceFen, 48'000);
    QCOMPARE(report->priceChanges.at(1).month, QStringLiteral("2025-07"));
    QCOMPARE(report->priceChanges.at(1).capBeforeFen, 60'000);
    QCOMPARE(report->priceChanges.at(1).capFen, 55'000);

    // A year not reported, or not submitted, and an agreement not here: nothing, and no error.
    for (const auto& [id, year] : {std::pair{"A6", 2023}, std::pair{"A5", 2025}, std::pair{"none", 2025}}) {
        QVERIFY(!OperatingReport::load(m_database->connection(), QLatin1String(id), year,
                                       DeadlineRules::defaults(), WorkingCalendar{}, &error));
        QVERIFY(!error.isError());
    }
}

void TestRevenueReview::tileOpensTheAgreementsItCounts()
{
    GrantFilter filter = filterOfToday();
    const DashboardFigures figures = DashboardFigures::compute(m_database->connection(), filter);
    QVERIFY2(!figures.error().isError(), qPrintable(figures.error().fullText()));
    QCOMPARE(figures.revenueReviews.reviews.size(), 5);

    GrantListModel model(m_database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.agreementIds = figures.revenueReviews.outOfBandAgreements();
    model.setFilter(filter);
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.index(row, 0).data(GrantListModel::IdRole).toString();
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, (QStringList{"A2", "A6"}));
    filter.agreementIds = QStringList{}; // a figure of none opens none, not all
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
}

void TestRevenueReview::modelShowsTheWorkList()
{
    RevenueReviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setReviews(compute().reviews, Today);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(RevenueReviewModel::ColumnCount));
    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    // Row 2 is A2 (乙): 20% over, caps, overdue.
    QCOMPARE(cell(2, RevenueReviewModel::AgreementColumn).toString(), QStringLiteral("乙协议"));
    QCOMPARE(cell(2, RevenueReviewModel::ActualColumn).toString(), QStringLiteral("1,200,000.00"));
    QCOMPARE(cell(2, RevenueReviewModel::DeviationColumn).toString(), QStringLiteral("+20.00%"));
    QCOMPARE(cell(2, RevenueReviewModel::ActionColumn).toString(),
             RevenueReview::actionText(RevenueReview::Action::ReviewCaps));
    QCOMPARE(cell(2, RevenueReviewModel::DueColumn).toString(), QStringLiteral("2026-06-08"));
    QCOMPARE(cell(2, RevenueReviewModel::StatusColumn).toString(), model.tr("Overdue"));
    QVERIFY(cell(2, 0, RevenueReviewModel::OverdueRole).toBool());
    QCOMPARE(cell(2, 0, RevenueReviewModel::AgreementIdRole).toString(), QStringLiteral("A2"));
    QCOMPARE(cell(2, RevenueReviewModel::DeviationColumn, RevenueReviewModel::SortRole).toInt(), 2000);
    QVERIFY(cell(2, RevenueReviewModel::YearColumn, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("assumed")));
    // Row 1 is A3 (丙): on its maximum, nothing due; row 3 is A6 (己): its cap changed in April,
    // before the deadline in June; row 4 is A1 (甲): due in May, its price changed in June.
    QCOMPARE(cell(1, RevenueReviewModel::DueColumn).toString(), QStringLiteral("—"));
    QCOMPARE(cell(3, RevenueReviewModel::StatusColumn).toString(), model.tr("Done (%1)").arg("2026-04"));
    QCOMPARE(cell(4, RevenueReviewModel::StatusColumn).toString(), model.tr("Done late (%1)").arg("2026-06"));
    QCOMPARE(cell(0, RevenueReviewModel::StatusColumn).toString(), model.tr("Open"));
    model.setReviews({}, Today);
    QCOMPARE(model.rowCount(), 0);
}

void TestRevenueReview::emptyDatabaseHasNoWork()
{
    QTemporaryDir dir;
    const std::unique_ptr<Database> empty =
        test::createDatabase(dir.filePath(QStringLiteral("e.db")), DatabaseKey::generate());
    const RevenueReviews reviews = RevenueReviews::compute(empty->connection(), filterOfToday(),
                                                           DeadlineRules::defaults(), WorkingCalendar{});
    QVERIFY(!reviews.error.isError());
    QVERIFY(reviews.reviews.isEmpty());
    QCOMPARE(reviews.overdue(Today), 0);
}

QTEST_GUILESS_MAIN(TestRevenueReview)
#include "tst_revenuereview.moc"
