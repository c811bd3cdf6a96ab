#include "models/storage/SqlCipherValues.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QUuid>

#include <sqlite3.h>

namespace xs::sqlcipher {

bool isNullValue(const QVariant& value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString*>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray*>(value.constData())->isNull();
    case QMetaType::QDate:
        return !static_cast<const QDate*>(value.constData())->isValid();
    case QMetaType::QTime:
        return !static_cast<const QTime*>(value.constData())->isValid();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime*>(value.constData())->isValid();
    default:
        return false;
    }
}

QString textForTemporal(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QTime:
        return value.toTime().toString(Qt::ISODateWithMs);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODateWithMs);
    case QMetaType::QUuid:
        return value.toUuid().toString(QUuid::WithoutBraces);
    default:
        return value.toString();
    }
}

int bindValue(sqlite3_stmt* statement, int index, const QVariant& value, QList<QByteArray>& keepAlive)
{
    if (isNullValue(value))
        return sqlite3_bind_null(statement, index);

    switch (value.typeId()) {
    case QMetaType::Bool:
        return sqlite3_bind_int(statement, index, value.toBool() ? 1 : 0);
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        // SQLite integers are signed 64-bit; larger values keep their digits as text.
        const qulonglong unsignedValue = value.toULongLong();
        if (unsignedValue > static_cast<qulonglong>(std::numeric_limits<qint64>::max())) {
            const QByteArray& digits = keepAlive.emplace_back(QByteArray::number(unsignedValue));
            return sqlite3_bind_text(statement, index, digits.constData(), int(digits.size()), SQLITE_STATIC);
        }
        return sqlite3_bind_int64(statement, index, qint64(unsignedValue));
    }
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray& bytes = keepAlive.emplace_back(*static_cast<const QByteArray*>(value.constData()));
        return sqlite3_bind_blob64(statement, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                                   SQLITE_STATIC);
    }
    case QMetaType::QString: {
        const QByteArray& utf8 =
            keepAlive.emplace_back(static_cast<const QString*>(value.constData())->toUtf8());
        return sqlite3_bind_text64(statement, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                                   SQLITE_STATIC, SQLITE_UTF8);
    }
    default: {
        if (!value.canConvert<QString>())
            return SQLITE_MISMATCH;
        const QByteArray& utf8 = keepAlive.emplace_back(textForTemporal(value).toUtf8());
        return sqlite3_bind_text64(statement, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                                   SQLITE_STATIC, SQLITE_UTF8);
    }
    }
}

QMetaType metaTypeForDeclaredType(const QString& declaredType)
{
    // SQLite's own affinity rules (datatype3.html §3.1), in its order of precedence.
    const QString type = declaredType.toUpper();
    if (type.contains(QLatin1String("INT")))
        return QMetaType::fromType<qlonglong>();
    if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB")) ||
        type.contains(QLatin1String("TEXT")))
        return QMetaType::fromType<QString>();
    if (type.contains(QLatin1String("BLOB")))
        return QMetaType::fromType<QByteArray>();
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA")) ||
        type.contains(QLatin1String("DOUB")))
        return QMetaType::fromType<double>();
    if (type.isEmpty())
        return QMetaType::fromType<QVariant>();
    return QMetaType::fromType<QString>();
}

QSqlError makeError(sqlite3* db, const QString& driverText, QSqlError::ErrorType type, int fallbackCode)
{
    int code = fallbackCode;
    QString databaseText;
    if (db) {
        code = sqlite3_extended_errcode(db);
        databaseText = QString::fromUtf8(sqlite3_errmsg(db));
    } else if (fallbackCode) {
        databaseText = QString::fromUtf8(sqlite3_errstr(fallbackCode));
    }
    return QSqlError(driverText, databaseText, type, QString::number(code));
}

} // namespace xs::sqlcipher
