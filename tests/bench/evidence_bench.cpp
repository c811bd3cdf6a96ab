// evidence_bench: evidence photos from an auditor's desktop to a real hub over TLS on loopback.
//   upload throughput of AttachmentSync (1 MiB chunks, each hashed and checked, then the whole
//   file checked by the hub) against curl sending the same chunks and completions to the same hub
//   over one kept-alive connection; the desktop's resident memory growth per GiB uploaded; and the
//   longest stall of the thread that runs the upload (the UI thread in the app), seen by a 10 ms timer.
// One JSON line per figure, all from one run.
//
//   evidence_bench [--files 200] [--size-mib 5]
#include "app/sync/AttachmentSync.h"
#include "models/attachments/AttachmentLimits.h"
#include "models/common/Clock.h"
#include "models/fieldaudit/EvidenceRecorder.h"
#include "models/fieldaudit/FieldAuditWorkflow.h"
#include "tests/support/FieldAuditFixture.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TestDesktop.h"
#include "tests/support/TestSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <cmath>
#include <cstdio>

using namespace xs;
using namespace xs::test;

namespace {

void print(const QJsonObject& line)
{
    QJsonObject full = line;
    full.insert(QStringLiteral("bench"), QStringLiteral("evidence"));
    std::printf("%s\n", QJsonDocument(full).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// The hub of this run: std::exit runs no destructors, and a hub left behind would run forever.
HubProcess* runningHub = nullptr;

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "evidence_bench: %s\n", qPrintable(message));
    if (runningHub)
        runningHub->kill();
    std::exit(1);
}

double rounded(double value, int digits = 3)
{
    const double scale = std::pow(10.0, digits);
    return std::round(value * scale) / scale;
}

/// A photo-sized file: a JPEG start marker, then noise (photos do not compress either).
QByteArray photoBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32*>(bytes.data()), size / 4);
    bytes[0] = char(0xFF);
    bytes[1] = char(0xD8);
    bytes[2] = char(0xFF);
    bytes[3] = char(0xE0);
    return bytes;
}

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("files"), QStringLiteral("Photos to upload."), QStringLiteral("N"),
                      QStringLiteral("200")});
    parser.addOption({QStringLiteral("size-mib"), QStringLiteral("Size of each photo in MiB."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.process(application);
    const int files = parser.value(QStringLiteral("files")).toInt();
    const qint64 size = parser.value(QStringLiteral("size-mib")).toLongLong() * AttachmentLimits::ChunkBytes;
    if (files < 1 || size < 1 || size > AttachmentLimits::MaxFileBytes ||
        files * size > AttachmentLimits::MaxTaskBytes)
        fail(QStringLiteral("--files and --size-mib must fit one task's 1 GiB and a file's 25 MiB"));

    QTemporaryDir dir;
    const QString hubDatabase = dir.filePath(QStringLiteral("hub.db"));
    if (HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), hubDatabase}) != 0)
        fail(QStringLiteral("hub demo failed"));
    HubProcess hub(dir.filePath(QStringLiteral("tls")));
    runningHub = &hub;
    if (!hub.start(hubDatabase))
        fail(QString::fromUtf8(hub.log()));
    HttpProbe probe(hub.url(), hub.caFile());
    QString error;
    if (!startAuditTask(probe, QStringLiteral("tpl-desktop"), QStringLiteral("task-desktop"), &error) ||
        !startAuditTask(probe, QStringLiteral("tpl-curl"), QStringLiteral("task-curl"), &error))
        fail(error);

    TestDesktop desktop(dir.filePath(QStringLiteral("auditor.xsdb")), hub, QStringLiteral("demo-auditor"),
                        DemoPassword);
    if (!desktop.isReady() || desktop.sync().error.isError())
        fail(QStringLiteral("the auditor's desktop cannot sync: ") + desktop.error());

    // The photos, recorded on the desktop as an auditor adds them; the same bytes as chunk files
    // for curl, with records of their own under a second task.
    AttachmentStore store(desktop.database().connection(), desktop.clock());
    EvidenceRecorder recorder(desktop.database().connection(), desktop.journal(), store);
    const Principal auditor{QStringLiteral("demo-auditor"), Role::Auditor, {}};
    const QString auditorToken = probe.login(QStringLiteral("demo-auditor"), DemoPassword);
    const QString chunkFolder = dir.filePath(QStringLiteral("curl-chunks"));
    QDir().mkpath(chunkFolder);
    QStringList curlConfig;
    QList<QJsonObject> curlRecords;
    QElapsedTimer addTimer;
    qint64 addNanoseconds = 0;
    for (int file = 0; file < files; ++file) {
        const QByteArray bytes = photoBytes(size, quint32(file + 1));
        addTimer.start();
        DatabaseError added;
        if (!recorder.add(auditor,
                          {QStringLiteral("task-desktop"),
                           QStringLiteral("C1"),
                           QStringLiteral("photo-%1.jpg").arg(file),
                           bytes,
                           {}},
                          &added))
            fail(added.fullText());
        addNanoseconds += addTimer.nsecsElapsed();
        const QString id = QStringLiteral("curl-%1").arg(file);
        curlRecords.append(
            HttpProbe::upsert(FieldAuditWorkflow::EvidenceEntity, id,
                              {{QStringLiteral("task_id"), QStringLiteral("task-curl")},
                               {QStringLiteral("item_code"), QStringLiteral("C1")},
                               {QStringLiteral("file_name"), QStringLiteral("photo-%1.jpg").arg(file)},
                               {QStringLiteral("media_type"), QStringLiteral("image/jpeg")},
                               {QStringLiteral("size"), size},
                               {QStringLiteral("sha256"), AttachmentStore::sha256Of(bytes)}}));
        const QString base =
            hub.url().toString() + QStringLiteral("/api/v1/attachments/audit_evidence/") + id;
        const int chunks = AttachmentLimits::chunkCount(size);
        for (int chunk = 0; chunk < chunks; ++chunk) {
            const QByteArray part = bytes.mid(qint64(chunk) * AttachmentLimits::ChunkBytes,
                                              AttachmentLimits::chunkLength(size, chunk));
            const QString path = QStringLiteral("%1/%2-%3").arg(chunkFolder, id).arg(chunk);
            if (!writeFile(path, part))
                fail(QStringLiteral("cannot write ") + path);
            curlConfig << QStringLiteral("url = %1").arg(quoted(base + QStringLiteral("/%1").arg(chunk)))
                       << QStringLiteral("upload-file = %1").arg(quoted(path))
                       << QStringLiteral("header = %1")
                              .arg(quoted(QStringLiteral("X-Chunk-Sha256: ") +
                                          AttachmentStore::sha256Of(part)))
                       << QStringLiteral("next");
        }
        curlConfig << QStringLiteral("url = %1").arg(quoted(base + QStringLiteral("/complete")))
                   << QStringLiteral("data = \"\"") << QStringLiteral("next");
    }
    for (qsizetype from = 0; from < curlRecords.size(); from += 100) {
        if (probe.push(curlRecords.mid(from, 100), auditorToken).size() !=
            qMin<qsizetype>(100, curlRecords.size() - from))
            fail(QStringLiteral("the hub did not take curl's evidence records"));
    }
    const double addSeconds = double(addNanoseconds) / 1e9;
    print({{QStringLiteral("metric"), QStringLiteral("add_evidence")},
           {QStringLiteral("files"), files},
           {QStringLiteral("mib_per_s"),
            rounded(double(files * size) / AttachmentLimits::ChunkBytes / addSeconds, 1)}});
    if (desktop.sync().error.isError())
        fail(QStringLiteral("the evidence records were not pushed"));

    // 1. The desktop's upload, with a 10 ms timer on the same thread to see every stall.
    const qint64 rssBefore = residentKiB(QCoreApplication::applicationPid());
    AttachmentSync sync(desktop.client(), store, desktop.database());
    QElapsedTimer sinceTick;
    qint64 longestStallMs = 0;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestStallMs = qMax(longestStallMs, sinceTick.elapsed() - 10);
        sinceTick.restart();
    });
    AttachmentSync::Summary summary;
    QEventLoop loop;
    QElapsedTimer uploadTimer;
    uploadTimer.start();
    sinceTick.start();
    ticker.start();
    sync.uploadPending([&](const AttachmentSync::Summary& result) {
        summary = result;
        loop.quit();
    });
    loop.exec();
    const double uploadSeconds = double(uploadTimer.nsecsElapsed()) / 1e9;
    ticker.stop();
    const qint64 rssAfter = residentKiB(QCoreApplication::applicationPid());
    if (summary.error.isError() || summary.uploaded != files)
        fail(QStringLiteral("upload: %1 of %2 files, %3")
                 .arg(summary.uploaded)
                 .arg(files)
                 .arg(summary.error.detail()));

    // 2. curl, the same bytes to the same hub: every chunk, then each file's completion.
    const QString configPath = dir.filePath(QStringLiteral("curl.config"));
    const QString common =
        // "Expect:" off: QtHttpServer sends no 100 Continue, and curl would wait a second per chunk.
        QStringLiteral(
            "silent\nfail\noutput = \"/dev/null\"\ncacert = %1\nheader = %2\nheader = \"Expect:\"\n")
            .arg(quoted(hub.caFile()), quoted(QStringLiteral("Authorization: Bearer ") + auditorToken));
    QString config;
    for (const QString& line : curlConfig) {
        if (config.isEmpty() || config.endsWith(QStringLiteral("next\n")))
            config += common;
        config += line + QLatin1Char('\n');
    }
    config.chop(QStringLiteral("next\n").size()); // the last request has no successor
    if (!writeFile(configPath, config.toUtf8()))
        fail(QStringLiteral("cannot write the curl config"));
    QProcess curl;
    QElapsedTimer curlTimer;
    curlTimer.start();
    if (!runToEnd(curl, QStringLiteral("curl"), {QStringLiteral("-K"), configPath}, 600000))
        fail(QStringLiteral("curl failed: ") + QString::fromLocal8Bit(curl.readAllStandardError()));
    const double curlSeconds = double(curlTimer.nsecsElapsed()) / 1e9;
    const HttpProbe::Answer last = probe.send(
        "GET", QStringLiteral("/api/v1/attachments/audit_evidence/curl-%1").arg(files - 1), {}, auditorToken);
    if (!last.json().value(QStringLiteral("complete")).toBool())
        fail(QStringLiteral("curl's files are not complete on the hub"));

    const double mebibytes = double(files * size) / AttachmentLimits::ChunkBytes;
    const double ratio = curlSeconds / uploadSeconds;
    print({{QStringLiteral("metric"), QStringLiteral("upload_vs_curl")},
           {QStringLiteral("files"), files},
           {QStringLiteral("mib"), mebibytes},
           {QStringLiteral("chunk_requests"), sync.chunksStarted()},
           {QStringLiteral("seconds"), rounded(uploadSeconds)},
           {QStringLiteral("mib_per_s"), rounded(mebibytes / uploadSeconds, 1)},
           {QStringLiteral("curl_seconds"), rounded(curlSeconds)},
           {QStringLiteral("curl_mib_per_s"), rounded(mebibytes / curlSeconds, 1)},
           {QStringLiteral("ratio"), rounded(ratio)},
           {QStringLiteral("target"), 0.5},
           {QStringLiteral("meets_target"), ratio >= 0.5}});
    const double growthMib = double(rssAfter - rssBefore) / 1024;
    const double perGib = growthMib / (mebibytes / 1024);
    print({{QStringLiteral("metric"), QStringLiteral("upload_memory")},
           {QStringLiteral("rss_before_mib"), rounded(double(rssBefore) / 1024, 1)},
           {QStringLiteral("rss_after_mib"), rounded(double(rssAfter) / 1024, 1)},
           {QStringLiteral("growth_mib_per_gib"), rounded(perGib, 1)},
           {QStringLiteral("target_mib_per_gib"), 64},
           {QStringLiteral("meets_target"), perGib <= 64}});
    print({{QStringLiteral("metric"), QStringLiteral("upload_thread_stall")},
           {QStringLiteral("longest_stall_ms"), longestStallMs},
           {QStringLiteral("target_ms"), 50},
           {QStringLiteral("meets_target"), longestStallMs <= 50}});
    runningHub = nullptr;
    return 0;
}
