// The desktop's log file and its diagnostics: the log rotates at its cap, and after an unlock, a
// login and a sync against the real hub it holds what happened and none of the secrets or the
// record content that passed through.

#include "app/Application.h"
#include "app/Diagnostics.h"
#include "app/LogFile.h"
#include "app/UnlockController.h"
#include "app/secrets/BlockingKeyStore.h"
#include "app/secrets/DatabaseCreator.h"
#include "app/secrets/QtKeychainStore.h"
#include "models/common/Clock.h"
#include "models/common/Logging.h"
#include "models/storage/DatabaseFile.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TestDesktop.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;
using namespace xs::test;

namespace {

xs::ManualClock TestClock(xs::ManualClock::chinaMorning(QDate(2026, 6, 15)));
const QString Passphrase = QStringLiteral("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789");
const QString HubPassword = xs::test::DemoPassword;

QByteArray everythingLogged(const QString& folder)
{
    QByteArray all;
    for (const QString& name : QDir(folder).entryList(QDir::Files)) {
        QFile file(QDir(folder).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

class TestDiagnostics : public QObject
{
    Q_OBJECT

private slots:
    void theLogRotatesAtItsCap();
    void noSecretOrRecordContentIsLogged();
    void diagnosticsNameWhereThingsAre();
};

void TestDiagnostics::theLogRotatesAtItsCap()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("logs"));
    {
        LogFile log(folder, TestClock, {2000, 2});
        QVERIFY(log.isActive());
        LogFile second(folder, TestClock, {2000, 2});
        QVERIFY(!second.isActive()); // one log per process
        for (int i = 0; i < 300; ++i)
            qCInfo(lcApp) << "line" << i;
        const QStringList tail = log.tail(3);
        QCOMPARE(tail.size(), 3);
        QVERIFY2(tail.constLast().endsWith(QLatin1String("xs.app: line 299")), qPrintable(tail.constLast()));
        QVERIFY(tail.constLast().startsWith(TestClock.timestamp()));
    }
    QStringList files = QDir(folder).entryList(QDir::Files);
    files.sort();
    QCOMPARE(files, (QStringList{"xiangshu.log", "xiangshu.log.1", "xiangshu.log.2"}));
    for (const QString& name : files)
        QVERIFY(QFileInfo(QDir(folder).filePath(name)).size() <= 2000);
    // A message cannot forge a line of its own.
    {
        LogFile log(folder, TestClock, {2000, 2});
        qCWarning(lcApp) << "first\n2026-06-15T01:00:00.000Z info xs.keys: forged";
        QCOMPARE(log.tail(1).size(), 1);
        QVERIFY(log.tail(1).constFirst().contains(QLatin1String("\\n")));
    }
    qCInfo(lcApp) << "after the log is gone: nowhere to write, and no crash";
}

void TestDiagnostics::noSecretOrRecordContentIsLogged()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("logs"));
    LogFile log(folder, TestClock);
    QVERIFY(log.isActive());

    // An unlock: a wrong passphrase, then the right one.
    QtKeychainStore keychain;
    const QString path = dir.filePath(QStringLiteral("desk.db"));
    DatabaseCreator::Result created = DatabaseCreator::create(path, Passphrase, true);
    QVERIFY(!created.error.isError());
    const QByteArray keyHex = created.key.bytes().toHex();
    created.database.reset();
    UnlockController controller(keychain, TestClock, path);
    QSignalSpy asked(&controller, &UnlockController::passphraseNeeded);
    QSignalSpy unlocked(&controller, &UnlockController::unlocked);
    controller.start();
    QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 10000);
    QSignalSpy rejected(&controller, &UnlockController::passphraseRejected);
    controller.submitPassphrase(QStringLiteral("WRONG-PASS-PHRA-SE00"), false);
    QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, 20000);
    controller.submitPassphrase(Passphrase, false);
    QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 30000);
    controller.takeDatabase().reset();

    // A login and a sync that sends a record with a name of its own.
    QTemporaryDir hubDir;
    const QString hubDatabase = hubDir.filePath(QStringLiteral("hub.db"));
    QCOMPARE(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), hubDatabase}), 0);
    HubProcess hub(hubDir.path());
    QVERIFY2(hub.start(hubDatabase), hub.log().constData());
    TestDesktop desktop(dir.filePath(QStringLiteral("synced.db")), hub, QStringLiteral("demo-cataloguer"),
                        HubPassword);
    QVERIFY2(desktop.isReady(), qPrintable(desktop.error()));
    const QString secretName = QStringLiteral("绝不入日志的目录名称");
    QVERIFY(!desktop.journal()
                 .upsert(QStringLiteral("catalog_entry"),
                         QStringLiteral("0192f000-0000-7000-8000-0000000000aa"),
                         validCatalogEntry(secretName, QStringLiteral("430000027")))
                 .isError());
    QVERIFY(!desktop.journal()
                 .upsert(QStringLiteral("catalog_entry"),
                         QStringLiteral("0192f000-0000-7000-8000-0000000000ab"),
                         [&] {
                             QJsonObject fields = validCatalogEntry(secretName, QStringLiteral("430000001"));
                             return fields; // another department's: the hub rejects it
                         }())
                 .isError());
    const SyncEngine::Summary summary = desktop.sync();
    QVERIFY(!summary.error.isError());
    QCOMPARE(summary.rejected, 1);
    const QString token = desktop.client().token();
    QVERIFY(!token.isEmpty());

    const QByteArray logged = everythingLogged(folder);
    // What happened is there...
    for (const char* expected :
         {"xs.keys: passphrase not accepted", "xs.keys: unlocked with", "xs.sync: sync started",
          "xs.sync: hub rejected operation", "xs.sync: sync finished"})
        QVERIFY2(logged.contains(expected), expected);
    // ... and no secret, nor what the record says.
    for (const QByteArray& secret :
         {Passphrase.toUtf8(), QByteArray("WRONG-PASS-PHRA-SE00"), keyHex, keyHex.toUpper(),
          HubPassword.toUtf8(), token.toUtf8(), secretName.toUtf8()})
        QVERIFY2(!logged.contains(secret), secret.left(12).constData());
}

void TestDiagnostics::diagnosticsNameWhereThingsAre()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("xiangshu.db"));
    Application application(std::make_unique<QtKeychainStore>(),
                            std::make_unique<ManualClock>(ManualClock::chinaMorning(QDate(2026, 12, 4))),
                            path);
    QVERIFY(application.log().isActive());
    QCOMPARE(application.log().path(), dir.filePath(QStringLiteral("logs/xiangshu.log")));
    const QString report = Diagnostics::report(application);
    QVERIFY2(report.contains(QStringLiteral(XS_VERSION)), qPrintable(report));
    QVERIFY(report.contains(path + QStringLiteral(" (locked)")));
    QVERIFY(report.contains(QLatin1String("today in China 2026-12-04")));
    QVERIFY(report.contains(QLatin1String("xs.app: Xiangshu Workbench"))); // the log's own lines
}

QTEST_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
