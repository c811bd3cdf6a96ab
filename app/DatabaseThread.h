#pragma once

#include "models/storage/Database.h"

#include <QSqlDatabase>
#include <QThreadPool>
#include <QtConcurrent>

#include <atomic>
#include <memory>

namespace xs {

class SqlCipherDriver;

/// One thread of its own with one connection to the app's database (same file, same key), for
/// reads that must not hold up the UI thread. The connection is opened on first use and kept, so
/// its page cache stays warm; it is closed on its own thread when this object goes. The one
/// thread also runs the work in the order it was given.
class DatabaseThread
{
public:
    /// options: how the connection is opened (it never migrates: the app has done that).
    DatabaseThread(QString databasePath, DatabaseKey key, Database::Options options = workerOptions());
    ~DatabaseThread();
    DatabaseThread(const DatabaseThread&) = delete;
    DatabaseThread& operator=(const DatabaseThread&) = delete;

    /// How a worker's connection is opened unless told otherwise: with a smaller page cache than
    /// the UI's. Its reads scan (counts, aggregates over every row), which a cache cannot hold at
    /// province scale anyway, and the app runs a worker per area, each with a cache of its own.
    static Database::Options workerOptions();

    /// Set from any thread to stop a read: its statements end with DatabaseError::Kind::Cancelled.
    using CancelFlag = std::shared_ptr<std::atomic_bool>;

    /// Runs work(connection, error) on the thread and returns its future. When the connection
    /// cannot be opened, work gets a null connection and the reason in error. While cancel (if
    /// given) is set, every statement work runs stops early (SqlCipherDriver::setCancelFlag).
    template <typename Work>
    auto run(Work work, CancelFlag cancel = {})
    {
        return QtConcurrent::run(
            &m_pool, [state = m_state, work = std::move(work), cancel = std::move(cancel)]() mutable {
                DatabaseError error;
                QSqlDatabase* connection = state->connection(&error);
                const CancelScope scope(connection, cancel.get());
                auto result = work(connection, error);
                releaseFreedMemory();
                return result;
            });
    }

private:
    /// Hands back to the system the memory a read freed on this thread. A count over a million
    /// entries sorts in memory (temp_store = MEMORY); the allocator keeps what it freed in the
    /// thread's arena, and the process would keep it resident for good.
    static void releaseFreedMemory();

    /// Watches a flag on the connection for as long as one piece of work runs.
    class CancelScope
    {
    public:
        CancelScope(QSqlDatabase* connection, const std::atomic_bool* flag);
        ~CancelScope();
        CancelScope(const CancelScope&) = delete;
        CancelScope& operator=(const CancelScope&) = delete;

    private:
        SqlCipherDriver* m_driver = nullptr;
    };

    struct State
    {
        QString path;
        DatabaseKey key;
        Database::Options options;
        std::unique_ptr<Database> database;
        QSqlDatabase open;

        QSqlDatabase* connection(DatabaseError* error);
    };
    QThreadPool m_pool;
    std::shared_ptr<State> m_state;
};

} // namespace xs
