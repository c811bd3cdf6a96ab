// The hub against what it must refuse: untrusted TLS, roles out of bounds, hostile requests.
#include "app/secrets/DatabaseCreator.h"
#include "models/journal/AccessPolicy.h"
#include "models/journal/EntitySchema.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;
using namespace xs::test;

namespace {

QByteArray pushBody(const QString& opId, const QString& entity, const QString& id, const QJsonObject& fields)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("ops"),
                            QJsonArray{QJsonObject{{QStringLiteral("op_id"), opId},
                                                   {QStringLiteral("kind"), QStringLiteral("upsert")},
                                                   {QStringLiteral("entity"), entity},
                                                   {QStringLiteral("id"), id},
                                                   {QStringLiteral("base_version"), 0},
                                                   {QStringLiteral("fields"), fields}}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestHubSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void untrustedCertificatesExitWithSeven_data();
    void untrustedCertificatesExitWithSeven();
    void pinnedSelfSignedCertificateIsAccepted();
    void everyDisallowedRoleEndpointPairIs403();
    void pushedOperationsFollowTheRoleRules();
    void hostileRequestsGetJsonErrors_data();
    void hostileRequestsGetJsonErrors();
    void replayedAndExpiredTokensAre401();
    void failedLoginsAreRateLimited();
    void hubSurvivesEverything();

private:
    int cliLogin(const QUrl& url, const QStringList& trust, QByteArray* output);
    QString m_clientDatabase;
    QString m_passwordFile;
    QString m_passphraseFile;
    QTemporaryDir m_dir;
    std::unique_ptr<HubProcess> m_hub;
    std::unique_ptr<HttpProbe> m_probe;
};

void TestHubSecurity::initTestCase()
{
    const QString database = m_dir.filePath(QStringLiteral("hub.db"));
    QCOMPARE(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), database}), 0);
    m_hub = std::make_unique<HubProcess>(m_dir.filePath(QStringLiteral("main")));
    QVERIFY2(m_hub->start(database, {QStringLiteral("--token-ttl"), QStringLiteral("3")}),
             m_hub->log().constData());
    m_probe = std::make_unique<HttpProbe>(m_hub->url(), m_hub->caFile());
    m_clientDatabase = m_dir.filePath(QStringLiteral("client.db"));
    QVERIFY(!DatabaseCreator::create(m_clientDatabase, QStringLiteral("client passphrase 123"), false)
                 .error.isError());
    m_passphraseFile = m_dir.filePath(QStringLiteral("passphrase.txt"));
    QVERIFY(test::writeFile(m_passphraseFile, "client passphrase 123"));
    m_passwordFile = m_dir.filePath(QStringLiteral("password.txt"));
    QVERIFY(test::writeFile(m_passwordFile, DemoPassword.toUtf8()));
}

void TestHubSecurity::cleanupTestCase()
{
    m_hub.reset();
}

int TestHubSecurity::cliLogin(const QUrl& url, const QStringList& trust, QByteArray* output)
{
    const test::ProcessResult result = test::runProcess(
        test::binaryPath("XS_CLI"),
        QStringList{QStringLiteral("login"), QStringLiteral("--json"), QStringLiteral("--database"),
                    m_clientDatabase, QStringLiteral("--hub"), url.toString(), QStringLiteral("--user"),
                    QStringLiteral("demo-cataloguer"), QStringLiteral("--password-file"), m_passwordFile,
                    QStringLiteral("--passphrase-file"), m_passphraseFile} +
            trust);
    *output = result.standardOutput + result.standardError;
    return result.exitCode;
}

void TestHubSecurity::untrustedCertificatesExitWithSeven_data()
{
    QTest::addColumn<QStringList>("dnsNames");
    QTest::addColumn<int>("expiresInDays");
    QTest::addColumn<bool>("giveCa");
    QTest::addColumn<bool>("wrongPin");
    QTest::newRow("unknown issuer") << QStringList{QStringLiteral("localhost")} << 30 << false << false;
    QTest::newRow("wrong host name") << QStringList{QStringLiteral("hub.example.invalid")} << 30 << true
                                     << false;
    QTest::newRow("expired") << QStringList{QStringLiteral("localhost")} << -1 << true << false;
    QTest::newRow("pin mismatch") << QStringList{QStringLiteral("localhost")} << 30 << true << true;
}

void TestHubSecurity::untrustedCertificatesExitWithSeven()
{
    QFETCH(QStringList, dnsNames);
    QFETCH(int, expiresInDays);
    QFETCH(bool, giveCa);
    QFETCH(bool, wrongPin);
    DevCertificate::Request certificate;
    certificate.dnsNames = dnsNames;
    certificate.ipAddresses = {};
    certificate.notBefore = QDateTime::currentDateTimeUtc().addDays(-10);
    certificate.notAfter = QDateTime::currentDateTimeUtc().addDays(expiresInDays);
    HubProcess hub(
        m_dir.filePath(
            QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))),
        certificate);
    QVERIFY(hub.start(m_hub->database()));
    QStringList trust;
    if (giveCa)
        trust << QStringLiteral("--ca") << hub.caFile();
    if (wrongPin)
        trust << QStringLiteral("--pin") << QString(64, QLatin1Char('a'));
    QByteArray output;
    QCOMPARE(cliLogin(hub.url(), trust, &output), 7);
    QVERIFY2(output.contains("\"exit_code\":7"), output.constData());
}

void TestHubSecurity::pinnedSelfSignedCertificateIsAccepted()
{
    // No CA file: the pin alone vouches for the self-signed certificate.
    QByteArray output;
    QCOMPARE(cliLogin(m_hub->url(), {QStringLiteral("--pin"), m_hub->pin().toUpper()}, &output), 0);
    QByteArray withCa;
    QCOMPARE(cliLogin(m_hub->url(), {QStringLiteral("--ca"), m_hub->caFile()}, &withCa), 0);
}

void TestHubSecurity::everyDisallowedRoleEndpointPairIs403()
{
    struct EndpointCall
    {
        Endpoint endpoint;
        QByteArray method;
        QString path;
    };
    const QList<EndpointCall> calls = {
        {Endpoint::Pull, "GET", QStringLiteral("/api/v1/changes?after=0&limit=1")},
        {Endpoint::Push, "POST", QStringLiteral("/api/v1/push")},
        {Endpoint::Users, "GET", QStringLiteral("/api/v1/users")},
    };
    int checked = 0;
    for (const Role role : {Role::Cataloguer, Role::Reviewer, Role::Manager, Role::Auditor, Role::Admin}) {
        const QString token = m_probe->login(QStringLiteral("demo-") + roleName(role), DemoPassword);
        QVERIFY(!token.isEmpty());
        for (const EndpointCall& call : calls) {
            // A body that would be refused as invalid (400) if the role got past the check.
            const HttpProbe::Answer answer = m_probe->send(call.method, call.path, "{}", token);
            if (mayUse(role, call.endpoint)) {
                QVERIFY2(answer.status != 403, qPrintable(roleName(role) + QLatin1Char(' ') + call.path));
            } else {
                QCOMPARE(answer.status, 403);
                QCOMPARE(answer.errorCode(), QStringLiteral("forbidden"));
            }
            ++checked;
        }
    }
    QCOMPARE(checked, 15);
}

void TestHubSecurity::pushedOperationsFollowTheRoleRules()
{
    // Each role writes a catalog entry of 湖南省数据局 (the demo cataloguer's department).
    const QJsonObject fields =
        test::validCatalogEntry(QStringLiteral("角色测试"), QStringLiteral("430000027"));
    for (const Role role : {Role::Cataloguer, Role::Reviewer, Role::Auditor, Role::Admin}) {
        const QString token = m_probe->login(QStringLiteral("demo-") + roleName(role), DemoPassword);
        const QString id = QStringLiteral("role-") + roleName(role);
        const HttpProbe::Answer answer =
            m_probe->send("POST", QStringLiteral("/api/v1/push"),
                          pushBody(id, QStringLiteral("catalog_entry"), id, fields), token);
        QCOMPARE(answer.status, 200);
        const QJsonObject result = answer.json().value(QStringLiteral("results")).toArray().at(0).toObject();
        const bool allowed = role == Role::Cataloguer || role == Role::Admin;
        QCOMPARE(result.value(QStringLiteral("status")).toString(),
                 allowed ? QStringLiteral("applied") : QStringLiteral("rejected"));
        if (!allowed)
            QCOMPARE(result.value(QStringLiteral("reason_code")).toString(), QStringLiteral("forbidden"));
    }
}

void TestHubSecurity::hostileRequestsGetJsonErrors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QString push = QStringLiteral("/api/v1/push");
    QTest::newRow("malformed json") << QByteArray("POST") << push << QByteArray("{\"ops\": [") << 400;
    QTest::newRow("not an object") << QByteArray("POST") << push << QByteArray("[1,2,3]") << 400;
    QTest::newRow("unknown entity") << QByteArray("POST") << push
                                    << pushBody(QStringLiteral("x1"), QStringLiteral("users"),
                                                QStringLiteral("u"), {})
                                    << 400;
    QTest::newRow("unknown field") << QByteArray("POST") << push
                                   << pushBody(QStringLiteral("x2"), QStringLiteral("catalog_entry"),
                                               QStringLiteral("e"),
                                               {{QStringLiteral("password_hash"), QStringLiteral("x")}})
                                   << 400;
    QTest::newRow("wrong type") << QByteArray("POST") << push
                                << pushBody(QStringLiteral("x3"), QStringLiteral("data_item"),
                                            QStringLiteral("d"),
                                            {{QStringLiteral("length"), QStringLiteral("eighteen")}})
                                << 400;
    QTest::newRow("oversized body") << QByteArray("POST") << push << QByteArray(9 * 1024 * 1024, ' ') << 413;
    QTest::newRow("bad cursor") << QByteArray("GET") << QStringLiteral("/api/v1/changes?after=-5")
                                << QByteArray() << 400;
    QTest::newRow("huge page") << QByteArray("GET") << QStringLiteral("/api/v1/changes?limit=1000000")
                               << QByteArray() << 400;
    QTest::newRow("unknown endpoint")
        << QByteArray("GET") << QStringLiteral("/api/v1/secrets") << QByteArray() << 404;
    QTest::newRow("outside the api") << QByteArray("GET") << QStringLiteral("/etc/passwd") << QByteArray()
                                     << 404;
    QTest::newRow("wrong method") << QByteArray("DELETE") << QStringLiteral("/api/v1/changes") << QByteArray()
                                  << 405;
    QTest::newRow("login garbage") << QByteArray("POST") << QStringLiteral("/api/v1/login")
                                   << QByteArray("\x00\xff", 2) << 400;
}

void TestHubSecurity::hostileRequestsGetJsonErrors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const QString token = m_probe->login(QStringLiteral("demo-admin"), DemoPassword);
    const HttpProbe::Answer answer = m_probe->send(method, path, body, token);
    QCOMPARE(answer.status, status);
    QVERIFY2(!answer.errorCode().isEmpty(), answer.body.left(200).constData());
}

void TestHubSecurity::replayedAndExpiredTokensAre401()
{
    const QString token = m_probe->login(QStringLiteral("demo-reviewer"), DemoPassword);
    QCOMPARE(m_probe->send("GET", QStringLiteral("/api/v1/changes"), {}, token).status, 200);
    QCOMPARE(m_probe->send("POST", QStringLiteral("/api/v1/logout"), {}, token).status, 200);
    const HttpProbe::Answer replayed = m_probe->send("GET", QStringLiteral("/api/v1/changes"), {}, token);
    QCOMPARE(replayed.status, 401);
    QCOMPARE(replayed.errorCode(), QStringLiteral("invalid_token"));
    QCOMPARE(
        m_probe->send("GET", QStringLiteral("/api/v1/changes"), {}, QStringLiteral("forged-token")).status,
        401);
    QCOMPARE(m_probe->send("GET", QStringLiteral("/api/v1/changes")).errorCode(),
             QStringLiteral("login_required"));

    const QString shortLived = m_probe->login(QStringLiteral("demo-reviewer"), DemoPassword); // 3 s lifetime
    QTest::qWait(4000);
    const HttpProbe::Answer expired = m_probe->send("GET", QStringLiteral("/api/v1/changes"), {}, shortLived);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.errorCode(), QStringLiteral("token_expired"));
}

void TestHubSecurity::failedLoginsAreRateLimited()
{
    const QByteArray wrong = R"({"user":"demo-auditor","password":"not the password"})";
    for (int attempt = 0; attempt < 5; ++attempt)
        QCOMPARE(m_probe->send("POST", QStringLiteral("/api/v1/login"), wrong).status, 401);
    const HttpProbe::Answer limited = m_probe->send("POST", QStringLiteral("/api/v1/login"), wrong);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("too_many_attempts"));
    // Even the right password waits out the window: guessing cannot continue.
    QVERIFY(m_probe->login(QStringLiteral("demo-auditor"), DemoPassword).isEmpty());
    // Other users are not locked out by someone guessing at this one.
    QVERIFY(!m_probe->login(QStringLiteral("demo-manager"), DemoPassword).isEmpty());
}

void TestHubSecurity::hubSurvivesEverything()
{
    QVERIFY(m_hub->isRunning());
    const HttpProbe::Answer health = m_probe->send("GET", QStringLiteral("/api/v1/health"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json().value(QStringLiteral("protocol")).toInt(), 1);
    QVERIFY(m_hub->log().contains("\"event\":\"request\""));
}

QTEST_GUILESS_MAIN(TestHubSecurity)
#include "tst_hubsecurity.moc"
