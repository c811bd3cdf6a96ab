// An administrator's hands on the hub's users, through `xiangshu-hub users ...` on the store of a
// running hub: sessions listed and ended one by one, a disabled user's tokens refused at once and
// their login answered "disabled", a reset password ending every session.
#include "tests/support/HttpProbe.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;
using namespace xs::test;

namespace {
const QString User = QStringLiteral("demo-reviewer");
} // namespace

class TestHubUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_hub.reset(); }
    void sessionsAreListedAndEndedOneByOne();
    void aDisabledUserIsOutAtOnce();
    void aResetPasswordEndsEverySession();
    void mistakesAreNamed();
    void theAdministratorsApiDoesTheSame();

private:
    /// xiangshu-hub users ARGS --database (the running hub's store); exit code, output in *output.
    int users(const QStringList& arguments, QByteArray* output = nullptr) const;
    /// 200 while the token works, 401 once it does not.
    int statusWith(const QString& token) const;
    /// The row of `users list` for the user, split at tabs.
    QStringList listed(const QString& name) const;

    QTemporaryDir m_dir;
    QString m_database;
    std::unique_ptr<HubProcess> m_hub;
    std::unique_ptr<HttpProbe> m_probe;
};

void TestHubUsers::initTestCase()
{
    m_database = m_dir.filePath(QStringLiteral("hub.db"));
    QCOMPARE(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), m_database}), 0);
    m_hub = std::make_unique<HubProcess>(m_dir.filePath(QStringLiteral("hub")));
    QVERIFY2(m_hub->start(m_database), m_hub->log().constData());
    m_probe = std::make_unique<HttpProbe>(m_hub->url(), m_hub->caFile());
}

int TestHubUsers::users(const QStringList& arguments, QByteArray* output) const
{
    return HubProcess::run(QStringList{QStringLiteral("users")} + arguments +
                               QStringList{QStringLiteral("--database"), m_database},
                           output);
}

int TestHubUsers::statusWith(const QString& token) const
{
    return m_probe->send("GET", QStringLiteral("/api/v1/changes?after=0&limit=1"), {}, token).status;
}

QStringList TestHubUsers::listed(const QString& name) const
{
    QByteArray output;
    if (users({QStringLiteral("list")}, &output) != 0)
        return {};
    for (const QByteArray& line : output.split('\n')) {
        const QStringList cells = QString::fromUtf8(line).split(QLatin1Char('\t'));
        if (cells.constFirst() == name)
            return cells;
    }
    return {};
}

void TestHubUsers::sessionsAreListedAndEndedOneByOne()
{
    const QString first = m_probe->login(User, DemoPassword);
    const QString second = m_probe->login(User, DemoPassword);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QStringList row = listed(User);
    QCOMPARE(row.value(1), QStringLiteral("reviewer"));
    QCOMPARE(row.value(3), QStringLiteral("enabled"));
    QCOMPARE(row.value(4), QStringLiteral("2"));

    QByteArray output;
    QCOMPARE(users({QStringLiteral("sessions"), User}, &output), 0);
    const QList<QByteArray> lines = output.trimmed().split('\n');
    QCOMPARE(lines.size(), 3); // the heading and two sessions
    const QString session = QString::fromUtf8(lines.at(1).split('\t').constFirst());
    QCOMPARE(session.size(), 12);
    QVERIFY(!output.contains(first.toUtf8()) && !output.contains(second.toUtf8())); // never the token

    QCOMPARE(users({QStringLiteral("revoke"), User, QStringLiteral("--session"), session}, &output), 0);
    QVERIFY2(output.contains("Ended 1 session"), output.constData());
    // Exactly one of the two ended, at once, on the running hub.
    QCOMPARE(QList<int>({statusWith(first), statusWith(second)}).count(401), 1);
    QCOMPARE(listed(User).value(4), QStringLiteral("1"));
    QCOMPARE(users({QStringLiteral("revoke"), User}, &output), 0);
    QCOMPARE(statusWith(first), 401);
    QCOMPARE(statusWith(second), 401);
}

void TestHubUsers::aDisabledUserIsOutAtOnce()
{
    const QString token = m_probe->login(User, DemoPassword);
    QCOMPARE(statusWith(token), 200);
    QByteArray output;
    QCOMPARE(users({QStringLiteral("disable"), User}, &output), 0);
    QCOMPARE(statusWith(token), 401);
    const HttpProbe::Answer login = m_probe->send(
        "POST", QStringLiteral("/api/v1/login"),
        QJsonDocument(QJsonObject{{QStringLiteral("user"), User}, {QStringLiteral("password"), DemoPassword}})
            .toJson());
    QCOMPARE(login.status, 403);
    QCOMPARE(login.errorCode(), QStringLiteral("account_disabled"));
    QCOMPARE(listed(User).value(3), QStringLiteral("disabled"));
    // A wrong password says nothing about the account.
    QCOMPARE(m_probe
                 ->send("POST", QStringLiteral("/api/v1/login"),
                        QJsonDocument(
                            QJsonObject{{QStringLiteral("user"), User},
                                        {QStringLiteral("password"), QStringLiteral("not the password")}})
                            .toJson())
                 .status,
             401);

    QCOMPARE(users({QStringLiteral("enable"), User}, &output), 0);
    QCOMPARE(users({QStringLiteral("unlock"), User}, &output), 0); // the wrong password above
    QCOMPARE(statusWith(m_probe->login(User, DemoPassword)), 200);
}

void TestHubUsers::aResetPasswordEndsEverySession()
{
    const QString token = m_probe->login(User, DemoPassword);
    QCOMPARE(statusWith(token), 200);
    const QString file = m_dir.filePath(QStringLiteral("new-password"));
    const QString newPassword = QStringLiteral("a new password 2026");
    QVERIFY(test::writeFile(file, newPassword.toUtf8() + '\n'));
    QByteArray output;
    QCOMPARE(
        users({QStringLiteral("reset-password"), User, QStringLiteral("--password-file"), file}, &output), 0);
    QCOMPARE(statusWith(token), 401);
    QVERIFY(m_probe->login(User, DemoPassword).isEmpty());
    QCOMPARE(statusWith(m_probe->login(User, newPassword)), 200);
}

void TestHubUsers::mistakesAreNamed()
{
    QByteArray output;
    QCOMPARE(users({QStringLiteral("disable"), QStringLiteral("nobody")}, &output), 1);
    QVERIFY2(output.contains("There is no user nobody"), output.constData());
    QCOMPARE(
        users({QStringLiteral("revoke"), User, QStringLiteral("--session"), QStringLiteral("%")}, &output),
        1);
    QVERIFY2(output.contains("hexadecimal"), output.constData());
    QCOMPARE(
        users({QStringLiteral("revoke"), User, QStringLiteral("--session"), QStringLiteral("abc")}, &output),
        1);
    QCOMPARE(users({QStringLiteral("frobnicate"), User}, &output), 2);
    QCOMPARE(users({QStringLiteral("reset-password"), User}, &output), 2);
    const QString shortFile = m_dir.filePath(QStringLiteral("short"));
    QVERIFY(test::writeFile(shortFile, "short\n"));
    QCOMPARE(users({QStringLiteral("reset-password"), User, QStringLiteral("--password-file"), shortFile},
                   &output),
             2);
}

// The same hands through the API, as the desktop's 管理 area would use them: administrators only,
// at once, and in the trail under the administrator's name.
void TestHubUsers::theAdministratorsApiDoesTheSame()
{
    const QString subject = QStringLiteral("demo-auditor"); // the reviewer's password was reset above
    const QString admin = m_probe->login(QStringLiteral("demo-admin"), DemoPassword);
    const QString subjectToken = m_probe->login(subject, DemoPassword);
    QVERIFY(!admin.isEmpty() && !subjectToken.isEmpty());
    QCOMPARE(m_probe->send("GET", QStringLiteral("/api/v1/admin/users"), {}, subjectToken).status, 403);

    HttpProbe::Answer answer = m_probe->send("GET", QStringLiteral("/api/v1/admin/users"), {}, admin);
    QCOMPARE(answer.status, 200);
    QJsonObject listedSubject;
    for (const QJsonValue user : answer.json().value(QStringLiteral("users")).toArray()) {
        if (user[QStringLiteral("name")].toString() == subject)
            listedSubject = user.toObject();
    }
    QCOMPARE(listedSubject.value(QStringLiteral("role")).toString(), QStringLiteral("auditor"));
    QCOMPARE(listedSubject.value(QStringLiteral("disabled")).toBool(), false);
    QVERIFY(listedSubject.value(QStringLiteral("sessions")).toInt() >= 1);

    answer = m_probe->send("GET", QStringLiteral("/api/v1/admin/users/%1/sessions").arg(subject), {}, admin);
    QCOMPARE(answer.status, 200);
    const QJsonArray sessions = answer.json().value(QStringLiteral("sessions")).toArray();
    QVERIFY(!sessions.isEmpty());
    answer = m_probe->send("POST", QStringLiteral("/api/v1/admin/users/%1/revoke").arg(subject),
                           QJsonDocument(QJsonObject{{QStringLiteral("session"),
                                                      sessions.at(0)[QStringLiteral("id")].toString()}})
                               .toJson(),
                           admin);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(QStringLiteral("ended")).toInt(), 1);
    QCOMPARE(statusWith(subjectToken), 401); // the newest session was this one

    const QString again = m_probe->login(subject, DemoPassword);
    answer =
        m_probe->send("POST", QStringLiteral("/api/v1/admin/users/%1/disable").arg(subject), "{}", admin);
    QCOMPARE(answer.status, 200);
    QCOMPARE(statusWith(again), 401);
    QCOMPARE(listed(subject).value(3), QStringLiteral("disabled"));
    QCOMPARE(
        m_probe->send("POST", QStringLiteral("/api/v1/admin/users/demo-admin/disable"), "{}", admin).status,
        409);
    QCOMPARE(
        m_probe->send("POST", QStringLiteral("/api/v1/admin/users/nobody/disable"), "{}", admin).errorCode(),
        QStringLiteral("unknown_user"));
    QCOMPARE(
        m_probe->send("GET", QStringLiteral("/api/v1/admin/users/%1/disable").arg(subject), {}, admin).status,
        404);
    QCOMPARE(m_probe
                 ->send("POST", QStringLiteral("/api/v1/admin/users/%1/revoke").arg(subject),
                        QByteArray("{\"session\": 7}"), admin)
                 .status,
             400);
    answer = m_probe->send("POST", QStringLiteral("/api/v1/admin/users/%1/enable").arg(subject), "{}", admin);
    QCOMPARE(answer.status, 200);
    QCOMPARE(statusWith(m_probe->login(subject, DemoPassword)), 200);

    // Each act in the hub's trail, under the administrator.
    QByteArray output;
    QCOMPARE(HubProcess::run({QStringLiteral("verify"), QStringLiteral("--database"), m_database}, &output),
             0);
}

QTEST_GUILESS_MAIN(TestHubUsers)
#include "tst_hubusers.moc"
