#pragma once

#include "app/secrets/DatabaseUnlock.h"
#include "app/secrets/KeyReconciler.h"
#include "app/secrets/KeyStore.h"
#include "app/secrets/UnlockError.h"
#include "models/common/Clock.h"

#include <QObject>
#include <QString>

#include <memory>

namespace xs {

class Database;

/// The app's way into its database, without ever blocking the GUI thread.
///
/// Keychain first (retried once after a short delay when no keychain service is up yet, as
/// happens right after login), including a pending key left by an interrupted rekey; then the
/// recovery passphrase, unwrapped on a worker thread because Argon2id takes about a second.
/// A missing database file asks for creation instead. The widgets that ask the user live in ui/.
class UnlockController : public QObject
{
    Q_OBJECT

public:
    /// clock: when a new database is created (it must outlive the controller).
    UnlockController(KeyStore& keychain, const Clock& clock, QString databasePath, QObject* parent = nullptr);
    ~UnlockController() override;

    QString databasePath() const { return m_databasePath; }
    bool isBusy() const { return m_busy; }

    /// Milliseconds to wait before the one retry of an unavailable keychain.
    void setKeychainRetryDelay(int milliseconds) { m_retryDelayMs = milliseconds; }

    void start();
    void submitPassphrase(const QString& passphrase, bool rememberKey);
    void createDatabase(const QString& passphrase);

    /// The database, once unlocked() has been emitted.
    std::unique_ptr<Database> takeDatabase();

signals:
    void creationNeeded();
    /// The keychain could not help; reason says why (shown above the passphrase field).
    void passphraseNeeded(const xs::UnlockError& reason);
    /// The passphrase did not unlock (wrong, or the recovery file is missing or damaged).
    void passphraseRejected(const xs::UnlockError& error);
    void busyChanged(bool busy);
    void unlocked();
    /// The database cannot be used (damaged, newer schema, locked, read-only): nothing to retry.
    void failed(const xs::UnlockError& error);
    /// Unlocked, but the keychain could not be updated; the passphrase keeps working.
    void keychainWarning(const QString& message);

private:
    void readKeychain(bool isRetry);
    void onCurrentKey(const KeyStore::Result& result, bool isRetry);
    void onPendingKey(const KeyStore::Result& result, const UnlockError& currentProblem);
    /// Opens with a key from the keychain. True when that settled it (unlocked, or failed for a
    /// reason no other key can cure); false, with the error, when the key was wrong.
    bool tryKeychainKey(const QByteArray& secret, KeyReconciler::KeySource source, UnlockError* wrongKey);
    void accept(DatabaseUnlock::Outcome outcome, KeyReconciler::KeySource source, bool rememberKey);
    void setBusy(bool busy);
    QString databaseId() const;

    KeyStore& m_keychain;
    const Clock& m_clock;
    QString m_databasePath;
    std::unique_ptr<Database> m_database;
    int m_retryDelayMs = 1500;
    bool m_busy = false;
    std::shared_ptr<bool> m_alive; // lets callbacks from the keychain notice that we are gone
};

} // namespace xs
