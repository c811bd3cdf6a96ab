// Database: keys, encryption at rest, error classification, migrations, locks and failures.
#include "models/storage/Database.h"
#include "models/storage/DatabaseFile.h"
#include "models/storage/DatabaseVerifier.h"
#include "models/storage/Migrator.h"
#include "models/storage/SqlCipherDriver.h"
#include "tests/support/FaultInjectingVfs.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;
using Kind = DatabaseError::Kind;

namespace {

const QString Marker = QStringLiteral("湘数-机密标记-MARKER-4301-7f3a9c");

std::unique_ptr<Database> openDatabase(const QString& path, const DatabaseKey& key, DatabaseError* error,
                                       const Database::Options& options = {})
{
    return Database::open(path, key, options, error);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void createsAndReopens();
    void refusesToOverwrite();
    void keepsNoPlaintextAtRest();
    void wrongKeyIsReportedAndFileUntouched();
    void damagedFirstPageIsCorruptWhenKeyIsKnownGood();
    void damagedDataPageFailsVerificationAndReads();
    void notADatabaseIsCorrupt_data();
    void notADatabaseIsCorrupt();
    void missingFileIsNotFound();
    void newerSchemaIsRefused();
    void migrationsRunTwiceAreHarmless();
    void exclusiveHolderLocksOthersOut();
    void aLockFileLeftNamelessByAKilledHolderIsTakenOver();
    void readOnlyFolderIsReported();
    void readOnlyFileIsReported();
    void fullDiskDuringCreateLeavesNothing();
    void fullDiskDuringWriteRollsBack();
    void pinsCipherSettingsAndWal();
    void openingWithRawKeySkipsKdf();
    void entityCountsListSyncedTables();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseKey m_key;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_key = DatabaseKey::generate();
}

void TestDatabase::createsAndReopens()
{
    const QString file = path(QStringLiteral("a.db"));
    QString id;
    {
        auto database = test::createDatabase(file, m_key);
        QVERIFY(database);
        id = database->databaseId();
        QCOMPARE(id.size(), 32);
        QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery query(database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), id);
    }
    DatabaseError error;
    auto reopened = openDatabase(file, m_key, &error);
    QVERIFY2(reopened, qPrintable(error.fullText()));
    QCOMPARE(reopened->databaseId(), id);
    QCOMPARE(DatabaseFile::idFromSalt(DatabaseFile::probe(file).salt), id);
}

void TestDatabase::refusesToOverwrite()
{
    const QString file = path(QStringLiteral("exists.db"));
    QVERIFY(test::writeFile(file, "precious"));
    DatabaseError error;
    QVERIFY(!Database::create(file, m_key, {}, &error));
    QCOMPARE(error.kind(), Kind::AlreadyExists);
    QCOMPARE(test::readFile(file), QByteArray("precious"));
}

void TestDatabase::keepsNoPlaintextAtRest()
{
    const QString file = path(QStringLiteral("secret.db"));
    {
        auto database = test::createDatabase(file, m_key);
        QSqlQuery query(database->connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO notes VALUES (?)")));
        for (int i = 0; i < 200; ++i) {
            query.addBindValue(Marker);
            QVERIFY(query.exec());
        }
        // Look at the WAL while the database is open, and at the main file after checkpointing.
        const QByteArray wal = test::readFile(DatabaseFile::walPath(file));
        QVERIFY(!wal.isEmpty());
        QVERIFY(!wal.contains(Marker.toUtf8()));
        QVERIFY(!database->checkpoint().isError());
    }
    const QByteArray bytes = test::readFile(file);
    QVERIFY(bytes.size() > 8192);
    QVERIFY(!bytes.contains(Marker.toUtf8()));
    QVERIFY(!bytes.contains(QByteArray("MARKER-4301")));
    QVERIFY(!bytes.contains(QByteArray("SQLite format 3")));
    QVERIFY(!bytes.contains(QByteArray("CREATE TABLE")));
}

void TestDatabase::wrongKeyIsReportedAndFileUntouched()
{
    const QString file = path(QStringLiteral("keyed.db"));
    test::createDatabase(file, m_key).reset();
    const QByteArray before = test::sha256OfFile(file);

    DatabaseError error;
    QVERIFY(!openDatabase(file, DatabaseKey::generate(), &error));
    QCOMPARE(error.kind(), Kind::WrongKey);
    QVERIFY(!error.message().isEmpty());

    // With the right key's check value known, another key is still a wrong key.
    Database::Options options;
    options.knownKeyChecks = {m_key.checkValue()};
    QVERIFY(!openDatabase(file, DatabaseKey::generate(), &error, options));
    QCOMPARE(error.kind(), Kind::WrongKey);

    QCOMPARE(test::sha256OfFile(file), before);
    QVERIFY(!QFile::exists(DatabaseFile::walPath(file)));
    QVERIFY(openDatabase(file, m_key, &error));
}

void TestDatabase::damagedFirstPageIsCorruptWhenKeyIsKnownGood()
{
    const QString file = path(QStringLiteral("damaged1.db"));
    test::createDatabase(file, m_key).reset();
    QVERIFY(test::overwriteBytes(file, 100, QByteArray(64, '\x5a'))); // inside page 1, after the salt

    Database::Options options;
    options.knownKeyChecks = {m_key.checkValue()};
    DatabaseError error;
    QVERIFY(!openDatabase(file, m_key, &error, options));
    QCOMPARE(error.kind(), Kind::Corrupt);
}

void TestDatabase::damagedDataPageFailsVerificationAndReads()
{
    const QString file = path(QStringLiteral("damaged2.db"));
    {
        auto database = test::createDatabase(file, m_key);
        QSqlQuery query(database->connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE big (text TEXT)")));
        QVERIFY(query.exec(
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                           "WHERE i < 4000) INSERT INTO big SELECT printf('%08d-资源', i) FROM n")));
        QVERIFY(!database->checkpoint().isError());
    }
    const qint64 size = QFileInfo(file).size();
    QVERIFY(size > 20 * 4096);
    QVERIFY(test::overwriteBytes(file, size - 4096 * 3 + 700, QByteArray(32, '\x00')));

    DatabaseError error;
    auto database = openDatabase(file, m_key, &error);
    QVERIFY2(database, qPrintable(error.fullText())); // page 1 is intact: the damage is found later
    const VerificationReport report = DatabaseVerifier::verify(*database);
    QVERIFY(!report.ok());
    QVERIFY2(report.firstFailure().contains(QStringLiteral("HMAC")), qPrintable(report.firstFailure()));

    QSqlQuery query(database->connection());
    query.setForwardOnly(true);
    bool failed = !query.exec(QStringLiteral("SELECT count(*), max(text) FROM big"));
    if (!failed) {
        while (query.next()) {
        }
        failed = query.lastError().isValid();
    }
    QVERIFY(failed);
    QVERIFY2(DatabaseError::fromSqlError(query.lastError()).kind() == Kind::Corrupt,
             qPrintable(query.lastError().nativeErrorCode() + QLatin1Char(' ') + query.lastError().text()));
}

void TestDatabase::notADatabaseIsCorrupt_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("expected");
    QTest::newRow("empty") << QByteArray() << int(Kind::Corrupt);
    QTest::newRow("short") << QByteArray("hello") << int(Kind::Corrupt);
    QByteArray plain("SQLite format 3", 16);
    plain.append(QByteArray(4080, '\0'));
    QTest::newRow("plain sqlite") << plain << int(Kind::Corrupt);
    // Random bytes of a plausible size cannot be told from a wrong key without a known check.
    QTest::newRow("random") << secureRandomBytes(8192) << int(Kind::WrongKey);
}

void TestDatabase::notADatabaseIsCorrupt()
{
    QFETCH(QByteArray, content);
    QFETCH(int, expected);
    const QString file = path(QStringLiteral("junk.db"));
    QVERIFY(test::writeFile(file, content));
    DatabaseError error;
    QVERIFY(!openDatabase(file, m_key, &error));
    QCOMPARE(int(error.kind()), expected);
    QCOMPARE(test::readFile(file), content);
}

void TestDatabase::missingFileIsNotFound()
{
    DatabaseError error;
    QVERIFY(!openDatabase(path(QStringLiteral("nope.db")), m_key, &error));
    QCOMPARE(error.kind(), Kind::NotFound);
    QVERIFY(!QFile::exists(path(QStringLiteral("nope.db"))));
}

void TestDatabase::newerSchemaIsRefused()
{
    const QString file = path(QStringLiteral("future.db"));
    {
        auto database = test::createDatabase(file, m_key);
        QVERIFY(!database
                     ->execute(
                         QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1))
                     .isError());
        QVERIFY(!database->checkpoint().isError());
    }
    const QByteArray before = test::sha256OfFile(file);
    DatabaseError error;
    QVERIFY(!openDatabase(file, m_key, &error));
    QCOMPARE(error.kind(), Kind::SchemaTooNew);
    QCOMPARE(test::sha256OfFile(file), before);
}

void TestDatabase::migrationsRunTwiceAreHarmless()
{
    const QString file = path(QStringLiteral("twice.db"));
    {
        auto database = test::createDatabase(file, m_key);
        QSqlQuery query(database->connection());
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO department (id, code, name, kind, division_code, updated_at, "
                           "updated_by) VALUES ('d1', '430000999', '测试部门', 'provincial', "
                           "'430000', '2026-01-01T00:00:00Z', 'test')")));
        // The migrator itself, a second time on the same connection: nothing to do.
        const Migrator migrator(Migrator::bundled());
        QVERIFY(!migrator.migrate(database->driver()).isError());
        QCOMPARE(database->schemaVersion(), migrator.latestVersion());
    }
    DatabaseError error;
    auto reopened = openDatabase(file, m_key, &error); // migrate runs again on open
    QVERIFY2(reopened, qPrintable(error.fullText()));
    QSqlQuery query(reopened->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM department")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM division")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 15);
}

void TestDatabase::exclusiveHolderLocksOthersOut()
{
    const QString file = path(QStringLiteral("locked.db"));
    Database::Options exclusive;
    exclusive.exclusive = true;
    auto holder = test::createDatabase(file, m_key, exclusive);
    QVERIFY(holder);

    DatabaseError error;
    QVERIFY(!openDatabase(file, m_key, &error, exclusive));
    QCOMPARE(error.kind(), Kind::Locked);
    QVERIFY(error.detail().contains(QString::number(QCoreApplication::applicationPid())));

    // Shared openers (verify, backup, info) still work while the holder is open.
    QVERIFY(openDatabase(file, m_key, &error));
    holder.reset();
    QVERIFY2(openDatabase(file, m_key, &error, exclusive), qPrintable(error.fullText()));
}

void TestDatabase::aLockFileLeftNamelessByAKilledHolderIsTakenOver()
{
    // tst_rekeycrash once killed a rekey between its creating the lock file and writing its name:
    // the empty file then locked the database out for good.
    const QString file = path(QStringLiteral("nameless.db"));
    test::createDatabase(file, m_key).reset();
    QFile lock(DatabaseFile::lockPath(QFileInfo(file).absoluteFilePath()));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.close();
    Database::Options exclusive;
    exclusive.exclusive = true;
    DatabaseError error;
    auto opened = openDatabase(file, m_key, &error, exclusive);
    QVERIFY2(opened, qPrintable(error.fullText()));
    // The lock is this process's now, and keeps others out as any lock does.
    QVERIFY(!openDatabase(file, m_key, &error, exclusive));
    QCOMPARE(error.kind(), Kind::Locked);
    QVERIFY(error.detail().contains(QString::number(QCoreApplication::applicationPid())));
}

void TestDatabase::readOnlyFolderIsReported()
{
    const QString folder = path(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + QStringLiteral("/x.db");
    test::createDatabase(file, m_key).reset();
    QVERIFY(QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                     QFile::ReadOther | QFile::ExeOther));
    QVERIFY(QFile::setPermissions(folder,
                                  QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadOther | QFile::WriteOther));

    DatabaseError error;
    {
        test::ScopedUnprivilegedUser unprivileged;
        QVERIFY(!openDatabase(file, m_key, &error));
        QCOMPARE(error.kind(), Kind::ReadOnly);
        QVERIFY(!Database::create(folder + QStringLiteral("/new.db"), m_key, {}, &error));
        QCOMPARE(error.kind(), Kind::ReadOnly);
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestDatabase::readOnlyFileIsReported()
{
    const QString folder = path(QStringLiteral("rofile"));
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + QStringLiteral("/x.db");
    test::createDatabase(file, m_key).reset();
    const auto all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                     QFile::WriteOther | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(m_dir->path(), all));
    QVERIFY(QFile::setPermissions(folder, all));
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadOther));
    const QByteArray before = test::sha256OfFile(file);

    DatabaseError error;
    {
        test::ScopedUnprivilegedUser unprivileged;
        QVERIFY(!openDatabase(file, m_key, &error));
    }
    QCOMPARE(error.kind(), Kind::ReadOnly);
    QCOMPARE(test::sha256OfFile(file), before);
}

void TestDatabase::fullDiskDuringCreateLeavesNothing()
{
    test::FaultInjectingVfs vfs;
    vfs.failWritesAfter(4096 * 2); // the schema needs more than two pages
    const QString file = path(QStringLiteral("full.db"));
    DatabaseError error;
    QVERIFY(!Database::create(file, m_key, {}, &error));
    QCOMPARE(error.kind(), Kind::DiskFull);
    QVERIFY(vfs.refusedWrites() > 0);
    QVERIFY(!QFile::exists(file));
    vfs.disarm();
    QVERIFY(test::createDatabase(file, m_key));
}

void TestDatabase::fullDiskDuringWriteRollsBack()
{
    const QString file = path(QStringLiteral("fullwrite.db"));
    test::FaultInjectingVfs vfs; // must exist before the connection opens its files
    auto database = test::createDatabase(file, m_key);
    QSqlDatabase db = database->connection();
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE items (text TEXT)")));

    vfs.failWritesAfter(64 * 1024);
    QVERIFY(db.transaction());
    bool failed = false;
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO items VALUES (?)")));
    for (int i = 0; i < 2000 && !failed; ++i) {
        query.addBindValue(QString(200, QChar(0x6e58))); // 湘
        failed = !query.exec();
    }
    if (!failed)
        failed = !db.commit();
    QVERIFY(failed);
    QCOMPARE(DatabaseError::fromSqlError(failed && query.lastError().isValid() ? query.lastError()
                                                                               : db.lastError())
                 .kind(),
             Kind::DiskFull);
    db.rollback();
    vfs.disarm();

    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM items")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0); // all or nothing
    QVERIFY(DatabaseVerifier::verify(*database).ok());
}

void TestDatabase::pinsCipherSettingsAndWal()
{
    auto database = test::createDatabase(path(QStringLiteral("settings.db")), m_key);
    const CipherSettings settings = database->cipherSettings();
    QCOMPARE(settings.pageSize, 4096);
    QCOMPARE(settings.kdfIterations, 256000);
    QCOMPARE(settings.hmacAlgorithm, QStringLiteral("HMAC_SHA512"));
    QCOMPARE(settings.kdfAlgorithm, QStringLiteral("PBKDF2_HMAC_SHA512"));
    QVERIFY(settings.cipherVersion.startsWith(QStringLiteral("4.14")));
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("PRAGMA cache_size")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), -Database::Options().cacheSizeKiB);
    QVERIFY(
        !query.exec(QStringLiteral("INSERT INTO department (id, code, name, kind, division_code, updated_at, "
                                   "updated_by) VALUES ('x', 'c', 'n', 'provincial', '999999', 't', 'u')")));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("787")); // SQLITE_CONSTRAINT_FOREIGNKEY
}

void TestDatabase::openingWithRawKeySkipsKdf()
{
    // Give SQLCipher a KDF cost that would take minutes (64M PBKDF2 rounds) and open with the key
    // spec Database uses. Finishing in well under that shows the KDF never runs for our keys.
    const QString file = path(QStringLiteral("fast.db"));
    auto database = test::createDatabase(file, m_key);
    const QByteArray keySpec = m_key.sqlcipherKeySpec(database->salt());
    database.reset();

    SqlCipherDriver driver;
    QVERIFY(driver.openFile(file, keySpec, false, false));
    QVERIFY(driver.executeScript(QStringLiteral("PRAGMA kdf_iter = 64000000")));
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(driver.executeScript(QStringLiteral("SELECT count(*) FROM sqlite_schema")),
             qPrintable(driver.lastError().text()));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestDatabase::entityCountsListSyncedTables()
{
    auto database = test::createDatabase(path(QStringLiteral("counts.db")), m_key);
    const QMap<QString, qint64> counts = database->entityCounts();
    QVERIFY(counts.contains(QStringLiteral("department")));
    QVERIFY(!counts.contains(QStringLiteral("meta")));
    QVERIFY(!counts.contains(QStringLiteral("division")));
    QCOMPARE(counts.value(QStringLiteral("department")), 0);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
