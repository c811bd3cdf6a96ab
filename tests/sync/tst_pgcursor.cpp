// The pull cursor never skips a change under concurrent writers, on a real PostgreSQL with two
// hub processes: four desktops push while a fifth pulls, and the puller ends with every record.
#include "models/common/Clock.h"
#include "tests/support/HubProcess.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestDesktop.h"
#include "tests/support/TestSupport.h"

#include <QEventLoop>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
// What every change here is stamped with: these tests hold on any date.
xs::ManualClock TestClock(xs::ManualClock::chinaMorning(QDate(2026, 6, 15)));
} // namespace

using namespace xs;
using namespace xs::test;

namespace {
const QString Password = xs::test::DemoPassword;
constexpr int Pushers = 4;
constexpr int Rounds = 100;
constexpr int RecordsPerRound = 2; // small requests: the hubs interleave, pulls get in between
} // namespace

class TestPgCursor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void concurrentWritersNeverHideAChangeFromTheCursor();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresServer> m_postgres;
};

void TestPgCursor::initTestCase()
{
    m_postgres = std::make_unique<PostgresServer>(m_dir.filePath(QStringLiteral("pg")));
    QString error;
    QVERIFY2(m_postgres->start(&error), qPrintable(error));
}

void TestPgCursor::cleanupTestCase()
{
    m_postgres.reset();
}

void TestPgCursor::concurrentWritersNeverHideAChangeFromTheCursor()
{
    QByteArray output;
    QVERIFY2(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), m_postgres->url()},
                             &output) == 0,
             output.constData());
    HubProcess first(m_dir.filePath(QStringLiteral("hub1")));
    HubProcess second(m_dir.filePath(QStringLiteral("hub2")));
    QVERIFY2(first.start(m_postgres->url()), first.log().constData());
    QVERIFY2(second.start(m_postgres->url()), second.log().constData());

    std::vector<std::unique_ptr<TestDesktop>> pushers;
    for (int i = 0; i < Pushers; ++i) {
        pushers.push_back(std::make_unique<TestDesktop>(m_dir.filePath(QStringLiteral("pusher-%1.db").arg(i)),
                                                        i % 2 == 0 ? first : second,
                                                        QStringLiteral("demo-cataloguer"), Password));
        QVERIFY2(pushers.back()->isReady(), qPrintable(pushers.back()->error()));
    }
    // One puller per hub: each reads while the other hub has writes in flight.
    std::vector<std::unique_ptr<TestDesktop>> pullers;
    for (const HubProcess* hub : {&first, &second}) {
        pullers.push_back(
            std::make_unique<TestDesktop>(m_dir.filePath(QStringLiteral("puller-%1.db").arg(pullers.size())),
                                          *hub, QStringLiteral("demo-manager"), Password));
        QVERIFY(pullers.back()->isReady());
    }

    // Each pusher: a round of new records, a sync, again; all at once, against both hubs. The
    // puller syncs over and over meanwhile, so its cursor moves while writes are in flight.
    QStringList created;
    int pushersRunning = Pushers;
    int pulls = 0;
    QEventLoop loop;
    std::vector<std::unique_ptr<SyncEngine>> engines;
    std::vector<int> roundsDone(Pushers, 0);
    for (int i = 0; i < Pushers; ++i) {
        engines.push_back(std::make_unique<SyncEngine>(pushers[i]->database().connection(),
                                                       QStringLiteral("demo-cataloguer"),
                                                       pushers[i]->client(), TestClock));
        SyncEngine* engine = engines.back().get();
        const auto nextRound = [&, i, engine] {
            if (roundsDone[i] == Rounds) {
                if (--pushersRunning == 0)
                    loop.quit();
                return;
            }
            for (int r = 0; r < RecordsPerRound; ++r) {
                const QString id = ChangeJournal::newId(TestClock);
                pushers[i]->journal().upsert(
                    QStringLiteral("catalog_entry"), id,
                    test::validCatalogEntry(
                        QStringLiteral("并发写入 %1-%2-%3").arg(i).arg(roundsDone[i]).arg(r),
                        QStringLiteral("430000027")));
                created << id;
            }
            ++roundsDone[i];
            engine->start(true);
        };
        connect(engine, &SyncEngine::finished, &loop,
                [nextRound](const SyncEngine::Summary&) { QTimer::singleShot(0, nextRound); });
        QTimer::singleShot(0, nextRound);
    }
    std::vector<std::unique_ptr<SyncEngine>> pullEngines;
    for (const auto& puller : pullers) {
        pullEngines.push_back(std::make_unique<SyncEngine>(
            puller->database().connection(), QStringLiteral("demo-manager"), puller->client(), TestClock));
        SyncEngine* engine = pullEngines.back().get();
        connect(engine, &SyncEngine::finished, &loop, [&, engine](const SyncEngine::Summary&) {
            ++pulls;
            if (pushersRunning > 0)
                QTimer::singleShot(0, engine, [engine] { engine->start(); });
        });
        engine->start();
    }
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(pushersRunning, 0);
    for (const auto& engine : pullEngines)
        QTRY_VERIFY_WITH_TIMEOUT(!engine->isRunning(), 30000);
    for (const auto& pusher : pushers)
        QCOMPARE(pusher->journal().unsyncedCount(), 0);

    // One more pull after the writers stopped: it may only bring what committed after the last
    // pull. Had the cursor skipped a late commit, that record would be missing for good.
    qInfo("%d pulls ran while %d records were being pushed through two hubs", pulls, int(created.size()));
    QVERIFY(pulls >= 6);
    QCOMPARE(created.size(), Pushers * Rounds * RecordsPerRound);
    for (const auto& puller : pullers) {
        QVERIFY(!puller->sync().error.isError());
        int missing = 0;
        for (const QString& id : std::as_const(created)) {
            const std::optional<RecordState> record = puller->record(QStringLiteral("catalog_entry"), id);
            if (!record || record->version != 1)
                ++missing;
        }
        QCOMPARE(missing, 0);
    }
    QVERIFY(first.log().contains("/api/v1/push") && second.log().contains("/api/v1/push"));

    // Both hubs wrote every answer into one hash-chained trail, concurrently: still one chain.
    QVERIFY2(HubProcess::run({QStringLiteral("verify"), QStringLiteral("--database"), m_postgres->url()},
                             &output) == 0,
             output.constData());
    QVERIFY2(output.contains("intact"), output.constData());
}

QTEST_GUILESS_MAIN(TestPgCursor)
#include "tst_pgcursor.moc"
