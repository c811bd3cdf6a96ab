#pragma once

#include "models/demo/DemoDataGenerator.h"
#include "models/storage/Database.h"

#include <QJsonObject>
#include <QList>
#include <QVariantList>

#include <functional>
#include <memory>

struct sqlite3;

namespace xs::bench {

/// One figure as one JSON line on stdout, flushed at once (a long run shows its progress).
void print(const QJsonObject& line);
double median(QList<double> values);
/// Wall time of work, in milliseconds.
double timeMs(const std::function<void()>& work);
double medianMs(int repeat, const std::function<void()>& work);
/// A statement through the SQLite C API alone, as the yardstick of a model's page: prepare, bind
/// (integers as integers, everything else as text), step through every column of every row,
/// finalize.
double rawStatementMs(sqlite3* handle, const QString& sql, const QVariantList& bindings);
/// The demo catalog of a scale in an encrypted database at path: opened as it is if an earlier run
/// left it there (generating the bench scale takes over a minute), else created and generated, with
/// the time that took in *generateMs (0 when reused). Null, with *error set, if either fails.
std::unique_ptr<Database> openOrGenerateDemo(const QString& path, const DatabaseKey& key,
                                             DemoDataGenerator::Scale scale, const QDate& today,
                                             double* generateMs, DatabaseError* error);
/// This process's resident memory (VmRSS), in KiB; -1 if it cannot be read.
qint64 residentKiB();

/// What `--only a,b,c` asks for: whether a stage runs (every stage when the list is empty).
std::function<bool(const char* stage)> onlyStages(const QString& commaSeparated);

/// The event-loop latency probe: a 5 ms timer on the UI thread. The longest gap between two of its
/// ticks, less 5 ms, is the longest the UI thread was kept from its events (a stall a user feels).
class LatencyProbe
{
public:
    LatencyProbe();
    ~LatencyProbe();
    void start();
    void stop();
    /// The figures of the ticks so far: ticks, p50/p99/max gap, max_blocked_ms, and the target.
    QJsonObject figures() const;
    double maxBlockedMs() const;

private:
    struct Ticks;
    std::unique_ptr<Ticks> m_ticks;
};

} // namespace xs::bench
