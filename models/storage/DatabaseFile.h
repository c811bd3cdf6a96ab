#pragma once

#include <QByteArray>
#include <QString>

namespace xs::DatabaseFile {

/// SQLCipher keeps a 16-byte random salt in plain text at the start of the file. We choose it
/// ourselves and keep it across backups and rekeys, so it doubles as the database's identity:
/// the keychain entry is found without decrypting anything.
constexpr int SaltSize = 16;

enum class Shape
{
    Missing,
    Unreadable,
    Empty,       // zero bytes: an interrupted creation, not a database
    PlainSqlite, // an unencrypted SQLite file: never ours
    TooShort,    // shorter than one page: damaged
    Encrypted,   // looks like an SQLCipher file (random bytes from the first byte on)
};

struct Probe
{
    Shape shape = Shape::Missing;
    QByteArray salt; // set when shape is Encrypted
};

/// Reads the first bytes of path without opening it as a database.
Probe probe(const QString& path);

/// A new random salt for a new database.
QByteArray newSalt();

/// The hex form of a salt, used as the database id in the keychain and the recovery file.
QString idFromSalt(const QByteArray& salt);

/// Files SQLite keeps next to a database while it is open.
QString walPath(const QString& databasePath);
QString shmPath(const QString& databasePath);
/// The lock file that marks a database as held by a program for exclusive work (the app, rekey).
QString lockPath(const QString& databasePath);

} // namespace xs::DatabaseFile
