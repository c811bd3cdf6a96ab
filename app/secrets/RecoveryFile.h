#pragma once

#include "models/crypto/AeadCipher.h"
#include "models/crypto/PassphraseKdf.h"
#include "models/storage/DatabaseError.h"
#include "models/storage/DatabaseKey.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace xs {

/// The recovery side file "<database>.recovery": the database key wrapped under the recovery
/// passphrase (Argon2id, then AES-256-GCM), plus each key's public check value.
///
/// It is small, holds nothing readable without the passphrase, and sits next to the database,
/// so losing the keychain (a new laptop, a wiped profile) never loses the data. During a rekey it
/// briefly holds two keys, the current and the pending one, so that a crash at any instant leaves
/// a key that opens the file.
class RecoveryFile
{
    Q_DECLARE_TR_FUNCTIONS(xs::RecoveryFile)

public:
    enum class State
    {
        Current,
        Pending,
    };

    struct WrappedKey
    {
        State state = State::Current;
        QByteArray keyCheck;
        PassphraseKdf::Parameters kdf;
        AeadCipher::Sealed sealed;
    };

    enum class LoadStatus
    {
        Ok,
        Missing,
        Damaged,
    };

    static QString pathFor(const QString& databasePath);

    /// Reads path. Damaged covers unreadable JSON, unknown versions and hostile parameters.
    static RecoveryFile load(const QString& path, LoadStatus* status);
    /// Written atomically and durably (temp file, fsync, rename, fsync folder).
    DatabaseError save(const QString& path) const;

    explicit RecoveryFile(QString databaseId = {});

    QString databaseId() const { return m_databaseId; }
    const QList<WrappedKey>& keys() const { return m_keys; }
    QByteArrayList keyChecks() const;
    bool contains(const DatabaseKey& key) const;

    /// Wraps key under passphrase (already normalised) and adds it. Runs Argon2id: slow on purpose.
    void addKey(const DatabaseKey& key, const QByteArray& passphrase, State state);
    /// Every key the passphrase unwraps, current ones first. Empty if it unwraps none.
    QList<DatabaseKey> unwrap(const QByteArray& passphrase) const;
    /// Drops every entry but key's, which becomes current. The key must be present.
    void keepOnly(const DatabaseKey& key);

private:
    QByteArray associatedData(const QByteArray& keyCheck) const;

    QString m_databaseId;
    QList<WrappedKey> m_keys;
};

} // namespace xs
