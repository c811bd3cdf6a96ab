// systemctl reload: SIGHUP makes the hub read its certificate and key again. New connections get
// the renewed certificate, connections already open go on, and a broken file leaves the old one.
#include "tests/support/HubProcess.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace xs;
using namespace xs::test;

class TestHubReload : public QObject
{
    Q_OBJECT

private slots:
    void hangUpRenewsTheCertificateWithoutDroppingClients();

private:
    /// A TLS connection to the hub, accepting any certificate: the test looks at which one it got.
    static std::unique_ptr<QSslSocket> connectTo(const HubProcess& hub);
    static QString fingerprint(const QSslSocket& socket);
    static bool askHealth(QSslSocket& socket);
};

std::unique_ptr<QSslSocket> TestHubReload::connectTo(const HubProcess& hub)
{
    auto socket = std::make_unique<QSslSocket>();
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), hub.port());
    if (!socket->waitForEncrypted(10000))
        return nullptr;
    return socket;
}

QString TestHubReload::fingerprint(const QSslSocket& socket)
{
    return QString::fromLatin1(socket.peerCertificate().digest(QCryptographicHash::Sha256).toHex());
}

bool TestHubReload::askHealth(QSslSocket& socket)
{
    socket.write("GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(10000))
        answer += socket.readAll();
    return answer.startsWith("HTTP/1.1 200");
}

void TestHubReload::hangUpRenewsTheCertificateWithoutDroppingClients()
{
    QTemporaryDir dir;
    const QString hubDirectory = dir.filePath(QStringLiteral("hub"));
    HubProcess hub(hubDirectory);
    QVERIFY2(hub.start(dir.filePath(QStringLiteral("hub.db"))), hub.log().constData());
    const std::unique_ptr<QSslSocket> before = connectTo(hub);
    QVERIFY(before);
    QCOMPARE(fingerprint(*before), hub.pin());
    QVERIFY(askHealth(*before));

    // The certificate is renewed in place (as certbot or an operator does), then the reload.
    QString error;
    const DevCertificate::Files renewed = DevCertificate::write(
        QDir(hubDirectory).filePath(QStringLiteral("certs")), {}, QDateTime::currentDateTimeUtc(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(renewed.sha256 != hub.pin());
    QCOMPARE(::kill(pid_t(hub.processId()), SIGHUP), 0);
    QTRY_VERIFY_WITH_TIMEOUT(hub.log().contains("certificate_reloaded"), 10000);

    const std::unique_ptr<QSslSocket> after = connectTo(hub);
    QVERIFY(after);
    QCOMPARE(fingerprint(*after), renewed.sha256);
    QVERIFY(askHealth(*after));
    // The connection made before the reload was not dropped: it still asks and is answered.
    QCOMPARE(before->state(), QAbstractSocket::ConnectedState);
    QVERIFY(askHealth(*before));

    // A broken key file: the reload is refused and logged, and the hub keeps serving the renewed one.
    QVERIFY(writeFile(renewed.keyPath, "not a key"));
    QCOMPARE(::kill(pid_t(hub.processId()), SIGHUP), 0);
    QTRY_VERIFY_WITH_TIMEOUT(hub.log().contains("certificate_reload_failed"), 10000);
    QVERIFY(hub.isRunning());
    const std::unique_ptr<QSslSocket> later = connectTo(hub);
    QVERIFY(later);
    QCOMPARE(fingerprint(*later), renewed.sha256);
    QVERIFY(askHealth(*later));
}

QTEST_GUILESS_MAIN(TestHubReload)
#include "tst_hubreload.moc"
