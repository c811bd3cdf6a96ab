// A desktop repeats a request that a proxy or a busy hub answered 502, 503 or 504, after the
// Retry-After it was given (else 1, 2, 4 s), at most four attempts in all, and a cancel ends the
// wait. The "hub" here is a scripted HTTPS server: a real hub cannot be made to answer 502 on cue.
#include "app/sync/HubClient.h"
#include "hub/DevCertificate.h"
#include "models/common/Clock.h"

#include <QElapsedTimer>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <deque>

using namespace xs;

namespace {

/// Answers each request with the next status of its script (then 200 with a health body).
class ScriptedServer : public QSslServer
{
public:
    ScriptedServer(const DevCertificate::Files& files, std::deque<int> statuses)
        : m_statuses(std::move(statuses))
    {
        QFile certificate(files.certificatePath);
        QFile key(files.keyPath);
        certificate.open(QIODevice::ReadOnly);
        key.open(QIODevice::ReadOnly);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certificate.readAll()));
        tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        setSslConfiguration(tls);
        connect(this, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
        });
        listen(QHostAddress::LocalHost, 0);
    }

    int requests = 0;
    QByteArray retryAfter = "0"; // empty: no Retry-After header

private:
    void answer(QTcpSocket* socket)
    {
        m_pending[socket] += socket->readAll();
        if (!m_pending[socket].contains("\r\n\r\n"))
            return;
        m_pending.remove(socket);
        ++requests;
        const int status = m_statuses.empty() ? 200 : m_statuses.front();
        if (!m_statuses.empty())
            m_statuses.pop_front();
        const QByteArray body = status == 200
                                    ? QByteArray(R"({"status":"ok","protocol":1})")
                                    : QByteArray(R"({"error":{"code":"unavailable","message":"busy"}})");
        const QByteArray retry = retryAfter.isEmpty() ? QByteArray() : "Retry-After: " + retryAfter + "\r\n";
        socket->write("HTTP/1.1 " + QByteArray::number(status) +
                      " Scripted\r\nContent-Type: application/json\r\n" + retry +
                      "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    std::deque<int> m_statuses;
    QHash<QTcpSocket*, QByteArray> m_pending;
};

} // namespace

class TestHubRetry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void busyAnswersAreRepeatedUntilOneGetsThrough();
    void aLastingOutageIsReportedAfterFourAttempts();
    void cancelEndsTheWait();

private:
    /// health() against the server; the error it ended with.
    HubError askHealth(ScriptedServer& server, HubClient& client);

    QTemporaryDir m_dir;
    DevCertificate::Files m_files;
};

void TestHubRetry::initTestCase()
{
    QString error;
    m_files = DevCertificate::write(m_dir.path(), {}, SystemClock().now(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

HubError TestHubRetry::askHealth(ScriptedServer& server, HubClient& client)
{
    HubConnection connection;
    connection.url = QUrl(QStringLiteral("https://localhost:%1").arg(server.serverPort()));
    connection.caFile = m_files.certificatePath;
    client.configure(connection);
    HubError result(HubError::Kind::Unreachable, QStringLiteral("no answer"));
    bool answered = false;
    client.health([&](const HubError& error, const QJsonObject&) {
        result = error;
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 20000))
        return HubError(HubError::Kind::Unreachable, QStringLiteral("the client never answered"));
    return result;
}

void TestHubRetry::busyAnswersAreRepeatedUntilOneGetsThrough()
{
    ScriptedServer server(m_files, {502, 503, 504});
    HubClient client;
    const HubError error = askHealth(server, client);
    QVERIFY2(!error.isError(), qPrintable(error.detail()));
    QCOMPARE(server.requests, 4);
    QCOMPARE(client.requestsSent(), 4);
}

void TestHubRetry::aLastingOutageIsReportedAfterFourAttempts()
{
    ScriptedServer server(m_files, {502, 502, 502, 502, 502, 502});
    HubClient client;
    const HubError error = askHealth(server, client);
    QVERIFY(error.isError());
    QCOMPARE(error.httpStatus(), 502);
    QCOMPARE(server.requests, HubClient::MaxAttempts);
}

void TestHubRetry::cancelEndsTheWait()
{
    // Without Retry-After the client waits 1 s before its second attempt; a cancel meanwhile ends
    // the request at once, as cancelled, and nothing more is sent.
    ScriptedServer server(m_files, {503});
    server.retryAfter.clear();
    HubConnection connection;
    connection.url = QUrl(QStringLiteral("https://localhost:%1").arg(server.serverPort()));
    connection.caFile = m_files.certificatePath;
    HubClient client;
    client.configure(connection);
    HubError result;
    bool answered = false;
    client.health([&](const HubError& error, const QJsonObject&) {
        result = error;
        answered = true;
    });
    QTRY_COMPARE_WITH_TIMEOUT(server.requests, 1, 10000);
    client.abort();
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QCOMPARE(result.kind(), HubError::Kind::Cancelled);
    QTest::qWait(200);
    QCOMPARE(server.requests, 1);
}

QTEST_GUILESS_MAIN(TestHubRetry)
#include "tst_hubretry.moc"
