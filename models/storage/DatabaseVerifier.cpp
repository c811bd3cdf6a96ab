#include "models/storage/DatabaseVerifier.h"

#include "models/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace xs {

namespace {

/// Runs a pragma that lists problems, one per row. okText is the single row meaning "no problem".
bool collect(const Database& database, const QString& pragma, const QString& label, const QString& okText,
             VerificationReport& report)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(pragma)) {
        report.error = DatabaseError::fromSqlError(query.lastError());
        return false;
    }
    while (query.next()) {
        QStringList fields;
        for (int column = 0; column < query.record().count(); ++column)
            fields << query.value(column).toString();
        const QString row = fields.join(QLatin1Char(' '));
        if (!okText.isEmpty() && row == okText)
            continue;
        report.problems << QStringLiteral("%1: %2").arg(label, row);
    }
    if (query.lastError().isValid()) {
        report.error = DatabaseError::fromSqlError(query.lastError());
        return false;
    }
    return true;
}

} // namespace

VerificationReport DatabaseVerifier::verify(const Database& database)
{
    VerificationReport report;
    // Order matters: HMAC failures explain any integrity errors that follow from them.
    if (!database.salt().isEmpty() && !collect(database, QStringLiteral("PRAGMA cipher_integrity_check"),
                                               QStringLiteral("page HMAC"), {}, report))
        return report;
    if (!collect(database, QStringLiteral("PRAGMA integrity_check"), QStringLiteral("integrity"),
                 QStringLiteral("ok"), report))
        return report;
    collect(database, QStringLiteral("PRAGMA foreign_key_check"), QStringLiteral("foreign key"), {}, report);
    return report;
}

} // namespace xs
