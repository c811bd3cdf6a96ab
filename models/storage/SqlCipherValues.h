#pragma once

#include <QList>
#include <QMetaType>
#include <QSqlError>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace xs::sqlcipher {

// Conversions between Qt values and SQLite storage classes, shared by the driver and the result
// so both speak the same dialect (dates as ISO-8601 text, booleans as 0/1, BLOBs as bytes).

/// True for values Qt SQL treats as NULL: invalid variants and null strings, byte arrays and dates.
bool isNullValue(const QVariant& value);

/// Binds one value to a 1-based parameter. Returns an SQLite result code. Text and BLOB bytes are
/// bound without a copy: they are appended to keepAlive, which the caller keeps until the
/// statement is reset or bound again.
int bindValue(sqlite3_stmt* statement, int index, const QVariant& value, QList<QByteArray>& keepAlive);

/// The Qt type that best represents a declared SQLite column type ("INTEGER", "TEXT", ...).
QMetaType metaTypeForDeclaredType(const QString& declaredType);

/// Builds a QSqlError that carries SQLite's extended result code as its native code.
QSqlError makeError(sqlite3* db, const QString& driverText, QSqlError::ErrorType type, int fallbackCode = 0);

/// The text a Qt value is written as when it is stored as TEXT (dates, times, UUIDs).
QString textForTemporal(const QVariant& value);

} // namespace xs::sqlcipher
