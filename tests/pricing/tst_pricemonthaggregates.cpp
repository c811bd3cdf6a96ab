// The price chart's maintained aggregates (migration 0034, grant_price_month): after every kind of
// write the database takes, through the path both local edits and changes received from the hub
// use (LocalRecordStore), the maintained rows equal a rebuild from the base rows, and the chart's
// series read from them equals the one read from every price. The migration fills the aggregate
// from prices already there.
#include "models/demo/GrantDemoData.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"
#include "models/pricing/PricingSeries.h"
#include "models/storage/Migrator.h"
#include "models/storage/SqlCipherDriver.h"
#include "models/storage/Transaction.h"
#include "tests/support/TestSupport.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;

namespace {

const QDate Today(2026, 6, 15); // the demo writes prices up to this month

struct AggregateRow
{
    QString agreement;
    QString month;
    qint64 rows = 0;
    qint64 prices = 0;
    double percentSum = 0;
    QVariant percentMax;
};

QList<AggregateRow> readRows(const QSqlDatabase& database, const QString& from)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT agreement_id, month, price_rows, prices, percent_sum, percent_max "
                                   "FROM %1 ORDER BY 1, 2")
                        .arg(from)))
        qFatal("%s", qPrintable(query.lastError().text()));
    QList<AggregateRow> rows;
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                     query.value(3).toLongLong(), query.value(4).toDouble(), query.value(5)});
    return rows;
}

bool close(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

/// The maintained rows against a rebuild from the base rows, with sums compared to rounding.
QString difference(const QSqlDatabase& database)
{
    const QList<AggregateRow> kept = readRows(database, QStringLiteral("grant_price_month"));
    const QList<AggregateRow> rebuilt = readRows(database, QStringLiteral("grant_price_month_from_base"));
    if (kept.size() != rebuilt.size())
        return QStringLiteral("%1 rows kept, %2 rebuilt").arg(kept.size()).arg(rebuilt.size());
    for (qsizetype i = 0; i < kept.size(); ++i) {
        const AggregateRow& a = kept.at(i);
        const AggregateRow& b = rebuilt.at(i);
        const bool maxEqual =
            a.percentMax.isNull() == b.percentMax.isNull() &&
            (a.percentMax.isNull() || close(a.percentMax.toDouble(), b.percentMax.toDouble()));
        if (a.agreement != b.agreement || a.month != b.month || a.rows != b.rows || a.prices != b.prices ||
            !close(a.percentSum, b.percentSum) || !maxEqual)
            return QStringLiteral("%1 %2: kept %3/%4/%5/%6, rebuilt %7/%8/%9/%10")
                .arg(a.agreement, a.month)
                .arg(a.rows)
                .arg(a.prices)
                .arg(a.percentSum)
                .arg(a.percentMax.toString())
                .arg(b.rows)
                .arg(b.prices)
                .arg(b.percentSum)
                .arg(b.percentMax.toString());
    }
    return {};
}

QString seriesDifference(const PricingSeries& a, const PricingSeries& b)
{
    if (a.error.isError() || b.error.isError())
        return a.error.fullText() + b.error.fullText();
    if (a.prices.size() != b.prices.size())
        return QStringLiteral("%1 months against %2").arg(a.prices.size()).arg(b.prices.size());
    for (qsizetype i = 0; i < a.prices.size(); ++i) {
        const PricingSeries::PriceMonth& x = a.prices.at(i);
        const PricingSeries::PriceMonth& y = b.prices.at(i);
        if (x.month != y.month || x.prices != y.prices ||
            !close(x.averagePercentOfCap, y.averagePercentOfCap) ||
            !close(x.highestPercentOfCap, y.highestPercentOfCap))
            return QStringLiteral("%1: %2/%3/%4 against %5/%6/%7")
                .arg(x.month.toString(Qt::ISODate))
                .arg(x.prices)
                .arg(x.averagePercentOfCap)
                .arg(x.highestPercentOfCap)
                .arg(y.prices)
                .arg(y.averagePercentOfCap)
                .arg(y.highestPercentOfCap);
    }
    return {};
}

} // namespace

class TestPriceMonthAggregates : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theDemoIsAggregatedAsItIsWritten();
    void everyKindOfWriteKeepsTheAggregateExact();
    void theChartReadsTheSameSeriesFromEitherSource();
    void theMigrationAggregatesPricesAlreadyThere();

private:
    QSqlDatabase connection() const { return m_database->connection(); }
    std::optional<RecordState> record(const QString& entity, const QString& id) const;
    void write(const QString& entity, const RecordState& record);
    QStringList ids(const QString& sql) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

void TestPriceMonthAggregates::init()
{
    m_database =
        test::createDatabase(m_dir.filePath(QString::number(QRandomGenerator::global()->generate()) + ".db"),
                             DatabaseKey::generate());
    GrantDemoData::Size size;
    size.agreements = 40;
    size.productsPerAgreement = 3;
    size.monthsOfPrices = 18;
    QVERIFY(!GrantDemoData(Today).write(connection(), size).isError());
}

void TestPriceMonthAggregates::cleanup()
{
    m_database.reset();
}

std::optional<RecordState> TestPriceMonthAggregates::record(const QString& entity, const QString& id) const
{
    DatabaseError error;
    return LocalRecordStore(connection()).read(*findEntity(entity), id, &error);
}

void TestPriceMonthAggregates::write(const QString& entity, const RecordState& record)
{
    const DatabaseError error = LocalRecordStore(connection()).write(*findEntity(entity), record);
    QVERIFY2(!error.isError(), qPrintable(error.fullText()));
}

QStringList TestPriceMonthAggregates::ids(const QString& sql) const
{
    QSqlQuery query(connection());
    query.exec(sql);
    QStringList ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

void TestPriceMonthAggregates::theDemoIsAggregatedAsItIsWritten()
{
    const QList<AggregateRow> rows = readRows(connection(), QStringLiteral("grant_price_month"));
    QVERIFY(rows.size() > 100); // the demo wrote prices; each went through the insert trigger
    QCOMPARE(difference(connection()), QString());
}

void TestPriceMonthAggregates::everyKindOfWriteKeepsTheAggregateExact()
{
    QRandomGenerator random(19);
    const QStringList agreements = ids(QStringLiteral("SELECT id FROM grant_agreement"));
    const QStringList products = ids(QStringLiteral("SELECT id FROM grant_product"));
    QStringList prices = ids(QStringLiteral("SELECT id FROM grant_price"));
    QVERIFY(!agreements.isEmpty() && !products.isEmpty() && !prices.isEmpty());
    const auto pick = [&random](const QStringList& from) {
        return from.at(random.bounded(int(from.size())));
    };
    const auto month = [&random] {
        return QStringLiteral("2026-%1").arg(random.bounded(1, 13), 2, 10, QLatin1Char('0'));
    };
    QStringList done;
    for (int step = 0; step < 600; ++step) {
        const int kind = random.bounded(9);
        if (kind == 0) { // a new price, sometimes without a price, a cap of 0, or no month
            RecordState price;
            price.id = QStringLiteral("p-new-%1").arg(step);
            price.updatedAt = QStringLiteral("2026-06-15T00:00:00.000Z");
            price.updatedBy = QStringLiteral("test");
            price.fields = {
                {QStringLiteral("product_id"), pick(products)},
                {QStringLiteral("month"), random.bounded(20) == 0 ? QJsonValue() : QJsonValue(month())},
                {QStringLiteral("price_fen"),
                 random.bounded(8) == 0 ? QJsonValue() : random.bounded(1, 5000)},
                {QStringLiteral("cap_fen"), random.bounded(10) == 0 ? 0 : random.bounded(1000, 6000)}};
            write(QStringLiteral("grant_price"), price);
            prices.append(price.id);
        } else if (kind <= 2) { // a price or cap changed, or the price moved to another month or product
            std::optional<RecordState> price = record(QStringLiteral("grant_price"), pick(prices));
            QVERIFY(price);
            price->fields.insert(QStringLiteral("price_fen"), random.bounded(1, 9000));
            if (random.bounded(3) == 0)
                price->fields.insert(QStringLiteral("month"), month());
            if (random.bounded(4) == 0)
                price->fields.insert(QStringLiteral("product_id"), pick(products));
            write(QStringLiteral("grant_price"), *price);
        } else if (kind == 3) { // removed or restored
            std::optional<RecordState> price = record(QStringLiteral("grant_price"), pick(prices));
            price->deleted = !price->deleted;
            write(QStringLiteral("grant_price"), *price);
        } else if (kind == 4) { // gone from the table (a purge)
            QSqlQuery query(connection());
            query.prepare(QStringLiteral("DELETE FROM grant_price WHERE id = ?"));
            query.addBindValue(prices.takeAt(random.bounded(int(prices.size()))));
            QVERIFY(query.exec());
        } else if (kind == 5) { // a product moved to another agreement
            std::optional<RecordState> product = record(QStringLiteral("grant_product"), pick(products));
            product->fields.insert(QStringLiteral("agreement_id"), pick(agreements));
            write(QStringLiteral("grant_product"), *product);
        } else if (kind == 6) { // a product removed or restored
            std::optional<RecordState> product = record(QStringLiteral("grant_product"), pick(products));
            product->deleted = !product->deleted;
            write(QStringLiteral("grant_product"), *product);
        } else if (kind == 7) { // prices received before their product, then the product
            const QString productId = QStringLiteral("prod-late-%1").arg(step);
            for (int i = 0; i < 3; ++i) {
                RecordState price;
                price.id = QStringLiteral("p-late-%1-%2").arg(step).arg(i);
                price.updatedAt = QStringLiteral("2026-06-15T00:00:00.000Z");
                price.updatedBy = QStringLiteral("hub");
                price.fields = {{QStringLiteral("product_id"), productId},
                                {QStringLiteral("month"), month()},
                                {QStringLiteral("price_fen"), random.bounded(1, 3000)},
                                {QStringLiteral("cap_fen"), 4000}};
                write(QStringLiteral("grant_price"), price);
                prices.append(price.id);
            }
            QCOMPARE(difference(connection()), QString()); // no product yet: counted nowhere
            RecordState product;
            product.id = productId;
            product.updatedAt = QStringLiteral("2026-06-15T00:00:00.000Z");
            product.updatedBy = QStringLiteral("hub");
            product.fields = {{QStringLiteral("agreement_id"), pick(agreements)},
                              {QStringLiteral("name"), QStringLiteral("后到的产品")}};
            write(QStringLiteral("grant_product"), product);
        } else { // a whole batch in one transaction, rolled back: the aggregate goes back with it
            Transaction transaction(connection(), QStringLiteral("test"));
            QVERIFY(!transaction.begin().isError());
            QSqlQuery query(connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE grant_price SET price_fen = price_fen + 1")));
            // not committed: the transaction rolls back as it goes out of scope
        }
        done.append(QString::number(kind));
        const QString wrong = difference(connection());
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(QStringLiteral("after step %1 (kind %2): %3").arg(step).arg(kind).arg(wrong)));
    }
    for (int kind = 0; kind < 9; ++kind)
        QVERIFY(done.contains(QString::number(kind)));
}

void TestPriceMonthAggregates::theChartReadsTheSameSeriesFromEitherSource()
{
    // Remove an agreement and a product so the filters' own conditions matter.
    QSqlQuery query(connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE grant_agreement SET deleted = 1 WHERE rowid = 1")));
    QVERIFY(query.exec(QStringLiteral("UPDATE grant_product SET deleted = 1 WHERE rowid = 2")));
    GrantFilter all;
    all.today = Today;
    GrantFilter year = all;
    year.from = QDate(2026, 1, 1);
    year.to = QDate(2026, 3, 31);
    GrantFilter active = all;
    active.activeOnly = true;
    GrantFilter division = all;
    division.division = ids(QStringLiteral("SELECT division_code FROM grant_agreement LIMIT 1")).value(0);
    for (const GrantFilter& filter : {all, year, active, division}) {
        const PricingSeries kept = PricingSeries::compute(connection(), filter);
        const PricingSeries base =
            PricingSeries::compute(connection(), filter, PricingSeries::Source::BaseTables);
        QVERIFY(!base.prices.isEmpty());
        QCOMPARE(seriesDifference(kept, base), QString());
    }
}

void TestPriceMonthAggregates::theMigrationAggregatesPricesAlreadyThere()
{
    // A database of the version before, with prices, then migrated.
    auto* owned = new SqlCipherDriver; // the connection below owns it
    SqlCipherDriver& driver = *owned;
    QVERIFY(driver.openFile(m_dir.filePath(QStringLiteral("before.db")), {}, false, true));
    QVERIFY(driver.registerSqlExtensions());
    const QList<Migrator::Migration> migrations = Migrator::bundled();
    const int version = 34;
    QCOMPARE(migrations.at(version - 1).version, version);
    QVERIFY(!Migrator(migrations.mid(0, version - 1)).migrate(driver).isError());
    QSqlDatabase before = QSqlDatabase::addDatabase(owned, QStringLiteral("before"));
    {
        QSqlQuery query(before);
        const QStringList setup = {
            QStringLiteral("INSERT INTO grant_agreement (id, updated_at, updated_by) VALUES ('a1', '', ''), "
                           "('a2', '', '')"),
            QStringLiteral(
                "INSERT INTO grant_product (id, agreement_id, updated_at, updated_by, deleted) VALUES "
                "('p1', 'a1', '', '', 0), ('p2', 'a1', '', '', 0), ('p3', 'a2', '', '', 1)"),
            QStringLiteral(
                "INSERT INTO grant_price (id, product_id, month, price_fen, cap_fen, updated_at, "
                "updated_by) VALUES ('x1', 'p1', '2026-01', 50, 100, '', ''), "
                "('x2', 'p2', '2026-01', 90, 100, '', ''), ('x3', 'p1', '2026-02', NULL, 100, '', ''), "
                "('x4', 'p3', '2026-01', 10, 100, '', '')")};
        for (const QString& sql : setup)
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        QVERIFY(!Migrator(migrations).migrate(driver).isError());
        QVERIFY(
            query.exec(QStringLiteral("SELECT month, price_rows, prices, percent_sum, percent_max "
                                      "FROM grant_price_month WHERE agreement_id = 'a1' ORDER BY month")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("2026-01"));
        QCOMPARE(query.value(2).toLongLong(), 2);
        QCOMPARE(query.value(3).toDouble(), 140.0);
        QCOMPARE(query.value(4).toDouble(), 90.0);
        QVERIFY(query.next()); // a month with a row but no price is kept: the chart shows it empty
        QCOMPARE(query.value(1).toLongLong(), 1);
        QCOMPARE(query.value(2).toLongLong(), 0);
        QVERIFY(query.value(4).isNull());
        QVERIFY(!query.next());
        QVERIFY(
            query.exec(QStringLiteral("SELECT count(*) FROM grant_price_month WHERE agreement_id = 'a2'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 0); // its only product is removed
    }
    before = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("before"));
}

QTEST_GUILESS_MAIN(TestPriceMonthAggregates)
#include "tst_pricemonthaggregates.moc"
