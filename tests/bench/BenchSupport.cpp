#include "tests/bench/BenchSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

namespace xs::bench {

void print(const QJsonObject& line)
{
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double timeMs(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

double medianMs(int repeat, const std::function<void()>& work)
{
    QList<double> times;
    for (int i = 0; i < repeat; ++i)
        times.append(timeMs(work));
    return median(times);
}

double rawStatementMs(sqlite3* handle, const QString& sql, const QVariantList& bindings)
{
    const QByteArray utf8 = sql.toUtf8();
    QList<QByteArray> texts;
    for (const QVariant& value : bindings)
        texts.append(value.toString().toUtf8());
    return timeMs([&] {
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &statement, nullptr);
        for (int index = 0; index < texts.size(); ++index) {
            const int type = bindings.at(index).typeId();
            if (type == QMetaType::LongLong || type == QMetaType::Int)
                sqlite3_bind_int64(statement, index + 1, bindings.at(index).toLongLong());
            else
                sqlite3_bind_text(statement, index + 1, texts.at(index).constData(),
                                  int(texts.at(index).size()), SQLITE_STATIC);
        }
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int column = 0; column < sqlite3_column_count(statement); ++column)
                (void)sqlite3_column_text(statement, column);
        }
        sqlite3_finalize(statement);
    });
}

std::unique_ptr<Database> openOrGenerateDemo(const QString& path, const DatabaseKey& key,
                                             DemoDataGenerator::Scale scale, const QDate& today,
                                             double* generateMs, DatabaseError* error)
{
    *generateMs = 0;
    if (QFile::exists(path))
        return Database::open(path, key, {}, error);
    std::unique_ptr<Database> database = Database::create(path, key, {}, error);
    if (!database)
        return nullptr;
    *generateMs = timeMs([&] { *error = DemoDataGenerator(database->connection(), today).generate(scale); });
    if (error->isError())
        return nullptr;
    return database;
}

std::function<bool(const char* stage)> onlyStages(const QString& commaSeparated)
{
    const QStringList only = commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return [only](const char* stage) {
        return only.isEmpty() || only.contains(QLatin1String(stage));
    };
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct LatencyProbe::Ticks
{
    static constexpr int IntervalMs = 5;
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    QList<double> gaps;
};

LatencyProbe::LatencyProbe()
    : m_ticks(std::make_unique<Ticks>())
{
    m_ticks->timer.setInterval(Ticks::IntervalMs);
    m_ticks->clock.start();
    QObject::connect(&m_ticks->timer, &QTimer::timeout, [ticks = m_ticks.get()] {
        const qint64 now = ticks->clock.nsecsElapsed();
        if (ticks->last > 0)
            ticks->gaps.append(double(now - ticks->last) / 1e6);
        ticks->last = now;
    });
}

LatencyProbe::~LatencyProbe() = default;

void LatencyProbe::start()
{
    m_ticks->last = 0;
    m_ticks->timer.start();
}

void LatencyProbe::stop()
{
    m_ticks->timer.stop();
}

double LatencyProbe::maxBlockedMs() const
{
    const QList<double>& gaps = m_ticks->gaps;
    return gaps.isEmpty() ? 0
                          : std::max(0.0, *std::max_element(gaps.begin(), gaps.end()) - Ticks::IntervalMs);
}

QJsonObject LatencyProbe::figures() const
{
    QList<double> gaps = m_ticks->gaps;
    std::sort(gaps.begin(), gaps.end());
    return {{QStringLiteral("ticks"), gaps.size()},
            {QStringLiteral("tick_interval_ms"), Ticks::IntervalMs},
            {QStringLiteral("p50_gap_ms"), gaps.isEmpty() ? 0 : gaps.at(gaps.size() / 2)},
            {QStringLiteral("p99_gap_ms"), gaps.isEmpty() ? 0 : gaps.at(gaps.size() * 99 / 100)},
            {QStringLiteral("max_gap_ms"), gaps.isEmpty() ? 0 : gaps.constLast()},
            {QStringLiteral("max_blocked_ms"), maxBlockedMs()},
            {QStringLiteral("target"), QStringLiteral("max_blocked_ms <= 50")}};
}

} // namespace xs::bench
