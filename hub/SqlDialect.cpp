#include "hub/SqlDialect.h"

namespace xs {

SqlDialect::SqlDialect(Kind kind)
    : m_kind(kind)
{}

QString SqlDialect::driverName() const
{
    return m_kind == Kind::Postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QString SqlDialect::autoIncrementKey() const
{
    return m_kind == Kind::Postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                    : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
}

QString SqlDialect::blobType() const
{
    return m_kind == Kind::Postgres ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
}

QString SqlDialect::beginWrite() const
{
    return m_kind == Kind::Postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QString SqlDialect::lockRowSuffix() const
{
    return m_kind == Kind::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
}

QString SqlDialect::addColumn(const QString& table, const QString& column, const QString& type) const
{
    return m_kind == Kind::Postgres
               ? QStringLiteral("ALTER TABLE %1 ADD COLUMN IF NOT EXISTS %2 %3").arg(table, column, type)
               : QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3").arg(table, column, type);
}

QString SqlDialect::schemaLock() const
{
    // Any constant works; it only has to be the same in every hub process.
    return m_kind == Kind::Postgres ? QStringLiteral("SELECT pg_advisory_xact_lock(7042026)") : QString();
}

} // namespace xs
