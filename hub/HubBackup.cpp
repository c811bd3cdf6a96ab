#include "hub/HubBackup.h"

#include "hub/HubStore.h"
#include "hub/HubTrail.h"
#include "models/storage/DurableFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::HubBackup)
};

HubBackup::Outcome failed(const QString& message)
{
    return {false, message};
}

/// A store file opened on its own connection, read-only, for checking a copy.
class StoreFile
{
public:
    explicit StoreFile(const QString& path)
    {
        static std::atomic<quint64> counter{0};
        m_name = QStringLiteral("xs-hub-backup-%1").arg(++counter);
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        database.setDatabaseName(path);
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = QFileInfo(path).isFile() && database.open();
    }
    ~StoreFile()
    {
        {
            QSqlDatabase database = QSqlDatabase::database(m_name, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    StoreFile(const StoreFile&) = delete;
    StoreFile& operator=(const StoreFile&) = delete;

    /// What is wrong with the file as a hub store; empty if it is whole and is one.
    QString problem() const
    {
        if (!m_open)
            return Text::tr("it cannot be opened as an SQLite database");
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
            return Text::tr("it is not an SQLite database");
        if (query.value(0).toString() != QLatin1String("ok"))
            return Text::tr("it is damaged (%1)").arg(query.value(0).toString());
        if (!query.exec(QStringLiteral("SELECT value FROM hub_meta WHERE key = 'schema_version'")) ||
            !query.next())
            return Text::tr("it is not a hub store");
        return {};
    }
    qint64 scalar(const QString& sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

private:
    QString m_name;
    bool m_open = false;
};

const char* const CounterQuery = "SELECT value FROM hub_counter WHERE name = 'seq'";

qint64 storeScalar(HubStore& store, const char* sql)
{
    QSqlQuery query(store.database());
    return query.exec(QString::fromLatin1(sql)) && query.next() ? query.value(0).toLongLong() : -1;
}

/// After a restore: the counter never goes back (a desktop's cursor may be past the backup's last
/// change), and nobody stays signed in with a token the backup remembers.
bool settleRestoredStore(HubStore& store, qint64 counterFloor, const QString& file, QString* error)
{
    if (!store.beginWrite(error))
        return false;
    if (!store.exec(QStringLiteral("UPDATE hub_counter SET value = ? WHERE name = 'seq' AND value < ?"),
                    {counterFloor, counterFloor}, error) ||
        !store.exec(QStringLiteral("DELETE FROM tokens"), {}, error) ||
        !HubTrail(store).append(
            HubTrail::event(HubTrail::commandActor(), QStringLiteral("restored"), QStringLiteral("store"), {},
                            QStringLiteral("%1 counter_floor=%2").arg(file).arg(counterFloor)),
            error) ||
        !store.commit(error)) {
        store.rollback();
        return false;
    }
    return true;
}

QString postgresProgram(const QString& name)
{
    // The newest server version's own tools first (what pg_wrapper would choose), then the PATH.
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList installed = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(installed.begin(), installed.end(),
              [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
    for (const QString& version : installed) {
        const QString path = versions.filePath(version + QStringLiteral("/bin/") + name);
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return QStandardPaths::findExecutable(name);
}

/// The connection as libpq's environment, so the password never appears on a command line.
QProcessEnvironment postgresEnvironment(const QString& location)
{
    const QUrl url(location);
    const QUrlQuery query(url);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGHOST"), query.hasQueryItem(QStringLiteral("host"))
                                                     ? query.queryItemValue(QStringLiteral("host"))
                                                     : url.host());
    if (url.port() > 0)
        environment.insert(QStringLiteral("PGPORT"), QString::number(url.port()));
    if (!url.userName().isEmpty())
        environment.insert(QStringLiteral("PGUSER"), url.userName());
    if (!url.password().isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), url.password());
    environment.insert(QStringLiteral("PGDATABASE"), url.path().mid(1));
    environment.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    return environment;
}

/// Runs a PostgreSQL tool; empty, or what went wrong.
QString runPostgresTool(const QString& name, const QStringList& arguments, const QString& location)
{
    const QString program = postgresProgram(name);
    if (program.isEmpty())
        return Text::tr("%1 is not installed (Debian: apt install postgresql-client).").arg(name);
    QProcess process;
    process.setProcessEnvironment(postgresEnvironment(location));
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(-1))
        return Text::tr("%1 could not run: %2").arg(name, process.errorString());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Text::tr("%1 failed: %2")
            .arg(name, QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
    return {};
}

/// A checked copy becomes the backup: readable by the hub's account only (it holds password hashes,
/// like the store), on disk, then under its name, never over another file.
HubBackup::Outcome finishBackup(const QString& partial, const QString& file, const QString& done)
{
    QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner);
    if (DatabaseError synced = DurableFile::syncFile(partial); synced.isError()) {
        QFile::remove(partial);
        return failed(Text::tr("Cannot write the backup: %1").arg(synced.fullText()));
    }
    if (DatabaseError renamed = DurableFile::renameNoReplace(partial, file); renamed.isError()) {
        QFile::remove(partial);
        return failed(Text::tr("Cannot name the backup %1: %2").arg(file, renamed.fullText()));
    }
    return {true, done};
}

} // namespace

HubBackup::HubBackup(const Clock& clock)
    : m_clock(clock)
{}

HubBackup::ServingLock::ServingLock(const QString& location, bool exclusive)
{
    m_descriptor =
        ::open(QFile::encodeName(lockPath(location)).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    m_held = m_descriptor >= 0 && ::flock(m_descriptor, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) == 0;
}

HubBackup::ServingLock::~ServingLock()
{
    if (m_descriptor >= 0)
        ::close(m_descriptor); // releases the lock
}

QString HubBackup::lockPath(const QString& location)
{
    return location + QStringLiteral(".lock");
}

bool HubBackup::isPostgres(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

HubBackup::Outcome HubBackup::backup(const QString& location, const QString& file) const
{
    if (QFileInfo::exists(file))
        return failed(
            Text::tr("%1 exists already; a backup never overwrites a file. Choose a new name.").arg(file));
    return isPostgres(location) ? backupPostgres(location, file) : backupSqlite(location, file);
}

HubBackup::Outcome HubBackup::restore(const QString& file, const QString& location) const
{
    if (!QFileInfo(file).isFile())
        return failed(Text::tr("There is no backup file %1.").arg(file));
    return isPostgres(location) ? restorePostgres(file, location) : restoreSqlite(file, location);
}

HubBackup::Outcome HubBackup::backupSqlite(const QString& location, const QString& file) const
{
    if (!QFileInfo(location).isFile())
        return failed(Text::tr("There is no hub store at %1.").arg(location));
    QString error;
    const std::unique_ptr<HubStore> store = HubStore::open(location, m_clock, &error);
    if (!store)
        return failed(Text::tr("Cannot open the hub store: %1").arg(error));
    const QString partial = file + QStringLiteral(".partial");
    QFile::remove(partial); // what a backup cut short left
    QSqlQuery vacuum(store->database());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(partial);
    if (!vacuum.exec()) {
        QFile::remove(partial);
        return failed(Text::tr("Cannot write the backup: %1").arg(vacuum.lastError().text()));
    }
    qint64 records = 0;
    qint64 counter = 0;
    {
        const StoreFile copy(partial);
        if (const QString problem = copy.problem(); !problem.isEmpty()) {
            QFile::remove(partial);
            return failed(Text::tr("The backup written is not sound: %1.").arg(problem));
        }
        records = copy.scalar(QStringLiteral("SELECT count(*) FROM records"));
        counter = copy.scalar(QString::fromLatin1(CounterQuery));
    }
    return finishBackup(
        partial, file,
        Text::tr("Backed up %1 records (up to change %2) to %3.").arg(records).arg(counter).arg(file));
}

HubBackup::Outcome HubBackup::restoreSqlite(const QString& file, const QString& location) const
{
    {
        const StoreFile backup(file);
        if (const QString problem = backup.problem(); !problem.isEmpty())
            return failed(Text::tr("%1 cannot be restored: %2.").arg(file, problem));
    }
    const ServingLock lock(location, true);
    if (!lock.isHeld())
        return failed(
            Text::tr("A hub is serving %1. Stop it first (systemctl stop xiangshu-hub), then restore.")
                .arg(location));

    // What the store being replaced has counted to, so that no desktop's cursor is ever ahead.
    qint64 floor = 0;
    QString error;
    if (QFileInfo(location).isFile()) {
        const std::unique_ptr<HubStore> current = HubStore::open(location, m_clock, &error);
        if (!current)
            return failed(Text::tr("Cannot open the hub store %1: %2").arg(location, error));
        floor = storeScalar(*current, CounterQuery);
        QSqlQuery(current->database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }

    const QString staging = location + QStringLiteral(".restoring");
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(staging + suffix);
    if (!QFile::copy(file, staging))
        return failed(Text::tr("Cannot copy %1 beside %2.").arg(file, location));
    qint64 records = 0;
    qint64 counter = 0;
    {
        // Opening it brings a backup of an earlier version up to this one's schema.
        const std::unique_ptr<HubStore> restored = HubStore::open(staging, m_clock, &error);
        if (!restored || !settleRestoredStore(*restored, floor, file, &error)) {
            QFile::remove(staging);
            return failed(Text::tr("Cannot prepare the restored store: %1").arg(error));
        }
        QSqlQuery(restored->database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        records = storeScalar(*restored, "SELECT count(*) FROM records");
        counter = storeScalar(*restored, CounterQuery);
    }
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(staging + suffix);
    if (DatabaseError synced = DurableFile::syncFile(staging); synced.isError())
        return failed(Text::tr("Cannot write the restored store: %1").arg(synced.fullText()));

    QString kept;
    if (QFileInfo(location).isFile()) {
        kept = location + QStringLiteral(".replaced-") +
               m_clock.now().toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
        if (DatabaseError moved = DurableFile::renameNoReplace(location, kept); moved.isError())
            return failed(Text::tr("Cannot set %1 aside: %2").arg(location, moved.fullText()));
        for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(location + suffix); // checkpointed above: they hold nothing
    }
    if (DatabaseError renamed = DurableFile::renameNoReplace(staging, location); renamed.isError())
        return failed(Text::tr("Cannot put the restored store in place: %1").arg(renamed.fullText()));
    QFile::setPermissions(location, QFile::ReadOwner | QFile::WriteOwner);
    QString message =
        Text::tr(
            "Restored %1 records from %2 into %3; changes continue from %4, and everyone signs in again.")
            .arg(records)
            .arg(file, location)
            .arg(counter);
    if (!kept.isEmpty())
        message += QLatin1Char('\n') + Text::tr("The store it replaced is kept as %1.").arg(kept);
    return {true, message};
}

HubBackup::Outcome HubBackup::backupPostgres(const QString& location, const QString& file) const
{
    const QString partial = file + QStringLiteral(".partial");
    QFile::remove(partial);
    if (const QString problem =
            runPostgresTool(QStringLiteral("pg_dump"),
                            {QStringLiteral("--format=custom"), QStringLiteral("--no-owner"),
                             QStringLiteral("--file"), partial},
                            location);
        !problem.isEmpty()) {
        QFile::remove(partial);
        return failed(Text::tr("Cannot back up the hub store: %1").arg(problem));
    }
    // A dump pg_restore cannot list is no backup.
    if (const QString problem =
            runPostgresTool(QStringLiteral("pg_restore"), {QStringLiteral("--list"), partial}, location);
        !problem.isEmpty()) {
        QFile::remove(partial);
        return failed(Text::tr("The backup written is not sound: %1").arg(problem));
    }
    return finishBackup(
        partial, file,
        Text::tr("Backed up the PostgreSQL hub store to %1 (pg_dump, custom format).").arg(file));
}

HubBackup::Outcome HubBackup::restorePostgres(const QString& file, const QString& location) const
{
    if (const QString problem =
            runPostgresTool(QStringLiteral("pg_restore"), {QStringLiteral("--list"), file}, location);
        !problem.isEmpty())
        return failed(Text::tr("%1 cannot be restored: %2").arg(file, problem));
    QString error;
    qint64 floor = 0;
    {
        const std::unique_ptr<HubStore> current = HubStore::open(location, m_clock, &error);
        if (!current)
            return failed(Text::tr("Cannot open the hub store: %1").arg(error));
        floor = storeScalar(*current, CounterQuery);
    }
    // One transaction: a restore that fails half-way leaves the store as it was.
    if (const QString problem = runPostgresTool(
            QStringLiteral("pg_restore"),
            {QStringLiteral("--clean"), QStringLiteral("--if-exists"), QStringLiteral("--no-owner"),
             QStringLiteral("--single-transaction"), QStringLiteral("--exit-on-error"),
             QStringLiteral("--dbname"), QUrl(location).path().mid(1), file},
            location);
        !problem.isEmpty())
        return failed(Text::tr("Cannot restore %1: %2").arg(file, problem));
    const std::unique_ptr<HubStore> restored = HubStore::open(location, m_clock, &error);
    if (!restored || !settleRestoredStore(*restored, floor, file, &error))
        return failed(Text::tr("Cannot prepare the restored store: %1").arg(error));
    return {true,
            Text::tr("Restored %1 records from %2; changes continue from %3, and everyone signs in again.")
                .arg(storeScalar(*restored, "SELECT count(*) FROM records"))
                .arg(file)
                .arg(storeScalar(*restored, CounterQuery))};
}

} // namespace xs
