// catalog_bench: the catalog at scale. On one encrypted database filled with the demo catalog
// (bench scale: 200,000 resources, 1,000,000 data items) it measures, in one run, and prints one
// JSON object per line:
//   filter_first_page  a filter change until the model holds its first page, against the same
//                      query (the model's page statement, FTS5 included) through the SQLite C API
//                      (target ratio <= 2, and no first page over 100 ms in any sort); the bare
//                      FTS5 MATCH is printed too, for reference, and the plan chosen for the term
//   keyset_page_2000   the cost of page 2,000 of the sorted table against page 1 (target <= 2),
//                      with the OFFSET query it replaces, for contrast
//   page_memory        resident memory of the offscreen catalog page after fetching every page
//                      (<= 250 MB); the table keeps a window of pages in memory
//   csv_import         importing 100,000 CSV rows (dry run and apply), rows/s, against a raw SQL
//                      insert of the same rows
//   item_search_first_page  data item search until the model holds its first page, against the
//                      same query through the C API (target <= 2); the bare MATCH for reference
//   item_search_tokenizer   the pair index against a trigram index of the same items: size, build
//                      time, and a two-character term (a lookup against the trigram's LIKE scan)
//
//   catalog_bench [--scale small|bench|large|province] [--repeat 7] [--dir PATH] [--import-rows 100000]
//                 [--only memory,filters,keyset,items,tokenizers,import]
#include "app/areas/CatalogServices.h"
#include "models/catalog/CatalogQuery.h"
#include "models/catalog/CatalogTableModel.h"
#include "models/catalog/DataItemSearchModel.h"
#include "models/catalog/DepartmentRepository.h"
#include "models/catalog/io/CatalogExporter.h"
#include "models/catalog/io/CatalogImporter.h"
#include "models/catalog/io/CsvCodec.h"
#include "models/common/Clock.h"
#include "models/demo/DemoDataGenerator.h"
#include "models/storage/Database.h"
#include "models/storage/PinyinCollation.h"
#include "models/storage/SqlCipherDriver.h"
#include "models/storage/Transaction.h"
#include "tests/bench/BenchSupport.h"
#include "ui/catalog/CatalogPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sqlite3.h>

namespace {
// Benchmarks run on the real time: ids made in one run stay in time order, as on a desktop.
const xs::SystemClock TestClock;
} // namespace

using namespace xs;
using namespace xs::bench;

namespace {

const DatabaseKey BenchKey =
    DatabaseKey::fromHex("3c1d5a6f1b2c3d4e5f60718293a4b5c6d7e8f90112233445566778899aabbcc7");

std::unique_ptr<Database> create(const QString& path)
{
    DatabaseError error;
    auto database = Database::create(path, BenchKey, {}, &error);
    if (!database) {
        std::fprintf(stderr, "catalog_bench: cannot create %s: %s\n", qPrintable(path),
                     qPrintable(error.fullText()));
        std::exit(1);
    }
    return database;
}

/// The FTS5 query alone, through the C API: prepare, step through a page, finalize.
double rawFtsMs(sqlite3* handle, const QByteArray& match, int pageSize)
{
    return timeMs([&] {
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(
            handle, "SELECT rowid, name, code FROM catalog_search WHERE catalog_search MATCH ?1 LIMIT ?2", -1,
            &statement, nullptr);
        sqlite3_bind_text(statement, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(statement, 2, pageSize);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            (void)sqlite3_column_text(statement, 1);
            (void)sqlite3_column_text(statement, 2);
        }
        sqlite3_finalize(statement);
    });
}

void filterFirstPage(Database& database, int repeat)
{
    sqlite3* handle = static_cast<SqlCipherDriver*>(database.connection().driver())->nativeHandle();
    const QHash<CatalogSort, QString> sortNames{{CatalogSort::Relevance, QStringLiteral("relevance")},
                                                {CatalogSort::Name, QStringLiteral("name")},
                                                {CatalogSort::Code, QStringLiteral("code")},
                                                {CatalogSort::LastUpdated, QStringLiteral("last_updated")}};
    // A rare term, one in some percent of the entries, and one in nearly all of them.
    for (const QString& term :
         {QStringLiteral("长沙市公交线路"), QStringLiteral("不动产登记"), QStringLiteral("数据项")}) {
        for (const CatalogSort sort :
             {CatalogSort::Relevance, CatalogSort::Name, CatalogSort::Code, CatalogSort::LastUpdated}) {
            CatalogTableModel model(database.connection());
            CatalogFilter filter;
            filter.text = term;
            filter.sort = sort;
            // Alternate with an unfiltered state so every measurement is a real change of filter.
            QList<double> modelTimes;
            QList<double> rawTimes;
            QList<double> ftsTimes;
            // The page statement as the model runs it, with the plan it chose for the term.
            model.setFilter(filter);
            const CatalogFilter query = model.query();
            const SqlCondition page =
                CatalogQuery::page(query, CatalogTableModel::PageSize + 1, std::nullopt);
            for (int i = 0; i < repeat; ++i) {
                model.setFilter({});
                modelTimes.append(timeMs([&] { model.setFilter(filter); }));
                rawTimes.append(rawStatementMs(handle, page.sql, page.bindings));
                ftsTimes.append(rawFtsMs(handle, (QLatin1Char('"') + term + QLatin1Char('"')).toUtf8(),
                                         CatalogTableModel::PageSize));
            }
            const double modelMs = median(modelTimes);
            const double rawMs = median(rawTimes);
            print({{QStringLiteral("figure"), QStringLiteral("filter_first_page")},
                   {QStringLiteral("term"), term},
                   {QStringLiteral("sort"), sortNames.value(sort)},
                   {QStringLiteral("plan"),
                    query.walkSortIndex ? QStringLiteral("walk_sort_index") : QStringLiteral("search_index")},
                   {QStringLiteral("rows_in_page"), model.rowCount()},
                   {QStringLiteral("model_ms"), modelMs},
                   {QStringLiteral("same_query_c_api_ms"), rawMs},
                   {QStringLiteral("fts5_match_only_c_api_ms"), median(ftsTimes)},
                   {QStringLiteral("ratio"), rawMs > 0 ? modelMs / rawMs : 0},
                   {QStringLiteral("target"), QStringLiteral("<= 2")}});
        }
    }
}

qint64 bytesOf(Database& database, const QString& namePattern)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE ?"));
    query.addBindValue(namePattern);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

// Data item search: the model's first page against its page query through the C API (target <= 2;
// the bare MATCH, without the items and resources, is printed for reference), for a common
// two-character term, a one-character prefix, a phrase and a rare term.
void itemSearchFirstPage(Database& database, int repeat)
{
    sqlite3* handle = static_cast<SqlCipherDriver*>(database.connection().driver())->nativeHandle();
    for (const QString& term : {QStringLiteral("名称"), QStringLiteral("码"), QStringLiteral("身份号码"),
                                QStringLiteral("统一社会信用代码"), QStringLiteral("tyshxydm")}) {
        DataItemSearchModel model(database.connection());
        const QString match = DataItemSearchModel::matchExpression(term);
        const SqlCondition page =
            DataItemSearchModel::page(match, DataItemSearchModel::PageSize + 1, std::nullopt);
        const QString matchOnly =
            QStringLiteral("SELECT rowid FROM data_item_search WHERE data_item_search MATCH ?1 LIMIT %1")
                .arg(DataItemSearchModel::PageSize + 1);
        QList<double> modelTimes, sameTimes, matchTimes;
        for (int i = 0; i < repeat; ++i) {
            model.setText({});
            modelTimes.append(timeMs([&] { model.setText(term); }));
            sameTimes.append(rawStatementMs(handle, page.sql, page.bindings));
            matchTimes.append(rawStatementMs(handle, matchOnly, {match}));
        }
        const double modelMs = median(modelTimes);
        const double rawMs = median(sameTimes);
        print({{QStringLiteral("figure"), QStringLiteral("item_search_first_page")},
               {QStringLiteral("term"), term},
               {QStringLiteral("rows_in_page"), model.rowCount()},
               {QStringLiteral("model_ms"), modelMs},
               {QStringLiteral("same_query_c_api_ms"), rawMs},
               {QStringLiteral("fts5_match_only_c_api_ms"), median(matchTimes)},
               {QStringLiteral("ratio"), rawMs > 0 ? modelMs / rawMs : 0},
               {QStringLiteral("target"), QStringLiteral("<= 2")}});
    }
}

// Why pairs and not trigrams: the same items indexed both ways (size, build time), and a
// two-character term, which the pair index looks up and a trigram index cannot (LIKE scans).
void itemSearchTokenizers(Database& database)
{
    sqlite3* handle = static_cast<SqlCipherDriver*>(database.connection().driver())->nativeHandle();
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("DROP TABLE IF EXISTS bench_item_trigram"));
    query.exec(QStringLiteral("DROP TABLE IF EXISTS bench_item_pairs"));
    query.exec(
        QStringLiteral("CREATE VIRTUAL TABLE bench_item_trigram USING fts5 (name, identifier, description, "
                       "content = 'data_item', content_rowid = 'rowid', tokenize = 'trigram')"));
    const double trigramBuildMs = timeMs([&] {
        query.exec(QStringLiteral("INSERT INTO bench_item_trigram (bench_item_trigram) VALUES ('rebuild')"));
    });
    query.exec(
        QStringLiteral("CREATE VIRTUAL TABLE bench_item_pairs USING fts5 (name, identifier, description, "
                       "content = 'data_item', content_rowid = 'rowid', tokenize = 'xs_bigram')"));
    const double pairsBuildMs = timeMs([&] {
        query.exec(QStringLiteral("INSERT INTO bench_item_pairs (bench_item_pairs) VALUES ('rebuild')"));
    });
    const qint64 trigramBytes = bytesOf(database, QStringLiteral("bench_item_trigram%"));
    const QString term = QStringLiteral("姓名");
    // Every match, not a page: a rare two-character term is what makes the LIKE fallback scan.
    const QString pairs =
        QStringLiteral("SELECT rowid FROM data_item_search WHERE data_item_search MATCH '\"' || ?1 || '\"'");
    const double pairsMs =
        median({rawStatementMs(handle, pairs, {term}), rawStatementMs(handle, pairs, {term}),
                rawStatementMs(handle, pairs, {term})});
    const QString like =
        QStringLiteral("SELECT rowid FROM data_item WHERE name LIKE '%' || ?1 || '%' OR "
                       "identifier LIKE '%' || ?1 || '%' OR description LIKE '%' || ?1 || '%'");
    const double likeMs =
        median({rawStatementMs(handle, like, {term}), rawStatementMs(handle, like, {term})});
    const qint64 pairsBytes = bytesOf(database, QStringLiteral("bench_item_pairs%"));
    query.exec(QStringLiteral("DROP TABLE bench_item_trigram"));
    query.exec(QStringLiteral("DROP TABLE bench_item_pairs"));
    print({{QStringLiteral("figure"), QStringLiteral("item_search_tokenizer")},
           {QStringLiteral("pairs_index_bytes"), pairsBytes},
           {QStringLiteral("trigram_index_bytes"), trigramBytes},
           {QStringLiteral("pairs_build_ms"), pairsBuildMs},
           {QStringLiteral("trigram_build_ms"), trigramBuildMs},
           {QStringLiteral("two_character_term_pairs_ms"), pairsMs},
           {QStringLiteral("two_character_term_trigram_like_scan_ms"), likeMs},
           {QStringLiteral("ratio"), likeMs > 0 ? pairsMs / likeMs : 0}});
}

void keysetPaging(Database& database, qint64 entries)
{
    const int pageSize = 100;
    const int pages = int(std::min<qint64>(2000, entries / pageSize));
    CatalogTableModel model(database.connection(), nullptr, pageSize);
    CatalogFilter filter;
    filter.sort = CatalogSort::Name;
    const PinyinCollation pinyin;
    {
        const SqlCondition page =
            CatalogQuery::page(filter, pageSize + 1, qMakePair(QVariant(pinyin.sortKey(u"数据")), qint64(0)));
        QSqlQuery plan(database.connection());
        plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + page.sql);
        for (const QVariant& value : page.bindings)
            plan.addBindValue(value);
        plan.exec();
        while (plan.next())
            std::fprintf(stderr, "catalog_bench: plan: %s\n", qPrintable(plan.value(3).toString()));
    }
    // Scrolling: each page is fetched once, as a user scrolling down would (cold pages).
    model.setFilter(filter);
    QList<double> pageTimes{0}; // page 1 came with setFilter
    for (int page = 2; page <= pages; ++page)
        pageTimes.append(timeMs([&] { model.fetchMore({}); }));
    const double coldFirst = median(pageTimes.mid(1, 10));
    const double coldLast = median(pageTimes.mid(pages - 10, 10));

    // The page statement itself, repeated at the start and at page 2,000 (warm cache).
    auto pageMs = [&](const std::optional<QPair<QVariant, qint64>>& after) {
        const SqlCondition page = CatalogQuery::page(filter, pageSize + 1, after);
        return medianMs(7, [&] {
            QSqlQuery query(database.connection());
            query.setForwardOnly(true);
            query.prepare(page.sql);
            for (const QVariant& value : page.bindings)
                query.addBindValue(value);
            query.exec();
            while (query.next()) {
                for (int column = 0; column < 11; ++column)
                    (void)query.value(column).toString();
            }
        });
    };
    const QModelIndex last = model.index((pages - 1) * pageSize - 1, CatalogTableModel::NameColumn);
    const double warmFirst = pageMs(std::nullopt);
    QSqlQuery rowidOf(database.connection());
    rowidOf.prepare(QStringLiteral("SELECT rowid FROM catalog_entry WHERE id = ?"));
    rowidOf.addBindValue(last.data(CatalogTableModel::IdRole).toString());
    if (!rowidOf.exec() || !rowidOf.next()) {
        std::fprintf(stderr, "catalog_bench: the last row of page %d is not in the table\n", pages - 1);
        std::exit(1);
    }
    const double warmLast =
        pageMs(qMakePair(QVariant(pinyin.sortKey(last.data(CatalogTableModel::RawValueRole).toString())),
                         rowidOf.value(0).toLongLong()));
    // The OFFSET query that keyset paging replaces, at the same depth.
    auto offsetMs = [&](int page) {
        return medianMs(3, [&] {
            QSqlQuery query(database.connection());
            query.exec(QStringLiteral("SELECT id, name FROM catalog_entry e WHERE e.deleted = 0 ORDER BY "
                                      "e.name_pinyin, e.rowid LIMIT %1 OFFSET %2")
                           .arg(pageSize)
                           .arg((page - 1) * pageSize));
            while (query.next()) {
            }
        });
    };
    const double offset1 = offsetMs(1);
    const double offsetN = offsetMs(pages);
    print({{QStringLiteral("figure"), QStringLiteral("keyset_page_2000")},
           {QStringLiteral("page_size"), pageSize},
           {QStringLiteral("page"), pages},
           {QStringLiteral("rows_loaded"), model.rowCount()},
           {QStringLiteral("warm_page_1_ms"), warmFirst},
           {QStringLiteral("warm_page_n_ms"), warmLast},
           {QStringLiteral("ratio"), warmFirst > 0 ? warmLast / warmFirst : 0},
           {QStringLiteral("scroll_pages_2_to_11_ms"), coldFirst},
           {QStringLiteral("scroll_pages_n_minus_9_to_n_ms"), coldLast},
           {QStringLiteral("scroll_ratio"), coldFirst > 0 ? coldLast / coldFirst : 0},
           {QStringLiteral("offset_page_1_ms"), offset1},
           {QStringLiteral("offset_page_n_ms"), offsetN},
           {QStringLiteral("offset_ratio"), offset1 > 0 ? offsetN / offset1 : 0},
           {QStringLiteral("target"), QStringLiteral("<= 2")}});
}

void pageMemory(Database& database)
{
    const qint64 before = residentKiB();
    CatalogPage page(std::make_unique<CatalogServices>(database.connection(), database.path(), BenchKey,
                                                       QStringLiteral("bench"), TestClock),
                     CatalogPermissions::standalone());
    page.resize(1400, 860);
    page.show();
    CatalogTableModel& model = page.tableModel();
    while (model.isReadingFirstPage()) // read off the UI thread; its result comes as an event
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double loadMs = timeMs([&] {
        while (model.canFetchMore({})) {
            model.fetchMore({});
            while (model.isReadingNextPage()) // the page's loader reads it on its thread
                QApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        QApplication::processEvents();
    });
    const qint64 after = residentKiB();
    print({{QStringLiteral("figure"), QStringLiteral("page_memory")},
           {QStringLiteral("rows_fetched"), model.rowCount()},
           {QStringLiteral("rows_in_memory"), double(model.rowsInMemory())},
           {QStringLiteral("load_all_ms"), loadMs},
           {QStringLiteral("process_rss_mb"), double(after) / 1024},
           {QStringLiteral("rss_before_page_mb"), double(before) / 1024},
           {QStringLiteral("page_growth_mb"), double(after - before) / 1024},
           {QStringLiteral("target"), QStringLiteral("<= 250 MB")}});
}

void csvImport(Database& source, const QString& directory, int importRows)
{
    QList<QStringList> table;
    CatalogExporter(source.connection(), TestClock).rows(std::nullopt, &table);
    const QStringList header = table.takeFirst();
    table = table.mid(0, importRows);
    const QByteArray csv = CsvCodec::write(header, table);

    for (const QString& stale :
         QDir(directory).entryList({QStringLiteral("import.db*"), QStringLiteral("raw.db*")}))
        QFile::remove(directory + QLatin1Char('/') + stale); // from an earlier run in the same --dir
    auto target = create(directory + QStringLiteral("/import.db"));
    DepartmentRepository(target->connection()).insert(DemoDataGenerator::departments());
    CatalogImporter importer(target->connection(), QStringLiteral("bench"), TestClock);
    ImportPlan plan;
    const double planMs = timeMs([&] { plan = importer.plan(csv, CatalogFileFormat::Csv); });
    DatabaseError error;
    const double applyMs = timeMs([&] { error = importer.apply(plan, QStringLiteral("bench")); });

    // The same rows written with plain prepared INSERTs: no rules, no journal, no history.
    auto raw = create(directory + QStringLiteral("/raw.db"));
    const double rawMs = timeMs([&] {
        Transaction transaction(raw->connection());
        transaction.begin();
        QSqlQuery insert(raw->connection());
        insert.prepare(QStringLiteral("INSERT INTO catalog_entry (id, name, code, department_code, abstract, "
                                      "update_frequency, share_attribute, grade, updated_at, updated_by) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2026-11-28T00:00:00Z', 'bench')"));
        QSqlQuery item(raw->connection());
        item.prepare(
            QStringLiteral("INSERT INTO data_item (id, entry_id, position, name, identifier, updated_at, "
                           "updated_by) VALUES (?, ?, ?, ?, ?, '2026-11-28T00:00:00Z', 'bench')"));
        for (const QStringList& row : std::as_const(table)) {
            for (const int column : {0, 1, 2, 3, 4, 7, 8, 17})
                insert.addBindValue(row.at(column));
            insert.exec();
            const QJsonArray items = QJsonDocument::fromJson(row.constLast().toUtf8()).array();
            int position = 0;
            for (const QJsonValue& value : items) {
                const QJsonObject fields = value.toObject();
                item.addBindValue(fields.value(QLatin1String("id")).toString());
                item.addBindValue(row.at(0));
                item.addBindValue(++position);
                item.addBindValue(fields.value(QLatin1String("name")).toString());
                item.addBindValue(fields.value(QLatin1String("identifier")).toString());
                item.exec();
            }
        }
        transaction.commit();
    });
    const double importMs = planMs + applyMs;
    print({{QStringLiteral("figure"), QStringLiteral("csv_import")},
           {QStringLiteral("rows"), int(table.size())},
           {QStringLiteral("csv_mb"), double(csv.size()) / (1024 * 1024)},
           {QStringLiteral("ok"), !error.isError() && plan.canApply()},
           {QStringLiteral("dry_run_ms"), planMs},
           {QStringLiteral("apply_ms"), applyMs},
           {QStringLiteral("rows_per_s"), importMs > 0 ? table.size() * 1000.0 / importMs : 0},
           {QStringLiteral("raw_insert_ms"), rawMs},
           {QStringLiteral("raw_rows_per_s"), rawMs > 0 ? table.size() * 1000.0 / rawMs : 0},
           {QStringLiteral("ratio"), rawMs > 0 ? importMs / rawMs : 0}});
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("scale"), QStringLiteral("small, bench, large or province"), QStringLiteral("SCALE"),
          QStringLiteral("bench")},
         {QStringLiteral("repeat"), QStringLiteral("repetitions"), QStringLiteral("N"), QStringLiteral("7")},
         {QStringLiteral("dir"), QStringLiteral("work directory"), QStringLiteral("PATH")},
         {QStringLiteral("import-rows"), QStringLiteral("rows to import"), QStringLiteral("N"),
          QStringLiteral("100000")},
         {QStringLiteral("only"),
          QStringLiteral("comma-separated stages: memory, filters, keyset, items, tokenizers, import"),
          QStringLiteral("STAGES")}});
    parser.process(app);
    const std::optional<DemoDataGenerator::Scale> scale =
        DemoDataGenerator::scaleFromString(parser.value(QStringLiteral("scale")));
    if (!scale) {
        std::fprintf(stderr, "catalog_bench: --scale small, bench, large or province\n");
        return 2;
    }
    QTemporaryDir temporary;
    const QString directory =
        parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path();
    // --dir with a catalog.db from an earlier run reuses it (generating the bench scale takes a while).
    const QString path = directory + QStringLiteral("/catalog.db");
    DatabaseError error;
    double generateMs = 0;
    const std::unique_ptr<Database> database =
        openOrGenerateDemo(path, BenchKey, *scale, TestClock.today(), &generateMs, &error);
    if (!database) {
        std::fprintf(stderr, "catalog_bench: demo data: %s\n", qPrintable(error.fullText()));
        return 1;
    }
    const qint64 entries = DemoDataGenerator::entriesFor(*scale);
    print({{QStringLiteral("figure"), QStringLiteral("demo_data")},
           {QStringLiteral("scale"), DemoDataGenerator::scaleToString(*scale)},
           {QStringLiteral("resources"), entries},
           {QStringLiteral("data_items"), entries * 5},
           {QStringLiteral("generate_ms"), generateMs}});
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
    const auto runs = onlyStages(parser.value(QStringLiteral("only")));
    if (runs("memory"))
        pageMemory(*database); // first, so that no earlier stage's memory counts against the page
    if (runs("filters"))
        filterFirstPage(*database, repeat);
    if (runs("keyset"))
        keysetPaging(*database, entries);
    if (runs("items"))
        itemSearchFirstPage(*database, repeat);
    if (runs("tokenizers"))
        itemSearchTokenizers(*database);
    if (runs("import"))
        csvImport(*database, directory,
                  std::min<int>(parser.value(QStringLiteral("import-rows")).toInt(), int(entries)));
    return 0;
}
