#include "app/DatabaseThread.h"

#include "models/storage/SqlCipherDriver.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace xs {

DatabaseThread::DatabaseThread(QString databasePath, DatabaseKey key, Database::Options options)
    : m_state(std::make_shared<State>())
{
    m_state->path = std::move(databasePath);
    m_state->key = std::move(key);
    m_state->options = options;
    m_state->options.migrate = false; // the app has migrated it already
    // One thread that never expires: a connection belongs to the thread that opened it.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

Database::Options DatabaseThread::workerOptions()
{
    Database::Options options;
    options.cacheSizeKiB = 16 * 1024;
    return options;
}

DatabaseThread::~DatabaseThread()
{
    // Closed on the thread that opened it, queued behind any work still running there. Waiting on
    // a QFuture here could run queued work on this thread instead (QThreadPool steals queued work
    // for a waiter), so only the pool is waited on.
    m_pool.start([state = m_state] {
        state->open = QSqlDatabase();
        state->database.reset();
    });
    m_pool.waitForDone();
}

QSqlDatabase* DatabaseThread::State::connection(DatabaseError* error)
{
    if (!database) {
        database = Database::open(path, key, options, error);
        if (!database)
            return nullptr;
        open = database->connection();
    }
    return &open;
}

void DatabaseThread::releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

DatabaseThread::CancelScope::CancelScope(QSqlDatabase* connection, const std::atomic_bool* flag)
{
    if (!connection || !flag)
        return;
    m_driver = qobject_cast<SqlCipherDriver*>(connection->driver());
    if (m_driver)
        m_driver->setCancelFlag(flag);
}

DatabaseThread::CancelScope::~CancelScope()
{
    if (m_driver)
        m_driver->setCancelFlag(nullptr);
}

} // namespace xs
