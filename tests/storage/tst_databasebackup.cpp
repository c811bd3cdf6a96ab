// Verified online backup: write, fsync, verify, rename; and what happens when it cannot finish.
#include "models/storage/Database.h"
#include "models/storage/DatabaseBackup.h"
#include "models/storage/DatabaseFile.h"
#include "models/storage/DatabaseVerifier.h"
#include "tests/support/FaultInjectingVfs.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;
using Kind = DatabaseError::Kind;

namespace {
constexpr int SourceRows = 60000; // about 2.5 MB: several backup steps
}

class TestDatabaseBackup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void backupOpensWithSameKeyAndVerifies();
    void backupWhileAnotherConnectionWrites();
    void copyWithNewKeyOpensOnlyWithNewKey();
    void refusesExistingDestination();
    void cancelLeavesNothing();
    void fullDiskLeavesNothing();
    void reportsProgress();

private:
    void fill(Database& database, int rows);
    qint64 rowCount(const Database& database);
    QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseKey m_key;
    std::unique_ptr<Database> m_source;
};

void TestDatabaseBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_key = DatabaseKey::generate();
    m_source = test::createDatabase(path(QStringLiteral("source.db")), m_key);
    QVERIFY(m_source);
    fill(*m_source, SourceRows);
}

void TestDatabaseBackup::fill(Database& database, int rows)
{
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(
        QStringLiteral("CREATE TABLE IF NOT EXISTS resource (id INTEGER PRIMARY KEY, name TEXT)")));
    QVERIFY(query.exec(
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                       "INSERT INTO resource (name) SELECT printf('公共数据资源-%06d', i) FROM n")
            .arg(rows)));
}

qint64 TestDatabaseBackup::rowCount(const Database& database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM resource")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestDatabaseBackup::backupOpensWithSameKeyAndVerifies()
{
    const QString destination = path(QStringLiteral("backup.db"));
    const DatabaseError error = DatabaseBackup::write(*m_source, destination, m_key);
    QVERIFY2(!error.isError(), qPrintable(error.fullText()));
    QVERIFY(!QFile::exists(DatabaseBackup::partialPath(destination)));
    QVERIFY(!QFile::exists(DatabaseFile::walPath(destination)));

    DatabaseError openError;
    auto copy = Database::open(destination, m_key, {}, &openError);
    QVERIFY2(copy, qPrintable(openError.fullText()));
    QCOMPARE(copy->databaseId(), m_source->databaseId());
    QCOMPARE(rowCount(*copy), SourceRows);
    QVERIFY(DatabaseVerifier::verify(*copy).ok());
    QVERIFY(!test::readFile(destination).contains(QByteArray("公共数据资源")));
}

void TestDatabaseBackup::backupWhileAnotherConnectionWrites()
{
    // A second connection keeps writing during the copy. The backup is a consistent snapshot:
    // it verifies, and holds a whole number of the writer's batches.
    DatabaseError error;
    auto writer = Database::open(m_source->path(), m_key, {}, &error);
    QVERIFY(writer);
    int batches = 0;
    const DatabaseBackup::Progress interfere = [&](qint64, qint64) {
        if (batches < 20) {
            fill(*writer, 100);
            ++batches;
        }
        return true;
    };
    const QString destination = path(QStringLiteral("online.db"));
    error = DatabaseBackup::write(*m_source, destination, m_key, interfere);
    QVERIFY2(!error.isError(), qPrintable(error.fullText()));
    auto copy = Database::open(destination, m_key, {}, &error);
    QVERIFY(copy);
    QVERIFY(DatabaseVerifier::verify(*copy).ok());
    QCOMPARE(rowCount(*copy) % 100, 0);
    QVERIFY(rowCount(*copy) >= SourceRows);
}

void TestDatabaseBackup::copyWithNewKeyOpensOnlyWithNewKey()
{
    const DatabaseKey newKey = DatabaseKey::generate();
    const QString destination = path(QStringLiteral("rekeyed.db"));
    QVERIFY(!DatabaseBackup::write(*m_source, destination, newKey).isError());
    DatabaseError error;
    QVERIFY(!Database::open(destination, m_key, {}, &error));
    QCOMPARE(error.kind(), Kind::WrongKey);
    auto copy = Database::open(destination, newKey, {}, &error);
    QVERIFY2(copy, qPrintable(error.fullText()));
    QCOMPARE(rowCount(*copy), SourceRows);
    QCOMPARE(copy->databaseId(), m_source->databaseId());
}

void TestDatabaseBackup::refusesExistingDestination()
{
    const QString destination = path(QStringLiteral("taken.db"));
    QVERIFY(test::writeFile(destination, "someone else's file"));
    const DatabaseError error = DatabaseBackup::write(*m_source, destination, m_key);
    QCOMPARE(error.kind(), Kind::AlreadyExists);
    QCOMPARE(test::readFile(destination), QByteArray("someone else's file"));
}

void TestDatabaseBackup::cancelLeavesNothing()
{
    const QString destination = path(QStringLiteral("cancelled.db"));
    int calls = 0;
    const DatabaseError error =
        DatabaseBackup::write(*m_source, destination, m_key, [&](qint64, qint64) { return ++calls < 2; });
    QCOMPARE(error.kind(), Kind::Cancelled);
    QVERIFY(!QFile::exists(destination));
    QVERIFY(!QFile::exists(DatabaseBackup::partialPath(destination)));
}

void TestDatabaseBackup::fullDiskLeavesNothing()
{
    m_source.reset();
    test::FaultInjectingVfs vfs;
    DatabaseError error;
    m_source = Database::open(path(QStringLiteral("source.db")), m_key, {}, &error);
    QVERIFY(m_source);
    vfs.failWritesAfter(100 * 1024);
    const QString destination = path(QStringLiteral("full.db"));
    error = DatabaseBackup::write(*m_source, destination, m_key);
    QCOMPARE(error.kind(), Kind::DiskFull);
    QVERIFY(!QFile::exists(destination));
    QVERIFY(!QFile::exists(DatabaseBackup::partialPath(destination)));
    vfs.disarm();
    QCOMPARE(rowCount(*m_source), SourceRows); // the source is untouched
}

void TestDatabaseBackup::reportsProgress()
{
    qint64 lastDone = -1;
    qint64 lastTotal = 0;
    bool monotonic = true;
    const DatabaseError error = DatabaseBackup::write(*m_source, path(QStringLiteral("progress.db")), m_key,
                                                      [&](qint64 done, qint64 total) {
                                                          monotonic = monotonic && done >= lastDone;
                                                          lastDone = done;
                                                          lastTotal = total;
                                                          return true;
                                                      });
    QVERIFY(!error.isError());
    QVERIFY(monotonic);
    QVERIFY(lastTotal > DatabaseBackup::PagesPerStep); // several steps were reported
    QCOMPARE(lastDone, lastTotal);
}

QTEST_GUILESS_MAIN(TestDatabaseBackup)
#include "tst_databasebackup.moc"
