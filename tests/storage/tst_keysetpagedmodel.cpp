// The paging the catalog table and the registration queue share: pages after the last row, the
// "is there more" edge at an exact multiple of the page, reloads that keep what was loaded, and a
// failing read, all under QAbstractItemModelTester.
#include "models/common/KeysetPagedModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace xs;

namespace {

struct NumberRow
{
    QString id;
    int number = 0;
};

/// The numbers 1..count in order, read as a database would: after the last row's key.
class NumbersModel : public KeysetPagedModel<NumberRow>
{
public:
    NumbersModel(int count, int pageSize)
        : KeysetPagedModel(pageSize, nullptr)
        , m_count(count)
    {}

    void start() { loadFirstPage(); }
    void reload() { reloadKeepingRows(); }
    void setCount(int count) { m_count = count; }
    void failFromNumber(int number) { m_failFrom = number; }
    int reads() const { return m_reads; }

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 1; }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
            return {};
        return rowAt(index.row()).number;
    }

protected:
    QList<NumberRow> readRows(const NumberRow* after, int limit, DatabaseError* error) override
    {
        ++m_reads;
        QList<NumberRow> rows;
        const int first = after ? after->number + 1 : 1;
        if (m_failFrom > 0 && first + limit > m_failFrom) {
            *error = DatabaseError(DatabaseError::Kind::Io, QStringLiteral("disk gone"));
            return {{QStringLiteral("partial"), first}}; // whatever was read is dropped
        }
        for (int number = first; number <= m_count && rows.size() < limit; ++number)
            rows.append({QStringLiteral("n%1").arg(number), number});
        return rows;
    }

private:
    int m_count = 0;
    int m_failFrom = 0;
    int m_reads = 0;
};

} // namespace

class TestKeysetPagedModel : public QObject
{
    Q_OBJECT

private slots:
    void pagesFollowTheLastRow();
    void anExactMultipleOfThePageHasNoEmptyFetch();
    void reloadKeepsWhatWasLoaded();
    void aFailedReadKeepsTheRowsBeforeIt();
};

void TestKeysetPagedModel::pagesFollowTheLastRow()
{
    NumbersModel model(25, 10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.start();
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 25);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(24, 0).data().toInt(), 25);
    QCOMPARE(model.idAt(10), QStringLiteral("n11"));
    QCOMPARE(model.rowOf(QStringLiteral("n25")), 24);
    QCOMPARE(model.rowOf(QStringLiteral("n26")), -1);
    QVERIFY(model.idAt(25).isEmpty());
}

void TestKeysetPagedModel::anExactMultipleOfThePageHasNoEmptyFetch()
{
    NumbersModel model(20, 10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.start();
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 20);
    // The row read beyond each page tells that the second page is the last: no third read.
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.reads(), 2);
}

void TestKeysetPagedModel::reloadKeepsWhatWasLoaded()
{
    NumbersModel model(35, 10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.start();
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 20);
    model.setCount(40); // a sync brought more
    model.reload();
    QCOMPARE(model.rowCount(), 20); // as many as were on screen, not everything
    QVERIFY(model.canFetchMore({}));
    model.setCount(5); // a sync removed most
    model.reload();
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(!model.canFetchMore({}));
}

void TestKeysetPagedModel::aFailedReadKeepsTheRowsBeforeIt()
{
    NumbersModel model(100, 10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.start();
    QVERIFY(!model.lastError().isError());
    model.failFromNumber(15);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(model.lastError().isError());
    QVERIFY(!model.canFetchMore({})); // no retry loop from the view; a reload tries again
    model.failFromNumber(0);
    model.reload();
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(!model.lastError().isError());
    QVERIFY(model.canFetchMore({}));
}

QTEST_GUILESS_MAIN(TestKeysetPagedModel)
#include "tst_keysetpagedmodel.moc"
