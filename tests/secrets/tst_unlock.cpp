// Unlocking, creating and rekeying, against a real GNOME Keyring (see with-keyring.sh).
#include "app/UnlockController.h"
#include "app/secrets/BlockingKeyStore.h"
#include "app/secrets/DatabaseCreator.h"
#include "app/secrets/DatabaseUnlock.h"
#include "app/secrets/KeyReconciler.h"
#include "app/secrets/QtKeychainStore.h"
#include "app/secrets/RecoveryCode.h"
#include "app/secrets/RecoveryFile.h"
#include "app/secrets/RekeyService.h"
#include "models/common/Clock.h"
#include "models/storage/DatabaseBackup.h"
#include "models/storage/DatabaseFile.h"
#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
// What every change here is stamped with: these tests hold on any date.
xs::ManualClock TestClock(xs::ManualClock::chinaMorning(QDate(2026, 6, 15)));
} // namespace

using namespace xs;

namespace {

const QString Passphrase = QStringLiteral("洞庭湖畔的恢复口令 2026");

/// Fault injection around the real keychain: the first reads answer "no service", as a Secret
/// Service that is still starting after login does.
class SlowToStartKeyStore final : public KeyStore
{
public:
    SlowToStartKeyStore(KeyStore& real, int failures)
        : m_real(real)
        , m_failuresLeft(failures)
    {}
    void read(const QString& account, Callback done) override
    {
        if (m_failuresLeft > 0) {
            --m_failuresLeft;
            ++reads;
            done({Status::NoService, {}, QStringLiteral("injected: no service yet")});
            return;
        }
        ++reads;
        m_real.read(account, std::move(done));
    }
    void write(const QString& account, const QByteArray& secret, Callback done) override
    {
        m_real.write(account, secret, std::move(done));
    }
    void remove(const QString& account, Callback done) override { m_real.remove(account, std::move(done)); }
    int reads = 0;

private:
    KeyStore& m_real;
    int m_failuresLeft;
};

qint64 departmentCount(const Database& database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM department")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestUnlock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void creatorWritesDatabaseAndRecoveryFile();
    void creatorRefusesExistingFiles();
    void passphraseOpensWithoutKeychain();
    void wrongPassphraseAndMissingRecoveryFileAreTold();
    void controllerUsesKeychainFirst();
    void controllerAsksForPassphraseWhenEntryIsGone();
    void rememberedKeyIsUsedNextTime();
    void controllerRetriesAnUnavailableKeychainOnce();
    void controllerReportsDamage();
    void controllerOffersCreationForMissingFile();
    void rekeyReplacesTheKeyEverywhere();
    void interruptedRekeyBeforeSwapRollsBack();
    void interruptedRekeyAfterSwapIsFinished();

private:
    QString createDatabase(const QString& name);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QtKeychainStore> m_keychain;
};

void TestUnlock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_keychain = std::make_unique<QtKeychainStore>();
}

void TestUnlock::cleanup()
{
    m_keychain.reset();
}

QString TestUnlock::createDatabase(const QString& name)
{
    const QString path = m_dir->filePath(name);
    DatabaseCreator::Result created = DatabaseCreator::create(path, Passphrase, true);
    if (created.error.isError() || !created.database)
        return {};
    QSqlQuery query(created.database->connection());
    query.exec(
        QStringLiteral("INSERT INTO department (id, code, name, kind, division_code, updated_at, updated_by) "
                       "VALUES ('d1', '430000001', '湖南省数据局', 'provincial', '430000', 't', 'u')"));
    BlockingKeyStore::write(*m_keychain, KeyStore::currentAccount(created.databaseId), created.key.bytes());
    return path;
}

void TestUnlock::creatorWritesDatabaseAndRecoveryFile()
{
    const QString path = m_dir->filePath(QStringLiteral("new.db"));
    const DatabaseCreator::Result created = DatabaseCreator::create(path, Passphrase, false);
    QVERIFY2(!created.error.isError(), qPrintable(created.error.fullText()));
    QVERIFY(QFile::exists(path));
    QVERIFY(QFile::exists(RecoveryFile::pathFor(path)));
    QVERIFY(!QFile::exists(path + QStringLiteral(".creating")));
    QCOMPARE(DatabaseFile::idFromSalt(DatabaseFile::probe(path).salt), created.databaseId);
    DatabaseError error;
    QVERIFY(Database::open(path, created.key, {}, &error));
}

void TestUnlock::creatorRefusesExistingFiles()
{
    const QString path = m_dir->filePath(QStringLiteral("taken.db"));
    QVERIFY(test::writeFile(RecoveryFile::pathFor(path), "someone's recovery file"));
    const DatabaseCreator::Result created = DatabaseCreator::create(path, Passphrase, false);
    QCOMPARE(created.error.kind(), DatabaseError::Kind::AlreadyExists);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(test::readFile(RecoveryFile::pathFor(path)), QByteArray("someone's recovery file"));
}

void TestUnlock::passphraseOpensWithoutKeychain()
{
    const QString path = createDatabase(QStringLiteral("p.db"));
    QVERIFY(!path.isEmpty());
    DatabaseUnlock::Outcome outcome = DatabaseUnlock::openWithPassphrase(path, Passphrase, {});
    QVERIFY2(outcome.database, qPrintable(outcome.error.message()));
    QCOMPARE(departmentCount(*outcome.database), 1);
}

void TestUnlock::wrongPassphraseAndMissingRecoveryFileAreTold()
{
    const QString path = createDatabase(QStringLiteral("w.db"));
    DatabaseUnlock::Outcome outcome =
        DatabaseUnlock::openWithPassphrase(path, QStringLiteral("not the passphrase"), {});
    QVERIFY(!outcome.database);
    QCOMPARE(outcome.error.kind(), UnlockError::Kind::WrongPassphrase);
    QVERIFY(outcome.error.isWrongKey());

    QVERIFY(QFile::rename(RecoveryFile::pathFor(path), path + QStringLiteral(".moved")));
    outcome = DatabaseUnlock::openWithPassphrase(path, Passphrase, {});
    QCOMPARE(outcome.error.kind(), UnlockError::Kind::RecoveryFileMissing);
    QVERIFY(outcome.error.message().contains(RecoveryFile::pathFor(path)));
}

void TestUnlock::controllerUsesKeychainFirst()
{
    const QString path = createDatabase(QStringLiteral("k.db"));
    UnlockController controller(*m_keychain, TestClock, path);
    QSignalSpy unlocked(&controller, &UnlockController::unlocked);
    QSignalSpy asked(&controller, &UnlockController::passphraseNeeded);
    controller.start();
    QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 10000);
    QCOMPARE(asked.count(), 0);
    const std::unique_ptr<Database> database = controller.takeDatabase();
    QCOMPARE(departmentCount(*database), 1);
}

void TestUnlock::controllerAsksForPassphraseWhenEntryIsGone()
{
    const QString path = createDatabase(QStringLiteral("gone.db"));
    const QString id = DatabaseFile::idFromSalt(DatabaseFile::probe(path).salt);
    QVERIFY(BlockingKeyStore::remove(*m_keychain, KeyStore::currentAccount(id)).ok());

    UnlockController controller(*m_keychain, TestClock, path);
    QSignalSpy asked(&controller, &UnlockController::passphraseNeeded);
    QSignalSpy rejected(&controller, &UnlockController::passphraseRejected);
    QSignalSpy unlocked(&controller, &UnlockController::unlocked);
    controller.start();
    QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 10000);
    const auto reason = asked.at(0).at(0).value<UnlockError>();
    QCOMPARE(reason.keychainStatus(), KeyStore::Status::NotFound);

    controller.submitPassphrase(QStringLiteral("wrong passphrase"), true);
    QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, 20000);
    QCOMPARE(rejected.at(0).at(0).value<UnlockError>().kind(), UnlockError::Kind::WrongPassphrase);

    controller.submitPassphrase(Passphrase, false);
    QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 20000);
    QCOMPARE(departmentCount(*controller.takeDatabase()), 1);
    // Not remembered: the keychain still has nothing.
    QTest::qWait(300);
    QCOMPARE(BlockingKeyStore::read(*m_keychain, KeyStore::currentAccount(id)).status,
             KeyStore::Status::NotFound);
}

void TestUnlock::rememberedKeyIsUsedNextTime()
{
    const QString path = createDatabase(QStringLiteral("remember.db"));
    const QString id = DatabaseFile::idFromSalt(DatabaseFile::probe(path).salt);
    QVERIFY(BlockingKeyStore::remove(*m_keychain, KeyStore::currentAccount(id)).ok());
    {
        UnlockController controller(*m_keychain, TestClock, path);
        QSignalSpy asked(&controller, &UnlockController::passphraseNeeded);
        QSignalSpy unlocked(&controller, &UnlockController::unlocked);
        controller.start();
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 10000);
        controller.submitPassphrase(Passphrase, true);
        QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 20000);
        controller.takeDatabase().reset();
        QTRY_COMPARE_WITH_TIMEOUT(BlockingKeyStore::read(*m_keychain, KeyStore::currentAccount(id)).status,
                                  KeyStore::Status::Ok, 10000);
    }
    UnlockController again(*m_keychain, TestClock, path);
    QSignalSpy asked(&again, &UnlockController::passphraseNeeded);
    QSignalSpy unlocked(&again, &UnlockController::unlocked);
    again.start();
    QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 10000);
    QCOMPARE(asked.count(), 0);
}

void TestUnlock::controllerRetriesAnUnavailableKeychainOnce()
{
    const QString path = createDatabase(QStringLiteral("retry.db"));
    {
        SlowToStartKeyStore slow(*m_keychain, 1);
        UnlockController controller(slow, TestClock, path);
        controller.setKeychainRetryDelay(50);
        QSignalSpy unlocked(&controller, &UnlockController::unlocked);
        controller.start();
        QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 10000);
        QCOMPARE(slow.reads, 2);
    }
    SlowToStartKeyStore down(*m_keychain, 5);
    UnlockController controller(down, TestClock, path);
    controller.setKeychainRetryDelay(50);
    QSignalSpy asked(&controller, &UnlockController::passphraseNeeded);
    controller.start();
    QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 10000);
    QCOMPARE(down.reads, 2); // one retry, not a loop
    QCOMPARE(asked.at(0).at(0).value<UnlockError>().keychainStatus(), KeyStore::Status::NoService);
}

void TestUnlock::controllerReportsDamage()
{
    const QString path = createDatabase(QStringLiteral("damaged.db"));
    QVERIFY(test::overwriteBytes(path, 200, QByteArray(100, '\x11')));
    UnlockController controller(*m_keychain, TestClock, path);
    QSignalSpy failed(&controller, &UnlockController::failed);
    QSignalSpy asked(&controller, &UnlockController::passphraseNeeded);
    controller.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    const auto error = failed.at(0).at(0).value<UnlockError>();
    QCOMPARE(error.databaseError().kind(), DatabaseError::Kind::Corrupt); // the recovery file knows the key
    QCOMPARE(asked.count(), 0);
}

void TestUnlock::controllerOffersCreationForMissingFile()
{
    const QString path = m_dir->filePath(QStringLiteral("first-run/xiangshu.db"));
    UnlockController controller(*m_keychain, TestClock, path);
    QSignalSpy creation(&controller, &UnlockController::creationNeeded);
    QSignalSpy unlocked(&controller, &UnlockController::unlocked);
    controller.start();
    QCOMPARE(creation.count(), 1);
    const QString code = RecoveryCode::generate();
    controller.createDatabase(code);
    QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 20000);
    const std::unique_ptr<Database> database = controller.takeDatabase();
    QVERIFY(database);
    const QString id = database->databaseId();
    QTRY_COMPARE_WITH_TIMEOUT(BlockingKeyStore::read(*m_keychain, KeyStore::currentAccount(id)).status,
                              KeyStore::Status::Ok, 10000);
    RecoveryFile::LoadStatus status = RecoveryFile::LoadStatus::Missing;
    const RecoveryFile recovery = RecoveryFile::load(RecoveryFile::pathFor(path), &status);
    QCOMPARE(status, RecoveryFile::LoadStatus::Ok);
    QCOMPARE(recovery.keyChecks(), QByteArrayList{database->key().checkValue()});
}

void TestUnlock::rekeyReplacesTheKeyEverywhere()
{
    const QString path = createDatabase(QStringLiteral("rekey.db"));
    Database::Options exclusive;
    exclusive.exclusive = true;
    DatabaseUnlock::Outcome opened = DatabaseUnlock::openWithPassphrase(path, Passphrase, exclusive);
    QVERIFY(opened.database);
    const DatabaseKey oldKey = opened.key;
    const QString id = opened.database->databaseId();

    RekeyService service(*m_keychain);
    const RekeyService::Result result =
        service.rekey(std::move(opened.database), RecoveryCode::normalise(Passphrase));
    QVERIFY2(!result.error.isError(), qPrintable(result.error.fullText()));
    QVERIFY(result.keychainWarning.isEmpty());
    QVERIFY(!(result.newKey == oldKey));

    DatabaseError error;
    QVERIFY(!Database::open(path, oldKey, {}, &error));
    QCOMPARE(error.kind(), DatabaseError::Kind::WrongKey);
    auto reopened = Database::open(path, result.newKey, {}, &error);
    QVERIFY(reopened);
    QCOMPARE(departmentCount(*reopened), 1);
    QCOMPARE(reopened->databaseId(), id);
    reopened.reset();

    QCOMPARE(BlockingKeyStore::read(*m_keychain, KeyStore::currentAccount(id)).secret, result.newKey.bytes());
    QCOMPARE(BlockingKeyStore::read(*m_keychain, KeyStore::pendingAccount(id)).status,
             KeyStore::Status::NotFound);
    RecoveryFile::LoadStatus status = RecoveryFile::LoadStatus::Missing;
    const RecoveryFile recovery = RecoveryFile::load(RecoveryFile::pathFor(path), &status);
    QCOMPARE(recovery.keys().size(), 1);
    QVERIFY(DatabaseUnlock::openWithPassphrase(path, Passphrase, {}).key == result.newKey);
    QVERIFY(!QFile::exists(KeyReconciler::rekeyCopyPath(path)));
}

void TestUnlock::interruptedRekeyBeforeSwapRollsBack()
{
    // State left by a crash after the pending key was recorded and the copy half written.
    const QString path = createDatabase(QStringLiteral("before.db"));
    const QString id = DatabaseFile::idFromSalt(DatabaseFile::probe(path).salt);
    DatabaseUnlock::Outcome opened = DatabaseUnlock::openWithPassphrase(path, Passphrase, {});
    const DatabaseKey oldKey = opened.key;
    const DatabaseKey pendingKey = DatabaseKey::generate();
    QVERIFY(
        !DatabaseBackup::write(*opened.database, KeyReconciler::rekeyCopyPath(path), pendingKey).isError());
    opened.database.reset();
    RecoveryFile::LoadStatus status = RecoveryFile::LoadStatus::Missing;
    RecoveryFile recovery = RecoveryFile::load(RecoveryFile::pathFor(path), &status);
    recovery.addKey(pendingKey, RecoveryCode::normalise(Passphrase), RecoveryFile::State::Pending);
    QVERIFY(!recovery.save(RecoveryFile::pathFor(path)).isError());
    QVERIFY(BlockingKeyStore::write(*m_keychain, KeyStore::pendingAccount(id), pendingKey.bytes()).ok());

    UnlockController controller(*m_keychain, TestClock, path);
    QSignalSpy unlocked(&controller, &UnlockController::unlocked);
    controller.start();
    QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 10000);
    const std::unique_ptr<Database> database = controller.takeDatabase();
    QVERIFY(database->key() == oldKey);
    QVERIFY(!QFile::exists(KeyReconciler::rekeyCopyPath(path)));
    QCOMPARE(RecoveryFile::load(RecoveryFile::pathFor(path), &status).keys().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(BlockingKeyStore::read(*m_keychain, KeyStore::pendingAccount(id)).status,
                              KeyStore::Status::NotFound, 10000);
}

void TestUnlock::interruptedRekeyAfterSwapIsFinished()
{
    // State left by a crash right after the rename: the file has the new key, the keychain's
    // current entry the old one, the pending entry the new one.
    const QString path = createDatabase(QStringLiteral("after.db"));
    const QString id = DatabaseFile::idFromSalt(DatabaseFile::probe(path).salt);
    DatabaseUnlock::Outcome opened = DatabaseUnlock::openWithPassphrase(path, Passphrase, {});
    const DatabaseKey newKey = DatabaseKey::generate();
    const QString copy = KeyReconciler::rekeyCopyPath(path);
    QVERIFY(!DatabaseBackup::write(*opened.database, copy, newKey).isError());
    opened.database.reset();
    RecoveryFile::LoadStatus status = RecoveryFile::LoadStatus::Missing;
    RecoveryFile recovery = RecoveryFile::load(RecoveryFile::pathFor(path), &status);
    recovery.addKey(newKey, RecoveryCode::normalise(Passphrase), RecoveryFile::State::Pending);
    QVERIFY(!recovery.save(RecoveryFile::pathFor(path)).isError());
    QVERIFY(BlockingKeyStore::write(*m_keychain, KeyStore::pendingAccount(id), newKey.bytes()).ok());
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::rename(copy, path));

    UnlockController controller(*m_keychain, TestClock, path);
    QSignalSpy unlocked(&controller, &UnlockController::unlocked);
    QSignalSpy asked(&controller, &UnlockController::passphraseNeeded);
    controller.start();
    QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 10000);
    QCOMPARE(asked.count(), 0);
    const std::unique_ptr<Database> database = controller.takeDatabase();
    QVERIFY(database->key() == newKey);
    QCOMPARE(departmentCount(*database), 1);
    QTRY_COMPARE_WITH_TIMEOUT(BlockingKeyStore::read(*m_keychain, KeyStore::currentAccount(id)).secret,
                              newKey.bytes(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(BlockingKeyStore::read(*m_keychain, KeyStore::pendingAccount(id)).status,
                              KeyStore::Status::NotFound, 10000);
    const RecoveryFile after = RecoveryFile::load(RecoveryFile::pathFor(path), &status);
    QCOMPARE(after.keys().size(), 1);
    QCOMPARE(after.keyChecks().constFirst(), newKey.checkValue());
}

QTEST_GUILESS_MAIN(TestUnlock)
#include "tst_unlock.moc"
