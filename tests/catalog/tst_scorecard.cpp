// The department scorecard (绩效考核) against a department computed by hand: what each measure
// counts in a quarter still running, the weighted score, the rank among departments, the trend
// on the quarter before, stored weights, and the records behind a figure.

#include "models/common/Clock.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"
#include "models/scorecard/Scorecard.h"
#include "models/scorecard/ScorecardReport.h"
#include "tests/support/ScorecardFixture.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;
using ScorecardMeasures::Measure;

namespace {

using test::ScorecardFixture::Hand;
using test::ScorecardFixture::Other;
using test::ScorecardFixture::record;
using test::ScorecardFixture::Today;

} // namespace

class TestScorecard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void periodsAreQuartersAndYears();
    void aDepartmentIsScoredAsComputedByHand();
    void storedWeightsChangeTheScore();
    void theRecordsBehindAFigureAreListed();
    void theReportCarriesEveryFigure();
    void revisionsCountAgainstTheDepartmentsDeadline(); // last: adds revisions to the fixture

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    ScorecardMeasures::Period m_quarter;
};

void TestScorecard::initTestCase()
{
    m_database = test::createDatabase(m_dir.filePath(QStringLiteral("s.db")), DatabaseKey::generate());
    m_quarter = *ScorecardMeasures::Period::parse(QStringLiteral("2026-Q4"));
    QVERIFY(test::ScorecardFixture::write(m_database->connection()));
}

void TestScorecard::periodsAreQuartersAndYears()
{
    QCOMPARE(m_quarter.first, QDate(2026, 10, 1));
    QCOMPARE(m_quarter.last, QDate(2026, 12, 31));
    QCOMPARE(m_quarter.previous().name, QStringLiteral("2026-Q3"));
    QCOMPARE(ScorecardMeasures::Period::parse(QStringLiteral("2026-Q1"))->previous().name,
             QStringLiteral("2025-Q4"));
    QCOMPARE(ScorecardMeasures::Period::parse(QStringLiteral("2026"))->previous().name,
             QStringLiteral("2025"));
    QCOMPARE(ScorecardMeasures::Period::quarterOf(Today).name, QStringLiteral("2026-Q4"));
    for (const char* wrong : {"2026-Q5", "2026Q4", "26", "", "2026-Q"})
        QVERIFY2(!ScorecardMeasures::Period::parse(QLatin1String(wrong)), wrong);
}

void TestScorecard::aDepartmentIsScoredAsComputedByHand()
{
    const Scorecard::Result result = Scorecard::compute(m_database->connection(), m_quarter,
                                                        ScorecardMeasures::Weights::defaults(), Today);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message()));
    QCOMPARE(result.departments.size(), 2);
    const DepartmentScore& other = result.departments.at(0); // 100 on both catalog measures
    const DepartmentScore& hand = result.departments.at(1);
    QCOMPARE(other.code, Other);
    QCOMPARE(other.rank, 1);
    QCOMPARE(hand.code, Hand);
    QCOMPARE(hand.rank, 2);
    const auto figure = [&hand](Measure measure) {
        const ScorecardFigure& f = hand.figures.at(std::size_t(measure));
        return QStringLiteral("%1/%2").arg(f.done).arg(f.total);
    };
    QCOMPARE(figure(Measure::CatalogCoverage), QStringLiteral("3/4"));
    QCOMPARE(figure(Measure::EntriesCurrent), QStringLiteral("2/3"));
    QCOMPARE(figure(Measure::RequestsOnTime), QStringLiteral("1/3"));
    QCOMPARE(figure(Measure::FeedbackOnTime), QStringLiteral("0/1"));
    QCOMPARE(figure(Measure::OrdersOnTime), QStringLiteral("1/1"));
    QCOMPARE(figure(Measure::OpenDataAnswered), QStringLiteral("1/1"));
    // (20·75 + 20·66.67 + 20·33.33 + 10·0 + 15·100 + 15·100) / 100
    QVERIFY(hand.score);
    QCOMPARE(qRound(*hand.score * 100), 6500);
    // The quarter before: the catalog on 30 September (e1, e2 and e4 not yet updated there count as
    // current: their last update lies ahead) and r5 answered in time: (20·75 + 20·66.67 + 20·100) / 60.
    QVERIFY(hand.previousScore);
    QCOMPARE(qRound(*hand.previousScore * 100), 8056);
    QCOMPARE(qRound(*hand.trend() * 100), 6500 - 8056);
}

void TestScorecard::storedWeightsChangeTheScore()
{
    const ScorecardMeasures::Weights weights = ScorecardMeasures::Weights::fromRecords({record(
        "scorecard_weight", QStringLiteral("w1"),
        {{QStringLiteral("measure"), QStringLiteral("requests_on_time")}, {QStringLiteral("weight"), 0}})});
    QCOMPARE(weights.weight(Measure::RequestsOnTime), 0);
    QCOMPARE(weights.weight(Measure::CatalogCoverage), 20);
    const Scorecard::Result result = Scorecard::compute(m_database->connection(), m_quarter, weights, Today);
    // (20·75 + 20·66.67 + 10·0 + 15·100 + 15·100) / 80
    QCOMPARE(qRound(*result.departments.at(1).score * 100), 7292);
}

void TestScorecard::theRecordsBehindAFigureAreListed()
{
    DatabaseError error;
    const QList<ScorecardRecord> requests = Scorecard::recordsBehind(
        m_database->connection(), m_quarter, Today, Measure::RequestsOnTime, Hand, 100, &error);
    QVERIFY(!error.isError());
    QStringList ids;
    for (const ScorecardRecord& each : requests)
        ids << each.id + (each.counted ? QStringLiteral("+") : QStringLiteral("-"));
    QCOMPARE(ids, (QStringList{QStringLiteral("r3-"), QStringLiteral("r2-"), QStringLiteral("r1+")}));
    QCOMPARE(requests.constFirst().entity, QStringLiteral("sharing_request"));
    const QList<ScorecardRecord> entries = Scorecard::recordsBehind(
        m_database->connection(), m_quarter, Today, Measure::EntriesCurrent, Hand, 100, &error);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(std::ranges::count_if(entries, [](const ScorecardRecord& each) { return !each.counted; }), 1);
}

void TestScorecard::theReportCarriesEveryFigure()
{
    const ScorecardMeasures::Weights weights = ScorecardMeasures::Weights::defaults();
    const Scorecard::Result result = Scorecard::compute(m_database->connection(), m_quarter, weights, Today);
    const QJsonObject json = ScorecardReport::toJson(result, weights);
    QCOMPARE(json.value(QStringLiteral("period")).toString(), QStringLiteral("2026-Q4"));
    const QJsonObject hand = json.value(QStringLiteral("departments")).toArray().at(1).toObject();
    QCOMPARE(hand.value(QStringLiteral("score")).toDouble(), 65.0);
    QCOMPARE(hand.value(QStringLiteral("rank")).toInt(), 2);
    const QJsonObject requests = hand.value(QStringLiteral("measures"))
                                     .toObject()
                                     .value(QStringLiteral("requests_on_time"))
                                     .toObject();
    QCOMPARE(requests.value(QStringLiteral("done")).toInt(), 1);
    QCOMPARE(requests.value(QStringLiteral("total")).toInt(), 3);
    QCOMPARE(requests.value(QStringLiteral("percent")).toDouble(), 33.3);
    const QString xlsx = m_dir.filePath(QStringLiteral("scorecard.xlsx"));
    QVERIFY(!ScorecardReport::write(xlsx, RequestReport::Format::Xlsx, result, weights).isError());
    QVERIFY(QFileInfo(xlsx).size() > 1000);
}

void TestScorecard::revisionsCountAgainstTheDepartmentsDeadline()
{
    // Hand's revisions in 2026-Q4: one submitted by its deadline, one still a draft past it; one not
    // due yet and one discarded count for nothing.
    const auto revision = [](const char* id, const char* entry, const char* state, const char* due,
                             const char* submitted) {
        QJsonObject fields{{QStringLiteral("entry_id"), QLatin1String(entry)},
                           {QStringLiteral("changes"), QStringLiteral("{\"abstract\":\"修订\"}")},
                           {QStringLiteral("reason"), QStringLiteral("law")},
                           {QStringLiteral("state"), QLatin1String(state)},
                           {QStringLiteral("due_on"), QLatin1String(due)}};
        if (submitted)
            fields.insert(QStringLiteral("submitted_on"), QLatin1String(submitted));
        return record("catalog_revision", QLatin1String(id), fields);
    };
    for (const RecordState& each : {revision("rv1", "e1", "approved", "2026-11-05", "2026-11-04"),
                                    revision("rv2", "e2", "draft", "2026-11-10", nullptr),
                                    revision("rv3", "e3", "draft", "2026-12-10", nullptr),
                                    revision("rv4", "e3", "discarded", "2026-10-20", nullptr)})
        QVERIFY(!LocalRecordStore(m_database->connection()).write(*findEntity(each.entity), each).isError());
    const Scorecard::Result result = Scorecard::compute(m_database->connection(), m_quarter,
                                                        ScorecardMeasures::Weights::defaults(), Today);
    const DepartmentScore& hand = result.departments.at(1);
    QCOMPARE(hand.code, Hand);
    const ScorecardFigure& revised = hand.figures.at(std::size_t(Measure::RevisionsOnTime));
    QCOMPARE(QStringLiteral("%1/%2").arg(revised.done).arg(revised.total), QStringLiteral("1/2"));
    // (20·75 + 20·66.67 + 20·33.33 + 10·0 + 15·100 + 15·100 + 10·50) / 110
    QCOMPARE(qRound(*hand.score * 100), 6364);
    DatabaseError error;
    const QList<ScorecardRecord> behind = Scorecard::recordsBehind(
        m_database->connection(), m_quarter, Today, Measure::RevisionsOnTime, Hand, 100, &error);
    QVERIFY(!error.isError());
    QCOMPARE(behind.size(), 2);
    QCOMPARE(behind.constFirst().entity, QStringLiteral("catalog_revision"));
    QCOMPARE(behind.constFirst().id, QStringLiteral("rv2"));
    QVERIFY(!behind.constFirst().counted);
}

QTEST_GUILESS_MAIN(TestScorecard)
#include "tst_scorecard.moc"
