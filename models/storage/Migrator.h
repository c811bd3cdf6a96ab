#pragma once

#include "models/storage/DatabaseError.h"

#include <QList>
#include <QString>

namespace xs {

class SqlCipherDriver;

/// Applies numbered SQL migrations (resources/migrations/NNNN_name.sql) and keeps PRAGMA
/// user_version at the number of the last one applied. All pending migrations run in one
/// transaction, so a database is never left between two schema versions.
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql;
    };

    /// The migrations compiled into the program, in order.
    static QList<Migration> bundled();

    explicit Migrator(QList<Migration> migrations);

    int latestVersion() const;

    /// Brings the database up to latestVersion(). A database newer than that is refused with
    /// SchemaTooNew and left untouched; one already current is left untouched too.
    DatabaseError migrate(SqlCipherDriver& driver) const;

    static int userVersion(SqlCipherDriver& driver, DatabaseError* error);

private:
    QList<Migration> m_migrations;
};

} // namespace xs
