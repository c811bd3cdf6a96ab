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
    explicit Transaction(QSqlDatabase database, QString name = QStringLiteral("xs_unit"));
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    DatabaseError begin();
    DatabaseError commit();
    void rollback();

private:
    DatabaseError run(const QString& statement);

    QSqlDatabase m_database;
    QString m_name;
    bool m_open = false;
    bool m_outermost = false;
};

} // namespace xs
