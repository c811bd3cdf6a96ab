// sync_bench: the sync protocol on loopback against a real hub holding 200,000 records.
//   initial pull (records/s), the same pages fetched by curl (byte rate ratio), an incremental
//   sync of 100 operations (round trips), and 20 desktops pushing and pulling at once (latency).
// One JSON line per figure. The pull is timed to the end of the sync (every record stored and
// searchable); the search index's background catch-up after it is timed and reported on its own.
//
//   sync_bench [--records 200000] [--clients 20] [--rounds 10]
#include "hub/HubRecords.h"
#include "hub/HubStore.h"
#include "models/catalog/CatalogSearchIndexer.h"
#include "models/common/Clock.h"
#include "models/journal/SyncLedger.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TestDesktop.h"
#include "tests/support/TestSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <cstdio>

namespace {
// Benchmarks run on the real time: ids made in one run stay in time order, as on a desktop.
const xs::SystemClock TestClock;
} // namespace

using namespace xs;
using namespace xs::test;

namespace {

const QString Password = xs::test::DemoPassword;

void print(const QJsonObject& line)
{
    QJsonObject full = line;
    full.insert(QStringLiteral("bench"), QStringLiteral("sync"));
    std::printf("%s\n", QJsonDocument(full).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "sync_bench: %s\n", qPrintable(message));
    std::exit(1);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

void seed(const QString& database, int count, bool randomIds)
{
    QString error;
    const std::unique_ptr<HubStore> store = HubStore::open(database, TestClock, &error);
    if (!store)
        fail(error);
    QList<RecordState> records;
    records.reserve(count);
    for (int i = 0; i < count; ++i) {
        records.append(
            {QStringLiteral("catalog_entry"),
             randomIds ? QUuid::createUuid().toString(QUuid::WithoutBraces) : ChangeJournal::newId(TestClock),
             0,
             false,
             {},
             {},
             {{QStringLiteral("name"), QStringLiteral("湖南省公共数据资源目录条目 %1").arg(i)},
              {QStringLiteral("code"), QStringLiteral("430000-%1").arg(i, 8, 10, QLatin1Char('0'))},
              {QStringLiteral("department_code"), QStringLiteral("430000027")},
              {QStringLiteral("abstract"),
               QStringLiteral("提供全省范围内的数据资源，按月更新，用于政务服务与社会治理等场景。")},
              {QStringLiteral("share_attribute"), QStringLiteral("有条件共享")},
              {QStringLiteral("grade"), QStringLiteral("一般数据")},
              {QStringLiteral("status"), QStringLiteral("published")}},
             0});
    }
    if (!HubRecords(*store).seed(records, QStringLiteral("bench"), &error))
        fail(error);
}

/// Bytes of the answers to GET /changes in the hub's log (gzip, as sent).
qint64 pulledBytes(const QByteArray& log)
{
    qint64 total = 0;
    for (const QByteArray& line : log.split('\n')) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (event.value(QStringLiteral("path")).toString() == QLatin1String("/api/v1/changes"))
            total += event.value(QStringLiteral("bytes")).toInteger();
    }
    return total;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("records"), QStringLiteral("Records on the hub."), QStringLiteral("N"),
                      QStringLiteral("200000")});
    parser.addOption({QStringLiteral("clients"), QStringLiteral("Concurrent desktops."), QStringLiteral("N"),
                      QStringLiteral("20")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Syncs per concurrent desktop."),
                      QStringLiteral("N"), QStringLiteral("10")});
    parser.addOption(
        {QStringLiteral("random-ids"),
         QStringLiteral("Seed with random (version 4) UUIDs instead of the desktop's time-ordered ids.")});
    parser.process(application);
    const int recordCount = parser.value(QStringLiteral("records")).toInt();
    const int clientCount = parser.value(QStringLiteral("clients")).toInt();
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();

    QTemporaryDir directory;
    const QString database = directory.filePath(QStringLiteral("hub.db"));
    if (HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), database}) != 0)
        fail(QStringLiteral("xiangshu-hub demo failed (is XS_HUB set?)"));
    QElapsedTimer seeding;
    seeding.start();
    const bool randomIds = parser.isSet(QStringLiteral("random-ids"));
    seed(database, recordCount, randomIds);
    std::fprintf(stderr, "sync_bench: seeded %d records in %lld ms\n", recordCount, seeding.elapsed());

    HubProcess hub(directory.path());
    if (!hub.start(database))
        fail(QStringLiteral("the hub did not start: ") + QString::fromUtf8(hub.log()));

    // 1. Initial pull into a new desktop, pages and all, into its encrypted database.
    TestDesktop first(directory.filePath(QStringLiteral("first.db")), hub, QStringLiteral("demo-admin"),
                      Password);
    if (!first.isReady())
        fail(first.error());
    const qint64 logBefore = hub.log().size();
    QElapsedTimer pullTimer;
    pullTimer.start();
    const SyncEngine::Summary initial = first.sync();
    const double pullSeconds = double(pullTimer.nsecsElapsed()) / 1e9;
    if (initial.error.isError())
        fail(initial.error.detail());
    const qint64 bytes = pulledBytes(hub.log().mid(logBefore));
    // What the app does next in the background: the search index catches up on the bulk pull.
    QElapsedTimer indexTimer;
    indexTimer.start();
    if (const DatabaseError error = CatalogSearchIndexer::runToEnd(first.database().connection());
        error.isError())
        fail(error.fullText());
    const double indexSeconds = double(indexTimer.nsecsElapsed()) / 1e9;
    print({{QStringLiteral("metric"), QStringLiteral("initial_pull")},
           {QStringLiteral("ids"), randomIds ? QStringLiteral("uuid-v4") : QStringLiteral("uuid-v7")},
           {QStringLiteral("records"), initial.pulled},
           {QStringLiteral("seconds"), std::round(pullSeconds * 1000) / 1000},
           {QStringLiteral("records_per_s"), qRound(initial.pulled / pullSeconds)},
           {QStringLiteral("round_trips"), initial.roundTrips},
           {QStringLiteral("bytes"), bytes},
           {QStringLiteral("search_index_catch_up_seconds"), std::round(indexSeconds * 1000) / 1000},
           {QStringLiteral("target_records_per_s"), 10000},
           {QStringLiteral("meets_target"), initial.pulled / pullSeconds >= 10000}});

    // 2. curl fetching the same pages from the same hub, over one kept-alive connection.
    HttpProbe probe(hub.url(), hub.caFile());
    const QString token = probe.login(QStringLiteral("demo-manager"), Password);
    QStringList curlArguments{
        QStringLiteral("-s"),       QStringLiteral("--compressed"),
        QStringLiteral("--cacert"), hub.caFile(),
        QStringLiteral("-H"),       QStringLiteral("Authorization: Bearer ") + token,
        QStringLiteral("-w"),       QStringLiteral("%{size_download} %{time_total}\\n")};
    const int pages = (initial.pulled + SyncEngine::PageSize - 1) / SyncEngine::PageSize;
    for (int page = 0; page < pages; ++page)
        curlArguments << QStringLiteral("-o") << QStringLiteral("/dev/null")
                      << hub.url().toString() + QStringLiteral("/api/v1/changes?after=%1&limit=%2")
                                                    .arg(qint64(page) * SyncEngine::PageSize)
                                                    .arg(SyncEngine::PageSize);
    // Three runs, the median kept: on a 2-core machine one run varies by a third.
    QList<double> curlRuns;
    qint64 curlBytes = 0;
    for (int run = 0; run < 3; ++run) {
        QProcess curl;
        QElapsedTimer curlTimer;
        curlTimer.start();
        if (!runToEnd(curl, QStringLiteral("curl"), curlArguments, 600000))
            fail(QStringLiteral("curl failed: ") + QString::fromLocal8Bit(curl.readAllStandardError()));
        curlRuns.append(double(curlTimer.nsecsElapsed()) / 1e9);
        curlBytes = 0;
        for (const QByteArray& line : curl.readAllStandardOutput().split('\n'))
            curlBytes += line.split(' ').value(0).toLongLong();
    }
    const double curlSeconds = percentile(curlRuns, 0.5);
    const double clientRate = double(bytes) / pullSeconds;
    const double curlRate = double(curlBytes) / curlSeconds;
    print({{QStringLiteral("metric"), QStringLiteral("initial_pull_vs_curl")},
           {QStringLiteral("client_bytes"), bytes},
           {QStringLiteral("curl_bytes"), curlBytes},
           {QStringLiteral("client_bytes_per_s"), qRound64(clientRate)},
           {QStringLiteral("curl_bytes_per_s"), qRound64(curlRate)},
           {QStringLiteral("curl_seconds"), std::round(curlSeconds * 1000) / 1000},
           {QStringLiteral("curl_runs_seconds"),
            QJsonArray{std::round(curlRuns[0] * 1000) / 1000, std::round(curlRuns[1] * 1000) / 1000,
                       std::round(curlRuns[2] * 1000) / 1000}},
           {QStringLiteral("ratio"), std::round(clientRate / curlRate * 1000) / 1000},
           {QStringLiteral("ratio_with_search_index"),
            std::round(double(bytes) / (pullSeconds + indexSeconds) / curlRate * 1000) / 1000},
           {QStringLiteral("target"), 0.5},
           {QStringLiteral("meets_target"), clientRate / curlRate >= 0.5}});

    // 3. Incremental sync of 100 operations.
    // Complete entries: the hub runs the catalog's rules, and a bare name would be refused.
    int codes = 700000;
    const auto entry = [&codes](const QString& name) {
        QJsonObject fields = test::validCatalogEntry(name, QStringLiteral("430000027"));
        fields.insert(QStringLiteral("code"), QStringLiteral("101001001/%1").arg(++codes));
        return fields;
    };
    for (int i = 0; i < 100; ++i)
        first.journal().upsert(QStringLiteral("catalog_entry"), ChangeJournal::newId(TestClock),
                               entry(QStringLiteral("增量 %1").arg(i)));
    const SyncEngine::Summary incremental = first.sync();
    print({{QStringLiteral("metric"), QStringLiteral("incremental_sync_100_ops")},
           {QStringLiteral("pushed"), incremental.pushed},
           {QStringLiteral("round_trips"), incremental.roundTrips},
           {QStringLiteral("target_round_trips"), 3},
           {QStringLiteral("meets_target"), incremental.pushed == 100 && incremental.roundTrips <= 3}});

    // 4. Desktops pushing and pulling at once; each starts at the hub's current cursor.
    std::vector<std::unique_ptr<TestDesktop>> desktops;
    std::vector<std::unique_ptr<SyncEngine>> engines;
    for (int i = 0; i < clientCount; ++i) {
        desktops.push_back(std::make_unique<TestDesktop>(directory.filePath(QStringLiteral("c%1.db").arg(i)),
                                                         hub, QStringLiteral("demo-admin"), Password));
        if (!desktops.back()->isReady())
            fail(desktops.back()->error());
        SyncLedger(desktops.back()->database().connection()).setCursor(incremental.cursor);
        engines.push_back(std::make_unique<SyncEngine>(desktops.back()->database().connection(),
                                                       QStringLiteral("demo-admin"),
                                                       desktops.back()->client(), TestClock));
    }
    QList<double> latencies;
    int running = clientCount;
    int failures = 0;
    int rejected = 0; // operations the hub refused: the bench's own records must all be applied
    QEventLoop loop;
    std::vector<int> done(size_t(clientCount), 0); // rounds finished per desktop
    std::vector<QElapsedTimer> timers;
    timers.resize(size_t(clientCount));
    for (int i = 0; i < clientCount; ++i) {
        const auto next = [&, i] {
            if (done[size_t(i)] == rounds) {
                if (--running == 0)
                    loop.quit();
                return;
            }
            for (int r = 0; r < 5; ++r)
                desktops[size_t(i)]->journal().upsert(QStringLiteral("catalog_entry"),
                                                      ChangeJournal::newId(TestClock),
                                                      entry(QStringLiteral("并发 %1-%2").arg(i).arg(r)));
            ++done[size_t(i)];
            timers[size_t(i)].start();
            engines[size_t(i)]->start(true);
        };
        QObject::connect(engines[size_t(i)].get(), &SyncEngine::finished, &loop,
                         [&, i, next](const SyncEngine::Summary& summary) {
                             latencies << double(timers[size_t(i)].nsecsElapsed()) / 1e6;
                             failures += summary.error.isError() ? 1 : 0;
                             rejected += summary.rejected;
                             QTimer::singleShot(0, next);
                         });
        QTimer::singleShot(0, next);
    }
    QElapsedTimer wall;
    wall.start();
    loop.exec();
    print({{QStringLiteral("metric"), QStringLiteral("concurrent_clients")},
           {QStringLiteral("clients"), clientCount},
           {QStringLiteral("syncs"), latencies.size()},
           {QStringLiteral("operations"), clientCount * rounds * 5},
           {QStringLiteral("failures"), failures},
           {QStringLiteral("rejected"), rejected},
           {QStringLiteral("sync_latency_p50_ms"), std::round(percentile(latencies, 0.50) * 10) / 10},
           {QStringLiteral("sync_latency_p99_ms"), std::round(percentile(latencies, 0.99) * 10) / 10},
           {QStringLiteral("wall_seconds"), std::round(double(wall.elapsed())) / 1000}});
    return 0;
}
