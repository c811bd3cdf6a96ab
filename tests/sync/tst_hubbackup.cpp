// xiangshu-hub backup and restore, on SQLite and on a real PostgreSQL: a backup taken while the hub
// serves, a restore that brings back exactly the backup's records, signs everyone out, keeps what it
// replaced, and never lets a desktop's pull cursor be ahead of the restored hub.
#include "models/common/Clock.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/HubProcess.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;
using namespace xs::test;

namespace {

struct Pulled
{
    QSet<QString> ids; // catalog entries
    qint64 cursor = 0;
};

/// Everything the hub has changed after cursor, page by page, as a desktop pulls it.
Pulled pullAfter(HttpProbe& probe, const QString& token, qint64 cursor)
{
    Pulled pulled{{}, cursor};
    for (int page = 0; page < 1000; ++page) {
        const HttpProbe::Answer answer = probe.send(
            "GET", QStringLiteral("/api/v1/changes?after=%1&limit=1000").arg(pulled.cursor), {}, token);
        if (answer.status != 200)
            return {};
        const QJsonObject body = answer.json();
        for (const QJsonValue change : body.value(QStringLiteral("changes")).toArray()) {
            if (change[QStringLiteral("entity")].toString() == QLatin1String("catalog_entry"))
                pulled.ids.insert(change[QStringLiteral("id")].toString());
        }
        pulled.cursor = body.value(QStringLiteral("cursor")).toInteger();
        if (!body.value(QStringLiteral("more")).toBool())
            break;
    }
    return pulled;
}

bool pushEntry(HttpProbe& probe, const QString& token, const QString& id)
{
    return HttpProbe::outcome(
               probe.push({HttpProbe::upsert(QStringLiteral("catalog_entry"), id,
                                             validCatalogEntry(QStringLiteral("备份测试 ") + id,
                                                               QStringLiteral("430000027")))},
                          token)) == QLatin1String("applied/");
}

} // namespace

class TestHubBackup : public QObject
{
    Q_OBJECT

private slots:
    void backupAndRestore_data();
    void backupAndRestore();
    void cleanupTestCase() { m_postgres.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresServer> m_postgres;
};

void TestHubBackup::backupAndRestore_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void TestHubBackup::backupAndRestore()
{
    QFETCH(bool, postgres);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    QString database = m_dir.filePath(tag + QStringLiteral("-hub.db"));
    if (postgres) {
        m_postgres = std::make_unique<PostgresServer>(m_dir.filePath(QStringLiteral("pg")));
        QString error;
        QVERIFY2(m_postgres->start(&error), qPrintable(error));
        database = m_postgres->url();
    }
    QByteArray output;
    QVERIFY2(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), database}, &output) == 0,
             output.constData());
    HubProcess hub(m_dir.filePath(tag));
    QVERIFY2(hub.start(database), hub.log().constData());
    HttpProbe probe(hub.url(), hub.caFile());
    QString token = probe.login(QStringLiteral("demo-admin"), DemoPassword);
    QVERIFY(!token.isEmpty());

    QVERIFY(pushEntry(probe, token, QStringLiteral("before-backup")));
    const Pulled atBackup = pullAfter(probe, token, 0);
    QVERIFY(atBackup.ids.contains(QStringLiteral("before-backup")));

    // Online: the hub keeps serving while the copy is taken.
    const QString file = m_dir.filePath(tag + QStringLiteral(".backup"));
    QVERIFY2(HubProcess::run({QStringLiteral("backup"), file, QStringLiteral("--database"), database},
                             &output) == 0,
             output.constData());
    QVERIFY(QFileInfo(file).isFile());
    QCOMPARE(QFileInfo(file).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    QVERIFY2(HubProcess::run({QStringLiteral("backup"), file, QStringLiteral("--database"), database},
                             &output) == 1,
             output.constData()); // never over an existing file
    QVERIFY(output.contains("exists already"));

    // After the backup: a change a desktop pulls, so its cursor is past the backup.
    QVERIFY(pushEntry(probe, token, QStringLiteral("after-backup")));
    const Pulled desktop = pullAfter(probe, token, atBackup.cursor);
    QCOMPARE(desktop.ids, QSet<QString>({QStringLiteral("after-backup")}));
    QVERIFY(desktop.cursor > atBackup.cursor);

    // A file that is no backup is refused, and nothing changes.
    const QString garbage = m_dir.filePath(tag + QStringLiteral(".garbage"));
    QVERIFY(test::writeFile(garbage, QByteArray(8192, 'x')));
    QVERIFY(HubProcess::run({QStringLiteral("restore"), garbage, QStringLiteral("--database"), database},
                            &output) == 1);
    QVERIFY2(output.contains("cannot be restored"), output.constData());
    QVERIFY(pullAfter(probe, token, 0).ids.contains(QStringLiteral("after-backup")));
    if (!postgres) { // a SQLite store a hub serves is not pulled from under it
        QVERIFY(HubProcess::run({QStringLiteral("restore"), file, QStringLiteral("--database"), database},
                                &output) == 1);
        QVERIFY2(output.contains("Stop it first"), output.constData());
    }

    hub.stop();
    QVERIFY2(HubProcess::run({QStringLiteral("restore"), file, QStringLiteral("--database"), database},
                             &output) == 0,
             output.constData());
    if (!postgres) {
        const QStringList kept = QDir(m_dir.path()).entryList({tag + QStringLiteral("-hub.db.replaced-*")});
        QCOMPARE(kept.size(), 1); // what it replaced is kept, and holds the later change
        QVERIFY2(HubProcess::run({QStringLiteral("backup"), m_dir.filePath(QStringLiteral("kept.check")),
                                  QStringLiteral("--database"), m_dir.filePath(kept.constFirst())},
                                 &output) == 0,
                 output.constData());
    }
    QVERIFY2(hub.start(database), hub.log().constData());

    // Everyone signs in again; the hub holds exactly the backup's records.
    QCOMPARE(probe.send("GET", QStringLiteral("/api/v1/changes?after=0&limit=1"), {}, token).status, 401);
    token = probe.login(QStringLiteral("demo-admin"), DemoPassword);
    QVERIFY(!token.isEmpty());
    const Pulled restored = pullAfter(probe, token, 0);
    QCOMPARE(restored.ids, atBackup.ids);
    QVERIFY(!restored.ids.contains(QStringLiteral("after-backup")));

    // The desktop whose cursor is past the backup still receives the next change.
    QVERIFY(pushEntry(probe, token, QStringLiteral("after-restore")));
    QVERIFY(pullAfter(probe, token, desktop.cursor).ids.contains(QStringLiteral("after-restore")));
    hub.stop();
}

QTEST_GUILESS_MAIN(TestHubBackup)
#include "tst_hubbackup.moc"
