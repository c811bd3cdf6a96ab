#include "models/storage/DatabaseFile.h"

#include "models/storage/DatabaseKey.h"

#include <QFile>

namespace xs::DatabaseFile {

namespace {
constexpr int MinimumPageSize = 512;
constexpr char SqliteMagic[] = "SQLite format 3";
} // namespace

Probe probe(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return {Shape::Missing, {}};
    if (!file.open(QIODevice::ReadOnly))
        return {Shape::Unreadable, {}};
    const QByteArray head = file.read(MinimumPageSize);
    if (head.isEmpty())
        return {Shape::Empty, {}};
    if (head.startsWith(QByteArray(SqliteMagic, sizeof(SqliteMagic)))) // includes the trailing NUL
        return {Shape::PlainSqlite, {}};
    if (head.size() < MinimumPageSize)
        return {Shape::TooShort, {}};
    return {Shape::Encrypted, head.left(SaltSize)};
}

QByteArray newSalt()
{
    return secureRandomBytes(SaltSize);
}

QString idFromSalt(const QByteArray& salt)
{
    return QString::fromLatin1(salt.toHex());
}

QString walPath(const QString& databasePath)
{
    return databasePath + QLatin1String("-wal");
}

QString shmPath(const QString& databasePath)
{
    return databasePath + QLatin1String("-shm");
}

QString lockPath(const QString& databasePath)
{
    return databasePath + QLatin1String(".lock");
}

} // namespace xs::DatabaseFile
