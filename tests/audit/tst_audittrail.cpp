// The audit trail: what every local change, command and received record writes, the hash chain,
// and tampering found at exactly the altered link, in-process and through `xiangshu-cli verify`.
#include "app/secrets/DatabaseUnlock.h"
#include "models/audit/AuditTrail.h"
#include "models/common/Clock.h"
#include "models/demo/DemoAuditHistory.h"
#include "models/demo/DemoDataGenerator.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/SyncApplier.h"
#include "models/storage/Transaction.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
// What every change here is stamped with: these tests hold on any date.
xs::ManualClock TestClock(xs::ManualClock::chinaMorning(QDate(2026, 6, 15)));
} // namespace

using namespace xs;

namespace {

const QString Passphrase = QStringLiteral("audit trail test passphrase");

struct Row
{
    QString actor, origin, entity, recordId, action, field, oldValue, newValue, reason;
};

QList<Row> rows(QSqlDatabase database)
{
    QSqlQuery query(database);
    query.exec(QStringLiteral("SELECT actor, origin, entity, record_id, action, field, old_value, new_value, "
                              "reason FROM audit_log ORDER BY seq"));
    QList<Row> result;
    while (query.next()) {
        Row row;
        QString* fields[] = {&row.actor, &row.origin,   &row.entity,   &row.recordId, &row.action,
                             &row.field, &row.oldValue, &row.newValue, &row.reason};
        for (int column = 0; column < 9; ++column)
            *fields[column] = query.value(column).toString();
        result << row;
    }
    return result;
}

qint64 count(QSqlDatabase database)
{
    QSqlQuery query(database);
    return query.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && query.next()
               ? query.value(0).toLongLong()
               : -1;
}

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void localChangesAreRecordedPerField();
    void commandsAndReceivedRecordsAreRecorded();
    void canonicalFormIsUnambiguous();
    void alteredRowIsNamed();
    void rehashedRowIsFoundAtTheNextLink();
    void removedRowIsFoundAtTheNextLink();
    void rolledBackChangeLeavesNoTrail();
    void cliVerifyNamesTheBrokenLink();
    void theDemoRecordsItsOwnHistory();

private:
    void writeSomeHistory();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestAuditTrail::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = test::createDatabase(m_dir->filePath(QStringLiteral("audit.db")), DatabaseKey::generate());
    QVERIFY(m_database);
}

// A newcomer opening the demo's 审计 page sees the steps its registrations went through, newest
// last in the chain, chained and intact, each naming a registration that exists.
void TestAuditTrail::theDemoRecordsItsOwnHistory()
{
    QVERIFY(!DemoDataGenerator(m_database->connection(), TestClock.today())
                 .generate(DemoDataGenerator::Scale::Small)
                 .isError());
    QSqlDatabase connection = m_database->connection();
    QSqlQuery steps(connection);
    QVERIFY(steps.exec(QStringLiteral("SELECT count(*) FROM registration r, json_each(r.events) e")) &&
            steps.next());
    const qint64 all = steps.value(0).toLongLong();
    QVERIFY2(all > 300, qPrintable(QString::number(all))); // each of the 300 was at least submitted
    QCOMPARE(count(connection), std::min<qint64>(all, DemoAuditHistory::Kept));

    QSqlQuery trail(connection);
    QVERIFY(trail.exec(QStringLiteral("SELECT a.at, a.actor, a.action, a.field, r.state FROM audit_log a "
                                      "LEFT JOIN registration r ON r.id = a.record_id ORDER BY a.seq")));
    QString previous;
    QSet<QString> commands;
    while (trail.next()) {
        const QString at = trail.value(0).toString();
        QVERIFY2(previous <= at, qPrintable(previous + QStringLiteral(" > ") + at)); // in time order
        previous = at;
        QVERIFY(!trail.value(1).toString().isEmpty());
        QCOMPARE(trail.value(2).toString(), QStringLiteral("command"));
        QVERIFY(!trail.value(4).isNull()); // the registration it names exists
        commands.insert(trail.value(3).toString());
    }
    QVERIFY(commands.contains(QStringLiteral("submit")) && commands.contains(QStringLiteral("accept")) &&
            commands.contains(QStringLiteral("refuse")));
    QVERIFY(previous.left(10) <= TestClock.today().toString(Qt::ISODate)); // nothing after today
    DatabaseError error;
    const AuditTrail::Verdict verdict = AuditTrail(connection).verify(&error);
    QVERIFY(!error.isError());
    QVERIFY(verdict.intact());
    QCOMPARE(verdict.rows, count(connection));
}

void TestAuditTrail::writeSomeHistory()
{
    ChangeJournal journal(m_database->connection(), QStringLiteral("zhang.san"), TestClock);
    for (int i = 0; i < 5; ++i) {
        const QString id = QStringLiteral("entry-%1").arg(i);
        QVERIFY(!journal
                     .upsert(QStringLiteral("catalog_entry"), id,
                             {{QStringLiteral("name"), QStringLiteral("资源%1").arg(i)},
                              {QStringLiteral("department_code"), QStringLiteral("430000-01")}})
                     .isError());
        QVERIFY(!journal
                     .upsert(QStringLiteral("catalog_entry"), id,
                             {{QStringLiteral("name"), QStringLiteral("新名称%1").arg(i)}})
                     .isError());
    }
}

void TestAuditTrail::localChangesAreRecordedPerField()
{
    QSqlDatabase connection = m_database->connection();
    ChangeJournal journal(connection, QStringLiteral("zhang.san"), TestClock);
    const QString id = ChangeJournal::newId(TestClock);
    QVERIFY(!journal
                 .upsert(QStringLiteral("catalog_entry"), id,
                         {{QStringLiteral("name"), QStringLiteral("企业登记信息")},
                          {QStringLiteral("grade"), QStringLiteral("一般数据")},
                          {QStringLiteral("in_share_catalog"), true}})
                 .isError());
    {
        // An editor states its reason for the length of its transaction.
        Transaction transaction(connection);
        QVERIFY(!transaction.begin().isError());
        QSqlQuery reason(connection);
        QVERIFY(
            reason.exec(QStringLiteral("INSERT INTO catalog_change_reason (reason) VALUES ('更正错别字')")));
        QVERIFY(!journal
                     .upsert(QStringLiteral("catalog_entry"), id,
                             {{QStringLiteral("name"), QStringLiteral("企业登记信息表")}})
                     .isError());
        QVERIFY(reason.exec(QStringLiteral("DELETE FROM catalog_change_reason")));
        QVERIFY(!transaction.commit().isError());
    }
    // Setting the same value again changes nothing and records nothing.
    QVERIFY(!journal
                 .upsert(QStringLiteral("catalog_entry"), id,
                         {{QStringLiteral("name"), QStringLiteral("企业登记信息表")}})
                 .isError());
    QVERIFY(!journal.remove(QStringLiteral("catalog_entry"), id).isError());

    const QList<Row> trail = rows(connection);
    QCOMPARE(trail.size(), 5);
    QStringList created;
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(trail.at(i).action, QStringLiteral("create"));
        QCOMPARE(trail.at(i).actor, QStringLiteral("zhang.san"));
        QCOMPARE(trail.at(i).origin, QStringLiteral("local"));
        QCOMPARE(trail.at(i).recordId, id);
        QVERIFY(trail.at(i).oldValue.isEmpty());
        created << trail.at(i).field + QLatin1Char('=') + trail.at(i).newValue;
    }
    created.sort();
    QCOMPARE(created, (QStringList{QStringLiteral("grade=一般数据"), QStringLiteral("in_share_catalog=true"),
                                   QStringLiteral("name=企业登记信息")}));
    QCOMPARE(trail.at(3).action, QStringLiteral("update"));
    QCOMPARE(trail.at(3).field, QStringLiteral("name"));
    QCOMPARE(trail.at(3).oldValue, QStringLiteral("企业登记信息"));
    QCOMPARE(trail.at(3).newValue, QStringLiteral("企业登记信息表"));
    QCOMPARE(trail.at(3).reason, QStringLiteral("更正错别字"));
    QCOMPARE(trail.at(4).action, QStringLiteral("delete"));

    DatabaseError error;
    const AuditTrail::Verdict verdict = AuditTrail(connection).verify(&error);
    QVERIFY(!error.isError());
    QVERIFY(verdict.intact());
    QCOMPARE(verdict.rows, 5);
}

void TestAuditTrail::commandsAndReceivedRecordsAreRecorded()
{
    QSqlDatabase connection = m_database->connection();
    ChangeJournal journal(connection, QStringLiteral("li.si"), TestClock);
    const QString id = ChangeJournal::newId(TestClock);
    QVERIFY(!journal
                 .upsert(QStringLiteral("catalog_entry"), id,
                         {{QStringLiteral("status"), QStringLiteral("draft")}})
                 .isError());
    QVERIFY(!journal
                 .command(QStringLiteral("catalog_entry"), id, QStringLiteral("submit"),
                          {{QStringLiteral("reason"), QStringLiteral("材料齐全")}},
                          {{QStringLiteral("status"), QStringLiteral("submitted")}})
                 .isError());
    ChangePage page;
    page.cursor = 7;
    page.changes << RecordState{QStringLiteral("department"),
                                QStringLiteral("dept-1"),
                                3,
                                false,
                                QStringLiteral("2026-11-28T08:00:00.000Z"),
                                QStringLiteral("hub.admin"),
                                {{QStringLiteral("code"), QStringLiteral("430000-99")},
                                 {QStringLiteral("name"), QStringLiteral("湖南省数据局")},
                                 {QStringLiteral("kind"), QStringLiteral("provincial")},
                                 {QStringLiteral("division_code"), QStringLiteral("430000")},
                                 {QStringLiteral("sort_order"), 1}},
                                7};
    SyncApplier::Counts counts;
    const DatabaseError applied =
        SyncApplier(connection, QStringLiteral("li.si"), TestClock).applyPage(page, &counts);
    QVERIFY2(!applied.isError(), qPrintable(applied.fullText()));

    const QList<Row> trail = rows(connection);
    QCOMPARE(trail.size(), 4);
    QCOMPARE(trail.at(1).action, QStringLiteral("command"));
    QCOMPARE(trail.at(1).field, QStringLiteral("submit"));
    QCOMPARE(trail.at(1).reason, QStringLiteral("材料齐全"));
    QCOMPARE(QJsonDocument::fromJson(trail.at(1).newValue.toUtf8())
                 .object()
                 .value(QStringLiteral("reason"))
                 .toString(),
             QStringLiteral("材料齐全"));
    QCOMPARE(trail.at(2).action, QStringLiteral("update")); // the command's local effect
    QCOMPARE(trail.at(2).field, QStringLiteral("status"));
    QCOMPARE(trail.at(2).oldValue, QStringLiteral("draft"));
    QCOMPARE(trail.at(2).newValue, QStringLiteral("submitted"));
    QCOMPARE(trail.at(3).action, QStringLiteral("received"));
    QCOMPARE(trail.at(3).origin, QStringLiteral("hub"));
    QCOMPARE(trail.at(3).actor, QStringLiteral("hub.admin"));
    QCOMPARE(trail.at(3).entity, QStringLiteral("department"));
    QCOMPARE(trail.at(3).newValue, QStringLiteral("3"));
    DatabaseError error;
    QVERIFY(AuditTrail(connection).verify(&error).intact());
}

void TestAuditTrail::canonicalFormIsUnambiguous()
{
    AuditRecord a;
    a.at = QStringLiteral("2026-11-28T00:00:00.000Z");
    a.actor = QStringLiteral("ab");
    a.entity = QStringLiteral("c");
    AuditRecord b = a;
    b.actor = QStringLiteral("a");
    b.entity = QStringLiteral("bc");
    QVERIFY(AuditTrail::canonicalForm(a) != AuditTrail::canonicalForm(b));
    QCOMPARE(AuditTrail::canonicalForm(a),
             QByteArray("24:2026-11-28T00:00:00.000Z,2:ab,5:local,1:c,~,~,~,~,~,~,~,"));
    b = a;
    b.reason = QStringLiteral("说明");
    QVERIFY(AuditTrail::canonicalForm(b).endsWith("6:\xe8\xaf\xb4\xe6\x98\x8e,~,"));
    QVERIFY(AuditTrail::chainHash(AuditTrail::genesisHash(), a) !=
            AuditTrail::chainHash(AuditTrail::genesisHash(), b));
    QCOMPARE(AuditTrail::chainHash(AuditTrail::genesisHash(), a).size(), 64);
}

void TestAuditTrail::alteredRowIsNamed()
{
    writeSomeHistory();
    QSqlDatabase connection = m_database->connection();
    QCOMPARE(count(connection), 15);
    QSqlQuery query(connection);
    QVERIFY(query.exec(QStringLiteral("UPDATE audit_log SET new_value = '篡改' WHERE seq = 9")));
    DatabaseError error;
    const AuditTrail::Verdict verdict = AuditTrail(connection).verify(&error);
    QCOMPARE(verdict.firstBrokenSeq, 9);
    QCOMPARE(verdict.rows, 9);
    QVERIFY(verdict.problem.contains(QStringLiteral("9")));
}

void TestAuditTrail::rehashedRowIsFoundAtTheNextLink()
{
    writeSomeHistory();
    QSqlDatabase connection = m_database->connection();
    // A forger who recomputes the altered row's own hash still breaks the next row's link.
    QSqlQuery query(connection);
    QVERIFY(
        query.exec(QStringLiteral("SELECT prev_hash, at, actor, entity, record_id, action, field, old_value "
                                  "FROM audit_log WHERE seq = 4")) &&
        query.next());
    AuditRecord forged;
    const QString previous = query.value(0).toString();
    forged.at = query.value(1).toString();
    forged.actor = query.value(2).toString();
    forged.entity = query.value(3).toString();
    forged.recordId = query.value(4).toString();
    forged.action = query.value(5).toString();
    forged.field = query.value(6).toString();
    forged.oldValue = query.value(7).toString();
    forged.newValue = QStringLiteral("伪造");
    query.finish();
    QSqlQuery update(connection);
    update.prepare(QStringLiteral(
        "UPDATE audit_log SET new_value = ?, reason = NULL, op_id = NULL, hash = ? WHERE seq = 4"));
    update.addBindValue(forged.newValue);
    update.addBindValue(AuditTrail::chainHash(previous, forged));
    QVERIFY(update.exec());
    DatabaseError error;
    QCOMPARE(AuditTrail(connection).verify(&error).firstBrokenSeq, 5);
}

void TestAuditTrail::removedRowIsFoundAtTheNextLink()
{
    writeSomeHistory();
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 12")));
    DatabaseError error;
    const AuditTrail::Verdict verdict = AuditTrail(m_database->connection()).verify(&error);
    QCOMPARE(verdict.firstBrokenSeq, 13);
    QVERIFY(verdict.problem.contains(QStringLiteral("13")));
}

void TestAuditTrail::rolledBackChangeLeavesNoTrail()
{
    QSqlDatabase connection = m_database->connection();
    ChangeJournal journal(connection, QStringLiteral("zhang.san"), TestClock);
    {
        Transaction transaction(connection);
        QVERIFY(!transaction.begin().isError());
        QVERIFY(!journal
                     .upsert(QStringLiteral("catalog_entry"), QStringLiteral("x"),
                             {{QStringLiteral("name"), QStringLiteral("临时")}})
                     .isError());
        QCOMPARE(count(connection), 1);
    } // rolled back
    QCOMPARE(count(connection), 0);
    // An invalid change writes neither the record nor the trail.
    QVERIFY(journal
                .upsert(QStringLiteral("catalog_entry"), QStringLiteral("x"),
                        {{QStringLiteral("no_such_field"), 1}})
                .isError());
    QCOMPARE(count(connection), 0);
    // Nor does a command whose arguments the wire protocol would refuse (they must be text): such
    // an operation would sit in the outbox and stop every later push.
    const DatabaseError refused = journal.command(
        QStringLiteral("catalog_entry"), QStringLiteral("x"), QStringLiteral("submit"),
        {{QStringLiteral("list"), QJsonArray{1}}}, {{QStringLiteral("status"), QStringLiteral("submitted")}});
    QCOMPARE(refused.kind(), DatabaseError::Kind::Invalid);
    QCOMPARE(count(connection), 0);
    QCOMPARE(journal.unsyncedCount(), 0);
}

void TestAuditTrail::cliVerifyNamesTheBrokenLink()
{
    const QString database = m_dir->filePath(QStringLiteral("cli.db"));
    const QString passphraseFile = m_dir->filePath(QStringLiteral("pass.txt"));
    QVERIFY(test::writeFile(passphraseFile, Passphrase.toUtf8() + "\n"));
    const QStringList unlock{QStringLiteral("--database"), database, QStringLiteral("--no-keychain"),
                             QStringLiteral("--passphrase-file"), passphraseFile};
    const QString cli = test::binaryPath("XS_CLI");
    test::ProcessResult run = test::runProcess(cli, QStringList{QStringLiteral("init")} + unlock);
    QVERIFY2(run.exitCode == 0, run.standardError.constData());
    {
        DatabaseUnlock::Outcome opened = DatabaseUnlock::openWithPassphrase(database, Passphrase, {});
        QVERIFY(opened.database);
        m_database = std::move(opened.database);
        writeSomeHistory();
    }
    run = test::runProcess(cli, QStringList{QStringLiteral("--json"), QStringLiteral("verify")} + unlock);
    QVERIFY2(run.exitCode == 0, run.standardError.constData());
    QCOMPARE(QJsonDocument::fromJson(run.standardOutput)
                 .object()
                 .value(QStringLiteral("audit_records"))
                 .toInteger(),
             15);

    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone.else' WHERE seq = 6")));
    query.finish();
    m_database.reset();
    run = test::runProcess(cli, QStringList{QStringLiteral("verify")} + unlock);
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(QString::fromUtf8(run.standardError).contains(QStringLiteral(" 6 ")),
             run.standardError.constData());
    run = test::runProcess(cli, QStringList{QStringLiteral("--json"), QStringLiteral("verify")} + unlock);
    QCOMPARE(run.exitCode, 4);
    const QJsonObject failure =
        QJsonDocument::fromJson(run.standardOutput).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(failure.value(QStringLiteral("code")).toString(), QStringLiteral("audit_chain_broken"));
    const QJsonObject detail =
        QJsonDocument::fromJson(failure.value(QStringLiteral("detail")).toString().toUtf8()).object();
    QCOMPARE(detail.value(QStringLiteral("first_broken_record")).toInteger(), 6);
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
