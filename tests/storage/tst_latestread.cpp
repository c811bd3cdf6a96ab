// Reads off the UI thread (DatabaseThread, LatestRead): a newer request cancels the running read
// for real (its statement stops, it does not run to the end), only the newest result is delivered,
// a cancelled read delivers nothing, and going away while a long read runs does not wait for it.
#include "app/DatabaseThread.h"
#include "app/LatestRead.h"
#include "models/storage/Database.h"
#include "models/storage/SqlCipherDriver.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;

namespace {

struct Count
{
    QString tag;
    qint64 value = -1;
    DatabaseError error;
};

/// Counts to n in SQL: about as long as a scan of n rows, with no table to set up.
const QString CountTo = QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                                       "WHERE x < ?) SELECT count(*) FROM c");

LatestRead<Count>::Read countTo(qint64 n, const QString& tag)
{
    return [n, tag](QSqlDatabase* connection, const DatabaseError& error) {
        Count result{tag, -1, error};
        if (!connection)
            return result;
        QSqlQuery query(*connection);
        query.prepare(CountTo);
        query.addBindValue(n);
        if (!query.exec())
            result.error = DatabaseError::fromSqlError(query.lastError());
        else if (query.next())
            result.value = query.value(0).toLongLong();
        return result;
    };
}

} // namespace

class TestLatestRead : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aCancelFlagStopsTheStatementsOfItsRead();
    void aNewerRequestCancelsTheRunningRead();
    void onlyTheNewestRequestIsDelivered();
    void aCancelledReadDeliversNothing();
    void goingAwayDoesNotWaitForALongRead();

private:
    /// A count that would run for about LongCountMs on this machine, measured.
    qint64 longCount() const { return m_longCount; }
    static constexpr double LongCountMs = 10000;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    DatabaseKey m_key = DatabaseKey::generate();
    qint64 m_longCount = 0;
};

void TestLatestRead::initTestCase()
{
    m_database = test::createDatabase(m_dir.filePath(QStringLiteral("read.db")), m_key);
    QVERIFY(m_database);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.prepare(CountTo));
    constexpr qint64 Sample = 2'000'000;
    query.addBindValue(Sample);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toLongLong(), Sample);
    const double sampleMs = std::max<double>(1, timer.elapsed());
    m_longCount = qint64(Sample * (LongCountMs / sampleMs));
}

void TestLatestRead::aCancelFlagStopsTheStatementsOfItsRead()
{
    auto* driver = qobject_cast<SqlCipherDriver*>(m_database->connection().driver());
    QVERIFY(driver);
    std::atomic_bool cancel{true};
    driver->setCancelFlag(&cancel);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.prepare(CountTo));
    query.addBindValue(longCount());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!query.exec());
    QCOMPARE(DatabaseError::fromSqlError(query.lastError()).kind(), DatabaseError::Kind::Cancelled);
    QVERIFY(timer.elapsed() < 1000);
    // Cleared, the same connection runs statements to their end again.
    driver->setCancelFlag(nullptr);
    query.addBindValue(1000);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toLongLong(), 1000);
}

void TestLatestRead::aNewerRequestCancelsTheRunningRead()
{
    DatabaseThread thread(m_database->path(), m_key);
    QList<Count> delivered;
    LatestRead<Count> read(thread, [&delivered](const Count& count) { delivered.append(count); });
    read.request(countTo(longCount(), QStringLiteral("long")));
    QTest::qWait(200); // the long count is running
    QVERIFY(read.isBusy());
    QElapsedTimer timer;
    timer.start();
    read.request(countTo(1000, QStringLiteral("short")));
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 30000);
    // Had the long count run to its end, the short one would have waited ~10 s behind it.
    QVERIFY2(timer.elapsed() < LongCountMs / 4, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(delivered.constFirst().tag, QStringLiteral("short"));
    QCOMPARE(delivered.constFirst().value, 1000);
    QVERIFY(!delivered.constFirst().error.isError());
    QVERIFY(!read.isBusy());
}

void TestLatestRead::onlyTheNewestRequestIsDelivered()
{
    DatabaseThread thread(m_database->path(), m_key);
    QList<Count> delivered;
    LatestRead<Count> read(thread, [&delivered](const Count& count) { delivered.append(count); });
    for (int i = 1; i <= 6; ++i)
        read.request(countTo(100'000 * i, QString::number(i)));
    QTRY_VERIFY(!read.isBusy());
    QTest::qWait(100); // nothing late comes after
    QCOMPARE(delivered.size(), 1);
    QCOMPARE(delivered.constFirst().tag, QStringLiteral("6"));
    QCOMPARE(delivered.constFirst().value, 600'000);

    // A later request, once the last was delivered, is read and delivered as usual.
    read.request(countTo(7, QStringLiteral("7")));
    QTRY_COMPARE(delivered.size(), 2);
    QCOMPARE(delivered.constLast().value, 7);
}

void TestLatestRead::aCancelledReadDeliversNothing()
{
    DatabaseThread thread(m_database->path(), m_key);
    QList<Count> delivered;
    LatestRead<Count> read(thread, [&delivered](const Count& count) { delivered.append(count); });
    read.request(countTo(longCount(), QStringLiteral("long")));
    QTest::qWait(100);
    QElapsedTimer timer;
    timer.start();
    read.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!read.isBusy(), 30000);
    QVERIFY(timer.elapsed() < LongCountMs / 4);
    QTest::qWait(100);
    QVERIFY(delivered.isEmpty());
    // The thread's connection is whole: the next read runs to its end.
    read.request(countTo(5000, QStringLiteral("after")));
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(delivered.constFirst().value, 5000);
}

void TestLatestRead::goingAwayDoesNotWaitForALongRead()
{
    QElapsedTimer timer;
    bool delivered = false;
    {
        DatabaseThread thread(m_database->path(), m_key);
        LatestRead<Count> read(thread, [&delivered](const Count&) { delivered = true; });
        read.request(countTo(longCount(), QStringLiteral("long")));
        QTest::qWait(200);
        timer.start();
    } // the read goes first (cancelling), then the thread closes its connection
    QVERIFY2(timer.elapsed() < LongCountMs / 4, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!delivered);
}

QTEST_GUILESS_MAIN(TestLatestRead)
#include "tst_latestread.moc"
