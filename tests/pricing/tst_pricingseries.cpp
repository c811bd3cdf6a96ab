// The pricing records' rules (tiers, monthly prices, operating reports) and the pricing charts'
// series on a small hand-made set whose answers are worked out in the comments.
#include "models/grants/GrantListModel.h"
#include "models/pricing/PricingRecords.h"
#include "models/pricing/PricingSeries.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;

namespace {

const QDate Today(2026, 11, 28);

QJsonObject report(const char* agreement, int year, qint64 actual, qint64 maximum)
{
    return {{QStringLiteral("agreement_id"), QLatin1String(agreement)},
            {QStringLiteral("year"), year},
            {QStringLiteral("actual_revenue_fen"), actual},
            {QStringLiteral("max_revenue_fen"), maximum}};
}

QJsonObject price(const char* product, const char* month, qint64 specific, qint64 cap)
{
    return {{QStringLiteral("product_id"), QLatin1String(product)},
            {QStringLiteral("month"), QLatin1String(month)},
            {QStringLiteral("price_fen"), specific},
            {QStringLiteral("cap_fen"), cap}};
}

QStringList fieldsOf(const QList<GrantRules::FieldMessage>& messages)
{
    QStringList fields;
    for (const GrantRules::FieldMessage& message : messages)
        fields << message.field;
    return fields;
}

QJsonObject consistentReport()
{
    // Cost 1,000,000 yuan, r = 8% (cap: 2.5% + 6% = 8.5%), taxes 50,000 yuan, no carry-over:
    // 1,000,000 + 80,000 + 50,000 = 1,130,000 yuan.
    return {{QStringLiteral("agreement_id"), QStringLiteral("A1")},
            {QStringLiteral("year"), 2025},
            {QStringLiteral("cost_fen"), 100'000'000},
            {QStringLiteral("rate_bp"), 800},
            {QStringLiteral("taxes_fen"), 5'000'000},
            {QStringLiteral("treasury_yield_bp"), 250},
            {QStringLiteral("yield_year"), 2024},
            {QStringLiteral("cost_survey_year"), 2025},
            {QStringLiteral("max_revenue_fen"), 113'000'000},
            {QStringLiteral("actual_revenue_fen"), 120'000'000}};
}

} // namespace

class TestPricingSeries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tiersTravelAsJson();
    void tiersStayUnderTheCap();
    void monthlyPriceAboveItsCapIsRefused();
    void discountsAreChecked();
    void reportMustFollowFromItsInputs();
    void seriesOverAllPeriods();
    void dateRangeBoundsMonthsAndYears();
    void revenueBarAndSliceOpenTheirAgreements();
    void emptyDatabaseGivesEmptySeries();
    void oddSharesAndMissingValuesDoNotBreakTheSeries();

private:
    void write(const QString& entity, const QString& id, const QJsonObject& fields, bool deleted = false);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

void TestPricingSeries::write(const QString& entity, const QString& id, const QJsonObject& fields,
                              bool deleted)
{
    test::plantRecord(m_database->connection(), entity, id, fields, deleted);
}

void TestPricingSeries::initTestCase()
{
    m_database = test::createDatabase(m_dir.filePath(QStringLiteral("p.db")), DatabaseKey::generate());
    const auto agreement = [](const char* starts, const char* ends, const QString& shares) {
        return QJsonObject{{QStringLiteral("state"), QStringLiteral("operating")},
                           {QStringLiteral("mode"), QStringLiteral("domain")},
                           {QStringLiteral("starts_on"), QLatin1String(starts)},
                           {QStringLiteral("ends_on"), QLatin1String(ends)},
                           {QStringLiteral("revenue_shares"), shares}};
    };
    write(QStringLiteral("grant_agreement"), QStringLiteral("A1"),
          agreement("2023-01-01", "2027-12-31",
                    QStringLiteral(
                        R"([{"party":"数据提供单位","share_bp":4000},{"party":"运营机构","share_bp":5000},)"
                        R"({"party":"公共财政","share_bp":1000}])")));
    write(
        QStringLiteral("grant_agreement"), QStringLiteral("A2"),
        agreement("2025-01-01", "2029-12-31",
                  QStringLiteral(
                      R"([{"party":"数据提供单位","share_bp":3000},{"party":"运营机构","share_bp":7000}])")));
    write(QStringLiteral("grant_agreement"), QStringLiteral("A3"),
          agreement("2020-01-01", "2030-12-31", QStringLiteral(R"([{"party":"运营机构","share_bp":10000}])")),
          true); // deleted: none of its figures count

    write(QStringLiteral("grant_product"), QStringLiteral("P1"),
          {{QStringLiteral("agreement_id"), QStringLiteral("A1")},
           {QStringLiteral("name"), QStringLiteral("接口甲")},
           {QStringLiteral("cap_fen"), 1000},
           {QStringLiteral("tiers"), PricingRecords::tiersToJson({{0, 1000}, {100, 900}})}});
    write(QStringLiteral("grant_product"), QStringLiteral("P2"),
          {{QStringLiteral("agreement_id"), QStringLiteral("A2")},
           {QStringLiteral("name"), QStringLiteral("报告乙")},
           {QStringLiteral("cap_fen"), 2000}});
    write(QStringLiteral("grant_product"), QStringLiteral("P3"),
          {{QStringLiteral("agreement_id"), QStringLiteral("A1")}, {QStringLiteral("cap_fen"), 1000}}, true);

    // 2025-01: P1 at 80% and P2 at 100% of their caps → average 90%, highest 100%, 2 products.
    // 2025-02: P1 at 50%. P3's price (deleted product) and a deleted price row never count.
    write(QStringLiteral("grant_price"), QStringLiteral("R1"), price("P1", "2025-01", 800, 1000));
    write(QStringLiteral("grant_price"), QStringLiteral("R2"), price("P2", "2025-01", 2000, 2000));
    write(QStringLiteral("grant_price"), QStringLiteral("R3"), price("P1", "2025-02", 500, 1000));
    write(QStringLiteral("grant_price"), QStringLiteral("R4"), price("P3", "2025-01", 100, 1000));
    write(QStringLiteral("grant_price"), QStringLiteral("R5"), price("P1", "2025-03", 100, 1000), true);

    // 2024: A1 1.1M against 1.0M. 2025: A1 0.9M + A2 2.0M = 2.9M against 1.0M + 2.5M = 3.5M.
    write(QStringLiteral("grant_report"), QStringLiteral("Y1"), report("A1", 2024, 1'100'000, 1'000'000));
    write(QStringLiteral("grant_report"), QStringLiteral("Y2"), report("A1", 2025, 900'000, 1'000'000));
    write(QStringLiteral("grant_report"), QStringLiteral("Y3"), report("A2", 2025, 2'000'000, 2'500'000));
    write(QStringLiteral("grant_report"), QStringLiteral("Y4"), report("A3", 2025, 5'000'000, 5'000'000));
}

void TestPricingSeries::tiersTravelAsJson()
{
    const QList<PricingRules::Tier> tiers{{0, 500}, {1000, 450}, {10000, 400}};
    const auto back = PricingRecords::tiersFromJson(PricingRecords::tiersToJson(tiers));
    QVERIFY(back);
    QCOMPARE(back->size(), 3);
    QCOMPARE(back->at(2).fromQuantity, 10000);
    QCOMPARE(back->at(1).unitPriceFen, 450);
    QVERIFY(PricingRecords::tiersFromJson(QString())->isEmpty());
    QVERIFY(!PricingRecords::tiersFromJson(QStringLiteral("[{")));
    QVERIFY(!PricingRecords::tiersFromJson(QStringLiteral(R"([{"from":"x","unit_price_fen":1}])")));
    QVERIFY(!PricingRecords::tiersFromJson(QStringLiteral(R"({"from":0})")));
}

void TestPricingSeries::tiersStayUnderTheCap()
{
    QJsonObject product{{QStringLiteral("cap_fen"), 1000},
                        {QStringLiteral("tiers"), PricingRecords::tiersToJson({{0, 1000}, {100, 900}})}};
    QVERIFY(PricingRecords::checkProductTiers(product).isEmpty());
    product.insert(QStringLiteral("tiers"), PricingRecords::tiersToJson({{0, 1001}}));
    QCOMPARE(fieldsOf(PricingRecords::checkProductTiers(product)), QStringList{QStringLiteral("tiers")});
    product.remove(QStringLiteral("cap_fen"));
    product.insert(QStringLiteral("tiers"), PricingRecords::tiersToJson({{0, 10}}));
    QCOMPARE(fieldsOf(PricingRecords::checkProductTiers(product)), QStringList{QStringLiteral("tiers")});
    product.insert(QStringLiteral("tiers"), QStringLiteral("not json"));
    QCOMPARE(fieldsOf(PricingRecords::checkProductTiers(product)), QStringList{QStringLiteral("tiers")});
}

void TestPricingSeries::monthlyPriceAboveItsCapIsRefused()
{
    QVERIFY(PricingRecords::checkPrice(price("P1", "2025-01", 1000, 1000)).isEmpty());
    QCOMPARE(fieldsOf(PricingRecords::checkPrice(price("P1", "2025-01", 1001, 1000))),
             QStringList{QStringLiteral("price_fen")});
    QCOMPARE(fieldsOf(PricingRecords::checkPrice(price("P1", "2025-13", 10, 1000))),
             QStringList{QStringLiteral("month")});
    QCOMPARE(fieldsOf(PricingRecords::checkPrice(price("P1", "2025-1", 10, 1000))),
             QStringList{QStringLiteral("month")});
    QCOMPARE(fieldsOf(PricingRecords::checkPrice(price("P1", "2025-01", 10, 0))),
             QStringList{QStringLiteral("cap_fen")});
    QCOMPARE(fieldsOf(PricingRecords::checkPrice(price("", "2025-01", -1, 100))),
             (QStringList{QStringLiteral("product_id"), QStringLiteral("price_fen")}));
}

void TestPricingSeries::discountsAreChecked()
{
    const auto messages = [](const char* discounts) {
        return fieldsOf(PricingRecords::checkProductDiscounts(
            {{QStringLiteral("discounts"), QString::fromUtf8(discounts)}}));
    };
    const QStringList refused{QStringLiteral("discounts")};
    QVERIFY(messages("").isEmpty());
    QVERIFY(messages(R"([{"for":"科研机构","discount_bp":3000},{"for":"中小微企业","discount_bp":9999}])")
                .isEmpty());
    QCOMPARE(messages(R"([{"for":"科研机构","discount_bp":10000}])"), refused); // 100%: not a discount
    QCOMPARE(messages(R"([{"for":"科研机构","discount_bp":0}])"), refused);
    QCOMPARE(messages(R"([{"for":"","discount_bp":1000}])"), refused);
    QCOMPARE(messages(R"([{"for":"科研机构","discount_bp":1000},{"for":"科研机构","discount_bp":500}])"),
             refused);
    QCOMPARE(messages(R"([{"for":"科研机构","discount_bp":"三成"}])"), refused);
    QCOMPARE(messages("{}"), refused);
}

void TestPricingSeries::reportMustFollowFromItsInputs()
{
    QJsonObject fields = consistentReport();
    QVERIFY2(PricingRecords::checkReport(fields).isEmpty(),
             qPrintable(PricingRecords::checkReport(fields).value(0).message.text()));
    fields.insert(QStringLiteral("max_revenue_fen"), 113'000'001);
    QCOMPARE(fieldsOf(PricingRecords::checkReport(fields)), QStringList{QStringLiteral("max_revenue_fen")});
    fields = consistentReport();
    fields.insert(QStringLiteral("rate_bp"), 851); // above 2.5% + 6%
    QCOMPARE(fieldsOf(PricingRecords::checkReport(fields)), QStringList{QStringLiteral("rate_bp")});
    fields = consistentReport();
    fields.insert(QStringLiteral("yield_year"), 2025); // must be the year before the cost survey
    QCOMPARE(fieldsOf(PricingRecords::checkReport(fields)), QStringList{QStringLiteral("rate_bp")});
    fields = consistentReport();
    fields.insert(QStringLiteral("actual_revenue_fen"), -1);
    fields.insert(QStringLiteral("year"), 1999);
    QCOMPARE(fieldsOf(PricingRecords::checkReport(fields)),
             (QStringList{QStringLiteral("year"), QStringLiteral("actual_revenue_fen")}));

    // Sales per product: readable, named, not negative, and within the year's revenue (1,200,000).
    const auto withSales = [](const char* sales) {
        QJsonObject report = consistentReport();
        report.insert(QStringLiteral("product_sales"), QString::fromUtf8(sales));
        return fieldsOf(PricingRecords::checkReport(report));
    };
    QVERIFY(withSales(R"([{"product":"查询接口","quantity":10,"revenue_fen":120000000}])").isEmpty());
    QVERIFY(withSales(R"([{"product":"查询接口"}])").isEmpty()); // a product given, its figures not yet
    const QStringList salesField{QStringLiteral("product_sales")};
    QCOMPARE(withSales(R"([{"product":"查询接口","revenue_fen":120000001}])"), salesField);
    QCOMPARE(withSales(R"([{"product":"","revenue_fen":1}])"), salesField);
    QCOMPARE(withSales(R"([{"product":"查询接口","quantity":-1}])"), salesField);
    QCOMPARE(withSales(R"([{"product":"查询接口","revenue_fen":"多"}])"), salesField);
    QCOMPARE(withSales("not json"), salesField);
}

void TestPricingSeries::seriesOverAllPeriods()
{
    GrantFilter filter;
    filter.today = Today;
    const PricingSeries series = PricingSeries::compute(m_database->connection(), filter);
    QVERIFY2(!series.error.isError(), qPrintable(series.error.fullText()));

    QCOMPARE(series.prices.size(), 2);
    QCOMPARE(series.prices.at(0).month, QDate(2025, 1, 1));
    QCOMPARE(series.prices.at(0).averagePercentOfCap, 90.0);
    QCOMPARE(series.prices.at(0).highestPercentOfCap, 100.0);
    QCOMPARE(series.prices.at(0).prices, 2);
    QCOMPARE(series.prices.at(1).month, QDate(2025, 2, 1));
    QCOMPARE(series.prices.at(1).averagePercentOfCap, 50.0);

    QCOMPARE(series.revenue.size(), 2);
    QCOMPARE(series.revenue.at(0).year, 2024);
    QCOMPARE(series.revenue.at(0).actualFen, 1'100'000);
    QCOMPARE(series.revenue.at(0).maxFen, 1'000'000);
    QCOMPARE(series.revenue.at(0).deviationBp(), 1000); // exactly 10%: still the operator's to correct
    QCOMPARE(series.revenue.at(1).actualFen, 2'900'000);
    QCOMPARE(series.revenue.at(1).maxFen, 3'500'000);
    QCOMPARE(series.revenue.at(1).reports, 2);
    QCOMPARE(series.revenue.at(1).deviationBp(), -1714); // −600,000 / 3,500,000

    // 运营机构: 2.0M × 50% + 2.0M × 70% = 2.4M; 数据提供单位: 2.0M × 40% + 2.0M × 30% = 1.4M;
    // 公共财政: 2.0M × 10% = 0.2M. Largest first.
    QCOMPARE(series.distribution.size(), 3);
    QCOMPARE(series.distribution.at(0).party, QStringLiteral("运营机构"));
    QCOMPARE(series.distribution.at(0).fen, 2'400'000.0);
    QCOMPARE(series.distribution.at(1).party, QStringLiteral("数据提供单位"));
    QCOMPARE(series.distribution.at(1).fen, 1'400'000.0);
    QCOMPARE(series.distribution.at(2).fen, 200'000.0);

    QCOMPARE(series.tierCurves.size(), 1);
    QCOMPARE(series.tierCurves.at(0).productId, QStringLiteral("P1"));
    QCOMPARE(series.tierCurves.at(0).capFen, 1000);
    QCOMPARE(series.tierCurves.at(0).tiers.size(), 2);
}

void TestPricingSeries::dateRangeBoundsMonthsAndYears()
{
    GrantFilter filter;
    filter.today = Today;
    filter.from = QDate(2025, 1, 1);
    filter.to = QDate(2025, 1, 31);
    const PricingSeries series = PricingSeries::compute(m_database->connection(), filter);
    QVERIFY(!series.error.isError());
    QCOMPARE(series.prices.size(), 1);  // 2025-02 is outside
    QCOMPARE(series.revenue.size(), 1); // 2024 is outside
    QCOMPARE(series.revenue.at(0).year, 2025);
    QCOMPARE(series.revenue.at(0).actualFen, 2'900'000);

    // A range before A2 began: only A1's figures.
    filter.from = QDate(2023, 1, 1);
    filter.to = QDate(2024, 12, 31);
    const PricingSeries earlier = PricingSeries::compute(m_database->connection(), filter);
    QCOMPARE(earlier.prices.size(), 0);
    QCOMPARE(earlier.revenue.size(), 1);
    QCOMPARE(earlier.distribution.size(), 3);
    QCOMPARE(earlier.distribution.at(0).fen, 550'000.0); // 运营机构: 1.1M × 50%
}

void TestPricingSeries::revenueBarAndSliceOpenTheirAgreements()
{
    GrantListModel model(m_database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto ids = [&model] {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.index(row, 0).data(GrantListModel::IdRole).toString();
        std::sort(result.begin(), result.end());
        return result;
    };
    GrantFilter filter;
    filter.today = Today;
    filter.reportYear = 2024;
    model.setFilter(filter);
    QCOMPARE(ids(), QStringList{QStringLiteral("A1")});
    filter.reportYear = 2025;
    model.setFilter(filter);
    QCOMPARE(ids(), (QStringList{QStringLiteral("A1"), QStringLiteral("A2")}));
    filter.reportYear = 0;
    filter.shareParty = QStringLiteral("公共财政");
    model.setFilter(filter);
    QCOMPARE(ids(), QStringList{QStringLiteral("A1")});
    filter.shareParty = QStringLiteral("运营机构");
    model.setFilter(filter);
    QCOMPARE(ids(), (QStringList{QStringLiteral("A1"), QStringLiteral("A2")}));
    QVERIFY(!model.lastError().isError());
}

void TestPricingSeries::emptyDatabaseGivesEmptySeries()
{
    QTemporaryDir dir;
    const std::unique_ptr<Database> empty =
        test::createDatabase(dir.filePath(QStringLiteral("e.db")), DatabaseKey::generate());
    GrantFilter filter;
    filter.today = Today;
    const PricingSeries series = PricingSeries::compute(empty->connection(), filter);
    QVERIFY(!series.error.isError());
    QVERIFY(series.prices.isEmpty() && series.revenue.isEmpty() && series.distribution.isEmpty() &&
            series.tierCurves.isEmpty());
}

void TestPricingSeries::oddSharesAndMissingValuesDoNotBreakTheSeries()
{
    // Synced or older data: shares that are valid JSON of the wrong shape, a share without a party,
    // an agreement without a mode. The series still compute; what is not given is its own bucket,
    // and the list it opens holds exactly those agreements.
    QTemporaryDir dir;
    const std::unique_ptr<Database> odd =
        test::createDatabase(dir.filePath(QStringLiteral("o.db")), DatabaseKey::generate());
    const auto write = [&odd](const QString& entity, const QString& id, const QJsonObject& fields) {
        test::plantRecord(odd->connection(), entity, id, fields);
    };
    const QStringList shares{QStringLiteral(R"(["运营机构"])"), QStringLiteral(R"({"party":"x"})"),
                             QStringLiteral(R"([{"share_bp":10000}])"), QStringLiteral("not json")};
    for (int i = 0; i < shares.size(); ++i) {
        const QString id = QStringLiteral("O%1").arg(i);
        QJsonObject agreement{{QStringLiteral("state"), QStringLiteral("operating")},
                              {QStringLiteral("starts_on"), QStringLiteral("2024-01-01")},
                              {QStringLiteral("revenue_shares"), shares.at(i)}};
        if (i > 0)
            agreement.insert(QStringLiteral("mode"), QStringLiteral("whole"));
        write(QStringLiteral("grant_agreement"), id, agreement);
        write(QStringLiteral("grant_report"), QStringLiteral("R%1").arg(i),
              report(qPrintable(id), 2025, 1000, 1000));
    }
    GrantFilter filter;
    filter.today = Today;
    const PricingSeries series = PricingSeries::compute(odd->connection(), filter);
    QVERIFY2(!series.error.isError(), qPrintable(series.error.fullText()));
    QCOMPARE(series.revenue.size(), 1);
    QCOMPARE(series.revenue.at(0).actualFen, 4000);
    QCOMPARE(series.distribution.size(), 1); // only O2's share is an object: party not given
    QCOMPARE(series.distribution.at(0).party, QString());
    QCOMPARE(series.distribution.at(0).fen, 1000.0);

    GrantListModel model(odd->connection());
    filter.shareParty = QString();
    model.setFilter(filter);
    QVERIFY(!model.lastError().isError());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(GrantListModel::IdRole).toString(), QStringLiteral("O2"));
    filter.shareParty.reset();
    filter.mode = QString(); // the "(not given)" bar of the mode chart
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(GrantListModel::IdRole).toString(), QStringLiteral("O0"));
}

QTEST_GUILESS_MAIN(TestPricingSeries)
#include "tst_pricingseries.moc"
