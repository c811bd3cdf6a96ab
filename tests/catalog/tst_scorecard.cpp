// The department scorecard (绩效考核) against a department computed by hand: what each measure
// counts in a quarter still running, the weighted score, the rank among departments, the trend
// on the quarter before, stored weights, and the records behind a figure.

#include "models/common/Clock.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"
#include "models/scorecard/Scorecard.h"
#include "models/scorecard/ScorecardReport.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;
using ScorecardMeasures::Measure;

namespace {

const QString Hand = QStringLiteral("430000001"); // the department computed by hand
const QString Other = QStringLiteral("430000002");
const QDate Today(2026, 11, 20);

RecordState record(const char* entity, const QString& id, QJsonObject fields)
{
    return {QLatin1String(entity),
            id,
            1,
            false,
            QStringLiteral("2026-11-20T01:00:00.000Z"),
            QStringLiteral("hub"),
            std::move(fields),
            1};
}

QJsonObject entry(const QString& department, const char* status, const char* lastUpdated)
{
    return {{QStringLiteral("name"), QStringLiteral("资源")},
            {QStringLiteral("department_code"), department},
            {QStringLiteral("status"), QLatin1String(status)},
            {QStringLiteral("update_frequency"), QStringLiteral("每月")},
            {QStringLiteral("last_updated_on"), QLatin1String(lastUpdated)}};
}

QJsonObject request(const char* state, const char* due, const char* decided)
{
    QJsonObject fields{{QStringLiteral("provider_code"), Hand},
                       {QStringLiteral("requester_code"), Other},
                       {QStringLiteral("purpose"), QStringLiteral("核验")},
                       {QStringLiteral("state"), QLatin1String(state)},
                       {QStringLiteral("reply_due_on"), QLatin1String(due)}};
    if (decided)
        fields.insert(QStringLiteral("decided_on"), QLatin1String(decided));
    return fields;
}

QJsonObject order(const char* subject, const char* due, const char* closed)
{
    return {{QStringLiteral("subject_entity"), QLatin1String(subject)},
            {QStringLiteral("subject_id"), QStringLiteral("s")},
            {QStringLiteral("target_kind"), QStringLiteral("department")},
            {QStringLiteral("target_code"), Hand},
            {QStringLiteral("requirement"), QStringLiteral("整改")},
            {QStringLiteral("state"), QStringLiteral("closed")},
            {QStringLiteral("due_on"), QLatin1String(due)},
            {QStringLiteral("closed_on"), QLatin1String(closed)}};
}

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

private:
    void write(const QList<RecordState>& records);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    ScorecardMeasures::Period m_quarter;
};

void TestScorecard::write(const QList<RecordState>& records)
{
    for (const RecordState& each : records)
        QVERIFY(!LocalRecordStore(m_database->connection()).write(*findEntity(each.entity), each).isError());
}

void TestScorecard::initTestCase()
{
    m_database = test::createDatabase(m_dir.filePath(QStringLiteral("s.db")), DatabaseKey::generate());
    m_quarter = *ScorecardMeasures::Period::parse(QStringLiteral("2026-Q4"));
    write({record("department", QStringLiteral("d1"),
                  {{QStringLiteral("code"), Hand},
                   {QStringLiteral("name"), QStringLiteral("省甲厅")},
                   {QStringLiteral("kind"), QStringLiteral("provincial")},
                   {QStringLiteral("division_code"), QStringLiteral("430000")},
                   {QStringLiteral("sort_order"), 1}}),
           record("department", QStringLiteral("d2"),
                  {{QStringLiteral("code"), Other},
                   {QStringLiteral("name"), QStringLiteral("省乙厅")},
                   {QStringLiteral("kind"), QStringLiteral("provincial")},
                   {QStringLiteral("division_code"), QStringLiteral("430000")},
                   {QStringLiteral("sort_order"), 2}}),
           // Three of four published; of those, one last updated in July: 每月 (31 days) overdue.
           record("catalog_entry", QStringLiteral("e1"), entry(Hand, "published", "2026-11-10")),
           record("catalog_entry", QStringLiteral("e2"), entry(Hand, "published", "2026-11-01")),
           record("catalog_entry", QStringLiteral("e3"), entry(Hand, "published", "2026-07-01")),
           record("catalog_entry", QStringLiteral("e4"), entry(Hand, "draft", "2026-11-01")),
           record("catalog_entry", QStringLiteral("e5"), entry(Other, "published", "2026-11-15")),
           // Requests to answer: on time; late; unanswered past due (late); not due yet (not
           // counted); due last quarter (counted there); withdrawn (never counted).
           record("sharing_request", QStringLiteral("r1"), request("approved", "2026-10-10", "2026-10-09")),
           record("sharing_request", QStringLiteral("r2"), request("refused", "2026-10-15", "2026-10-20")),
           record("sharing_request", QStringLiteral("r3"), request("submitted", "2026-11-10", nullptr)),
           record("sharing_request", QStringLiteral("r4"), request("submitted", "2026-11-25", nullptr)),
           record("sharing_request", QStringLiteral("r5"), request("approved", "2026-09-20", "2026-09-19")),
           record("sharing_request", QStringLiteral("r6"), request("withdrawn", "2026-10-12", nullptr)),
           // An audit's order closed in time; the correction after quality feedback closed late.
           record("rectification_order", QStringLiteral("o1"),
                  order("audit_finding", "2026-10-20", "2026-10-18")),
           record("rectification_order", QStringLiteral("o2"),
                  order("quality_feedback", "2026-11-01", "2026-11-05")),
           record("open_data_demand", QStringLiteral("od1"),
                  {{QStringLiteral("title"), QStringLiteral("公交线路")},
                   {QStringLiteral("provider_code"), Hand},
                   {QStringLiteral("state"), QStringLiteral("answered")},
                   {QStringLiteral("answer_due_on"), QStringLiteral("2026-10-30")},
                   {QStringLiteral("answered_on"), QStringLiteral("2026-10-29")}})});
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

QTEST_GUILESS_MAIN(TestScorecard)
#include "tst_scorecard.moc"
