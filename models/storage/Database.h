#pragma once

#include "models/storage/DatabaseError.h"
#include "models/storage/DatabaseKey.h"

#include <QByteArrayList>
#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace xs {

class SqlCipherDriver;

/// The cipher settings a database was opened with, as SQLCipher reports them.
struct CipherSettings
{
    QString cipherVersion;
    QString cipher;
    int pageSize = 0;
    int kdfIterations = 0;
    QString hmacAlgorithm;
    QString kdfAlgorithm;
};

/// One open, keyed, migrated connection to an encrypted Xiangshu database.
///
/// open() reads the file right after keying it, so a wrong key or a damaged file is reported at
/// once and not on some later query. Every connection runs in WAL mode with foreign keys on, a busy
/// timeout and a deliberately sized page cache (see tests/bench/storage_bench for the figures).
class Database
{
public:
    struct Options
    {
        /// Hold <path>.lock while open. The app and rekey need the database to themselves;
        /// read-mostly CLI commands (info, verify, backup) share it.
        bool exclusive = false;
        /// Apply pending migrations. Off only for files that are verified, not used (backups).
        bool migrate = true;
        /// Key check values known for this database (from the recovery file). With them a failed
        /// first read is told apart: if ours is the only one listed, the file is damaged.
        QByteArrayList knownKeyChecks;
        int busyTimeoutMs = 5000;
        /// Page cache per connection. Decrypted pages stay in it, so reads after the first cost
        /// what plain SQLite costs; the storage benchmark shows the effect of this number.
        int cacheSizeKiB = 64 * 1024;
        /// When create() makes the file, from the caller's clock; recorded in meta as created_at
        /// (nothing is recorded when it is not set).
        QDateTime createdAt;
    };

    /// Opens an existing database.
    static std::unique_ptr<Database> open(const QString& path, const DatabaseKey& key, const Options& options,
                                          DatabaseError* error);
    /// Creates a new database with a fresh salt; refuses to overwrite any existing file.
    static std::unique_ptr<Database> create(const QString& path, const DatabaseKey& key,
                                            const Options& options, DatabaseError* error);
    /// An UNENCRYPTED database on the same engine and settings. Only the storage benchmark uses
    /// it, to measure what encryption costs; nothing in the app can reach it.
    static std::unique_ptr<Database>
    openPlaintextBaselineForBenchmark(const QString& path, const Options& options, DatabaseError* error);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    SqlCipherDriver& driver() const { return *m_driver; }
    QString path() const { return m_path; }
    /// Hex of the file's salt; stable across backups and rekeys.
    QString databaseId() const { return m_databaseId; }
    QByteArray salt() const { return m_salt; }
    const DatabaseKey& key() const { return m_key; }

    int schemaVersion() const;
    static int latestSchemaVersion();
    CipherSettings cipherSettings() const;
    static QString sqliteVersion();

    /// Non-deleted rows per synced entity table (tables with id, version and deleted columns).
    QMap<QString, qint64> entityCounts() const;

    /// Moves the WAL into the main file and truncates it, so the main file alone is complete.
    DatabaseError checkpoint();

    /// The cipher settings every connection pins before its first read, as PRAGMA statements.
    static QStringList cipherPragmas();

    /// Hands the exclusive lock to the caller, so it outlives this connection. Rekey needs this:
    /// it closes the database, swaps the file, and only then lets others in.
    std::unique_ptr<QLockFile> releaseLock() { return std::move(m_lock); }

    /// Runs a single statement that returns nothing; for pragmas and maintenance.
    DatabaseError execute(const QString& sql);

private:
    Database() = default;
    static std::unique_ptr<Database> openImpl(const QString& path, const DatabaseKey& key,
                                              const QByteArray& salt, bool create, bool encrypted,
                                              const Options& options, DatabaseError* error);
    DatabaseError applyCipherSettings();
    DatabaseError configureConnection(const Options& options);
    DatabaseError readFirstPage(const Options& options, bool encrypted);
    DatabaseError recordCreation(const QDateTime& createdAt);
    DatabaseError refreshCollationKeys();

    QString m_path;
    QString m_connectionName;
    QString m_databaseId;
    QByteArray m_salt;
    DatabaseKey m_key;
    SqlCipherDriver* m_driver = nullptr; // owned by the QSqlDatabase connection
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace xs
