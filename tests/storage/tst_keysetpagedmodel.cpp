// The paging the catalog table and the registration queue share: pages after the last row, the
// "is there more" edge at an exact multiple of the page, reloads that keep what was loaded, a
// failing read, and the window of pages in memory (pages left behind are read again), all under
// QAbstractItemModelTester.
#include "models/common/KeysetPagedModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <limits>

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
    NumbersModel(int count, int pageSize, int pagesInMemory = DefaultPagesInMemory)
        : KeysetPagedModel(pageSize, nullptr, pagesInMemory)
        , m_count(count)
    {}

    void start() { loadFirstPage(); }
    void reload() { reloadKeepingRows(); }
    void setCount(int count) { m_count = count; }
    void failFromNumber(int number) { m_failFrom = number; }
    /// Every number from `from` on reads as itself plus shift (the data changed).
    void shiftFrom(int from, int shift)
    {
        m_shiftFrom = from;
        m_shift = shift;
    }
    int reads() const { return m_reads; }

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 1; }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
            return {};
        const NumberRow* row = find(index.row());
        return row ? QVariant(row->number) : QVariant();
    }

protected:
    QList<NumberRow> readRows(const NumberRow* after, int limit, DatabaseError* error) const override
    {
        ++m_reads;
        QList<NumberRow> rows;
        // The key is the row's id, as a database's keyset position is its sort key.
        const int first = after ? after->id.mid(1).toInt() + 1 : 1;
        if (m_failFrom > 0 && first + limit > m_failFrom) {
            *error = DatabaseError(DatabaseError::Kind::Io, QStringLiteral("disk gone"));
            return {{QStringLiteral("partial"), first}}; // whatever was read is dropped
        }
        for (int number = first; number <= m_count && rows.size() < limit; ++number)
            rows.append(
                {QStringLiteral("n%1").arg(number), number >= m_shiftFrom ? number + m_shift : number});
        return rows;
    }

private:
    int m_count = 0;
    int m_failFrom = 0;
    int m_shiftFrom = std::numeric_limits<int>::max();
    int m_shift = 0;
    mutable int m_reads = 0;
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
    void onlyAWindowOfPagesStaysInMemory();
    void aPageReadAgainShowsTheDataAsItIsNow();
    void aPageThatCannotBeReadAgainIsEmptyNotACrash();
    void reloadKeepsThePagesAroundTheView();
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

void TestKeysetPagedModel::onlyAWindowOfPagesStaysInMemory()
{
    NumbersModel model(10000, 10, 4);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.start();
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 10000);
    QCOMPARE(model.reads(), 1000);
    QVERIFY2(model.rowsInMemory() <= 40, qPrintable(QString::number(model.rowsInMemory())));
    // Back to the start, then jumps: each row is right, read again from its page's position.
    for (const int row : {0, 1, 9, 10, 4999, 5000, 9999, 3, 7777})
        QCOMPARE(model.index(row, 0).data().toInt(), row + 1);
    for (int row = 9999; row >= 0; row -= 7)
        QCOMPARE(model.index(row, 0).data().toInt(), row + 1);
    QVERIFY(model.rowsInMemory() <= 40);
    QCOMPARE(model.idAt(1234), QStringLiteral("n1235"));
    // Walking back through the list reads each page once, not once per row.
    const int before = model.reads();
    for (int row = 2000; row < 3000; ++row)
        model.index(row, 0).data();
    QCOMPARE(model.reads() - before, 100);
    // rowOf finds the rows in memory (around the view), and says -1 for the rest.
    QCOMPARE(model.rowOf(QStringLiteral("n2995")), 2994);
    QCOMPARE(model.rowOf(QStringLiteral("n5")), -1);
}

void TestKeysetPagedModel::aPageReadAgainShowsTheDataAsItIsNow()
{
    NumbersModel model(100, 10, 2);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.start();
    for (int page = 0; page < 9; ++page)
        model.fetchMore({});
    QCOMPARE(model.index(5, 0).data().toInt(), 6); // page 0 read again
    model.shiftFrom(1, 1000);
    QCOMPARE(model.index(5, 0).data().toInt(), 6);     // still in memory: as it was read
    QCOMPARE(model.index(95, 0).data().toInt(), 1096); // read again: as it is now
    model.reload();
    QCOMPARE(model.index(5, 0).data().toInt(), 1006);
}

void TestKeysetPagedModel::aPageThatCannotBeReadAgainIsEmptyNotACrash()
{
    NumbersModel model(100, 10, 2);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.start();
    while (model.canFetchMore({}))
        model.fetchMore({});
    model.failFromNumber(1);
    QVERIFY(!model.index(33, 0).data().isValid()); // page 3 left memory
    QVERIFY(model.lastError().isError());
    QVERIFY(model.idAt(33).isEmpty());
    const int reads = model.reads();
    model.index(34, 0).data(); // the failed page is not read on every paint
    QCOMPARE(model.reads(), reads);
    QCOMPARE(model.rowCount(), 100);
    model.failFromNumber(0);
    model.reload();
    QCOMPARE(model.index(33, 0).data().toInt(), 34);
}

void TestKeysetPagedModel::reloadKeepsThePagesAroundTheView()
{
    NumbersModel model(1000, 10, 4);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.start();
    while (model.canFetchMore({}))
        model.fetchMore({});
    // The view went back up to rows 30..49 (pages 3 and 4), where an entry is edited.
    for (int row = 30; row < 50; ++row)
        model.index(row, 0).data();
    const int before = model.reads();
    model.reload();
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.reads() - before, 100); // every page once, for its position
    // The owner selects the edited row again: it is found without reading its page a second time.
    QCOMPARE(model.rowOf(QStringLiteral("n35")), 34);
    QCOMPARE(model.rowOf(QStringLiteral("n45")), 44);
    QCOMPARE(model.index(34, 0).data().toInt(), 35);
    QCOMPARE(model.reads() - before, 100);
    QVERIFY(model.rowsInMemory() <= 40);
}

QTEST_GUILESS_MAIN(TestKeysetPagedModel)
#include "tst_keysetpagedmodel.moc"
