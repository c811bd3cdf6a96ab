#include "tests/support/FaultInjectingVfs.h"

#include <atomic>
#include <cstring>
#include <sqlite3.h>

namespace xs::test {

namespace {

// SQLite's VFS is a C interface with global registration, so the state lives at file scope.
std::atomic<qint64> g_budget{-1}; // -1: unlimited
std::atomic<int> g_refused{0};
sqlite3_vfs* g_base = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;

struct WrappedFile
{
    sqlite3_file base; // must be first: SQLite sees this struct as an sqlite3_file
    sqlite3_file* real;
};

sqlite3_file* realFile(sqlite3_file* file)
{
    return reinterpret_cast<WrappedFile*>(file)->real;
}

int wrappedClose(sqlite3_file* file)
{
    sqlite3_file* real = realFile(file);
    const int rc = real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
    sqlite3_free(real);
    return rc;
}

int wrappedRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    sqlite3_file* real = realFile(file);
    return real->pMethods->xRead(real, buffer, amount, offset);
}

int wrappedWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    qint64 budget = g_budget.load();
    while (budget >= 0) {
        if (budget < amount) {
            ++g_refused;
            return SQLITE_FULL;
        }
        if (g_budget.compare_exchange_weak(budget, budget - amount))
            break;
    }
    sqlite3_file* real = realFile(file);
    return real->pMethods->xWrite(real, buffer, amount, offset);
}

int wrappedTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    sqlite3_file* real = realFile(file);
    return real->pMethods->xTruncate(real, size);
}

int wrappedSync(sqlite3_file* file, int flags)
{
    sqlite3_file* real = realFile(file);
    return real->pMethods->xSync(real, flags);
}

int wrappedFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    sqlite3_file* real = realFile(file);
    return real->pMethods->xFileSize(real, size);
}

int wrappedLock(sqlite3_file* file, int level)
{
    sqlite3_file* real = realFile(file);
    return real->pMethods->xLock(real, level);
}

int wrappedUnlock(sqlite3_file* file, int level)
{
    sqlite3_file* real = realFile(file);
    return real->pMethods->xUnlock(real, level);
}

int wrappedCheckReservedLock(sqlite3_file* file, int* result)
{
    sqlite3_file* real = realFile(file);
    return real->pMethods->xCheckReservedLock(real, result);
}

int wrappedFileControl(sqlite3_file* file, int op, void* arg)
{
    sqlite3_file* real = realFile(file);
    return real->pMethods->xFileControl(real, op, arg);
}

int wrappedSectorSize(sqlite3_file* file)
{
    sqlite3_file* real = realFile(file);
    return real->pMethods->xSectorSize(real);
}

int wrappedDeviceCharacteristics(sqlite3_file* file)
{
    sqlite3_file* real = realFile(file);
    return real->pMethods->xDeviceCharacteristics(real);
}

int wrappedShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** pointer)
{
    sqlite3_file* real = realFile(file);
    return real->pMethods->xShmMap(real, region, size, extend, pointer);
}

int wrappedShmLock(sqlite3_file* file, int offset, int count, int flags)
{
    sqlite3_file* real = realFile(file);
    return real->pMethods->xShmLock(real, offset, count, flags);
}

void wrappedShmBarrier(sqlite3_file* file)
{
    sqlite3_file* real = realFile(file);
    real->pMethods->xShmBarrier(real);
}

int wrappedShmUnmap(sqlite3_file* file, int deleteFlag)
{
    sqlite3_file* real = realFile(file);
    return real->pMethods->xShmUnmap(real, deleteFlag);
}

int wrappedOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* wrapped = reinterpret_cast<WrappedFile*>(file);
    wrapped->base.pMethods = nullptr;
    wrapped->real = static_cast<sqlite3_file*>(sqlite3_malloc(g_base->szOsFile));
    if (!wrapped->real)
        return SQLITE_NOMEM;
    std::memset(wrapped->real, 0, size_t(g_base->szOsFile));
    const int rc = g_base->xOpen(g_base, name, wrapped->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        sqlite3_free(wrapped->real);
        wrapped->real = nullptr;
        return rc;
    }
    wrapped->base.pMethods = &g_methods;
    return SQLITE_OK;
}

} // namespace

FaultInjectingVfs::FaultInjectingVfs()
{
    sqlite3_initialize();
    g_base = sqlite3_vfs_find(nullptr);
    g_vfs = *g_base;
    g_vfs.zName = "xs-fault";
    g_vfs.szOsFile = int(sizeof(WrappedFile));
    g_vfs.xOpen = wrappedOpen;
    g_vfs.pNext = nullptr;

    std::memset(&g_methods, 0, sizeof(g_methods));
    g_methods.iVersion = 2;
    g_methods.xClose = wrappedClose;
    g_methods.xRead = wrappedRead;
    g_methods.xWrite = wrappedWrite;
    g_methods.xTruncate = wrappedTruncate;
    g_methods.xSync = wrappedSync;
    g_methods.xFileSize = wrappedFileSize;
    g_methods.xLock = wrappedLock;
    g_methods.xUnlock = wrappedUnlock;
    g_methods.xCheckReservedLock = wrappedCheckReservedLock;
    g_methods.xFileControl = wrappedFileControl;
    g_methods.xSectorSize = wrappedSectorSize;
    g_methods.xDeviceCharacteristics = wrappedDeviceCharacteristics;
    g_methods.xShmMap = wrappedShmMap;
    g_methods.xShmLock = wrappedShmLock;
    g_methods.xShmBarrier = wrappedShmBarrier;
    g_methods.xShmUnmap = wrappedShmUnmap;

    g_budget = -1;
    g_refused = 0;
    sqlite3_vfs_register(&g_vfs, 1);
}

FaultInjectingVfs::~FaultInjectingVfs()
{
    sqlite3_vfs_unregister(&g_vfs);
    g_budget = -1;
}

void FaultInjectingVfs::failWritesAfter(qint64 bytes)
{
    g_budget = bytes;
}

void FaultInjectingVfs::disarm()
{
    g_budget = -1;
}

int FaultInjectingVfs::refusedWrites() const
{
    return g_refused.load();
}

} // namespace xs::test
