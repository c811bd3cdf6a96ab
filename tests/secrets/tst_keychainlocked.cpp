// A real GNOME Keyring whose login keyring is locked and cannot be unlocked (no prompt possible):
// every path must say "locked", never "no key stored".
#include "app/UnlockController.h"
#include "app/secrets/BlockingKeyStore.h"
#include "app/secrets/DatabaseCreator.h"
#include "app/secrets/QtKeychainStore.h"
#include "models/common/Clock.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
// What every change here is stamped with: these tests hold on any date.
xs::ManualClock TestClock(xs::ManualClock::chinaMorning(QDate(2026, 6, 15)));
} // namespace

using namespace xs;

class TestKeychainLocked : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readReportsLocked();
    void writeDoesNotSucceed();
    void controllerAsksForPassphraseSayingLocked();
    void cliExitsWithThreeSayingLocked();

private:
    QTemporaryDir m_dir;
    QString m_database;
    QtKeychainStore m_store;
};

void TestKeychainLocked::initTestCase()
{
    QCOMPARE(qgetenv("XS_KEYRING_LOCKED"), QByteArray("1"));
    m_database = m_dir.filePath(QStringLiteral("locked.db"));
    const DatabaseCreator::Result created =
        DatabaseCreator::create(m_database, QStringLiteral("the recovery passphrase"), false);
    QVERIFY(!created.error.isError());
}

void TestKeychainLocked::readReportsLocked()
{
    const KeyStore::Result read = BlockingKeyStore::read(m_store, QStringLiteral("database/anything"));
    QCOMPARE(read.status, KeyStore::Status::Locked);
    QVERIFY(KeyStore::describe(read.status).contains(QStringLiteral("locked")));
}

void TestKeychainLocked::writeDoesNotSucceed()
{
    const KeyStore::Result write = BlockingKeyStore::write(m_store, QStringLiteral("database/x"), "secret");
    QVERIFY(!write.ok());
}

void TestKeychainLocked::controllerAsksForPassphraseSayingLocked()
{
    UnlockController controller(m_store, TestClock, m_database);
    QSignalSpy asked(&controller, &UnlockController::passphraseNeeded);
    controller.start();
    QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 15000);
    QCOMPARE(asked.at(0).at(0).value<UnlockError>().keychainStatus(), KeyStore::Status::Locked);
}

void TestKeychainLocked::cliExitsWithThreeSayingLocked()
{
    const test::ProcessResult run = test::runProcess(
        test::binaryPath("XS_CLI"),
        {QStringLiteral("unlock-check"), QStringLiteral("--json"), QStringLiteral("--database"), m_database});
    QCOMPARE(run.exitCode, 3);
    const QJsonObject error =
        QJsonDocument::fromJson(run.standardOutput).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("keychain_locked"));
}

QTEST_GUILESS_MAIN(TestKeychainLocked)
#include "tst_keychainlocked.moc"
