// The recovery side file: Argon2id + AES-256-GCM wrapping, and what it does with bad input.
#include "app/secrets/RecoveryCode.h"
#include "app/secrets/RecoveryFile.h"
#include "models/crypto/PassphraseKdf.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;

class TestRecoveryFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void wrapsAndUnwraps();
    void wrongPassphraseUnwrapsNothing();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void damagedFilesAreReported_data();
    void damagedFilesAreReported();
    void hostileKdfParametersAreRefused();
    void pendingKeysComeAfterCurrentOnes();
    void keepOnlyDropsOtherKeys();
    void holdsNoSecretInTheClear();
    void recoveryCodesAreWellFormed();
    void passphrasesAreNormalised();
    void kdfIsArgon2idWithSaneCost();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("db.recovery")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseKey m_key;
};

void TestRecoveryFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_key = DatabaseKey::generate();
    RecoveryFile recovery(QStringLiteral("00112233445566778899aabbccddeeff"));
    recovery.addKey(m_key, RecoveryCode::normalise(QStringLiteral("湘江北去，橘子洲头")),
                    RecoveryFile::State::Current);
    QVERIFY(!recovery.save(path()).isError());
}

void TestRecoveryFile::wrapsAndUnwraps()
{
    RecoveryFile::LoadStatus status = RecoveryFile::LoadStatus::Damaged;
    const RecoveryFile recovery = RecoveryFile::load(path(), &status);
    QCOMPARE(status, RecoveryFile::LoadStatus::Ok);
    QCOMPARE(recovery.databaseId(), QStringLiteral("00112233445566778899aabbccddeeff"));
    const QList<DatabaseKey> keys =
        recovery.unwrap(RecoveryCode::normalise(QStringLiteral("  湘江北去，橘子洲头\n")));
    QCOMPARE(keys.size(), 1);
    QVERIFY(keys.constFirst() == m_key);
    QCOMPARE(recovery.keyChecks(), QByteArrayList{m_key.checkValue()});
}

void TestRecoveryFile::wrongPassphraseUnwrapsNothing()
{
    RecoveryFile::LoadStatus status = RecoveryFile::LoadStatus::Damaged;
    const RecoveryFile recovery = RecoveryFile::load(path(), &status);
    QVERIFY(recovery.unwrap(RecoveryCode::normalise(QStringLiteral("湘江北去，橘子洲"))).isEmpty());
    QVERIFY(recovery.unwrap(QByteArray()).isEmpty());
}

void TestRecoveryFile::tamperingIsDetected_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("wrapped key") << QStringLiteral("wrapped_key");
    QTest::newRow("nonce") << QStringLiteral("nonce");
    QTest::newRow("key check") << QStringLiteral("key_check");
    QTest::newRow("database id") << QStringLiteral("database_id");
}

void TestRecoveryFile::tamperingIsDetected()
{
    QFETCH(QString, field);
    QJsonObject root = QJsonDocument::fromJson(test::readFile(path())).object();
    if (field == QLatin1String("database_id")) {
        root.insert(field, QStringLiteral("ffeeddccbbaa99887766554433221100"));
    } else {
        QJsonArray keys = root.value(QStringLiteral("keys")).toArray();
        QJsonObject entry = keys.at(0).toObject();
        QString value = entry.value(field).toString();
        value[2] = value[2] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A'); // one character
        entry.insert(field, value);
        keys.replace(0, entry);
        root.insert(QStringLiteral("keys"), keys);
    }
    QVERIFY(test::writeFile(path(), QJsonDocument(root).toJson()));
    RecoveryFile::LoadStatus status = RecoveryFile::LoadStatus::Damaged;
    const RecoveryFile recovery = RecoveryFile::load(path(), &status);
    if (status == RecoveryFile::LoadStatus::Ok)
        QVERIFY(recovery.unwrap(RecoveryCode::normalise(QStringLiteral("湘江北去，橘子洲头"))).isEmpty());
    else
        QCOMPARE(status, RecoveryFile::LoadStatus::Damaged);
}

void TestRecoveryFile::damagedFilesAreReported_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("xiangshu");
    QTest::newRow("truncated") << QByteArray(
        R"({"format": "xiangshu-recovery", "version": 1, "database_id": "00)");
    QTest::newRow("other format") << QByteArray(R"({"format":"other","version":1})");
    QTest::newRow("future version") << QByteArray(R"({"format":"xiangshu-recovery","version":2})");
    QTest::newRow("no keys") << QByteArray(
        R"({"format":"xiangshu-recovery","version":1,"database_id":"ab","keys":[]})");
    QTest::newRow("huge") << QByteArray(200 * 1024, ' ');
}

void TestRecoveryFile::damagedFilesAreReported()
{
    QFETCH(QByteArray, content);
    QVERIFY(test::writeFile(path(), content));
    RecoveryFile::LoadStatus status = RecoveryFile::LoadStatus::Ok;
    RecoveryFile::load(path(), &status);
    QCOMPARE(status, RecoveryFile::LoadStatus::Damaged);

    QVERIFY(QFile::remove(path()));
    RecoveryFile::load(path(), &status);
    QCOMPARE(status, RecoveryFile::LoadStatus::Missing);
}

void TestRecoveryFile::hostileKdfParametersAreRefused()
{
    // A file asking for 64 GiB of memory per guess must not make the app try.
    QJsonObject root = QJsonDocument::fromJson(test::readFile(path())).object();
    QJsonArray keys = root.value(QStringLiteral("keys")).toArray();
    QJsonObject entry = keys.at(0).toObject();
    QJsonObject kdf = entry.value(QStringLiteral("kdf")).toObject();
    kdf.insert(QStringLiteral("memory_kib"), qint64(64) * 1024 * 1024);
    entry.insert(QStringLiteral("kdf"), kdf);
    keys.replace(0, entry);
    root.insert(QStringLiteral("keys"), keys);
    QVERIFY(test::writeFile(path(), QJsonDocument(root).toJson()));
    RecoveryFile::LoadStatus status = RecoveryFile::LoadStatus::Ok;
    RecoveryFile::load(path(), &status);
    QCOMPARE(status, RecoveryFile::LoadStatus::Damaged);
}

void TestRecoveryFile::pendingKeysComeAfterCurrentOnes()
{
    RecoveryFile recovery(QStringLiteral("id"));
    const DatabaseKey pending = DatabaseKey::generate();
    const QByteArray passphrase("same passphrase for both");
    recovery.addKey(pending, passphrase, RecoveryFile::State::Pending);
    recovery.addKey(m_key, passphrase, RecoveryFile::State::Current);
    const QList<DatabaseKey> keys = recovery.unwrap(passphrase);
    QCOMPARE(keys.size(), 2);
    QVERIFY(keys.at(0) == m_key);
    QVERIFY(keys.at(1) == pending);
}

void TestRecoveryFile::keepOnlyDropsOtherKeys()
{
    RecoveryFile recovery(QStringLiteral("id"));
    const DatabaseKey next = DatabaseKey::generate();
    recovery.addKey(m_key, "old passphrase here", RecoveryFile::State::Current);
    recovery.addKey(next, "new passphrase here", RecoveryFile::State::Pending);
    recovery.keepOnly(next);
    QCOMPARE(recovery.keys().size(), 1);
    QCOMPARE(recovery.keys().constFirst().state, RecoveryFile::State::Current);
    QVERIFY(recovery.unwrap("old passphrase here").isEmpty());
    QVERIFY(recovery.unwrap("new passphrase here").constFirst() == next);
}

void TestRecoveryFile::holdsNoSecretInTheClear()
{
    const QByteArray content = test::readFile(path());
    QVERIFY(!content.contains(m_key.toHex()));
    QVERIFY(!content.contains(m_key.bytes().toBase64()));
    QVERIFY(!content.contains(QStringLiteral("湘江北去").toUtf8()));
}

void TestRecoveryFile::recoveryCodesAreWellFormed()
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$"));
    QSet<QString> seen;
    for (int i = 0; i < 50; ++i) {
        const QString code = RecoveryCode::generate();
        QVERIFY2(shape.match(code).hasMatch(), qPrintable(code));
        seen.insert(code);
    }
    QCOMPARE(seen.size(), 50);
}

void TestRecoveryFile::passphrasesAreNormalised()
{
    // A recovery code typed in lower case, with spaces instead of dashes, is the same code.
    QCOMPARE(RecoveryCode::normalise(QStringLiteral("abcd efgh ijkl mnop qrst uvwx")),
             QByteArray("ABCDEFGHIJKLMNOPQRSTUVWX"));
    QCOMPARE(RecoveryCode::normalise(QStringLiteral("ABCD-EFGH-IJKL-MNOP-QRST-UVWX\n")),
             QByteArray("ABCDEFGHIJKLMNOPQRSTUVWX"));
    // Composed and decomposed forms of the same text derive the same key (NFC).
    const QString composed = QStringLiteral("caf\u00e9 passphrase");
    const QString decomposed = QStringLiteral("cafe\u0301 passphrase");
    QCOMPARE(RecoveryCode::normalise(composed), RecoveryCode::normalise(decomposed));
    // A chosen passphrase keeps its case.
    QVERIFY(RecoveryCode::normalise(QStringLiteral("Secret Phrase")) !=
            RecoveryCode::normalise(QStringLiteral("secret phrase")));
}

void TestRecoveryFile::kdfIsArgon2idWithSaneCost()
{
    const QJsonObject kdf = QJsonDocument::fromJson(test::readFile(path()))
                                .object()
                                .value(QStringLiteral("keys"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("kdf"))
                                .toObject();
    QCOMPARE(kdf.value(QStringLiteral("algorithm")).toString(), QStringLiteral("argon2id"));
    QVERIFY(kdf.value(QStringLiteral("memory_kib")).toInt() >= 64 * 1024);
    QVERIFY(kdf.value(QStringLiteral("time_cost")).toInt() >= 3);
    // RFC 9106 test vectors are libargon2's business; here: same input, same output; salt matters.
    PassphraseKdf::Parameters parameters = PassphraseKdf::freshParameters();
    const QByteArray a = PassphraseKdf::derive("passphrase", parameters);
    QCOMPARE(a.size(), 32);
    QCOMPARE(PassphraseKdf::derive("passphrase", parameters), a);
    parameters.salt[0] = char(parameters.salt[0] ^ 1);
    QVERIFY(PassphraseKdf::derive("passphrase", parameters) != a);
}

QTEST_GUILESS_MAIN(TestRecoveryFile)
#include "tst_recoveryfile.moc"
