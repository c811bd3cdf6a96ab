#include "models/storage/Database.h"

#include "models/common/Logging.h"
#include "models/storage/DatabaseFile.h"
#include "models/storage/Migrator.h"
#include "models/storage/SqlCipherDriver.h"
#include "models/storage/SqlCipherValues.h"
#include "models/storage/Transaction.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace xs {

namespace {

// SQLCipher 4's defaults, pinned so that a future library default can never change how our files
// are read. Raw keys skip the KDF, but the settings still decide the page format and HMAC.
constexpr int CipherPageSize = 4096;
constexpr int CipherKdfIterations = 256000;
constexpr char CipherHmac[] = "HMAC_SHA512";
constexpr char CipherKdf[] = "PBKDF2_HMAC_SHA512";
// How long a lock file may stay nameless before its holder is taken for dead (takeOverUnfinishedLock).
constexpr unsigned long UnfinishedLockPauseMs = 200;

QString newConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("xs-db-%1").arg(++counter);
}

DatabaseError writableCheck(const QString& path, bool fileMustBeWritable)
{
    const QString directory = QFileInfo(path).absolutePath();
    if (::faccessat(AT_FDCWD, QFile::encodeName(directory).constData(), W_OK, AT_EACCESS) != 0)
        return DatabaseError::fromErrno(errno, QStringLiteral("folder %1 is not writable").arg(directory));
    if (fileMustBeWritable &&
        ::faccessat(AT_FDCWD, QFile::encodeName(path).constData(), W_OK, AT_EACCESS) != 0)
        return DatabaseError::fromErrno(errno, QStringLiteral("%1 is not writable").arg(path));
    return {};
}

DatabaseError probeError(const DatabaseFile::Probe& probe, const QString& path)
{
    switch (probe.shape) {
    case DatabaseFile::Shape::Missing:
        return DatabaseError(DatabaseError::Kind::NotFound, path);
    case DatabaseFile::Shape::Unreadable:
        return DatabaseError(DatabaseError::Kind::Io, QStringLiteral("%1 cannot be read").arg(path));
    case DatabaseFile::Shape::Empty:
        return DatabaseError(DatabaseError::Kind::Corrupt, QStringLiteral("%1 is empty").arg(path));
    case DatabaseFile::Shape::TooShort:
        return DatabaseError(DatabaseError::Kind::Corrupt,
                             QStringLiteral("%1 is shorter than one page").arg(path));
    case DatabaseFile::Shape::PlainSqlite:
        return DatabaseError(
            DatabaseError::Kind::Corrupt,
            QStringLiteral("%1 is an unencrypted SQLite file, not a Xiangshu database").arg(path));
    case DatabaseFile::Shape::Encrypted:
        break;
    }
    return {};
}

} // namespace

std::unique_ptr<Database> Database::open(const QString& path, const DatabaseKey& key, const Options& options,
                                         DatabaseError* error)
{
    const DatabaseFile::Probe probe = DatabaseFile::probe(path);
    if (DatabaseError failure = probeError(probe, path); failure.isError()) {
        *error = failure;
        return nullptr;
    }
    return openImpl(path, key, probe.salt, false, true, options, error);
}

std::unique_ptr<Database> Database::create(const QString& path, const DatabaseKey& key,
                                           const Options& options, DatabaseError* error)
{
    if (QFileInfo::exists(path)) {
        *error = DatabaseError(DatabaseError::Kind::AlreadyExists, path);
        return nullptr;
    }
    std::unique_ptr<Database> database =
        openImpl(path, key, DatabaseFile::newSalt(), true, true, options, error);
    if (!database) {
        // Leave nothing half-made behind: the path was free when we started.
        QFile::remove(path);
        QFile::remove(DatabaseFile::walPath(path));
        QFile::remove(DatabaseFile::shmPath(path));
    }
    return database;
}

std::unique_ptr<Database>
Database::openPlaintextBaselineForBenchmark(const QString& path, const Options& options, DatabaseError* error)
{
    return openImpl(path, DatabaseKey(), QByteArray(), !QFileInfo::exists(path), false, options, error);
}

namespace {

/// A holder killed between creating the lock file and writing who it is leaves an empty file, and
/// with no stale time QLockFile never deems it stale: the database would stay locked for good. A
/// live holder writes its name within microseconds of creating the file, so a file still nameless
/// after a pause was left by a dead one, and is taken over.
bool takeOverUnfinishedLock(QLockFile& lock)
{
    qint64 pid = 0;
    QString host, application;
    if (lock.getLockInfo(&pid, &host, &application))
        return false; // a named holder: QLockFile has judged it alive
    QThread::msleep(UnfinishedLockPauseMs);
    if (lock.getLockInfo(&pid, &host, &application))
        return false;
    qCWarning(lcStorage) << "taking over a lock file its holder never finished writing";
    return lock.removeStaleLockFile() && lock.tryLock(0);
}

} // namespace

std::unique_ptr<Database> Database::openImpl(const QString& path, const DatabaseKey& key,
                                             const QByteArray& salt, bool create, bool encrypted,
                                             const Options& options, DatabaseError* error)
{
    if (encrypted && !key.isValid()) {
        *error = DatabaseError(DatabaseError::Kind::Internal, QStringLiteral("no valid key was given"));
        return nullptr;
    }
    if (DatabaseError failure = writableCheck(path, !create); failure.isError()) {
        *error = failure;
        return nullptr;
    }

    std::unique_ptr<Database> database(new Database);
    database->m_path = QFileInfo(path).absoluteFilePath();
    database->m_salt = salt;
    database->m_databaseId = encrypted ? DatabaseFile::idFromSalt(salt) : QStringLiteral("plaintext");
    database->m_key = key;

    if (options.exclusive) {
        database->m_lock = std::make_unique<QLockFile>(DatabaseFile::lockPath(database->m_path));
        database->m_lock->setStaleLockTime(0); // stale only when the holder has died
        if (!database->m_lock->tryLock(0) && !takeOverUnfinishedLock(*database->m_lock)) {
            qint64 pid = 0;
            QString host, application;
            database->m_lock->getLockInfo(&pid, &host, &application);
            *error = DatabaseError(
                DatabaseError::Kind::Locked,
                QStringLiteral("held by %1 (pid %2 on %3)").arg(application).arg(pid).arg(host));
            return nullptr;
        }
    }

    auto* driver = new SqlCipherDriver;
    const QByteArray keySpec = encrypted ? key.sqlcipherKeySpec(salt) : QByteArray();
    if (!driver->openFile(database->m_path, keySpec, false, create)) {
        *error = DatabaseError::fromSqlError(driver->lastError());
        delete driver;
        return nullptr;
    }
    database->m_driver = driver;
    database->m_connectionName = newConnectionName();
    QSqlDatabase::addDatabase(driver, database->m_connectionName);

    // Keying and cipher settings first, then the first read, then everything else: some
    // pragmas (cache_size among them) read the schema and would hide a wrong key as another error.
    DatabaseError failure = database->applyCipherSettings();
    if (!failure.isError())
        failure = database->readFirstPage(options, encrypted);
    if (!failure.isError() && !driver->registerSqlExtensions())
        failure = DatabaseError::fromSqlError(driver->lastError());
    if (!failure.isError())
        failure = database->configureConnection(options);
    if (!failure.isError()) {
        const Migrator migrator(Migrator::bundled());
        if (options.migrate) {
            failure = migrator.migrate(*driver);
            if (!failure.isError())
                failure = database->refreshCollationKeys();
        } else if (const int version = Migrator::userVersion(*driver, &failure);
                   version > migrator.latestVersion()) {
            failure = DatabaseError(DatabaseError::Kind::SchemaTooNew,
                                    QStringLiteral("schema %1, this program knows up to %2")
                                        .arg(version)
                                        .arg(migrator.latestVersion()));
        }
    }
    if (!failure.isError() && create && encrypted)
        failure = database->recordCreation(options.createdAt);
    if (failure.isError()) {
        *error = failure;
        return nullptr;
    }
    return database;
}

DatabaseError Database::applyCipherSettings()
{
    if (m_salt.isEmpty())
        return {};
    for (const QString& pragma : cipherPragmas()) {
        if (DatabaseError error = execute(pragma); error.isError())
            return error;
    }
    return {};
}

DatabaseError Database::configureConnection(const Options& options)
{
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA cache_size = -%1").arg(options.cacheSizeKiB),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        // FULL syncs the WAL on every commit: a field auditor's edit survives a power cut, too.
        QStringLiteral("PRAGMA synchronous = FULL"),
    };
    for (const QString& pragma : pragmas) {
        if (DatabaseError error = execute(pragma); error.isError())
            return error;
    }
    return {};
}

QStringList Database::cipherPragmas()
{
    return {
        // Failed HMAC checks reach us as errors; SQLCipher's own stderr log would only be noise.
        QStringLiteral("PRAGMA cipher_log_level = NONE"),
        QStringLiteral("PRAGMA cipher_page_size = %1").arg(CipherPageSize),
        QStringLiteral("PRAGMA kdf_iter = %1").arg(CipherKdfIterations),
        QStringLiteral("PRAGMA cipher_hmac_algorithm = %1").arg(QLatin1String(CipherHmac)),
        QStringLiteral("PRAGMA cipher_kdf_algorithm = %1").arg(QLatin1String(CipherKdf)),
    };
}

DatabaseError Database::readFirstPage(const Options& options, bool encrypted)
{
    // sqlite3_key() accepts any key; the first read is where a wrong one shows.
    sqlite3* db = m_driver->nativeHandle();
    sqlite3_busy_timeout(db, options.busyTimeoutMs);
    const int rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        return {};
    const QString detail = QString::fromUtf8(sqlite3_errmsg(db));
    if ((rc & 0xff) == SQLITE_NOTADB && encrypted) {
        // Only when ours is the one key this file can have is a failed read damage. With two
        // known keys (a rekey in progress) the file may simply use the other one.
        if (options.knownKeyChecks == QByteArrayList{m_key.checkValue()})
            return DatabaseError(
                DatabaseError::Kind::Corrupt,
                QStringLiteral("the key is right but the first page fails its check: %1").arg(detail), rc);
        return DatabaseError(DatabaseError::Kind::WrongKey, detail, rc);
    }
    return DatabaseError::fromSqliteCode(rc, detail);
}

DatabaseError Database::recordCreation(const QDateTime& createdAt)
{
    const CipherSettings settings = cipherSettings();
    QList<std::pair<QString, QString>> entries = {
        {QStringLiteral("database_id"), m_databaseId},
        {QStringLiteral("created_with"), QStringLiteral("xiangshu " XS_VERSION)},
        {QStringLiteral("cipher_version"), settings.cipherVersion},
        {QStringLiteral("cipher_page_size"), QString::number(settings.pageSize)},
        {QStringLiteral("kdf_iter"), QString::number(settings.kdfIterations)},
        {QStringLiteral("cipher_hmac_algorithm"), settings.hmacAlgorithm},
        {QStringLiteral("cipher_kdf_algorithm"), settings.kdfAlgorithm},
    };
    if (createdAt.isValid())
        entries.append({QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODate)});
    QSqlDatabase db = connection();
    if (!db.transaction())
        return DatabaseError::fromSqlError(db.lastError());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    for (const auto& [key, value] : entries) {
        query.addBindValue(key);
        query.addBindValue(value);
        if (!query.exec()) {
            const DatabaseError error = DatabaseError::fromSqlError(query.lastError());
            db.rollback();
            return error;
        }
    }
    if (!db.commit())
        return DatabaseError::fromSqlError(db.lastError());
    return {};
}

Database::~Database()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

DatabaseError Database::execute(const QString& sql)
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return DatabaseError::fromSqlError(query.lastError());
    return {};
}

DatabaseError Database::refreshCollationKeys()
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT version = xs_pinyin_version() FROM collation_state WHERE name = 'pinyin'")))
        return DatabaseError::fromSqlError(query.lastError());
    if (!query.next() || query.value(0).toBool())
        return {};
    query.finish();
    // Keys built under other collation data: rebuild every index over them (named *_by_pinyin), in
    // one transaction with the new version, so a crash leaves the old state to try again.
    QStringList indexes;
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'index' AND "
                                   "name LIKE '%\\_by\\_pinyin' ESCAPE '\\' ORDER BY name")))
        return DatabaseError::fromSqlError(query.lastError());
    while (query.next())
        indexes.append(query.value(0).toString());
    query.finish();
    qCInfo(lcStorage) << "pinyin collation changed; rebuilding" << indexes;
    Transaction transaction(connection(), QStringLiteral("collation_keys"));
    if (DatabaseError error = transaction.begin(); error.isError())
        return error;
    QStringList statements;
    for (const QString& index : std::as_const(indexes))
        statements.append(QStringLiteral("REINDEX \"%1\"").arg(index));
    statements.append(
        QStringLiteral("UPDATE collation_state SET version = xs_pinyin_version() WHERE name = 'pinyin'"));
    for (const QString& statement : std::as_const(statements)) {
        if (DatabaseError error = execute(statement); error.isError())
            return error; // the transaction rolls back
    }
    return transaction.commit();
}

int Database::schemaVersion() const
{
    DatabaseError error;
    return Migrator::userVersion(*m_driver, &error);
}

int Database::latestSchemaVersion()
{
    return Migrator(Migrator::bundled()).latestVersion();
}

QString Database::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

CipherSettings Database::cipherSettings() const
{
    const auto pragma = [this](const char* name) {
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        if (query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) && query.next())
            return query.value(0).toString();
        return QString();
    };
    CipherSettings settings;
    settings.cipherVersion = pragma("cipher_version");
    if (m_salt.isEmpty())
        return settings;
    settings.cipher = QStringLiteral("AES-256-CBC"); // the only cipher SQLCipher 4 implements
    settings.pageSize = pragma("cipher_page_size").toInt();
    settings.kdfIterations = pragma("kdf_iter").toInt();
    settings.hmacAlgorithm = pragma("cipher_hmac_algorithm");
    settings.kdfAlgorithm = pragma("cipher_kdf_algorithm");
    return settings;
}

QMap<QString, qint64> Database::entityCounts() const
{
    QMap<QString, qint64> counts;
    const QStringList tables = connection().tables(QSql::Tables);
    for (const QString& table : tables) {
        const QSqlRecord columns = m_driver->record(table);
        if (!columns.contains(QStringLiteral("id")) || !columns.contains(QStringLiteral("version")) ||
            !columns.contains(QStringLiteral("deleted")))
            continue;
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        if (query.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0")
                           .arg(m_driver->escapeIdentifier(table, QSqlDriver::TableName))) &&
            query.next())
            counts.insert(table, query.value(0).toLongLong());
    }
    return counts;
}

DatabaseError Database::checkpoint()
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next())
        return DatabaseError::fromSqlError(query.lastError());
    // Columns: busy, WAL frames, frames checkpointed. busy = 1 means a reader held it back.
    if (query.value(0).toInt() != 0)
        return DatabaseError(DatabaseError::Kind::Locked,
                             QStringLiteral("a reader prevented the checkpoint"));
    return {};
}

} // namespace xs
