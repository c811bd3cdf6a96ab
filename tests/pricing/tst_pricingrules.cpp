// The price rules of DOMAIN.md §4 on worked examples: the cap on r, the maximum allowed revenue,
// the 10% rule at its edge, the carry-over into the next cycle, tiers and discounts under the
// cap, prices above the cap, shares that must make 100%, the trial price and the cycle length.
#include "models/pricing/PricingRules.h"

#include <QTest>

using namespace xs;
using namespace xs::PricingRules;

namespace {

// A worked example: an operator's industry products cost ¥1,000,000.00 (net of subsidies) in the
// 2025 cost survey; the 2024 average 10-year Treasury yield is taken as 2.05%, so r may be at most
// 8.05%; taxes are ¥64,800.00.
RevenueInputs example(int rateBp)
{
    RevenueInputs inputs;
    inputs.costFen = 100'000'000;
    inputs.rateBp = rateBp;
    inputs.taxesFen = 6'480'000;
    inputs.treasuryYieldBp = 205;
    inputs.yieldYear = 2024;
    inputs.costSurveyYear = 2025;
    return inputs;
}

} // namespace

class TestPricingRules : public QObject
{
    Q_OBJECT

private slots:
    void maxRevenueIsCostPlusReturnPlusTaxes();
    void rateAboveTheCapIsRefused();
    void yieldMustBeOfTheYearBeforeTheSurvey();
    void tenPercentRule_data();
    void tenPercentRule();
    void excessIsCarriedIntoTheNextCycle();
    void priceAboveTheCapIsRefused();
    void tiersStayUnderTheCap();
    void discountsStayUnderTheCap();
    void sharesMustMakeAHundredPercent();
    void trialPriceAndEvaluationCycle();
};

void TestPricingRules::maxRevenueIsCostPlusReturnPlusTaxes()
{
    const MaxRevenue result = maxAllowedRevenue(example(800)); // r = 8%
    QVERIFY2(result.fen, qPrintable(result.problem.text()));
    // 1,000,000 + 80,000 + 64,800
    QCOMPARE(*result.fen, qint64(114'480'000));
    QCOMPARE(yuan(*result.fen), QStringLiteral("1,144,800.00"));
    QCOMPARE(result.rateCapBp, 805);
    // Rounding once, at the end: ¥333.33 at 8.05% is ¥26.833…, i.e. 2,683 fen.
    RevenueInputs small = example(805);
    small.costFen = 33'333;
    small.taxesFen = 0;
    QCOMPARE(*maxAllowedRevenue(small).fen, qint64(33'333 + 2'683));
}

void TestPricingRules::rateAboveTheCapIsRefused()
{
    QVERIFY(maxAllowedRevenue(example(805)).fen); // exactly at the cap
    const MaxRevenue refused = maxAllowedRevenue(example(806));
    QVERIFY(!refused.fen);
    QVERIFY2(refused.problem.text().contains(QStringLiteral("8.05%")), qPrintable(refused.problem.text()));
    QVERIFY(!maxAllowedRevenue(example(-1)).fen);
}

void TestPricingRules::yieldMustBeOfTheYearBeforeTheSurvey()
{
    RevenueInputs inputs = example(800);
    inputs.yieldYear = 2025;
    const MaxRevenue refused = maxAllowedRevenue(inputs);
    QVERIFY(!refused.fen);
    QVERIFY(refused.problem.text().contains(QStringLiteral("2024")));
}

void TestPricingRules::tenPercentRule_data()
{
    QTest::addColumn<qint64>("actual");
    QTest::addColumn<int>("deviationBp");
    QTest::addColumn<bool>("capsAdjusted");
    const qint64 max = 114'480'000;
    QTest::newRow("on target") << max << 0 << false;
    QTest::newRow("+9.19%") << qint64(125'000'000) << 919 << false;
    QTest::newRow("exactly +10%") << qint64(125'928'000) << 1000 << false;
    QTest::newRow("one fen over +10%") << qint64(125'928'001) << 1000 << true; // rounds to 10.00%, is above
    QTest::newRow("+13.56%") << qint64(130'000'000) << 1356 << true;
    QTest::newRow("exactly -10%") << qint64(103'032'000) << -1000 << false;
    QTest::newRow("-20%") << qint64(91'584'000) << -2000 << true;
}

void TestPricingRules::tenPercentRule()
{
    QFETCH(qint64, actual);
    QFETCH(int, deviationBp);
    QFETCH(bool, capsAdjusted);
    const Deviation check = annualCheck(actual, 114'480'000);
    QCOMPARE(check.deviationBp, deviationBp);
    QCOMPARE(check.capsAdjusted, capsAdjusted);
    QCOMPARE(check.operatorAdjustsPrices, !capsAdjusted);
}

void TestPricingRules::excessIsCarriedIntoTheNextCycle()
{
    // The year earned ¥1,250,000 against ¥1,144,800: ¥105,200 above it (EvaluationCycles carries
    // a cycle's excess into the next; tst_evaluationcycles).
    QCOMPARE(annualCheck(125'000'000, 114'480'000).excessFen, qint64(10'520'000));
    QCOMPARE(annualCheck(100'000'000, 114'480'000).excessFen, qint64(0)); // below: nothing above
}

void TestPricingRules::priceAboveTheCapIsRefused()
{
    QVERIFY(checkSpecificPrice(50'000, 50'000).isEmpty());
    QVERIFY(checkSpecificPrice(50'001, 50'000).text().contains(QStringLiteral("500.00")));
    QVERIFY(!checkSpecificPrice(-1, 50'000).isEmpty());
}

void TestPricingRules::tiersStayUnderTheCap()
{
    // Per call: ¥0.50 up to 10,000 calls, ¥0.40 up to 100,000, ¥0.30 beyond; cap ¥0.50.
    const QList<Tier> tiers{{0, 50}, {10'000, 40}, {100'000, 30}};
    QVERIFY(checkTiers(tiers, 50).isEmpty());
    QCOMPARE(tieredAmount(tiers, 5'000), std::optional<qint64>(250'000));
    QCOMPARE(tieredAmount(tiers, 150'000), std::optional<qint64>(10'000 * 50 + 90'000 * 40 + 50'000 * 30));
    QCOMPARE(tieredAmount(tiers, 0), std::optional<qint64>(0));
    QVERIFY(checkTiers({{0, 50}, {10'000, 55}}, 50).text().contains(QStringLiteral("0.55"))); // above the cap
    QVERIFY(!checkTiers({{0, 50}, {10'000, 40}, {10'000, 30}}, 50).isEmpty());                // not rising
    QVERIFY(!checkTiers({{5, 50}}, 50).isEmpty()); // no tier from 0
    QVERIFY(!checkTiers({{0, 0}}, 50).isEmpty());  // free is not a tier
}

void TestPricingRules::discountsStayUnderTheCap()
{
    // 30% off for research, on a price at the cap: stays under it, rounded once.
    QCOMPARE(discounted(50'000, 3000), qint64(35'000));
    QCOMPARE(discounted(333, 1000), qint64(300));       // 299.7 → 300
    QCOMPARE(discounted(50'000, 12000), qint64(0));     // a discount cannot exceed 100%
    QCOMPARE(discounted(50'000, -500), qint64(50'000)); // nor raise the price
}

void TestPricingRules::sharesMustMakeAHundredPercent()
{
    QVERIFY(checkShares({{QStringLiteral("数据提供单位"), 4000},
                         {QStringLiteral("运营机构"), 4500},
                         {QStringLiteral("财政"), 1500}})
                .isEmpty());
    const QString short99 =
        checkShares({{QStringLiteral("数据提供单位"), 4000}, {QStringLiteral("运营机构"), 5900}}).text();
    QVERIFY2(short99.contains(QStringLiteral("99.00%")), qPrintable(short99));
    QVERIFY(!checkShares({{QStringLiteral("运营机构"), 10000}, {QStringLiteral("财政"), 0}}).isEmpty());
    QVERIFY(!checkShares({{QString(), 10000}}).isEmpty());
    QVERIFY(!checkShares({}).isEmpty());
}

void TestPricingRules::trialPriceAndEvaluationCycle()
{
    const QDate start(2025, 7, 1);
    QVERIFY(trialPriceApplies(start, QDate(2026, 6, 30)));
    QVERIFY(!trialPriceApplies(start, QDate(2026, 7, 1)));
    QVERIFY(checkEvaluationCycle(start, QDate(2028, 6, 30)).isEmpty());
    QVERIFY(checkEvaluationCycle(start, QDate(2028, 7, 1)).text().contains(QStringLiteral("2028-06-30")));
    QVERIFY(!checkEvaluationCycle(start, QDate(2025, 6, 30)).isEmpty());
}

QTEST_GUILESS_MAIN(TestPricingRules)
#include "tst_pricingrules.moc"
