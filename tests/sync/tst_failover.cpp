// Two hubs on one PostgreSQL behind nginx, configured by the site file the package ships, with
// many desktops syncing at once; one hub is killed (SIGKILL) in the middle of a round. Nothing may
// fail or be lost: nginx sends what the dead hub was answering to the other one, a push repeated
// there is answered from its stored result (never applied twice), and every desktop's outbox ends
// empty. XS_FAILOVER_CLIENTS sets how many desktops (200 by default).
#include "models/journal/ChangeJournal.h"
#include "tests/support/HubProcess.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestDesktop.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <unistd.h>

using namespace xs;
using namespace xs::test;

namespace {

constexpr int Rounds = 4;
constexpr int KillingRound = 1; // the second round: every desktop has synced once before
const QString Password = DemoPassword;

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestFailover : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aHubKilledMidRunLosesNothing();

private:
    /// The shipped nginx site, pointed at the two hubs and this test's files.
    bool startNginx(const HubProcess& first, const HubProcess& second, QString* error);

    QTemporaryDir m_dir;
    std::unique_ptr<PostgresServer> m_postgres;
    QProcess m_nginx;
    quint16 m_nginxPort = 0;
};

void TestFailover::initTestCase()
{
    m_postgres = std::make_unique<PostgresServer>(m_dir.filePath(QStringLiteral("pg")));
    QString error;
    QVERIFY2(m_postgres->start(&error), qPrintable(error));
}

void TestFailover::cleanupTestCase()
{
    if (m_nginx.state() != QProcess::NotRunning) {
        m_nginx.terminate();
        m_nginx.waitForFinished(10000);
    }
    m_postgres.reset();
}

bool TestFailover::startNginx(const HubProcess& first, const HubProcess& second, QString* error)
{
    const QDir dir(m_dir.filePath(QStringLiteral("nginx")));
    QDir().mkpath(dir.path());
    // Both hubs present the first one's certificate, which nginx checks and presents too.
    const QString certificate = first.caFile();
    const QString key = QFileInfo(certificate).dir().filePath(QStringLiteral("hub-key.pem"));
    m_nginxPort = freePort();

    QStringList site;
    for (QString line :
         QString::fromUtf8(readFile(QStringLiteral(XS_SOURCE_DIR "/packaging/hub/nginx-xiangshu-hub.conf")))
             .split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("listen [::]")))
            continue;
        if (trimmed.startsWith(QLatin1String("listen 443")))
            line = QStringLiteral("    listen 127.0.0.1:%1 ssl http2;").arg(m_nginxPort);
        else if (trimmed.startsWith(QLatin1String("server 127.0.0.1:8443")))
            line.replace(QLatin1String("127.0.0.1:8443"), QStringLiteral("127.0.0.1:%1").arg(first.port()));
        else if (trimmed.startsWith(QLatin1String("# server 127.0.0.1:8444")))
            line = line.replace(QLatin1String("# server 127.0.0.1:8444"),
                                QStringLiteral("server 127.0.0.1:%1").arg(second.port()));
        else if (trimmed.startsWith(QLatin1String("limit_conn ")))
            // Every desktop of this test is 127.0.0.1, where a province's are thousands of addresses.
            line = QStringLiteral("    limit_conn xiangshu_per_address 4096;");
        line.replace(QLatin1String("/etc/xiangshu-hub/tls/hub-cert.pem"), certificate);
        line.replace(QLatin1String("/etc/xiangshu-hub/tls/hub-key.pem"), key);
        site << line;
    }
    const QString sitePath = dir.filePath(QStringLiteral("site.conf"));
    writeFile(sitePath, site.join(QLatin1Char('\n')).toUtf8());
    QString main =
        QStringLiteral("daemon off;\nworker_processes 2;\npid %1/nginx.pid;\nerror_log %1/error.log;\n"
                       "worker_rlimit_nofile 8192;\nevents { worker_connections 4096; }\n"
                       "http {\n  access_log off;\n  client_body_temp_path %1/body;\n"
                       "  proxy_temp_path %1/proxy;\n  fastcgi_temp_path %1/fastcgi;\n"
                       "  uwsgi_temp_path %1/uwsgi;\n  scgi_temp_path %1/scgi;\n  include %2;\n}\n")
            .arg(dir.path(), sitePath);
    if (::geteuid() == 0)
        main.prepend(QStringLiteral("user root;\n")); // the workers read this test's private folder
    const QString mainPath = dir.filePath(QStringLiteral("nginx.conf"));
    writeFile(mainPath, main.toUtf8());
    m_nginx.setProcessChannelMode(QProcess::MergedChannels);
    m_nginx.start(QStringLiteral("nginx"), {QStringLiteral("-c"), mainPath, QStringLiteral("-e"),
                                            dir.filePath(QStringLiteral("error.log"))});
    if (!m_nginx.waitForStarted(10000)) {
        *error = QStringLiteral("nginx did not start: %1").arg(m_nginx.errorString());
        return false;
    }
    for (int attempt = 0; attempt < 100; ++attempt) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_nginxPort);
        if (socket.waitForConnected(100))
            return true;
        if (m_nginx.state() == QProcess::NotRunning)
            break;
        QTest::qWait(100);
    }
    *error = QStringLiteral("nginx does not listen: %1 %2")
                 .arg(QString::fromUtf8(m_nginx.readAll()),
                      QString::fromUtf8(readFile(dir.filePath(QStringLiteral("error.log")))));
    return false;
}

void TestFailover::aHubKilledMidRunLosesNothing()
{
    const int clients = qEnvironmentVariableIsSet("XS_FAILOVER_CLIENTS")
                            ? qEnvironmentVariableIntValue("XS_FAILOVER_CLIENTS")
                            : 200;
    QByteArray output;
    QVERIFY2(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), m_postgres->url()},
                             &output) == 0,
             output.constData());
    // The options the package's settings file gives a hub behind nginx.
    QStringList behindProxy;
    for (const QString& line :
         QString::fromUtf8(readFile(QStringLiteral(XS_SOURCE_DIR "/packaging/hub/xiangshu-hub.default")))
             .split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("XS_HUB_OPTIONS=")))
            behindProxy = line.mid(15).remove(QLatin1Char('"')).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    QVERIFY(behindProxy.contains(QStringLiteral("--trusted-proxy")));
    HubProcess first(m_dir.filePath(QStringLiteral("hub1")));
    HubProcess second(m_dir.filePath(QStringLiteral("hub2")));
    QVERIFY2(first.start(m_postgres->url(), behindProxy), first.log().constData());
    // One deployment: both hubs present the same certificate and sign with the same key (a later
    // option wins over HubProcess's own).
    const QString certificates = QFileInfo(first.caFile()).dir().path();
    QVERIFY2(second.start(m_postgres->url(),
                          behindProxy + QStringList{QStringLiteral("--cert"), first.caFile(),
                                                    QStringLiteral("--key"),
                                                    certificates + QStringLiteral("/hub-key.pem"),
                                                    QStringLiteral("--signing-key"),
                                                    certificates + QStringLiteral("/hub-signing-key.pem")}),
             second.log().constData());
    QString error;
    QVERIFY2(startNginx(first, second, &error), qPrintable(error));
    const QUrl throughNginx(QStringLiteral("https://localhost:%1").arg(m_nginxPort));

    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<TestDesktop>> desktops;
    for (int i = 0; i < clients; ++i) {
        desktops.push_back(std::make_unique<TestDesktop>(m_dir.filePath(QStringLiteral("desk-%1.db").arg(i)),
                                                         first, QStringLiteral("demo-cataloguer"), Password));
        QVERIFY2(desktops.back()->isReady(), qPrintable(desktops.back()->error()));
        desktops.back()->useAddress(throughNginx);
    }
    qInfo("%d desktops signed in in %lld ms", clients, timer.elapsed());

    // Rounds: each desktop makes one record and syncs, all at once. In the second round, the first
    // hub is killed while the round is in flight.
    QStringList created;
    int failedSyncs = 0;
    qint64 killedAtMs = -1;
    QJsonArray roundMs;
    for (int round = 0; round < Rounds; ++round) {
        for (int i = 0; i < clients; ++i) {
            const QString id = ChangeJournal::newId(desktops[size_t(i)]->clock());
            QVERIFY(!desktops[size_t(i)]
                         ->journal()
                         .upsert(QStringLiteral("catalog_entry"), id,
                                 validCatalogEntry(QStringLiteral("故障切换 %1-%2").arg(i).arg(round),
                                                   QStringLiteral("430000027")))
                         .isError());
            created << id;
        }
        QEventLoop loop;
        int running = clients;
        std::vector<std::unique_ptr<SyncEngine>> engines;
        QElapsedTimer roundTimer;
        roundTimer.start();
        for (int i = 0; i < clients; ++i) {
            TestDesktop& desktop = *desktops[size_t(i)];
            engines.push_back(std::make_unique<SyncEngine>(desktop.database().connection(),
                                                           QStringLiteral("demo-cataloguer"),
                                                           desktop.client(), desktop.clock()));
            connect(engines.back().get(), &SyncEngine::finished, &loop,
                    [&](const SyncEngine::Summary& summary) {
                        if (summary.error.isError()) {
                            ++failedSyncs;
                            qWarning("a sync failed: %s %s", qPrintable(summary.error.code()),
                                     qPrintable(summary.error.detail().left(200)));
                        }
                        // Killed once a quarter of the round has finished: the rest are in flight.
                        if (round == KillingRound && killedAtMs < 0 && running <= clients * 3 / 4) {
                            killedAtMs = roundTimer.elapsed();
                            first.kill();
                        }
                        if (--running == 0)
                            loop.quit();
                    });
            engines.back()->start(true);
        }
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(running, 0);
        roundMs.append(roundTimer.elapsed());
    }
    QVERIFY2(killedAtMs >= 0 && !first.isRunning(), "the first hub was not killed mid-run");

    // Nothing failed, nothing waits, nothing was refused or left in conflict.
    qint64 pending = 0;
    for (const auto& desktop : desktops)
        pending += desktop->journal().unsyncedCount();
    if (failedSyncs > 0)
        qWarning("nginx said: %s",
                 readFile(m_dir.filePath(QStringLiteral("nginx/error.log"))).left(3000).constData());
    // And nothing was lost or applied twice: every record on the hub that survived, at version 1.
    TestDesktop reader(m_dir.filePath(QStringLiteral("reader.db")), throughNginx, first.caFile(),
                       QStringLiteral("demo-manager"), Password);
    QVERIFY2(reader.isReady(), qPrintable(reader.error()));
    QVERIFY(!reader.sync().error.isError());
    int missing = 0;
    int appliedTwice = 0;
    for (const QString& id : std::as_const(created)) {
        const std::optional<RecordState> record = reader.record(QStringLiteral("catalog_entry"), id);
        if (!record)
            ++missing;
        else if (record->version != 1)
            ++appliedTwice;
    }
    const QJsonObject figures{{QStringLiteral("clients"), clients},
                              {QStringLiteral("rounds"), Rounds},
                              {QStringLiteral("operations"), created.size()},
                              {QStringLiteral("hub_killed_after_ms"), killedAtMs},
                              {QStringLiteral("round_ms"), roundMs},
                              {QStringLiteral("failed_syncs"), failedSyncs},
                              {QStringLiteral("pending_after"), pending},
                              {QStringLiteral("missing_on_hub"), missing},
                              {QStringLiteral("applied_twice"), appliedTwice},
                              {QStringLiteral("pushes_answered_by_second_hub"),
                               int(second.log().count("\"path\":\"/api/v1/push\""))}};
    qInfo("failover %s", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    QCOMPARE(failedSyncs, 0);
    QCOMPARE(pending, 0);
    QCOMPARE(missing, 0);
    QCOMPARE(appliedTwice, 0);
    QVERIFY2(HubProcess::run({QStringLiteral("verify"), QStringLiteral("--database"), m_postgres->url()},
                             &output) == 0,
             output.constData());
}

QTEST_GUILESS_MAIN(TestFailover)
#include "tst_failover.moc"
