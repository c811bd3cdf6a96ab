#pragma once

#include "models/storage/DatabaseError.h"

#include <QByteArray>
#include <QString>

namespace xs::DurableFile {

// File operations that survive a crash or power cut at any instant: data reaches the disk before
// the name points at it, and the directory entry itself is flushed. QSaveFile does the first half
// but not the directory flush, and cannot rename a file someone else wrote (a finished backup).

/// Writes data to path through a temporary file: write, fsync, rename, fsync the folder.
/// Either the old content or the new content is at path afterwards, never a mix.
DatabaseError writeAtomically(const QString& path, const QByteArray& data);

/// fsync of one file.
DatabaseError syncFile(const QString& path);

/// fsync of a folder, which makes renames and creations inside it durable.
DatabaseError syncDirectoryOf(const QString& path);

/// rename(2) from -> to (replacing to), then fsync of the folder.
DatabaseError renameDurably(const QString& from, const QString& to);

/// Renames from -> to only if to does not exist yet (link + unlink), then fsyncs the folder.
DatabaseError renameNoReplace(const QString& from, const QString& to);

} // namespace xs::DurableFile
