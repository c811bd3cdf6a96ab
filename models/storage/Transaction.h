#pragma once

#include "models/storage/DatabaseError.h"

#include <QSqlDatabase>
#include <QString>

namespace xs {

/// An all-or-nothing unit of work. The outermost one is BEGIN IMMEDIATE ... COMMIT; inner ones are
/// savepoints, so units nest: a journal write inside an import is still one transaction.
/// Rolled back unless commit() succeeded. For QSQLCIPHER connections.
class Transaction
{
public:
    enum class Durability
    {
        /// The commit waits for the disk (the connection's synchronous = FULL): an edit survives a
        /// power cut.
        Full,
        /// The commit does not wait for the disk. A power cut may undo it, never corrupt the database,
        /// and the next Full commit makes it durable too. Only for work that can be redone, such as a
        /// pulled page together with its cursor. Applies to an outermost transaction only.
        Replayable,
    };

    enum class Nesting
    {
        /// Inside another transaction, a savepoint: this unit can fail alone and the outer go on.
        Savepoint,
        /// Inside another transaction, no savepoint: the unit joins it, and if it fails the outer
        /// one must roll back as a whole. For bulk work (an import of 100,000 entries) where the
        /// whole is all-or-nothing anyway: every savepoint makes the search index flush to disk.
        JoinOuter,
    };

    explicit Transaction(QSqlDatabase database, QString name = QStringLiteral("xs_unit"),
                         Durability durability = Durability::Full, Nesting nesting = Nesting::Savepoint);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    DatabaseError begin();
    DatabaseError commit();
    void rollback();

private:
    DatabaseError run(const QString& statement);
    void restoreDurability();

    QSqlDatabase m_database;
    QString m_name;
    Durability m_durability;
    Nesting m_nesting;
    bool m_joined = false;
    bool m_relaxed = false;
    bool m_open = false;
    bool m_outermost = false;
};

} // namespace xs
