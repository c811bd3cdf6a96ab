#include "models/storage/Transaction.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace xs {

Transaction::Transaction(QSqlDatabase database, QString name, Durability durability, Nesting nesting)
    : m_database(std::move(database))
    , m_name(std::move(name))
    , m_durability(durability)
    , m_nesting(nesting)
{}

Transaction::~Transaction()
{
    rollback();
}

DatabaseError Transaction::run(const QString& statement)
{
    QSqlQuery query(m_database);
    if (!query.exec(statement))
        return DatabaseError::fromSqlError(query.lastError());
    return {};
}

DatabaseError Transaction::begin()
{
    // Outermost: take the write lock at once (a deferred transaction that reads first can fail to
    // upgrade under a concurrent writer). Nested: a savepoint inside the caller's transaction.
    auto* db = static_cast<sqlite3*>(m_database.driver()->handle().value<void*>());
    m_outermost = db && sqlite3_get_autocommit(db) != 0;
    if (!m_outermost && m_nesting == Nesting::JoinOuter) {
        m_joined = true; // commit and rollback belong to the outer transaction
        return {};
    }
    // In WAL mode NORMAL still commits atomically; it only skips the fsync of the WAL.
    if (m_outermost && m_durability == Durability::Replayable)
        m_relaxed = !run(QStringLiteral("PRAGMA synchronous = NORMAL")).isError();
    DatabaseError error =
        run(m_outermost ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + m_name);
    m_open = !error.isError();
    if (!m_open)
        restoreDurability();
    return error;
}

void Transaction::restoreDurability()
{
    if (m_relaxed)
        run(QStringLiteral("PRAGMA synchronous = FULL"));
    m_relaxed = false;
}

DatabaseError Transaction::commit()
{
    if (m_joined)
        return {};
    if (!m_open)
        return DatabaseError(DatabaseError::Kind::Internal, QStringLiteral("commit without begin"));
    DatabaseError error = run(m_outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_name);
    if (!error.isError()) {
        m_open = false;
        restoreDurability();
    }
    return error;
}

void Transaction::rollback()
{
    if (!m_open) // also a joined unit: the outer transaction rolls back as a whole
        return;
    if (m_outermost) {
        run(QStringLiteral("ROLLBACK"));
    } else {
        run(QStringLiteral("ROLLBACK TO ") + m_name);
        run(QStringLiteral("RELEASE ") + m_name);
    }
    m_open = false;
    restoreDurability();
}

} // namespace xs
