// The hub's own trail: every operation it accepts or refuses, every login (failed and throttled
// too) and every administrative act, hash-chained; `xiangshu-hub verify` walks it and names the entry
// where it was altered or cut.
#include "tests/support/HttpProbe.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TestSupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;
using namespace xs::test;

class TestHubTrail : public QObject
{
    Q_OBJECT

private slots:
    void everyDecisionIsChainedAndTamperingIsNamed();

private:
    /// Runs one statement (or a query whose rows come back as "a|b|c" lines) on the hub's SQLite store.
    QStringList sql(const QString& statement) const;

    QTemporaryDir m_dir;
    QString m_database;
};

QStringList TestHubTrail::sql(const QString& statement) const
{
    QStringList rows;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("trail"));
        database.setDatabaseName(m_database);
        if (!database.open())
            return {QStringLiteral("cannot open")};
        QSqlQuery query(database);
        if (!query.exec(statement))
            return {QStringLiteral("failed")};
        while (query.next()) {
            QStringList cells;
            for (int column = 0; column < query.record().count(); ++column)
                cells << query.value(column).toString();
            rows << cells.join(QLatin1Char('|'));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("trail"));
    return rows;
}

void TestHubTrail::everyDecisionIsChainedAndTamperingIsNamed()
{
    m_database = m_dir.filePath(QStringLiteral("hub.db"));
    QByteArray output;
    QCOMPARE(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), m_database}, &output), 0);
    HubProcess hub(m_dir.filePath(QStringLiteral("hub")));
    QVERIFY2(hub.start(m_database), hub.log().constData());
    HttpProbe probe(hub.url(), hub.caFile());

    QVERIFY(probe.login(QStringLiteral("demo-cataloguer"), QStringLiteral("not the password")).isEmpty());
    const QString token = probe.login(QStringLiteral("demo-cataloguer"), DemoPassword);
    QVERIFY(!token.isEmpty());
    const QJsonObject entry = validCatalogEntry(QStringLiteral("留痕测试资源"), QStringLiteral("430000027"));
    QCOMPARE(HttpProbe::outcome(probe.push(
                 {HttpProbe::upsert(QStringLiteral("catalog_entry"), QStringLiteral("trail-applied"), entry)},
                 token)),
             QStringLiteral("applied/"));
    // Another department's entry: refused, and the refusal is kept too.
    QVERIFY(HttpProbe::outcome(
                probe.push({HttpProbe::upsert(
                               QStringLiteral("catalog_entry"), QStringLiteral("trail-refused"),
                               validCatalogEntry(QStringLiteral("他人资源"), QStringLiteral("430000001")))},
                           token))
                .startsWith(QLatin1String("rejected/")));
    QCOMPARE(HubProcess::run({QStringLiteral("users"), QStringLiteral("disable"),
                              QStringLiteral("demo-auditor"), QStringLiteral("--database"), m_database},
                             &output),
             0);

    QCOMPARE(HubProcess::run({QStringLiteral("verify"), QStringLiteral("--database"), m_database}, &output),
             0);
    QVERIFY2(output.contains("intact"), output.constData());

    const QStringList actions =
        sql(QStringLiteral("SELECT action, actor, record_id, field, reason, origin FROM "
                           "hub_trail ORDER BY seq"));
    const auto has = [&](const QString& prefix) {
        return std::any_of(actions.cbegin(), actions.cend(),
                           [&](const QString& row) { return row.startsWith(prefix); });
    };
    QVERIFY2(has(QStringLiteral("seed|demo|")), qPrintable(actions.join(QLatin1Char('\n'))));
    QVERIFY(has(QStringLiteral("login_failed|demo-cataloguer|demo-cataloguer|")));
    QVERIFY(has(QStringLiteral("login|demo-cataloguer|demo-cataloguer|")));
    QVERIFY(has(QStringLiteral("applied|demo-cataloguer|trail-applied|upsert||hub")));
    QVERIFY(has(QStringLiteral("rejected|demo-cataloguer|trail-refused|upsert|")));
    QVERIFY(has(QStringLiteral("user_disabled|xiangshu-hub(")));
    const QString refusal = actions.filter(QStringLiteral("trail-refused")).value(0);
    QVERIFY2(refusal.section(QLatin1Char('|'), 4, 4).contains(QLatin1String("forbidden")),
             qPrintable(refusal));
    hub.stop();

    // An entry altered afterwards is named...
    const QString refusedSeq =
        sql(QStringLiteral("SELECT seq FROM hub_trail WHERE record_id = 'trail-refused'")).value(0);
    QVERIFY(!refusedSeq.isEmpty());
    QString original =
        sql(QStringLiteral("SELECT reason FROM hub_trail WHERE seq = %1").arg(refusedSeq)).value(0);
    sql(QStringLiteral("UPDATE hub_trail SET reason = 'nothing happened' WHERE seq = %1").arg(refusedSeq));
    QCOMPARE(HubProcess::run({QStringLiteral("verify"), QStringLiteral("--database"), m_database}, &output),
             4);
    QVERIFY2(output.contains(QStringLiteral("entry %1 ").arg(refusedSeq).toUtf8()), output.constData());
    QVERIFY(output.contains("altered"));

    // Put right again, the chain holds; then the entry after one removed is named.
    sql(QStringLiteral("UPDATE hub_trail SET reason = '%1' WHERE seq = %2")
            .arg(original.replace(QLatin1Char('\''), QLatin1String("''")), refusedSeq));
    QCOMPARE(HubProcess::run({QStringLiteral("verify"), QStringLiteral("--database"), m_database}, &output),
             0);
    const QString appliedSeq =
        sql(QStringLiteral("SELECT seq FROM hub_trail WHERE record_id = 'trail-applied'")).value(0);
    sql(QStringLiteral("DELETE FROM hub_trail WHERE seq = %1").arg(appliedSeq));
    QCOMPARE(HubProcess::run({QStringLiteral("verify"), QStringLiteral("--database"), m_database}, &output),
             4);
    QVERIFY2(output.contains("does not follow"), output.constData());
}

QTEST_GUILESS_MAIN(TestHubTrail)
#include "tst_hubtrail.moc"
