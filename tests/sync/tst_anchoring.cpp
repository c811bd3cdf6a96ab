// Anchored audit trails: a push carries the desktop trail's head, the hub answers with a receipt
// signed by its Ed25519 key, the desktop keeps it, and `xiangshu-cli verify` reports the last
// anchored record and finds a trail cut and rebuilt before it, a forged receipt and a foreign key.
#include "app/secrets/DatabaseCreator.h"
#include "models/audit/AuditTrail.h"
#include "models/audit/ChainAnchors.h"
#include "models/crypto/SigningKey.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/WireCodec.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TestDesktop.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;
using namespace xs::test;

namespace {

const QString Passphrase = QStringLiteral("anchoring passphrase 2026");
const QString CataloguerDepartment = QStringLiteral("430000027");

} // namespace

class TestAnchoring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void receiptSignatureCoversEveryField();
    void hostileChainHeadsAreRefused();
    void pushIsAnchoredAndVerifyReportsTheLastAnchor();
    void forgedOrForeignReceiptsAreReported();
    void trailCutAndRebuiltBeforeTheAnchorIsReported();

private:
    /// Runs xiangshu-cli verify --json; the parsed answer (its "error" on failure) and the exit code.
    QJsonObject verify(int* exitCode) const;
    QString sqlValue(const QString& statement) const;
    bool exec(const QString& statement) const;
    QString createEntry(const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<HubProcess> m_hub;
    std::unique_ptr<TestDesktop> m_desktop;
    QString m_databasePath;
    QString m_passphraseFile;
    qint64 m_anchoredSeq = 0;
};

void TestAnchoring::initTestCase()
{
    const QString hubDatabase = m_dir.filePath(QStringLiteral("hub.db"));
    QCOMPARE(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), hubDatabase}), 0);
    m_hub = std::make_unique<HubProcess>(m_dir.filePath(QStringLiteral("hub")));
    QVERIFY2(m_hub->start(hubDatabase), m_hub->log().constData());
    QVERIFY2(m_hub->log().contains("\"signing_key\":\""), m_hub->log().constData());

    m_databasePath = m_dir.filePath(QStringLiteral("desk.db"));
    m_passphraseFile = m_dir.filePath(QStringLiteral("passphrase.txt"));
    QVERIFY(writeFile(m_passphraseFile, Passphrase.toUtf8()));
    DatabaseCreator::Result created = DatabaseCreator::create(m_databasePath, Passphrase, true);
    QVERIFY2(!created.error.isError(), qPrintable(created.error.fullText()));
    m_desktop = std::make_unique<TestDesktop>(std::move(created.database), *m_hub,
                                              QStringLiteral("demo-cataloguer"), DemoPassword);
    QVERIFY2(m_desktop->isReady(), qPrintable(m_desktop->error()));
}

QJsonObject TestAnchoring::verify(int* exitCode) const
{
    const ProcessResult result =
        runProcess(binaryPath("XS_CLI"),
                   {QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--database"),
                    m_databasePath, QStringLiteral("--passphrase-file"), m_passphraseFile});
    *exitCode = result.exitCode;
    const QJsonObject answer =
        QJsonDocument::fromJson(result.standardOutput.trimmed().split('\n').constLast()).object();
    if (answer.isEmpty())
        qWarning("verify said: %s %s", result.standardOutput.constData(), result.standardError.constData());
    return answer.contains(QStringLiteral("error")) ? answer.value(QStringLiteral("error")).toObject()
                                                    : answer;
}

QString TestAnchoring::sqlValue(const QString& statement) const
{
    QSqlQuery query(m_desktop->database().connection());
    return query.exec(statement) && query.next() ? query.value(0).toString() : QString();
}

bool TestAnchoring::exec(const QString& statement) const
{
    QSqlQuery query(m_desktop->database().connection());
    return query.exec(statement);
}

QString TestAnchoring::createEntry(const QString& name)
{
    const QString id = ChangeJournal::newId(m_desktop->clock());
    if (m_desktop->journal()
            .upsert(QStringLiteral("catalog_entry"), id, validCatalogEntry(name, CataloguerDepartment))
            .isError())
        return {};
    return id;
}

void TestAnchoring::receiptSignatureCoversEveryField()
{
    const SigningKey key = SigningKey::generate();
    ChainReceipt receipt;
    receipt.device = QStringLiteral("device-1");
    receipt.user = QStringLiteral("张三");
    receipt.head = {42, QString(64, QLatin1Char('a'))};
    receipt.signedAt = QStringLiteral("2026-12-06T08:00:00.000Z");
    receipt.publicKey = key.publicKey();
    receipt.signature = key.sign(receipt.message());
    QVERIFY(receipt.isSignatureValid());
    const std::optional<ChainReceipt> decoded = ChainReceipt::fromJson(receipt.toJson(), nullptr);
    QVERIFY(decoded && decoded->isSignatureValid());

    const QList<std::function<void(ChainReceipt&)>> changes{
        [](ChainReceipt& r) { r.device = QStringLiteral("device-2"); },
        [](ChainReceipt& r) { r.user = QStringLiteral("李四"); },
        [](ChainReceipt& r) { r.head.seq = 43; },
        [](ChainReceipt& r) { r.head.hash[0] = QLatin1Char('b'); },
        [](ChainReceipt& r) { r.signedAt = QStringLiteral("2026-12-07T08:00:00.000Z"); },
        [](ChainReceipt& r) { r.publicKey = SigningKey::generate().publicKey(); },
        [](ChainReceipt& r) { r.signature[10] = char(r.signature[10] ^ 1); },
    };
    for (const auto& change : changes) {
        ChainReceipt altered = receipt;
        change(altered);
        QVERIFY(!altered.isSignatureValid());
    }
    // The message is the documented one: a receipt signed outside this code base (the openssl
    // command line over the bytes hub/PROTOCOL.md describes) verifies here.
    QString error;
    std::optional<ChainReceipt> outside;
    QVERIFY(WireCodec::decodePushResponse(
        readFile(QFINDTESTDATA("../fuzz/seeds/fuzz_wirecodec/push-response-receipt.json")), &error,
        &outside));
    QVERIFY2(outside && outside->isSignatureValid(), qPrintable(error));
    QCOMPARE(outside->head.seq, 17);

    // Malformed receipts are refused whole.
    for (const char* field : {"key", "signature", "head", "seq", "device", "signed_at"}) {
        QJsonObject json = receipt.toJson();
        json.insert(QLatin1String(field), QStringLiteral("!!"));
        QVERIFY2(!ChainReceipt::fromJson(json, nullptr), field);
    }
}

void TestAnchoring::hostileChainHeadsAreRefused()
{
    HttpProbe probe(m_hub->url(), m_hub->caFile());
    const QString token = probe.login(QStringLiteral("demo-cataloguer"), DemoPassword);
    QVERIFY(!token.isEmpty());
    const QJsonObject operation =
        HttpProbe::upsert(QStringLiteral("catalog_entry"), QStringLiteral("hostile-chain"),
                          validCatalogEntry(QStringLiteral("锚点测试"), CataloguerDepartment));
    for (const char* chain : {R"({"seq": 0, "head": "%1"})", R"({"seq": 1.5, "head": "%1"})",
                              R"({"seq": 9007199254740993, "head": "%1"})", R"({"seq": 3, "head": "ABC"})",
                              R"({"seq": "3", "head": "%1"})", R"("head")"}) {
        const QByteArray body =
            QStringLiteral(R"({"ops": [%1], "chain": %2})")
                .arg(QString::fromUtf8(QJsonDocument(operation).toJson(QJsonDocument::Compact)),
                     QString::fromLatin1(chain).arg(QString(64, QLatin1Char('c'))))
                .toUtf8();
        const HttpProbe::Answer answer = probe.send("POST", QStringLiteral("/api/v1/push"), body, token);
        QVERIFY2(answer.status == 400, chain);
    }
    // Refused whole: the operation that came with a bad chain was not applied.
    const HttpProbe::Answer pulled =
        probe.send("GET", QStringLiteral("/api/v1/changes?after=0&limit=2000"), {}, token);
    QCOMPARE(pulled.status, 200);
    QVERIFY(!pulled.body.contains("hostile-chain"));
}

void TestAnchoring::pushIsAnchoredAndVerifyReportsTheLastAnchor()
{
    for (const QString& name :
         {QStringLiteral("锚定资源甲"), QStringLiteral("锚定资源乙"), QStringLiteral("锚定资源丙")})
        QVERIFY(!createEntry(name).isEmpty());
    const AuditTrail trail(m_desktop->database().connection());
    DatabaseError error;
    const std::optional<ChainHead> head = trail.head(&error);
    QVERIFY(head && head->seq >= 3);
    const SyncEngine::Summary summary = m_desktop->sync();
    QVERIFY2(!summary.error.isError(), qPrintable(summary.error.message()));
    QCOMPARE(summary.pushed, 3);

    // One receipt, for the head the push carried, under the hub's key, which the desktop now trusts.
    QCOMPARE(sqlValue(QStringLiteral("SELECT count(*) FROM chain_receipt")), QStringLiteral("1"));
    QCOMPARE(sqlValue(QStringLiteral("SELECT seq FROM chain_receipt")).toLongLong(), head->seq);
    QCOMPARE(sqlValue(QStringLiteral("SELECT head FROM chain_receipt")), head->hash);
    QString problem;
    const std::optional<QByteArray> hubKey =
        SigningKey::readPublicKeyFile(m_hub->signingPublicKeyPath(), &problem);
    QVERIFY(hubKey);
    QCOMPARE(sqlValue(QStringLiteral("SELECT value FROM sync_state WHERE key = 'hub_signing_key'")),
             QString::fromLatin1(hubKey->toBase64()));
    m_anchoredSeq = head->seq;

    // A later edit, not pushed yet: verify reports it beyond the last anchor.
    QVERIFY(!createEntry(QStringLiteral("未同步资源")).isEmpty());
    int exitCode = -1;
    const QJsonObject verdict = verify(&exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(verdict.value(QStringLiteral("receipts")).toInt(), 1);
    const QJsonObject last = verdict.value(QStringLiteral("last_anchor")).toObject();
    QCOMPARE(last.value(QStringLiteral("seq")).toInteger(), m_anchoredSeq);
    QCOMPARE(last.value(QStringLiteral("hub_key")).toString(), SigningKey::keyId(*hubKey));
    QVERIFY(last.value(QStringLiteral("records_after")).toInteger() >= 1);

    // The hub keeps its own record of what it anchored, in its trail.
    QSqlDatabase hub = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hub"));
    hub.setDatabaseName(m_hub->database());
    QVERIFY(hub.open());
    QSqlQuery anchored(hub);
    QVERIFY(anchored.exec(QStringLiteral("SELECT actor, record_id, field, new_value FROM hub_trail WHERE "
                                         "action = 'anchored'")));
    QVERIFY(anchored.next());
    QCOMPARE(anchored.value(0).toString(), QStringLiteral("demo-cataloguer"));
    QCOMPARE(anchored.value(1).toString(), m_desktop->database().databaseId());
    QCOMPARE(anchored.value(2).toLongLong(), m_anchoredSeq);
    QCOMPARE(anchored.value(3).toString(), head->hash);
    anchored.finish();
    hub.close();
    hub = {};
    QSqlDatabase::removeDatabase(QStringLiteral("hub"));
}

void TestAnchoring::forgedOrForeignReceiptsAreReported()
{
    QVERIFY(m_anchoredSeq > 0);
    int exitCode = -1;
    // The signature altered: no longer the hub's statement.
    const QString signature = sqlValue(QStringLiteral("SELECT signature FROM chain_receipt"));
    QByteArray forged = QByteArray::fromBase64(signature.toLatin1());
    forged[0] = char(forged[0] ^ 1);
    QVERIFY(exec(QStringLiteral("UPDATE chain_receipt SET signature = '%1'")
                     .arg(QString::fromLatin1(forged.toBase64()))));
    QCOMPARE(verify(&exitCode).value(QStringLiteral("code")).toString(), QStringLiteral("receipt_invalid"));
    QCOMPARE(exitCode, 4);
    QVERIFY(exec(QStringLiteral("UPDATE chain_receipt SET signature = '%1'").arg(signature)));

    // A receipt re-signed by a key of someone's own: valid in itself, but not the hub's key.
    const SigningKey own = SigningKey::generate();
    ChainReceipt receipt;
    receipt.device = m_desktop->database().databaseId();
    receipt.user = QStringLiteral("demo-cataloguer");
    receipt.head = {m_anchoredSeq, sqlValue(QStringLiteral("SELECT head FROM chain_receipt"))};
    receipt.signedAt = sqlValue(QStringLiteral("SELECT signed_at FROM chain_receipt"));
    receipt.publicKey = own.publicKey();
    receipt.signature = own.sign(receipt.message());
    const QString hubKey = sqlValue(QStringLiteral("SELECT hub_key FROM chain_receipt"));
    QVERIFY(exec(QStringLiteral("UPDATE chain_receipt SET hub_key = '%1', signature = '%2'")
                     .arg(QString::fromLatin1(receipt.publicKey.toBase64()),
                          QString::fromLatin1(receipt.signature.toBase64()))));
    QCOMPARE(verify(&exitCode).value(QStringLiteral("code")).toString(), QStringLiteral("receipt_untrusted"));
    QCOMPARE(exitCode, 4);
    QVERIFY(exec(
        QStringLiteral("UPDATE chain_receipt SET hub_key = '%1', signature = '%2'").arg(hubKey, signature)));
    QCOMPARE(verify(&exitCode).value(QStringLiteral("receipts")).toInt(), 1);
    QCOMPARE(exitCode, 0);
}

void TestAnchoring::trailCutAndRebuiltBeforeTheAnchorIsReported()
{
    QVERIFY(m_anchoredSeq > 0);
    // Someone removes the second record and everything after it, then writes the trail again with
    // one record left out and every hash recomputed: the chain alone is intact again.
    QSqlDatabase connection = m_desktop->database().connection();
    QList<AuditRecord> kept;
    QSqlQuery rows(connection);
    QVERIFY(
        rows.exec(QStringLiteral("SELECT at, actor, entity, record_id, action, field, old_value, new_value, "
                                 "reason, op_id FROM audit_log WHERE seq > 2 ORDER BY seq")));
    while (rows.next()) {
        AuditRecord record;
        record.at = rows.value(0).toString();
        record.actor = rows.value(1).toString();
        record.entity = rows.value(2).toString();
        record.recordId = rows.value(3).toString();
        record.action = rows.value(4).toString();
        record.field = rows.value(5).toString();
        record.oldValue = rows.value(6).toString();
        record.newValue = rows.value(7).toString();
        record.reason = rows.value(8).toString();
        record.opId = rows.value(9).toString();
        kept << record;
    }
    rows.finish();
    QVERIFY(kept.size() >= 2);
    QVERIFY(exec(QStringLiteral("DELETE FROM audit_log WHERE seq >= 2")));
    AuditTrail trail(connection);
    QVERIFY(!trail.append(kept).isError());
    DatabaseError error;
    QVERIFY(trail.verify(&error).intact());

    int exitCode = -1;
    const QJsonObject verdict = verify(&exitCode);
    QCOMPARE(exitCode, 4);
    QCOMPARE(verdict.value(QStringLiteral("code")).toString(), QStringLiteral("anchor_mismatch"));
    QVERIFY2(verdict.value(QStringLiteral("message")).toString().contains(QString::number(m_anchoredSeq)),
             qPrintable(verdict.value(QStringLiteral("message")).toString()));

    // Cut short of the anchored record: reported as cut.
    QVERIFY(exec(QStringLiteral("DELETE FROM audit_log WHERE seq >= %1").arg(m_anchoredSeq - 1)));
    QCOMPARE(verify(&exitCode).value(QStringLiteral("code")).toString(), QStringLiteral("anchor_mismatch"));
    QCOMPARE(exitCode, 4);
}

QTEST_GUILESS_MAIN(TestAnchoring)
#include "tst_anchoring.moc"
