// Kill the hub (SIGKILL) at random moments while desktops push and pull, 60 times, restart it each
// time, and carry on. Afterwards every operation is applied exactly once and every desktop holds
// exactly what the hub holds.
#include "models/common/Clock.h"
#include "models/journal/SyncLedger.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TestDesktop.h"
#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
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
const QString Entity = QStringLiteral("catalog_entry");
constexpr int Trials = 60;

/// Every (entity, id) -> version a desktop holds.
QMap<QString, qint64> versionsOf(TestDesktop& desktop)
{
    QMap<QString, qint64> versions;
    QSqlQuery query(desktop.database().connection());
    for (const QString& table : {QStringLiteral("department"), QStringLiteral("catalog_entry")}) {
        query.exec(QStringLiteral("SELECT id, version FROM %1").arg(table));
        while (query.next())
            versions.insert(table + QLatin1Char('/') + query.value(0).toString(),
                            query.value(1).toLongLong());
    }
    return versions;
}

} // namespace

class TestHubCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedHubLosesNothingAndAppliesNothingTwice();

private:
    void makeChanges(TestDesktop& author, int trial);

    QTemporaryDir m_dir;
    QHash<QString, int> m_expectedVersion; // record id -> operations made for it
    QStringList m_ids;
    QRandomGenerator m_random{20261128};
};

void TestHubCrash::makeChanges(TestDesktop& author, int trial)
{
    for (int i = 0; i < 60; ++i) {
        const QString id = ChangeJournal::newId(TestClock);
        QVERIFY(!author.journal()
                     .upsert(Entity, id,
                             [&] {
                                 QJsonObject fields =
                                     test::validCatalogEntry(QStringLiteral("第%1轮资源%2").arg(trial).arg(i),
                                                             QStringLiteral("430000027"));
                                 fields.insert(QStringLiteral("abstract"), QString(200, QChar(0x6570)));
                                 return fields;
                             }())
                     .isError());
        m_expectedVersion.insert(id, 1);
        m_ids << id;
    }
    for (int i = 0; i < 20 && !m_ids.isEmpty(); ++i) {
        const QString id = m_ids.at(int(m_random.bounded(int(m_ids.size()))));
        QVERIFY(!author.journal()
                     .upsert(Entity, id,
                             {{QStringLiteral("abstract"), QStringLiteral("摘要%1-%2").arg(trial).arg(i)}})
                     .isError());
        m_expectedVersion[id] += 1;
    }
}

void TestHubCrash::killedHubLosesNothingAndAppliesNothingTwice()
{
    const QString database = m_dir.filePath(QStringLiteral("hub.db"));
    QCOMPARE(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), database}), 0);
    HubProcess hub(m_dir.path());
    QVERIFY(hub.start(database));
    TestDesktop author(m_dir.filePath(QStringLiteral("author.db")), hub, QStringLiteral("demo-cataloguer"),
                       Password);
    QVERIFY2(author.isReady(), qPrintable(author.error()));
    TestDesktop reader(m_dir.filePath(QStringLiteral("reader.db")), hub, QStringLiteral("demo-reviewer"),
                       Password);
    QVERIFY(reader.isReady());

    int interruptedPushes = 0;
    int interruptedPulls = 0;
    for (int trial = 0; trial < Trials; ++trial) {
        makeChanges(author, trial);
        // A reader that starts from nothing each time has thousands of records to pull.
        TestDesktop newcomer(m_dir.filePath(QStringLiteral("newcomer-%1.db").arg(trial)), hub,
                             QStringLiteral("demo-manager"), Password);
        QVERIFY2(newcomer.isReady(), qPrintable(newcomer.error()));

        SyncEngine push(author.database().connection(), QStringLiteral("demo-cataloguer"), author.client(),
                        TestClock);
        SyncEngine pull(newcomer.database().connection(), QStringLiteral("demo-manager"), newcomer.client(),
                        TestClock);
        int running = 2;
        QList<SyncEngine::Summary> summaries;
        QEventLoop loop;
        for (SyncEngine* engine : {&push, &pull}) {
            connect(engine, &SyncEngine::finished, &loop, [&](const SyncEngine::Summary& summary) {
                summaries << summary;
                if (--running == 0)
                    loop.quit();
            });
        }
        push.start(true);
        pull.start(true);
        QTimer killer;
        killer.setSingleShot(true);
        connect(&killer, &QTimer::timeout, &loop, [&hub] { hub.kill(); });
        // Pushes are quick and pulls of a whole hub are not: half the kills come early.
        killer.start(int(m_random.bounded(trial % 2 == 0 ? 20 : 150)));
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        killer.stop(); // a sync that finished first must not have the restarted hub killed later
        QCOMPARE(running, 0);
        interruptedPushes += summaries.constFirst().error.isError() ? 1 : 0;
        interruptedPulls += summaries.constLast().error.isError() ? 1 : 0;
        if (hub.isRunning())
            hub.kill();
        QVERIFY2(hub.start(database), hub.log().right(2000).constData());
        // Everyone resumes where they stopped.
        const SyncEngine::Summary resumed = newcomer.sync();
        QVERIFY2(
            !resumed.error.isError(),
            qPrintable(QStringLiteral("%1 %2").arg(int(resumed.error.kind())).arg(resumed.error.detail())));
        QVERIFY(!reader.sync().error.isError());
        QCOMPARE(versionsOf(newcomer), versionsOf(reader));
    }
    qInfo("%d trials; the kill interrupted %d pushes and %d pulls", Trials, interruptedPushes,
          interruptedPulls);
    // Enough kills landed in pushes and in pulls for the checks below to mean something.
    QVERIFY(interruptedPushes >= Trials / 6);
    QVERIFY(interruptedPulls >= Trials / 6);

    // Let everything through, then compare.
    const SyncEngine::Summary last = author.sync();
    QVERIFY2(!last.error.isError(), qPrintable(last.error.detail()));
    QCOMPARE(author.journal().unsyncedCount(), 0);
    QCOMPARE(SyncLedger(author.database().connection()).count(QStringLiteral("rejected")), 0);
    QCOMPARE(last.conflicts, 0);
    QVERIFY(!reader.sync().error.isError());
    TestDesktop latecomer(m_dir.filePath(QStringLiteral("latecomer.db")), hub, QStringLiteral("demo-auditor"),
                          Password);
    QVERIFY(!latecomer.sync().error.isError());

    // Exactly once: each record's version is the number of operations made for it.
    const QMap<QString, qint64> hubState = versionsOf(latecomer);
    for (auto it = m_expectedVersion.cbegin(); it != m_expectedVersion.cend(); ++it)
        QCOMPARE(hubState.value(Entity + QLatin1Char('/') + it.key()), qint64(it.value()));
    // And everyone converged on the hub's state.
    QCOMPARE(versionsOf(reader), hubState);
    QCOMPARE(versionsOf(author), hubState);
}

QTEST_GUILESS_MAIN(TestHubCrash)
#include "tst_hubcrash.moc"
