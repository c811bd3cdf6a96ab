#pragma once

#include "models/common/Clock.h"

#include <QString>

namespace xs {

/// `xiangshu-hub backup` and `restore` (docs/operations.md).
///
/// SQLite: the backup is taken online with VACUUM INTO, a consistent copy from one read
/// transaction while the hub goes on serving (the store is behind Qt's QSQLITE driver, whose
/// sqlite3 handle belongs to the system libsqlite3 our binaries do not link, so the C backup API is
/// out of reach; VACUUM INTO is SQLite's own online copy through SQL). PostgreSQL: pg_dump in its
/// custom format, itself a consistent snapshot of a live database, and pg_restore in one
/// transaction.
///
/// A restore never loses what it replaces and never misleads a desktop:
/// - a SQLite store it replaces is kept beside it (PATH.replaced-YYYYMMDDTHHMMSS);
/// - the change counter does not go back: desktops whose pull cursor is past the backup's last
///   change still receive every change made after the restore;
/// - every session is ended, so a token revoked after the backup cannot come back;
/// - a SQLite store a hub is serving is refused (every serving hub holds a shared lock on
///   PATH.lock, which the kernel drops when the process ends; stop the hubs first).
class HubBackup
{
public:
    explicit HubBackup(const Clock& clock);

    struct Outcome
    {
        bool ok = false;
        QString message; // for people: what was done, or what went wrong (translated)
    };

    /// Writes a copy of the store at location (a path or postgresql://...) to file, which must not
    /// exist yet; the copy is checked before it gets its name.
    Outcome backup(const QString& location, const QString& file) const;
    /// Replaces the store at location with the backup in file (see the class comment).
    Outcome restore(const QString& file, const QString& location) const;

    /// Held by serve on a SQLite store for as long as it runs (shared: several hubs may serve one
    /// store), so that a restore cannot pull the store from under a hub. Closes on destruction.
    class ServingLock
    {
    public:
        /// exclusive: what restore takes; shared: what serve takes. Never waits.
        ServingLock(const QString& location, bool exclusive);
        ~ServingLock();
        ServingLock(const ServingLock&) = delete;
        ServingLock& operator=(const ServingLock&) = delete;
        bool isHeld() const { return m_held; }

    private:
        int m_descriptor = -1;
        bool m_held = false;
    };
    static QString lockPath(const QString& location);
    static bool isPostgres(const QString& location);

private:
    Outcome backupSqlite(const QString& location, const QString& file) const;
    Outcome restoreSqlite(const QString& file, const QString& location) const;
    Outcome backupPostgres(const QString& location, const QString& file) const;
    Outcome restorePostgres(const QString& file, const QString& location) const;

    const Clock& m_clock;
};

} // namespace xs
