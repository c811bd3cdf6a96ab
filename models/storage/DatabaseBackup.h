#pragma once

#include "models/storage/DatabaseError.h"
#include "models/storage/DatabaseKey.h"

#include <QString>

#include <functional>

namespace xs {

class Database;

/// A verified online copy of an open database, for backups and for rekeying.
///
/// The copy is written to "<destination>.partial" with SQLite's online backup API (other
/// connections may keep writing; the copy is a consistent snapshot), fsynced, opened and verified
/// like `verify` does, and only then renamed to its final name. A crash or a cancel at any point
/// leaves either no destination or a complete, verified one.
class DatabaseBackup
{
public:
    /// Called between steps with pages copied and pages in all. Return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// Pages copied per step: large enough to be fast, small enough to cancel promptly.
    static constexpr int PagesPerStep = 256;

    /// Writes a copy of source at destination, which must not exist. With destinationKey equal to
    /// source.key() the copy opens with the same key; with another key the copy is rekeyed. The
    /// salt, and so the database id, stay the same.
    static DatabaseError write(const Database& source, const QString& destination,
                               const DatabaseKey& destinationKey, const Progress& progress = {});

    /// The name of the temporary file write() uses for destination.
    static QString partialPath(const QString& destination);

    /// Removes a temporary file (and its WAL companions) left by an interrupted write().
    static void removePartial(const QString& destination);
};

} // namespace xs
