// Evaluation cycles (DOMAIN.md §4) on worked examples: how cycles are written and checked, the
// carry-over of a cycle's revenue above its maximum into the next cycle's years, what happens when
// the next cycle cannot absorb it, years no recorded cycle covers, and the annual 10% check held to
// the maximum after the deduction.
#include "models/pricing/EvaluationCycles.h"
#include "models/pricing/PricingRecords.h"

#include <QTest>

using namespace xs;
using namespace xs::EvaluationCycles;

namespace {

constexpr qint64 Million = 100'000'000; // ¥1,000,000.00 in fen

} // namespace

class TestEvaluationCycles : public QObject
{
    Q_OBJECT

private slots:
    void cyclesTravelAsJson();
    void cyclesAreCheckedWhole_data();
    void cyclesAreCheckedWhole();
    void agreementFieldIsChecked();
    void excessIsDeductedFromTheNextCycleInYearOrder();
    void whatTheNextCycleCannotAbsorbMovesOn();
    void uncoveredYearsFallIntoAssumedCycles();
    void annualCheckUsesTheMaximumAfterDeduction();
    void explanationNamesEveryFigure();
};

void TestEvaluationCycles::cyclesTravelAsJson()
{
    const QList<Span> spans{{2025, 2027}, {2028, 2029}};
    QCOMPARE(fromJson(toJson(spans)), std::optional<QList<Span>>(spans));
    QCOMPARE(fromJson(QString()), std::optional<QList<Span>>(QList<Span>{}));
    QVERIFY(!fromJson(QStringLiteral("[{\"from_year\": \"2025\", \"to_year\": 2027}]")));
    QVERIFY(!fromJson(QStringLiteral("{\"from_year\": 2025}")));
    QVERIFY(!fromJson(QStringLiteral("[{\"from_year\": 2025")));
}

void TestEvaluationCycles::cyclesAreCheckedWhole_data()
{
    QTest::addColumn<QList<Span>>("spans");
    QTest::addColumn<QString>("problem"); // a piece of the message; empty: accepted

    QTest::newRow("three years, then two") << QList<Span>{{2025, 2027}, {2028, 2029}} << QString();
    QTest::newRow("one year") << QList<Span>{{2025, 2025}} << QString();
    QTest::newRow("a gap between cycles") << QList<Span>{{2025, 2026}, {2028, 2029}} << QString();
    QTest::newRow("four years") << QList<Span>{{2025, 2028}} << QStringLiteral("2027-12-31");
    QTest::newRow("ends before it starts") << QList<Span>{{2027, 2025}} << QStringLiteral("end after");
    QTest::newRow("overlapping") << QList<Span>{{2025, 2027}, {2027, 2029}} << QStringLiteral("2027");
    QTest::newRow("out of order") << QList<Span>{{2028, 2029}, {2025, 2027}} << QStringLiteral("2025");
    QTest::newRow("before the term") << QList<Span>{{2023, 2025}} << QStringLiteral("2023–2025");
    QTest::newRow("after the term") << QList<Span>{{2029, 2031}} << QStringLiteral("2029–2031");
    QTest::newRow("no year") << QList<Span>{{0, 0}} << QStringLiteral("year");
}

void TestEvaluationCycles::cyclesAreCheckedWhole()
{
    QFETCH(QList<Span>, spans);
    QFETCH(QString, problem);
    const Message message = check(spans, 2024, 2030);
    if (problem.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message.text()));
    else
        QVERIFY2(message.text().contains(problem), qPrintable(message.text()));
}

void TestEvaluationCycles::agreementFieldIsChecked()
{
    QJsonObject agreement{{QStringLiteral("starts_on"), QStringLiteral("2025-07-01")},
                          {QStringLiteral("ends_on"), QStringLiteral("2030-06-30")},
                          {QStringLiteral("evaluation_cycles"), toJson({{2025, 2027}, {2028, 2030}})}};
    QVERIFY(PricingRecords::checkEvaluationCycles(agreement).isEmpty());
    agreement.insert(QStringLiteral("evaluation_cycles"), toJson({{2025, 2028}}));
    QCOMPARE(PricingRecords::checkEvaluationCycles(agreement).size(), 1);
    QCOMPARE(PricingRecords::checkEvaluationCycles(agreement).constFirst().field,
             QStringLiteral("evaluation_cycles"));
    agreement.insert(QStringLiteral("evaluation_cycles"), QStringLiteral("2025–2027"));
    QCOMPARE(PricingRecords::checkEvaluationCycles(agreement).size(), 1);
    agreement.remove(QStringLiteral("evaluation_cycles")); // none recorded: assumed when evaluated
    QVERIFY(PricingRecords::checkEvaluationCycles(agreement).isEmpty());
}

void TestEvaluationCycles::excessIsDeductedFromTheNextCycleInYearOrder()
{
    // Cycle 2025–2027: maxima 1.0 + 1.1 + 1.2 = 3.3 million, actual 1.0 + 1.3 + 1.4 = 3.7 million:
    // 0.4 million above. Cycle 2028–2029 (maxima 0.3 + 1.0 million) absorbs it: 0.3 from 2028 (down
    // to zero), 0.1 from 2029 (0.9 million left).
    const QList<ReportYear> reports{{2029, Million, Million * 9 / 10},
                                    {2025, Million, Million},
                                    {2026, Million * 11 / 10, Million * 13 / 10},
                                    {2027, Million * 12 / 10, Million * 14 / 10},
                                    {2028, Million * 3 / 10, 0}};
    const QList<CycleOutcome> cycles = evaluate({{2028, 2029}, {2025, 2027}}, reports);
    QCOMPARE(cycles.size(), 2);
    const CycleOutcome& first = cycles.at(0);
    QCOMPARE(first.span, (Span{2025, 2027}));
    QCOMPARE(first.ownMaxFen, Million * 33 / 10);
    QCOMPARE(first.carriedInFen, qint64(0));
    QCOMPARE(first.maxFen, Million * 33 / 10);
    QCOMPARE(first.actualFen, Million * 37 / 10);
    QCOMPARE(first.carriedOutFen, Million * 4 / 10);
    QCOMPARE(first.years.size(), 3);
    QCOMPARE(first.years.at(1).year, 2026);

    const CycleOutcome& second = cycles.at(1);
    QCOMPARE(second.carriedInFen, Million * 4 / 10);
    QCOMPARE(second.ownMaxFen, Million * 13 / 10);
    QCOMPARE(second.maxFen, Million * 9 / 10);
    QCOMPARE(second.years.at(0).deductedFen, Million * 3 / 10);
    QCOMPARE(second.years.at(0).maxFen, qint64(0));
    QCOMPARE(second.years.at(1).deductedFen, Million / 10);
    QCOMPARE(second.years.at(1).maxFen, Million * 9 / 10);
    QCOMPARE(second.actualFen, Million * 9 / 10);
    QCOMPARE(second.carriedOutFen, qint64(0)); // earned exactly its reduced maximum

    QCOMPARE(yearOf(cycles, 2029)->maxFen, Million * 9 / 10);
    QVERIFY(!yearOf(cycles, 2030));
}

void TestEvaluationCycles::whatTheNextCycleCannotAbsorbMovesOn()
{
    // 2 million above in 2025; the one-year cycle 2026 has a maximum of 0.5 million and earns
    // nothing: 1.5 million is still owed and comes off 2027. A recorded cycle with no report yet
    // (2028) passes nothing on and takes nothing.
    const QList<CycleOutcome> cycles =
        evaluate({{2025, 2025}, {2026, 2026}, {2027, 2027}, {2028, 2028}},
                 {{2025, Million, Million * 3}, {2026, Million / 2, 0}, {2027, Million * 2, Million * 2}});
    QCOMPARE(cycles.size(), 3);
    QCOMPARE(cycles.at(0).carriedOutFen, Million * 2);
    QCOMPARE(cycles.at(1).maxFen, qint64(0));
    QCOMPARE(cycles.at(1).carriedOutFen, Million * 3 / 2);
    QCOMPARE(cycles.at(2).years.constFirst().deductedFen, Million * 3 / 2);
    QCOMPARE(cycles.at(2).maxFen, Million / 2);
    QCOMPARE(cycles.at(2).carriedOutFen, Million * 3 / 2); // earned 2 million against 0.5
}

void TestEvaluationCycles::uncoveredYearsFallIntoAssumedCycles()
{
    // Nothing recorded: three-year cycles from the first report. With 2027–2028 recorded, 2025 and
    // 2026 fall into an assumed cycle that ends before it, and 2029 into one of its own.
    QList<CycleOutcome> cycles = evaluate({}, {{2025, Million, Million},
                                               {2026, Million, Million},
                                               {2027, Million, Million},
                                               {2028, Million, Million}});
    QCOMPARE(cycles.size(), 2);
    QCOMPARE(cycles.at(0).span, (Span{2025, 2027, false}));
    QCOMPARE(cycles.at(1).span, (Span{2028, 2030, false}));

    cycles = evaluate({{2027, 2028}}, {{2025, Million, Million},
                                       {2026, Million, Million},
                                       {2027, Million, Million},
                                       {2029, Million, Million}});
    QCOMPARE(cycles.size(), 3);
    QCOMPARE(cycles.at(0).span, (Span{2025, 2026, false}));
    QCOMPARE(cycles.at(0).years.size(), 2);
    QCOMPARE(cycles.at(1).span, (Span{2027, 2028, true}));
    QCOMPARE(cycles.at(2).span, (Span{2029, 2031, false}));
    QVERIFY(evaluate({{2025, 2027}}, {}).isEmpty());
}

void TestEvaluationCycles::annualCheckUsesTheMaximumAfterDeduction()
{
    // 2026 earns 1.05 million against its own 1.0 million (+5%: prices adjusted), but 0.2 million
    // of 2025's excess comes off its maximum: held to 0.8 million it is 31.25% over, and the caps
    // are reviewed.
    const QList<CycleOutcome> cycles =
        evaluate({{2025, 2025}, {2026, 2026}},
                 {{2025, Million, Million * 12 / 10}, {2026, Million, Million * 105 / 100}});
    const YearOutcome year = *yearOf(cycles, 2026);
    QCOMPARE(year.maxFen, Million * 8 / 10);
    QCOMPARE(year.check.deviationBp, 3125);
    QVERIFY(year.capsReviewed());
    QVERIFY(!year.operatorAdjustsPrices());
    // Exactly on the maximum: nothing to adjust; 10% under: the operator adjusts.
    const YearOutcome onIt = *yearOf(evaluate({}, {{2025, Million, Million}}), 2025);
    QVERIFY(!onIt.operatorAdjustsPrices() && !onIt.capsReviewed());
    const YearOutcome under = *yearOf(evaluate({}, {{2025, Million, Million * 9 / 10}}), 2025);
    QVERIFY(under.operatorAdjustsPrices() && !under.capsReviewed());
}

void TestEvaluationCycles::explanationNamesEveryFigure()
{
    const QList<CycleOutcome> cycles = evaluate(
        {{2025, 2025}, {2026, 2027}}, {{2025, Million, Million * 12 / 10}, {2026, Million, Million}});
    const QString first = cycles.at(0).explanation();
    QVERIFY2(first.contains(QStringLiteral("1,000,000.00")) && first.contains(QStringLiteral("200,000.00")),
             qPrintable(first));
    const QString second = cycles.at(1).explanation();
    QVERIFY2(second.contains(QStringLiteral("2026–2027")) && second.contains(QStringLiteral("800,000.00")),
             qPrintable(second));
    QVERIFY2(evaluate({}, {{2025, Million, Million}})
                 .constFirst()
                 .explanation()
                 .contains(QStringLiteral("assumed")),
             "an assumed cycle says so");
}

QTEST_GUILESS_MAIN(TestEvaluationCycles)
#include "tst_evaluationcycles.moc"
