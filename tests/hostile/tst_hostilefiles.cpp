// Hostile files against xiangshu-cli import, as an attacker would craft them: every one is refused
// with exit 8 and a message, within a heap of 300 MB (RLIMIT_DATA: going past it would crash the
// program instead of passing), and nothing is written. Also: text keeps its leading whitespace, and
// the CLI prints control characters from records as escapes, not as terminal commands.
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace xs;

namespace {

constexpr qint64 HeapLimit = 300LL << 20;
const QString Passphrase = QStringLiteral("hostile files test passphrase");

/// An XLSX package from its parts (the sheet XML given), deflated as Excel does.
QByteArray workbook(const QByteArray& sheet, const QByteArray& sharedStrings = {})
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* output = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_source_keep(output);
    zip_t* archive = zip_open_from_source(output, ZIP_TRUNCATE, &error);
    QList<QByteArray> keep; // libzip reads the buffers at close
    const auto add = [&](const char* name, const QByteArray& data) {
        keep << data;
        zip_source_t* source =
            zip_source_buffer(archive, keep.last().constData(), zip_uint64_t(data.size()), 0);
        zip_file_add(archive, name, source, ZIP_FL_OVERWRITE);
    };
    add("[Content_Types].xml",
        R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)");
    add("xl/workbook.xml",
        R"(<?xml version="1.0"?><workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>)");
    add("xl/_rels/workbook.xml.rels",
        R"(<?xml version="1.0"?><Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>)");
    add("xl/worksheets/sheet1.xml", sheet);
    if (!sharedStrings.isEmpty())
        add("xl/sharedStrings.xml", sharedStrings);
    zip_close(archive);
    zip_source_open(output);
    zip_source_seek(output, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(output);
    zip_source_seek(output, 0, SEEK_SET);
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    zip_source_read(output, bytes.data(), zip_uint64_t(size));
    zip_source_close(output);
    zip_source_free(output);
    return bytes;
}

QByteArray sheetOf(const QByteArray& rows, const QByteArray& dimension = {})
{
    return "<?xml version=\"1.0\"?><worksheet>" + dimension + "<sheetData>" + rows +
           "</sheetData></worksheet>";
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aCellInColumnAmjOnEveryRow();
    void aSheetOfWhitespace();
    void aDeclaredDimensionTooLarge();
    void aSharedStringBomb();
    void csvWiderThanItsHeadings();
    void nothingWasWritten();
    void leadingWhitespaceIsKept();
    void controlCharactersPrintAsEscapes();

private:
    test::BoundedResult import(const QString& file, bool dryRun = true);
    QString write(const QString& name, const QByteArray& bytes);

    QTemporaryDir m_dir;
    QString m_cli;
    QString m_database;
    QString m_passphrase;
};

void TestHostileFiles::initTestCase()
{
    m_cli = test::binaryPath("XS_CLI");
    m_database = m_dir.filePath(QStringLiteral("hostile.db"));
    m_passphrase = write(QStringLiteral("pass.txt"), Passphrase.toUtf8());
    const test::ProcessResult init = test::runProcess(
        m_cli, {QStringLiteral("init"), QStringLiteral("--database"), m_database,
                QStringLiteral("--passphrase-file"), m_passphrase, QStringLiteral("--no-keychain")});
    QVERIFY2(init.exitCode == 0, init.standardError.constData());
}

QString TestHostileFiles::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    if (!test::writeFile(path, bytes))
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

test::BoundedResult TestHostileFiles::import(const QString& file, bool dryRun)
{
    QStringList arguments{QStringLiteral("import"),
                          file,
                          QStringLiteral("--database"),
                          m_database,
                          QStringLiteral("--passphrase-file"),
                          m_passphrase,
                          QStringLiteral("--no-keychain")};
    if (dryRun)
        arguments << QStringLiteral("--dry-run");
    return test::runBounded(m_cli, arguments, HeapLimit);
}

void TestHostileFiles::aCellInColumnAmjOnEveryRow()
{
    // 200,000 rows with one value in column AMJ (the 1,024th), the same few bytes each time: about
    // 35 KB packed. Kept densely this was 27 KB a row, about 5 GB.
    QByteArray rows;
    rows.reserve(200000 * 50);
    for (int row = 1; row <= 200000; ++row)
        rows += "<row><c r=\"AMJ1\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
    const QByteArray bytes = workbook(sheetOf(rows));
    QVERIFY2(bytes.size() < 64 * 1024, QByteArray::number(bytes.size()).constData());
    const test::BoundedResult result = import(write(QStringLiteral("amj.xlsx"), bytes));
    QCOMPARE(result.exitCode, 8);
    QVERIFY2(result.standardError.contains("1024"), result.standardError.constData());
    QVERIFY2(result.peakResidentKiB < 300 * 1024, QByteArray::number(result.peakResidentKiB).constData());
}

void TestHostileFiles::aSheetOfWhitespace()
{
    // 256 MB of blanks in the sheet, a few hundred kilobytes packed: streamed, never held.
    QByteArray blanks(256 << 20, ' ');
    const QByteArray bytes =
        workbook("<?xml version=\"1.0\"?><worksheet><sheetData>" + blanks + "</sheetData></worksheet>");
    blanks.clear();
    QVERIFY(bytes.size() < 2 << 20);
    const test::BoundedResult result = import(write(QStringLiteral("blanks.xlsx"), bytes));
    QCOMPARE(result.exitCode, 8);
    QVERIFY2(result.peakResidentKiB < 300 * 1024, QByteArray::number(result.peakResidentKiB).constData());
}

void TestHostileFiles::aDeclaredDimensionTooLarge()
{
    const test::BoundedResult result = import(
        write(QStringLiteral("dimension.xlsx"),
              workbook(sheetOf("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>目录名称</t></is></c></row>",
                               "<dimension ref=\"A1:C5000000\"/>"))));
    QCOMPARE(result.exitCode, 8);
    QVERIFY2(result.standardError.contains("5000000"), result.standardError.constData());
}

void TestHostileFiles::aSharedStringBomb()
{
    // One long text, referenced from every cell of a wide sheet: each reference is a copy only of
    // a pointer, and the cells stop at the column limit.
    const QByteArray strings =
        "<?xml version=\"1.0\"?><sst><si><t>" + QByteArray(1 << 20, 'x') + "</t></si></sst>";
    QByteArray row = "<row r=\"1\">";
    for (int column = 0; column < 300; ++column)
        row += "<c t=\"s\"><v>0</v></c>";
    row += "</row>";
    const test::BoundedResult result =
        import(write(QStringLiteral("strings.xlsx"), workbook(sheetOf(row), strings)));
    QCOMPARE(result.exitCode, 8);
    QVERIFY2(result.peakResidentKiB < 300 * 1024, QByteArray::number(result.peakResidentKiB).constData());
}

void TestHostileFiles::csvWiderThanItsHeadings()
{
    // A value far right of the headings is refused; Excel's trailing commas are not.
    const QByteArray header = "目录名称,信息资源代码,提供单位代码\r\n";
    const test::BoundedResult wide =
        import(write(QStringLiteral("wide.csv"),
                     header + "甲,101001001/000001,430000001" + QByteArray(5000, ',') + "x\r\n"));
    QCOMPARE(wide.exitCode, 8);
    QVERIFY2(wide.standardError.contains("5003"), wide.standardError.constData());
    const test::BoundedResult commas =
        import(write(QStringLiteral("commas.csv"),
                     header + "甲,101001001/000001,430000001" + QByteArray(1 << 20, ',') + "\r\n"));
    QVERIFY2(!commas.standardError.contains("columns"), commas.standardError.constData());
    QVERIFY2(commas.peakResidentKiB < 300 * 1024, QByteArray::number(commas.peakResidentKiB).constData());
}

void TestHostileFiles::nothingWasWritten()
{
    const test::ProcessResult info = test::runProcess(
        m_cli, {QStringLiteral("--json"), QStringLiteral("info"), QStringLiteral("--database"), m_database,
                QStringLiteral("--passphrase-file"), m_passphrase, QStringLiteral("--no-keychain")});
    QCOMPARE(info.exitCode, 0);
    const QJsonObject records =
        QJsonDocument::fromJson(info.standardOutput).object().value(QStringLiteral("records")).toObject();
    QCOMPARE(records.value(QStringLiteral("catalog_entry")).toInt(-1), 0);
}

void TestHostileFiles::leadingWhitespaceIsKept()
{
    // A name that a spreadsheet would run as a formula if its tab were stripped.
    const QString csv =
        write(QStringLiteral("tab.csv"),
              "\xEF\xBB\xBF目录名称,信息资源代码,提供单位代码,共享属性,共享方式,数据分级,更新频率\r\n"
              "\t=1+1,101001001/000777,430000001,无条件共享,服务接口,一般数据,每日\r\n");
    // The department must exist for the row to pass: the demo's departments.
    QCOMPARE(
        test::runProcess(m_cli,
                         {QStringLiteral("demo"), QStringLiteral("--database"), m_database,
                          QStringLiteral("--passphrase-file"), m_passphrase, QStringLiteral("--no-keychain"),
                          QStringLiteral("--scale"), QStringLiteral("small")},
                         {}, 300000)
            .exitCode,
        0);
    const test::BoundedResult imported = import(csv, false);
    QVERIFY2(imported.exitCode == 0, imported.standardError.constData());
    const QString exported = m_dir.filePath(QStringLiteral("out.json"));
    QCOMPARE(test::runProcess(m_cli, {QStringLiteral("export"), exported, QStringLiteral("--database"),
                                      m_database, QStringLiteral("--passphrase-file"), m_passphrase,
                                      QStringLiteral("--no-keychain")})
                 .exitCode,
             0);
    const QByteArray json = test::readFile(exported);
    QVERIFY2(json.contains("\"\\t=1+1\""), "the name lost its tab");
}

void TestHostileFiles::controlCharactersPrintAsEscapes()
{
    // A record named with an escape sequence (red text, cursor home) and a NUL.
    const QString name = QStringLiteral("恶意\x1b[31m\x1b[H名称") + QChar(0) + QStringLiteral("尾");
    QJsonObject entry{{QStringLiteral("name"), name},
                      {QStringLiteral("code"), QStringLiteral("101001001/000888")},
                      {QStringLiteral("department_code"), QStringLiteral("430000001")},
                      {QStringLiteral("share_attribute"), QStringLiteral("无条件共享")},
                      {QStringLiteral("share_method"), QStringLiteral("服务接口")},
                      {QStringLiteral("grade"), QStringLiteral("一般数据")},
                      {QStringLiteral("update_frequency"), QStringLiteral("每日")}};
    const QString file =
        write(QStringLiteral("escape.json"),
              QJsonDocument(QJsonObject{{QStringLiteral("entries"), QJsonArray{entry}}}).toJson());
    const test::BoundedResult imported = import(file, false);
    QVERIFY2(imported.exitCode == 0, imported.standardError.constData());
    const test::ProcessResult found = test::runProcess(
        m_cli, {QStringLiteral("search"), QStringLiteral("恶意"), QStringLiteral("--database"), m_database,
                QStringLiteral("--passphrase-file"), m_passphrase, QStringLiteral("--no-keychain")});
    QCOMPARE(found.exitCode, 0);
    QVERIFY2(!found.standardOutput.contains('\x1b') && !found.standardOutput.contains('\0'),
             found.standardOutput.toHex().constData());
    QVERIFY2(found.standardOutput.contains("\\x1b[31m") && found.standardOutput.contains("\\x00"),
             found.standardOutput.constData());
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
