// storage_bench: what encryption costs. The same catalog-like workload runs on the same engine
// (bundled SQLCipher) with and without a key, in one run, and each figure is printed as a JSON
// line with both timings and their ratio.
//
//   storage_bench [--rows 200000] [--repeat 15] [--dir PATH]
#include "CatalogWorkload.h"
#include "models/storage/Database.h"
#include "models/storage/SqlCipherDriver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace xs;
using bench::CatalogWorkload;

namespace {

struct Variant
{
    QString name;
    bool encrypted = false;
    QString path;
};

struct Settings
{
    int rows = 200000;
    int repeat = 15;
    QString directory;
};

const DatabaseKey BenchKey =
    DatabaseKey::fromHex("8d0e5a6f1b2c3d4e5f60718293a4b5c6d7e8f90112233445566778899aabbcc0");

std::unique_ptr<Database> openVariant(const Variant& variant, int cacheKiB, bool create)
{
    Database::Options options;
    options.cacheSizeKiB = cacheKiB;
    DatabaseError error;
    std::unique_ptr<Database> database;
    if (!variant.encrypted)
        database = Database::openPlaintextBaselineForBenchmark(variant.path, options, &error);
    else if (create)
        database = Database::create(variant.path, BenchKey, options, &error);
    else
        database = Database::open(variant.path, BenchKey, options, &error);
    if (!database) {
        std::fprintf(stderr, "storage_bench: cannot open %s: %s\n", qPrintable(variant.path),
                     qPrintable(error.fullText()));
        std::exit(1);
    }
    return database;
}

double milliseconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

/// Runs a query to its last row; returns the rows read.
int runQuery(const QSqlDatabase& database, const CatalogWorkload::Query& spec)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(spec.sql);
    for (const QVariant& value : spec.bindings)
        query.addBindValue(value);
    if (!query.exec()) {
        std::fprintf(stderr, "storage_bench: %s failed: %s\n", qPrintable(spec.name),
                     qPrintable(query.lastError().text()));
        std::exit(1);
    }
    int rows = 0;
    while (query.next())
        ++rows;
    return rows;
}

void print(const QJsonObject& line)
{
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

void report(const QString& metric, const Settings& settings, int cacheKiB, double encrypted, double plain,
            double target, const QJsonObject& extra = {})
{
    QJsonObject line{
        {QStringLiteral("bench"), QStringLiteral("storage")},
        {QStringLiteral("metric"), metric},
        {QStringLiteral("rows"), settings.rows},
        {QStringLiteral("cache_kib"), cacheKiB},
        {QStringLiteral("unit"), QStringLiteral("ms")},
        {QStringLiteral("encrypted"), std::round(encrypted * 1000) / 1000},
        {QStringLiteral("plain"), std::round(plain * 1000) / 1000},
        {QStringLiteral("ratio"), plain > 0 ? std::round(encrypted / plain * 1000) / 1000 : 0.0}};
    if (target > 0) {
        line.insert(QStringLiteral("target"), target);
        line.insert(QStringLiteral("meets_target"), plain > 0 && encrypted / plain <= target);
    }
    for (auto it = extra.begin(); it != extra.end(); ++it)
        line.insert(it.key(), it.value());
    print(line);
}

double timeBulkInsert(const Variant& variant, const Settings& settings, int cacheKiB)
{
    const std::unique_ptr<Database> database = openVariant(variant, cacheKiB, true);
    QElapsedTimer timer;
    timer.start();
    const DatabaseError error = CatalogWorkload(settings.rows).fill(database->connection());
    const double elapsed = milliseconds(timer);
    if (error.isError()) {
        std::fprintf(stderr, "storage_bench: fill failed: %s\n", qPrintable(error.fullText()));
        std::exit(1);
    }
    database->checkpoint();
    return elapsed;
}

/// Open, key, configure and run the first query: what a user waits for at start-up.
double timeOpenToFirstRead(const Variant& variant, const CatalogWorkload::Query& first, int cacheKiB)
{
    QList<double> samples;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::unique_ptr<Database> database = openVariant(variant, cacheKiB, false);
        runQuery(database->connection(), first);
        samples << milliseconds(timer);
    }
    return median(samples);
}

/// Median of warm runs (after one run that fills the page cache).
QMap<QString, double> timeReads(const Variant& variant, const QList<CatalogWorkload::Query>& queries,
                                const Settings& settings, int cacheKiB, QMap<QString, int>* rowCounts)
{
    const std::unique_ptr<Database> database = openVariant(variant, cacheKiB, false);
    QMap<QString, double> medians;
    for (const CatalogWorkload::Query& query : queries) {
        (*rowCounts)[query.name] = runQuery(database->connection(), query);
        QList<double> samples;
        for (int i = 0; i < settings.repeat; ++i) {
            QElapsedTimer timer;
            timer.start();
            runQuery(database->connection(), query);
            samples << milliseconds(timer);
        }
        medians.insert(query.name, median(samples));
    }
    return medians;
}

/// What opening would cost if the key went through SQLCipher's PBKDF2 (a passphrase key) instead of
/// being a raw key: the reason the keychain keeps raw keys.
void reportKeyDerivation(const Variant& encrypted, const Settings& settings)
{
    const auto timeFirstRead = [&](const QByteArray& keySpec) {
        QList<double> samples;
        for (int i = 0; i < 3; ++i) {
            SqlCipherDriver driver;
            QElapsedTimer timer;
            timer.start();
            driver.openFile(encrypted.path, keySpec, false, false);
            driver.executeScript(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
            samples << milliseconds(timer);
        }
        return median(samples);
    };
    // A fresh passphrase-keyed file, so the read succeeds and the full PBKDF2 cost is paid.
    const QString kdfPath = QFileInfo(encrypted.path).absolutePath() + QStringLiteral("/kdf.db");
    {
        SqlCipherDriver driver;
        driver.openFile(kdfPath, "a passphrase, not a raw key", false, true);
        driver.executeScript(QStringLiteral("CREATE TABLE t (x); INSERT INTO t VALUES (1);"));
    }
    const double derived = timeFirstRead("a passphrase, not a raw key");
    QList<double> rawSamples;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::unique_ptr<Database> database =
            openVariant(encrypted, Database::Options().cacheSizeKiB, false);
        rawSamples << milliseconds(timer);
    }
    print(QJsonObject{{QStringLiteral("bench"), QStringLiteral("storage")},
                      {QStringLiteral("metric"), QStringLiteral("key_derivation")},
                      {QStringLiteral("rows"), settings.rows},
                      {QStringLiteral("unit"), QStringLiteral("ms")},
                      {QStringLiteral("open_with_raw_key"), std::round(median(rawSamples) * 1000) / 1000},
                      {QStringLiteral("open_with_pbkdf2_256000"), std::round(derived * 1000) / 1000},
                      {QStringLiteral("ratio"), std::round(derived / median(rawSamples) * 10) / 10},
                      {QStringLiteral("note"), QStringLiteral("Database::open uses raw keys: no KDF runs")}});
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Rows in the workload."), QStringLiteral("N"),
                      QStringLiteral("200000")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Timed runs per read query."),
                      QStringLiteral("N"), QStringLiteral("15")});
    parser.addOption({QStringLiteral("dir"),
                      QStringLiteral("Folder for the database files (default: a temporary "
                                     "one)."),
                      QStringLiteral("PATH")});
    parser.process(application);

    Settings settings;
    settings.rows = parser.value(QStringLiteral("rows")).toInt();
    settings.repeat = qMax(1, parser.value(QStringLiteral("repeat")).toInt());
    QTemporaryDir temporary;
    settings.directory =
        parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path();

    const Variant encrypted{QStringLiteral("encrypted"), true,
                            settings.directory + QStringLiteral("/encrypted.db")};
    const Variant plain{QStringLiteral("plain"), false, settings.directory + QStringLiteral("/plain.db")};
    QFile::remove(encrypted.path);
    QFile::remove(plain.path);

    const int chosenCache = Database::Options().cacheSizeKiB;
    const double insertEncrypted = timeBulkInsert(encrypted, settings, chosenCache);
    const double insertPlain = timeBulkInsert(plain, settings, chosenCache);
    report(QStringLiteral("bulk_insert"), settings, chosenCache, insertEncrypted, insertPlain, 2.0,
           {{QStringLiteral("encrypted_rows_per_s"), qRound(settings.rows / (insertEncrypted / 1000))}});
    print(QJsonObject{
        {QStringLiteral("bench"), QStringLiteral("storage")},
        {QStringLiteral("metric"), QStringLiteral("file_size")},
        {QStringLiteral("rows"), settings.rows},
        {QStringLiteral("unit"), QStringLiteral("MiB")},
        {QStringLiteral("encrypted"), std::round(QFileInfo(encrypted.path).size() / 1048576.0 * 10) / 10},
        {QStringLiteral("plain"), std::round(QFileInfo(plain.path).size() / 1048576.0 * 10) / 10}});

    const CatalogWorkload workload(settings.rows);
    const QList<CatalogWorkload::Query> queries = workload.readQueries();
    report(QStringLiteral("open_to_first_read"), settings, chosenCache,
           timeOpenToFirstRead(encrypted, queries.at(3), chosenCache),
           timeOpenToFirstRead(plain, queries.at(3), chosenCache), 0.0);

    // SQLite's default cache (2 MiB) and a large one for comparison, and the cache the app uses.
    QList<int> cacheSizes{2048, 64 * 1024, chosenCache, 256 * 1024};
    std::sort(cacheSizes.begin(), cacheSizes.end());
    cacheSizes.erase(std::unique(cacheSizes.begin(), cacheSizes.end()), cacheSizes.end());
    for (const int cacheKiB : std::as_const(cacheSizes)) {
        QMap<QString, int> rowsEncrypted;
        QMap<QString, int> rowsPlain;
        const QMap<QString, double> timesEncrypted =
            timeReads(encrypted, queries, settings, cacheKiB, &rowsEncrypted);
        const QMap<QString, double> timesPlain = timeReads(plain, queries, settings, cacheKiB, &rowsPlain);
        for (const CatalogWorkload::Query& query : queries) {
            if (rowsEncrypted.value(query.name) != rowsPlain.value(query.name)) {
                std::fprintf(stderr, "storage_bench: %s returned different results\n",
                             qPrintable(query.name));
                return 1;
            }
            report(QStringLiteral("read_") + query.name, settings, cacheKiB, timesEncrypted.value(query.name),
                   timesPlain.value(query.name),
                   cacheKiB == chosenCache && query.name != QLatin1String("like_short") ? 1.15 : 0.0,
                   {{QStringLiteral("result_rows"), rowsEncrypted.value(query.name)}});
        }
    }
    reportKeyDerivation(encrypted, settings);
    return 0;
}
