#pragma once

#include <QtGlobal>

namespace xs::test {

/// An SQLite VFS that wraps the default one and makes writes fail with SQLITE_FULL once a budget of
/// bytes is spent: a full disk on demand, which a real disk cannot give a test reliably.
/// While it exists it is the default VFS for every new connection in the process.
class FaultInjectingVfs
{
public:
    FaultInjectingVfs();
    ~FaultInjectingVfs();
    FaultInjectingVfs(const FaultInjectingVfs&) = delete;
    FaultInjectingVfs& operator=(const FaultInjectingVfs&) = delete;

    /// From now on, allow this many more bytes to be written, then fail every write.
    void failWritesAfter(qint64 bytes);
    /// Lift the limit.
    void disarm();
    /// Writes refused so far.
    int refusedWrites() const;
};

} // namespace xs::test
