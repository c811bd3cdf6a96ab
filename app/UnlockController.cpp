#include "app/UnlockController.h"

#include "app/secrets/DatabaseCreator.h"
#include "app/secrets/RecoveryCode.h"
#include "app/secrets/RecoveryFile.h"
#include "models/common/Logging.h"
#include "models/storage/Database.h"
#include "models/storage/DatabaseFile.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

namespace xs {

namespace {

struct UnwrapResult
{
    QList<DatabaseKey> keys;
    QByteArrayList keyChecks;
    UnlockError error;
};

/// The slow part of a passphrase unlock, safe off the GUI thread (no database connection).
UnwrapResult unwrapRecoveryFile(const QString& databasePath, const QString& passphrase)
{
    UnwrapResult result;
    const QString recoveryPath = RecoveryFile::pathFor(databasePath);
    RecoveryFile::LoadStatus status = RecoveryFile::LoadStatus::Missing;
    const RecoveryFile recovery = RecoveryFile::load(recoveryPath, &status);
    if (status == RecoveryFile::LoadStatus::Missing)
        result.error = UnlockError(UnlockError::Kind::RecoveryFileMissing, recoveryPath);
    else if (status == RecoveryFile::LoadStatus::Damaged)
        result.error = UnlockError(UnlockError::Kind::RecoveryFileDamaged, recoveryPath);
    else if ((result.keys = recovery.unwrap(RecoveryCode::normalise(passphrase))).isEmpty())
        result.error = UnlockError(UnlockError::Kind::WrongPassphrase);
    result.keyChecks = recovery.keyChecks();
    return result;
}

Database::Options appOptions()
{
    Database::Options options;
    options.exclusive = true; // one window per database; rekey waits for it to close
    return options;
}

} // namespace

UnlockController::UnlockController(KeyStore& keychain, const Clock& clock, QString databasePath,
                                   QObject* parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_clock(clock)
    , m_databasePath(std::move(databasePath))
    , m_alive(std::make_shared<bool>(true))
{
    // What was tried and how it ended; never a key or a passphrase.
    connect(this, &UnlockController::failed, this,
            [](const UnlockError& error) { qCWarning(lcKeys) << "unlock failed:" << error.code(); });
    connect(this, &UnlockController::passphraseRejected, this,
            [](const UnlockError& error) { qCInfo(lcKeys) << "passphrase not accepted:" << error.code(); });
    connect(this, &UnlockController::keychainWarning, this,
            [](const QString& message) { qCWarning(lcKeys) << "keychain:" << message; });
}

UnlockController::~UnlockController() = default;

std::unique_ptr<Database> UnlockController::takeDatabase()
{
    return std::move(m_database);
}

QString UnlockController::databaseId() const
{
    return DatabaseFile::idFromSalt(DatabaseFile::probe(m_databasePath).salt);
}

void UnlockController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void UnlockController::start()
{
    const DatabaseFile::Probe probe = DatabaseFile::probe(m_databasePath);
    if (probe.shape == DatabaseFile::Shape::Missing) {
        emit creationNeeded();
        return;
    }
    if (probe.shape != DatabaseFile::Shape::Encrypted) {
        // No key opens an empty, plain or truncated file; say what is wrong with it.
        DatabaseError error;
        Database::open(m_databasePath, DatabaseKey::generate(), appOptions(), &error);
        emit failed(UnlockError::database(error));
        return;
    }
    readKeychain(false);
}

void UnlockController::readKeychain(bool isRetry)
{
    setBusy(true);
    std::weak_ptr<bool> alive = m_alive;
    m_keychain.read(KeyStore::currentAccount(databaseId()),
                    [this, alive, isRetry](const KeyStore::Result& result) {
                        if (alive.lock())
                            onCurrentKey(result, isRetry);
                    });
}

void UnlockController::onCurrentKey(const KeyStore::Result& result, bool isRetry)
{
    if (result.status == KeyStore::Status::NoService && !isRetry) {
        // The Secret Service may still be starting with the session: one retry, then ask.
        QTimer::singleShot(m_retryDelayMs, this, [this] { readKeychain(true); });
        return;
    }
    UnlockError problem = UnlockError::keychain(result.status, result.detail);
    if (result.ok()) {
        if (tryKeychainKey(result.secret, KeyReconciler::KeySource::KeychainCurrent, &problem))
            return;
    } else if (result.status != KeyStore::Status::NotFound) {
        setBusy(false);
        emit passphraseNeeded(problem);
        return;
    }
    std::weak_ptr<bool> alive = m_alive;
    m_keychain.read(KeyStore::pendingAccount(databaseId()),
                    [this, alive, problem](const KeyStore::Result& pending) {
                        if (alive.lock())
                            onPendingKey(pending, problem);
                    });
}

void UnlockController::onPendingKey(const KeyStore::Result& result, const UnlockError& currentProblem)
{
    UnlockError pendingProblem;
    if (result.ok() &&
        tryKeychainKey(result.secret, KeyReconciler::KeySource::KeychainPending, &pendingProblem))
        return;
    setBusy(false);
    emit passphraseNeeded(currentProblem);
}

bool UnlockController::tryKeychainKey(const QByteArray& secret, KeyReconciler::KeySource source,
                                      UnlockError* wrongKey)
{
    DatabaseUnlock::Outcome outcome =
        DatabaseUnlock::openWithKeys(m_databasePath, {DatabaseKey::fromBytes(secret)}, appOptions());
    if (outcome.database) {
        accept(std::move(outcome), source, false);
        return true;
    }
    if (!outcome.error.isWrongKey()) {
        setBusy(false);
        emit failed(outcome.error);
        return true;
    }
    *wrongKey = outcome.error;
    return false;
}

void UnlockController::submitPassphrase(const QString& passphrase, bool rememberKey)
{
    if (m_busy)
        return;
    setBusy(true);
    auto* watcher = new QFutureWatcher<UnwrapResult>(this);
    connect(watcher, &QFutureWatcher<UnwrapResult>::finished, this, [this, watcher, rememberKey] {
        watcher->deleteLater();
        const UnwrapResult unwrapped = watcher->result();
        if (unwrapped.error.isError()) {
            setBusy(false);
            emit passphraseRejected(unwrapped.error);
            return;
        }
        Database::Options options = appOptions();
        options.knownKeyChecks = unwrapped.keyChecks;
        DatabaseUnlock::Outcome outcome =
            DatabaseUnlock::openWithKeys(m_databasePath, unwrapped.keys, options);
        if (!outcome.database) {
            setBusy(false);
            emit failed(outcome.error);
            return;
        }
        accept(std::move(outcome), KeyReconciler::KeySource::Passphrase, rememberKey);
    });
    watcher->setFuture(QtConcurrent::run(unwrapRecoveryFile, m_databasePath, passphrase));
}

void UnlockController::createDatabase(const QString& passphrase)
{
    if (m_busy)
        return;
    setBusy(true);
    auto* watcher = new QFutureWatcher<DatabaseCreator::Result>(this);
    connect(watcher, &QFutureWatcher<DatabaseCreator::Result>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const DatabaseCreator::Result created = watcher->future().takeResult();
        if (created.error.isError()) {
            setBusy(false);
            emit failed(UnlockError::database(created.error));
            return;
        }
        DatabaseUnlock::Outcome outcome =
            DatabaseUnlock::openWithKeys(m_databasePath, {created.key}, appOptions());
        if (!outcome.database) {
            setBusy(false);
            emit failed(outcome.error);
            return;
        }
        accept(std::move(outcome), KeyReconciler::KeySource::Passphrase, true);
    });
    // Argon2id and the first write both run on the worker; the connection is opened here after.
    watcher->setFuture(QtConcurrent::run([path = m_databasePath, passphrase, createdAt = m_clock.now()] {
        Database::Options options;
        options.createdAt = createdAt;
        return DatabaseCreator::create(path, passphrase, false, options);
    }));
}

void UnlockController::accept(DatabaseUnlock::Outcome outcome, KeyReconciler::KeySource source,
                              bool rememberKey)
{
    m_database = std::move(outcome.database);
    qCInfo(lcKeys) << "unlocked with"
                   << (source == KeyReconciler::KeySource::Passphrase        ? "the recovery passphrase"
                       : source == KeyReconciler::KeySource::KeychainPending ? "the keychain's pending key"
                                                                             : "the keychain's key");
    const KeyReconciler::KeychainActions actions = KeyReconciler::reconcile(*m_database, source, rememberKey);
    const QString id = m_database->databaseId();
    std::weak_ptr<bool> alive = m_alive;
    if (actions.storeAsCurrent) {
        // The pending entry goes only once the current one is stored: until then it may be the
        // only keychain entry that opens the file.
        KeyStore& keychain = m_keychain;
        const bool removePending = actions.removePending;
        m_keychain.write(KeyStore::currentAccount(id), actions.storeAsCurrent->bytes(),
                         [this, alive, &keychain, id, removePending](const KeyStore::Result& result) {
                             if (!alive.lock())
                                 return;
                             if (!result.ok())
                                 emit keychainWarning(KeyStore::describe(result.status));
                             else if (removePending)
                                 keychain.remove(KeyStore::pendingAccount(id), {});
                         });
    } else if (actions.removePending) {
        m_keychain.remove(KeyStore::pendingAccount(id), {});
    }
    setBusy(false);
    emit unlocked();
}

} // namespace xs
