#include "models/storage/Migrator.h"

#include "models/storage/SqlCipherDriver.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace xs {

QList<Migrator::Migration> Migrator::bundled()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> migrations;
    const QDir directory(QStringLiteral(":/migrations"));
    const QStringList files = directory.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& fileName : files) {
        const QRegularExpressionMatch match = pattern.match(fileName);
        if (!match.hasMatch())
            continue;
        QFile file(directory.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll())});
    }
    return migrations;
}

Migrator::Migrator(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    // Numbering is part of the schema contract: 1, 2, 3, ... with no gaps or repeats.
    for (qsizetype i = 0; i < m_migrations.size(); ++i)
        Q_ASSERT_X(m_migrations.at(i).version == i + 1, "Migrator",
                   "migrations must be numbered 1, 2, 3, ...");
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

int Migrator::userVersion(SqlCipherDriver& driver, DatabaseError* error)
{
    QSqlQuery query(driver.createResult());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        if (error)
            *error = DatabaseError::fromSqlError(query.lastError());
        return -1;
    }
    return query.value(0).toInt();
}

DatabaseError Migrator::migrate(SqlCipherDriver& driver) const
{
    DatabaseError error;
    const int before = userVersion(driver, &error);
    if (error.isError())
        return error;
    if (before > latestVersion())
        return DatabaseError(
            DatabaseError::Kind::SchemaTooNew,
            QStringLiteral("schema %1, this program knows up to %2").arg(before).arg(latestVersion()));
    if (before == latestVersion())
        return {};

    if (!driver.beginTransaction())
        return DatabaseError::fromSqlError(driver.lastError());
    // Another process may have migrated between our first look and the write lock.
    const int current = userVersion(driver, &error);
    if (!error.isError() && current < latestVersion()) {
        for (const Migration& migration : m_migrations) {
            if (migration.version <= current)
                continue;
            if (!driver.executeScript(migration.sql)) {
                error = DatabaseError::fromSqlError(driver.lastError());
                error = DatabaseError(error.kind(),
                                      QStringLiteral("migration %1 (%2): %3")
                                          .arg(migration.version)
                                          .arg(migration.name, error.detail()),
                                      error.nativeCode());
                break;
            }
        }
        if (!error.isError() &&
            !driver.executeScript(QStringLiteral("PRAGMA user_version = %1").arg(latestVersion())))
            error = DatabaseError::fromSqlError(driver.lastError());
    }
    if (error.isError()) {
        driver.rollbackTransaction();
        return error;
    }
    if (!driver.commitTransaction()) {
        const DatabaseError commitError = DatabaseError::fromSqlError(driver.lastError());
        driver.rollbackTransaction();
        return commitError;
    }
    return {};
}

} // namespace xs
