// QtKeychainStore against a real GNOME Keyring on a private D-Bus session (see with-keyring.sh).
#include "app/secrets/BlockingKeyStore.h"
#include "app/secrets/QtKeychainStore.h"
#include "tests/support/TestSupport.h"

#include <QProcess>
#include <QTest>

using namespace xs;

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripsBinarySecrets();
    void missingEntryIsNotFound();
    void removeForgetsTheSecret();
    void secretServiceSeesTheEntry();
    void asyncCallbacksArriveOnce();

private:
    QtKeychainStore m_store{QStringLiteral("xiangshu-workbench-test")};
};

void TestKeychain::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run through tests/support/with-keyring.sh (ctest does)");
}

void TestKeychain::roundTripsBinarySecrets()
{
    const QByteArray secret = QByteArray("\x00\x01\x02\xfe\xff key material \x00", 20);
    QVERIFY(BlockingKeyStore::write(m_store, QStringLiteral("database/abc"), secret).ok());
    const KeyStore::Result read = BlockingKeyStore::read(m_store, QStringLiteral("database/abc"));
    QCOMPARE(read.status, KeyStore::Status::Ok);
    QCOMPARE(read.secret, secret);
    // Overwriting replaces.
    QVERIFY(BlockingKeyStore::write(m_store, QStringLiteral("database/abc"), "second").ok());
    QCOMPARE(BlockingKeyStore::read(m_store, QStringLiteral("database/abc")).secret, QByteArray("second"));
}

void TestKeychain::missingEntryIsNotFound()
{
    const KeyStore::Result read = BlockingKeyStore::read(m_store, QStringLiteral("database/never-written"));
    QCOMPARE(read.status, KeyStore::Status::NotFound);
    QVERIFY(!KeyStore::describe(read.status).isEmpty());
}

void TestKeychain::removeForgetsTheSecret()
{
    QVERIFY(BlockingKeyStore::write(m_store, QStringLiteral("database/gone"), "x").ok());
    QVERIFY(BlockingKeyStore::remove(m_store, QStringLiteral("database/gone")).ok());
    QCOMPARE(BlockingKeyStore::read(m_store, QStringLiteral("database/gone")).status,
             KeyStore::Status::NotFound);
}

void TestKeychain::secretServiceSeesTheEntry()
{
    // What another Secret Service client (here secret-tool) sees: the entry is in the keyring,
    // under our service name (the "server" attribute of QtKeychain's schema), with our secret.
    QVERIFY(BlockingKeyStore::write(m_store, QStringLiteral("database/visible"), "visible-secret").ok());
    const test::ProcessResult search = test::runProcess(
        QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                        QStringLiteral("server"), QStringLiteral("xiangshu-workbench-test")});
    QCOMPARE(search.exitCode, 0);
    const QByteArray all = search.standardOutput + search.standardError;
    QVERIFY2(all.contains("database/visible"), all.constData());
    // QtKeychain stores binary secrets base64-encoded (attribute type = base64).
    QVERIFY2(all.contains(QByteArray("visible-secret").toBase64()), all.constData());
}

void TestKeychain::asyncCallbacksArriveOnce()
{
    int calls = 0;
    KeyStore::Result last;
    m_store.read(QStringLiteral("database/abc"), [&](const KeyStore::Result& result) {
        ++calls;
        last = result;
    });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
    QTest::qWait(200);
    QCOMPARE(calls, 1);
    QCOMPARE(last.secret, QByteArray("second"));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
