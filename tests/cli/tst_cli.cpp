// xiangshu-cli as administrators use it: the real binary, every exit code, text and JSON output.
#include "app/secrets/DatabaseUnlock.h"
#include "models/catalog/io/CsvCodec.h"
#include "models/common/Clock.h"
#include "models/registration/DeadlineRules.h"
#include "models/storage/DatabaseFile.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;

namespace {

const QString Passphrase = QStringLiteral("岳麓山下的恢复口令-2026");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void helpAndVersion();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void initWithGeneratedRecoveryCode();
    void initRefusesToOverwrite();
    void initRefusesAWeakPassphrase();
    void infoReportsTheContract();
    void wrongPassphraseExitsWithThree();
    void unavailableKeychainExitsWithThree();
    void missingKeychainEntryExitsWithThree();
    void damagedFirstPageExitsWithFour();
    void damagedDataPageFailsVerify();
    void plainSqliteFileExitsWithFour();
    void newerSchemaExitsWithFive();
    void demoFillsOnlyAnEmptyDatabase();
    void backupWritesAVerifiedCopy();
    void rekeyWithNewPassphrase();
    void rekeyWaitsForTheApp();
    void messagesFollowTheLocale();
    void catalogSearchExportImport();
    void requestsListAndExport();
    void calendarCommands();
    void frequenciesAreKeptThroughTheHubsRules();
    void rulesArePublishedWholeOrNotAtAll();

private:
    Run cli(const QStringList& arguments, const QProcessEnvironment& extra = {}) const;
    QString file(const QString& name) const { return m_dir->filePath(name); }
    QString passphraseFile(const QString& text, const QString& name = QStringLiteral("pass.txt")) const;
    void initDatabase(const QString& database);

    QString m_cli;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
};

void TestCli::initTestCase()
{
    m_cli = test::binaryPath("XS_CLI");
    QVERIFY2(QFile::exists(m_cli), "XS_CLI must name the xiangshu-cli binary (ctest sets it)");
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = file(QStringLiteral("xiangshu.db"));
}

Run TestCli::cli(const QStringList& arguments, const QProcessEnvironment& extra) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(extra);
    process.setProcessEnvironment(environment);
    process.start(m_cli, arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString TestCli::passphraseFile(const QString& text, const QString& name) const
{
    const QString path = file(name);
    test::writeFile(path, text.toUtf8() + "\n");
    return path;
}

void TestCli::initDatabase(const QString& database)
{
    const Run run = cli({QStringLiteral("init"), QStringLiteral("--database"), database,
                         QStringLiteral("--passphrase-file"), passphraseFile(Passphrase)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCli::helpAndVersion()
{
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char* command : {"init", "info", "unlock-check", "verify", "backup DEST", "rekey", "demo"})
        QVERIFY2(help.out.contains(QLatin1String(command)), command);
    const Run version = cli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("xiangshu-cli ")));
}

void TestCli::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("info"), QStringLiteral("--frobnicate")};
    QTest::newRow("extra argument") << QStringList{QStringLiteral("info"), QStringLiteral("extra")};
    QTest::newRow("missing DEST") << QStringList{QStringLiteral("backup")};
    QTest::newRow("option of another command")
        << QStringList{QStringLiteral("info"), QStringLiteral("--scale"), QStringLiteral("small")};
    QTest::newRow("missing option value")
        << QStringList{QStringLiteral("info"), QStringLiteral("--database")};
    QTest::newRow("unreadable passphrase file")
        << QStringList{QStringLiteral("unlock-check"), QStringLiteral("--passphrase-file"),
                       QStringLiteral("/nonexistent/p")};
    QTest::newRow("no-keychain without passphrase")
        << QStringList{QStringLiteral("unlock-check"), QStringLiteral("--no-keychain")};
    QTest::newRow("unknown scale") << QStringList{QStringLiteral("demo"), QStringLiteral("--scale"),
                                                  QStringLiteral("huge")};
}

void TestCli::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    initDatabase(m_database);
    const Run run = cli(arguments + QStringList{QStringLiteral("--database"), m_database});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestCli::initWithGeneratedRecoveryCode()
{
    const Run run =
        cli({QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--database"), m_database});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    const QString code = json.value(QStringLiteral("recovery_code")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$")).match(code).hasMatch(),
             qPrintable(run.out));
    QCOMPARE(json.value(QStringLiteral("keychain")).toString(), QStringLiteral("stored"));
    QCOMPARE(json.value(QStringLiteral("database_id")).toString(),
             DatabaseFile::idFromSalt(DatabaseFile::probe(m_database).salt));

    QCOMPARE(cli({QStringLiteral("unlock-check"), QStringLiteral("--database"), m_database}).exitCode, 0);
    // The code, typed in lower case with spaces, unlocks too.
    const QString typed = code.toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
    QCOMPARE(cli({QStringLiteral("unlock-check"), QStringLiteral("--no-keychain"),
                  QStringLiteral("--passphrase-file"), passphraseFile(typed, QStringLiteral("code.txt")),
                  QStringLiteral("--database"), m_database})
                 .exitCode,
             0);
}

void TestCli::initRefusesToOverwrite()
{
    initDatabase(m_database);
    const QByteArray before = test::sha256OfFile(m_database);
    const Run run = cli({QStringLiteral("init"), QStringLiteral("--database"), m_database});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(test::sha256OfFile(m_database), before);
}

void TestCli::initRefusesAWeakPassphrase()
{
    const Run run = cli({QStringLiteral("init"), QStringLiteral("--database"), m_database,
                         QStringLiteral("--passphrase-file"), passphraseFile(QStringLiteral("short"))});
    QCOMPARE(run.exitCode, 8);
    QVERIFY(!QFile::exists(m_database));
    QVERIFY(!QFile::exists(m_database + QStringLiteral(".recovery")));
}

void TestCli::infoReportsTheContract()
{
    initDatabase(m_database);
    const Run run =
        cli({QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--database"), m_database});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = run.json();
    for (const char* key : {"app_version", "qt_version", "sqlcipher_version", "sqlite_version",
                            "schema_version", "page_size", "kdf_iter", "cipher", "database_id", "records"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(QStringLiteral("page_size")).toInt(), 4096);
    QCOMPARE(json.value(QStringLiteral("kdf_iter")).toInt(), 256000);
    QVERIFY(json.value(QStringLiteral("sqlcipher_version")).toString().startsWith(QStringLiteral("4.14")));
    QVERIFY(json.value(QStringLiteral("records")).toObject().contains(QStringLiteral("department")));
}

void TestCli::wrongPassphraseExitsWithThree()
{
    initDatabase(m_database);
    const Run run = cli({QStringLiteral("unlock-check"), QStringLiteral("--json"),
                         QStringLiteral("--database"), m_database, QStringLiteral("--passphrase-file"),
                         passphraseFile(QStringLiteral("a wrong passphrase"), QStringLiteral("wrong.txt"))});
    QCOMPARE(run.exitCode, 3);
    const QJsonObject error = run.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("wrong_passphrase"));
    QCOMPARE(error.value(QStringLiteral("exit_code")).toInt(), 3);
}

void TestCli::unavailableKeychainExitsWithThree()
{
    initDatabase(m_database);
    QProcessEnvironment noBus;
    noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    noBus.insert(QStringLiteral("DISPLAY"), QString());
    const Run run = cli(
        {QStringLiteral("unlock-check"), QStringLiteral("--json"), QStringLiteral("--database"), m_database},
        noBus);
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("keychain_unavailable"));
    QVERIFY(run.err.contains(QStringLiteral("--passphrase-file")));
    // The recovery passphrase still opens it.
    QCOMPARE(cli({QStringLiteral("unlock-check"), QStringLiteral("--database"), m_database,
                  QStringLiteral("--passphrase-file"), passphraseFile(Passphrase)},
                 noBus)
                 .exitCode,
             0);
}

void TestCli::missingKeychainEntryExitsWithThree()
{
    initDatabase(m_database);
    const QString id = DatabaseFile::idFromSalt(DatabaseFile::probe(m_database).salt);
    const test::ProcessResult cleared = test::runProcess(
        QStringLiteral("secret-tool"),
        {QStringLiteral("clear"), QStringLiteral("server"), QStringLiteral("xiangshu-workbench"),
         QStringLiteral("user"), QStringLiteral("database/") + id});
    QCOMPARE(cleared.exitCode, 0);
    const Run run = cli(
        {QStringLiteral("unlock-check"), QStringLiteral("--json"), QStringLiteral("--database"), m_database});
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("keychain_no_key"));
}

void TestCli::damagedFirstPageExitsWithFour()
{
    initDatabase(m_database);
    QVERIFY(test::overwriteBytes(m_database, 300, QByteArray(64, '\x42')));
    const Run run =
        cli({QStringLiteral("unlock-check"), QStringLiteral("--json"), QStringLiteral("--database"),
             m_database, QStringLiteral("--passphrase-file"), passphraseFile(Passphrase)});
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(run.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("corrupt"));
    // With the keychain's key, too: the recovery file's check value shows the key is right.
    QCOMPARE(cli({QStringLiteral("unlock-check"), QStringLiteral("--database"), m_database}).exitCode, 4);
}

void TestCli::damagedDataPageFailsVerify()
{
    initDatabase(m_database);
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--database"), m_database}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--database"), m_database}).exitCode, 0);
    const qint64 size = QFileInfo(m_database).size();
    QVERIFY(size >= 4096 * 4);
    QVERIFY(test::overwriteBytes(m_database, size - 4096 + 512, QByteArray(16, '\x00')));
    const Run run = cli({QStringLiteral("verify"), QStringLiteral("--database"), m_database});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(QStringLiteral("HMAC")), qPrintable(run.err));
}

void TestCli::plainSqliteFileExitsWithFour()
{
    QByteArray plain("SQLite format 3", 16);
    plain.append(QByteArray(4080, '\0'));
    QVERIFY(test::writeFile(m_database, plain));
    QCOMPARE(cli({QStringLiteral("unlock-check"), QStringLiteral("--database"), m_database}).exitCode, 4);
    QVERIFY(test::writeFile(m_database, QByteArray()));
    QCOMPARE(cli({QStringLiteral("info"), QStringLiteral("--database"), m_database}).exitCode, 4);
}

void TestCli::newerSchemaExitsWithFive()
{
    initDatabase(m_database);
    {
        DatabaseUnlock::Outcome opened = DatabaseUnlock::openWithPassphrase(m_database, Passphrase, {});
        QVERIFY(opened.database);
        QVERIFY(!opened.database->execute(QStringLiteral("PRAGMA user_version = 999")).isError());
    }
    const Run run = cli({QStringLiteral("info"), QStringLiteral("--database"), m_database});
    QCOMPARE(run.exitCode, 5);
    QVERIFY(!run.err.isEmpty());
}

void TestCli::demoFillsOnlyAnEmptyDatabase()
{
    initDatabase(m_database);
    const Run first =
        cli({QStringLiteral("demo"), QStringLiteral("--json"), QStringLiteral("--database"), m_database});
    QCOMPARE(first.exitCode, 0);
    // 28 provincial departments, 8 in each of the 14 市州, 2 utilities.
    QCOMPARE(first.json().value(QStringLiteral("departments")).toInt(), 28 + 14 * 8 + 2);
    const Run second = cli({QStringLiteral("demo"), QStringLiteral("--database"), m_database});
    QCOMPARE(second.exitCode, 1);
    const Run info =
        cli({QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--database"), m_database});
    QCOMPARE(
        info.json().value(QStringLiteral("records")).toObject().value(QStringLiteral("department")).toInt(),
        142);
}

void TestCli::requestsListAndExport()
{
    initDatabase(m_database);
    const QStringList db{QStringLiteral("--database"), m_database, QStringLiteral("--json")};
    QCOMPARE(cli(QStringList{QStringLiteral("demo")} + db).exitCode, 0);
    const Run list = cli(QStringList{QStringLiteral("requests"), QStringLiteral("list")} + db);
    QCOMPARE(list.exitCode, 0);
    const QJsonArray requests = list.json().value(QStringLiteral("requests")).toArray();
    QCOMPARE(requests.size(), 36 + 18 + 15); // sharing requests, quality feedback, open-data demand
    QSet<QString> states;
    QSet<QString> feedbackStates;
    int overdue = 0;
    for (const QJsonValue& value : requests) {
        const QJsonObject request = value.toObject();
        if (request.value(QStringLiteral("kind")).toString() == QLatin1String("open-data")) {
            QVERIFY(!request.value(QStringLiteral("resource")).toString().isEmpty()); // the data wanted
            continue;
        }
        if (request.value(QStringLiteral("kind")).toString() == QLatin1String("quality")) {
            feedbackStates.insert(request.value(QStringLiteral("status")).toString());
            QVERIFY(request.value(QStringLiteral("requester")) != request.value(QStringLiteral("provider")));
            continue;
        }
        QCOMPARE(request.value(QStringLiteral("kind")).toString(), QStringLiteral("sharing"));
        for (const char* key : {"id", "resource", "requester", "provider", "status"})
            QVERIFY2(!request.value(QLatin1String(key)).toString().isEmpty(), key);
        QVERIFY(request.contains(QStringLiteral("due_on")));
        QVERIFY(request.value(QStringLiteral("requester")) != request.value(QStringLiteral("provider")));
        states.insert(request.value(QStringLiteral("status")).toString());
        overdue += request.value(QStringLiteral("overdue")).toBool() ? 1 : 0;
    }
    // The demo has every state, and overdue replies and deliveries.
    QCOMPARE(states, (QSet<QString>{QStringLiteral("submitted"), QStringLiteral("material_requested"),
                                    QStringLiteral("approved"), QStringLiteral("refused"),
                                    QStringLiteral("delivered"), QStringLiteral("withdrawn")}));
    QVERIFY(overdue >= 4);
    QCOMPARE(feedbackStates.size(), 6); // filed, verifying, rectifying, corrected, rejected, closed
    const Run quality = cli(QStringList{QStringLiteral("requests"), QStringLiteral("list"),
                                        QStringLiteral("--kind"), QStringLiteral("quality")} +
                            db);
    QCOMPARE(quality.json().value(QStringLiteral("requests")).toArray().size(), 18);
    const Run openData = cli(QStringList{QStringLiteral("requests"), QStringLiteral("list"),
                                         QStringLiteral("--kind"), QStringLiteral("open-data")} +
                             db);
    QCOMPARE(openData.json().value(QStringLiteral("requests")).toArray().size(), 15);
    QCOMPARE(cli(QStringList{QStringLiteral("requests"), QStringLiteral("list"), QStringLiteral("--kind"),
                             QStringLiteral("gossip")} +
                 db)
                 .exitCode,
             2);

    const QString json = file(QStringLiteral("requests.json"));
    QCOMPARE(cli(QStringList{QStringLiteral("requests"), QStringLiteral("export"), json} + db).exitCode, 0);
    const QJsonArray exported =
        QJsonDocument::fromJson(test::readFile(json)).object().value(QStringLiteral("requests")).toArray();
    QCOMPARE(exported.size(), 36);
    // Nothing in the demo happened after today (which may be a weekend the working days step over).
    const QString today = SystemClock().today().toString(Qt::ISODate);
    for (const QJsonValue& value : exported) {
        for (const char* day : {"submitted_on", "decided_on", "delivered_on", "material_noticed_on"})
            QVERIFY2(value.toObject().value(QLatin1String(day)).toString() <= today, day);
    }
    const QJsonObject first = exported.at(0).toObject();
    for (const char* key :
         {"purpose", "scope", "legal_basis", "submitted_on", "resource_name", "provider_name"})
        QVERIFY2(!first.value(QLatin1String(key)).toString().isEmpty(), key);
    const QString csv = file(QStringLiteral("requests.csv"));
    QCOMPARE(cli(QStringList{QStringLiteral("requests"), QStringLiteral("export"), csv} + db).exitCode, 0);
    TabularError csvError;
    const std::optional<TabularData> table = CsvCodec::read(test::readFile(csv), &csvError);
    QVERIFY(table);
    QCOMPARE(table->rows.size(), 36); // notices of several lines stay in their cells
    QCOMPARE(table->header.constFirst(), QStringLiteral("id"));
    const QString demands = file(QStringLiteral("demands.json"));
    QCOMPARE(cli(QStringList{QStringLiteral("requests"), QStringLiteral("export"), demands,
                             QStringLiteral("--kind"), QStringLiteral("open-data")} +
                 db)
                 .exitCode,
             0);
    const QJsonObject demandFile = QJsonDocument::fromJson(test::readFile(demands)).object();
    QCOMPARE(demandFile.value(QStringLiteral("kind")).toString(), QStringLiteral("open-data"));
    QCOMPARE(demandFile.value(QStringLiteral("requests")).toArray().size(), 15);
    QVERIFY(!demandFile.value(QStringLiteral("requests"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .contains(QStringLiteral("resource_name"))); // a demand names no resource
    const QString uses = file(QStringLiteral("uses.csv"));
    QCOMPARE(cli(QStringList{QStringLiteral("requests"), QStringLiteral("export"), uses,
                             QStringLiteral("--kind"), QStringLiteral("usage")} +
                 db)
                 .exitCode,
             0);
    const std::optional<TabularData> useTable = CsvCodec::read(test::readFile(uses), &csvError);
    QVERIFY(useTable);
    QCOMPARE(useTable->rows.size(), 8); // two uses of each of the four delivered demo requests
    QCOMPARE(cli(QStringList{QStringLiteral("requests"), QStringLiteral("list"), QStringLiteral("--kind"),
                             QStringLiteral("usage")} +
                 db)
                 .exitCode,
             2); // uses are exported, not listed as requests
    // A file without a known ending names no format: nothing is written.
    const QString unknown = file(QStringLiteral("requests.txt"));
    QCOMPARE(cli(QStringList{QStringLiteral("requests"), QStringLiteral("export"), unknown} + db).exitCode,
             2);
    QVERIFY(!QFile::exists(unknown));
}

void TestCli::catalogSearchExportImport()
{
    initDatabase(m_database);
    const QStringList db{QStringLiteral("--database"), m_database, QStringLiteral("--json")};
    QCOMPARE(cli(QStringList{QStringLiteral("demo")} + db).exitCode, 0);

    const Run search = cli(QStringList{QStringLiteral("search"), QStringLiteral("公交线路"),
                                       QStringLiteral("--limit"), QStringLiteral("3")} +
                           db);
    QCOMPARE(search.exitCode, 0);
    const QJsonArray results = search.json().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 3);
    for (const QJsonValue& result : results) {
        QVERIFY(
            result.toObject().value(QStringLiteral("name")).toString().contains(QStringLiteral("公交线路")));
        for (const char* key : {"id", "code", "department"})
            QVERIFY(!result.toObject().value(QLatin1String(key)).toString().isEmpty());
    }

    // Data items, each with its resource: two characters are an index lookup.
    const Run items = cli(QStringList{QStringLiteral("search-items"), QStringLiteral("身份号码"),
                                      QStringLiteral("--limit"), QStringLiteral("5")} +
                          db);
    QCOMPARE(items.exitCode, 0);
    const QJsonArray hits = items.json().value(QStringLiteral("results")).toArray();
    QCOMPARE(hits.size(), 5);
    for (const QJsonValue& hit : hits) {
        QCOMPARE(hit.toObject().value(QStringLiteral("name")).toString(), QStringLiteral("公民身份号码"));
        QCOMPARE(hit.toObject().value(QStringLiteral("identifier")).toString(), QStringLiteral("gmsfhm"));
        for (const char* key : {"id", "entry_id", "entry", "department"})
            QVERIFY(!hit.toObject().value(QLatin1String(key)).toString().isEmpty());
    }
    QCOMPARE(cli(QStringList{QStringLiteral("search-items"), QStringLiteral("——")} + db)
                 .json()
                 .value(QStringLiteral("results"))
                 .toArray()
                 .size(),
             0); // punctuation alone finds nothing, and is no error
    QCOMPARE(cli(QStringList{QStringLiteral("search-items"), QStringLiteral("姓名"),
                             QStringLiteral("--limit"), QStringLiteral("0")} +
                 db)
                 .exitCode,
             2);

    const QString exported = file(QStringLiteral("catalog.csv"));
    const Run exportRun = cli(QStringList{QStringLiteral("export"), exported} + db);
    QCOMPARE(exportRun.exitCode, 0);
    QCOMPARE(exportRun.json().value(QStringLiteral("entries")).toInt(), 3000);
    QVERIFY(test::readFile(exported).startsWith(
        "\xEF\xBB\xBF标识,目录名称,信息资源代码")); // BOM, Chinese headings
    const Run unchanged =
        cli(QStringList{QStringLiteral("import"), exported, QStringLiteral("--dry-run")} + db);
    QCOMPARE(unchanged.exitCode, 0);
    QCOMPARE(unchanged.json()
                 .value(QStringLiteral("counts"))
                 .toObject()
                 .value(QStringLiteral("unchanged"))
                 .toInt(),
             3000);

    // A broken file: exit 8, nothing written.
    const QString broken = file(QStringLiteral("broken.csv"));
    test::writeFile(
        broken, QByteArray("目录名称,信息资源代码,提供单位代码\r\n\"未闭合,101001001/990001,430100001\r\n"));
    const Run brokenRun = cli(QStringList{QStringLiteral("import"), broken} + db);
    QCOMPARE(brokenRun.exitCode, 8);
    QCOMPARE(
        brokenRun.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("invalid_file"));

    // One good row and one failing row: the dry run reports both, and the real import writes nothing.
    const QString mixed = file(QStringLiteral("mixed.csv"));
    test::writeFile(
        mixed, QByteArray("目录名称,信息资源代码,提供单位代码,共享属性,共享方式,数据分级,更新频率\r\n"
                          "岳阳市停车场信息,203008001/990001,430600001,无条件共享,服务接口,一般数据,每日\r\n"
                          "缺少分级,203008001/990002,430600001,无条件共享,服务接口,,每日\r\n"));
    const Run mixedRun = cli(QStringList{QStringLiteral("import"), mixed} + db);
    QCOMPARE(mixedRun.exitCode, 8);
    QCOMPARE(
        mixedRun.json().value(QStringLiteral("counts")).toObject().value(QStringLiteral("failed")).toInt(),
        1);
    QCOMPARE(mixedRun.json().value(QStringLiteral("applied")).toBool(), false);
    const Run none = cli(QStringList{QStringLiteral("search"), QStringLiteral("岳阳市停车场信息")} + db);
    QCOMPARE(none.json().value(QStringLiteral("results")).toArray().size(), 0);

    // The good row alone: dry run first (nothing written), then the import.
    test::writeFile(
        mixed,
        QByteArray("目录名称,信息资源代码,提供单位代码,共享属性,共享方式,数据分级,更新频率\r\n"
                   "岳阳市停车场信息,203008001/990001,430600001,无条件共享,服务接口,一般数据,每日\r\n"));
    const Run dry = cli(QStringList{QStringLiteral("import"), mixed, QStringLiteral("--dry-run")} + db);
    QCOMPARE(dry.exitCode, 0);
    QCOMPARE(dry.json().value(QStringLiteral("counts")).toObject().value(QStringLiteral("created")).toInt(),
             1);
    QCOMPARE(cli(QStringList{QStringLiteral("search"), QStringLiteral("岳阳市停车场信息")} + db)
                 .json()
                 .value(QStringLiteral("results"))
                 .toArray()
                 .size(),
             0);
    const Run real = cli(QStringList{QStringLiteral("import"), mixed} + db);
    QCOMPARE(real.exitCode, 0);
    QCOMPARE(real.json().value(QStringLiteral("applied")).toBool(), true);
    QCOMPARE(cli(QStringList{QStringLiteral("search"), QStringLiteral("岳阳市停车场信息")} + db)
                 .json()
                 .value(QStringLiteral("results"))
                 .toArray()
                 .size(),
             1);

    QCOMPARE(cli(QStringList{QStringLiteral("export"), file(QStringLiteral("catalog.txt"))} + db).exitCode,
             2);
}

void TestCli::backupWritesAVerifiedCopy()
{
    initDatabase(m_database);
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--database"), m_database}).exitCode, 0);
    const QString backup = file(QStringLiteral("backups/copy.db"));
    QDir().mkpath(file(QStringLiteral("backups")));
    const Run run = cli({QStringLiteral("backup"), backup, QStringLiteral("--json"),
                         QStringLiteral("--database"), m_database});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(QStringLiteral("verified")).toBool(), true);
    QVERIFY(QFile::exists(backup + QStringLiteral(".recovery")));
    // The copy opens with the same passphrase, on its own, and verifies.
    const QStringList onBackup{QStringLiteral("--database"), backup, QStringLiteral("--no-keychain"),
                               QStringLiteral("--passphrase-file"), passphraseFile(Passphrase)};
    QCOMPARE(cli(QStringList{QStringLiteral("verify")} + onBackup).exitCode, 0);
    const Run info = cli(QStringList{QStringLiteral("info"), QStringLiteral("--json")} + onBackup);
    QCOMPARE(
        info.json().value(QStringLiteral("records")).toObject().value(QStringLiteral("department")).toInt(),
        142);
    // Never over an existing file.
    QCOMPARE(cli({QStringLiteral("backup"), backup, QStringLiteral("--database"), m_database}).exitCode, 1);
}

void TestCli::rekeyWithNewPassphrase()
{
    initDatabase(m_database);
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--database"), m_database}).exitCode, 0);
    const QString oldPassphrase = passphraseFile(Passphrase);
    const QString newPassphrase =
        passphraseFile(QStringLiteral("a brand new recovery passphrase"), QStringLiteral("new.txt"));
    const Run run = cli({QStringLiteral("rekey"), QStringLiteral("--json"), QStringLiteral("--database"),
                         m_database, QStringLiteral("--new-passphrase-file"), newPassphrase});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json().value(QStringLiteral("keychain")).toString(), QStringLiteral("stored"));

    QCOMPARE(cli({QStringLiteral("unlock-check"), QStringLiteral("--database"), m_database,
                  QStringLiteral("--passphrase-file"), oldPassphrase})
                 .exitCode,
             3);
    QCOMPARE(cli({QStringLiteral("unlock-check"), QStringLiteral("--database"), m_database,
                  QStringLiteral("--passphrase-file"), newPassphrase})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--database"), m_database}).exitCode, 0);
    const Run info =
        cli({QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--database"), m_database});
    QCOMPARE(
        info.json().value(QStringLiteral("records")).toObject().value(QStringLiteral("department")).toInt(),
        142);
}

void TestCli::rekeyWaitsForTheApp()
{
    initDatabase(m_database);
    QLockFile appLock(DatabaseFile::lockPath(m_database)); // what a running app holds
    QVERIFY(appLock.tryLock(0));
    const QByteArray before = test::sha256OfFile(m_database);
    const Run run =
        cli({QStringLiteral("rekey"), QStringLiteral("--json"), QStringLiteral("--database"), m_database});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("locked"));
    QCOMPARE(test::sha256OfFile(m_database), before);
    // Reading commands share the database with the app.
    QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--database"), m_database}).exitCode, 0);
}

void TestCli::messagesFollowTheLocale()
{
    initDatabase(m_database);
    QProcessEnvironment chinese;
    chinese.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
    chinese.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    const Run run = cli({QStringLiteral("unlock-check"), QStringLiteral("--database"), m_database,
                         QStringLiteral("--passphrase-file"),
                         passphraseFile(QStringLiteral("not it at all"), QStringLiteral("w.txt"))},
                        chinese);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("恢复口令")), qPrintable(run.err));
}

void TestCli::calendarCommands()
{
    // Without a database the bundled official schedules answer.
    const auto answer = [this](const QStringList& arguments) {
        const Run run = cli(QStringList{QStringLiteral("calendar")} + arguments +
                            QStringList{QStringLiteral("--database"), m_database});
        return run.exitCode == 0 ? run.out.trimmed() : QStringLiteral("exit %1").arg(run.exitCode);
    };
    QCOMPARE(answer({QStringLiteral("is-workday"), QStringLiteral("2025-10-11")}),
             QStringLiteral("true")); // 调休 Saturday
    QCOMPARE(answer({QStringLiteral("is-workday"), QStringLiteral("2026-02-16")}),
             QStringLiteral("false")); // 春节
    QCOMPARE(answer({QStringLiteral("add-workdays"), QStringLiteral("2025-09-30"), QStringLiteral("3")}),
             QStringLiteral("2025-10-11"));
    QCOMPARE(answer({QStringLiteral("workdays-between"), QStringLiteral("2026-02-13"),
                     QStringLiteral("2026-02-25")}),
             QStringLiteral("3"));
    // Beyond the known years: Monday to Friday for 2027, and the answer says it is provisional,
    // after the date (a script reading the first word still gets the date).
    const Run beyond =
        cli({QStringLiteral("calendar"), QStringLiteral("add-workdays"), QStringLiteral("2026-12-28"),
             QStringLiteral("10"), QStringLiteral("--database"), m_database});
    QCOMPARE(beyond.exitCode, 0);
    QVERIFY2(beyond.out.startsWith(QStringLiteral("2027-01-11 (provisional)")), qPrintable(beyond.out));
    QVERIFY2(beyond.out.contains(QStringLiteral("2027")), qPrintable(beyond.out));
    const Run beyondJson = cli({QStringLiteral("--json"), QStringLiteral("calendar"),
                                QStringLiteral("workdays-between"), QStringLiteral("2026-12-01"),
                                QStringLiteral("2027-02-01"), QStringLiteral("--database"), m_database});
    QCOMPARE(beyondJson.exitCode, 0);
    QCOMPARE(beyondJson.json().value(QStringLiteral("workdays")).toInt(), 44);
    QCOMPARE(beyondJson.json().value(QStringLiteral("provisional")).toBool(), true);
    QCOMPARE(beyondJson.json().value(QStringLiteral("unknown_years")).toArray(), QJsonArray{2027});
    const Run known =
        cli({QStringLiteral("--json"), QStringLiteral("calendar"), QStringLiteral("add-workdays"),
             QStringLiteral("2026-03-02"), QStringLiteral("3"), QStringLiteral("--database"), m_database});
    QCOMPARE(known.json().value(QStringLiteral("provisional")).toBool(true), false);
    QCOMPARE(answer({QStringLiteral("is-workday"), QStringLiteral("2026-13-01")}), QStringLiteral("exit 2"));
    QCOMPARE(answer({QStringLiteral("add-workdays"), QStringLiteral("2026-03-02"), QStringLiteral("many")}),
             QStringLiteral("exit 2"));
    QCOMPARE(answer({QStringLiteral("leap-years")}), QStringLiteral("exit 2"));

    // With a database, through the keychain, with JSON.
    initDatabase(m_database);
    const Run json = cli({QStringLiteral("--json"), QStringLiteral("calendar"), QStringLiteral("is-workday"),
                          QStringLiteral("2026-10-01"), QStringLiteral("--database"), m_database});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json().value(QStringLiteral("workday")).toBool(true), false);
    QCOMPARE(json.json().value(QStringLiteral("holiday")).toString(), QStringLiteral("国庆节"));
    // From 1 November (China's date) the missing next year is a warning; before, nothing.
    const auto yearsOn = [this](const QDateTime& instant) {
        return cli({QStringLiteral("--json"), QStringLiteral("calendar"), QStringLiteral("years"),
                    QStringLiteral("--database"), m_database},
                   test::environmentWithClock(instant));
    };
    const Run october = yearsOn(QDateTime(QDate(2026, 10, 31), QTime(15, 59), Qt::UTC)); // 23:59 in China
    QCOMPARE(october.json().value(QStringLiteral("years")).toArray().size(), 2);
    QVERIFY(!october.json().contains(QStringLiteral("warning")));
    const Run november = yearsOn(QDateTime(QDate(2026, 10, 31), QTime(16, 0), Qt::UTC)); // 00:00 on 11-01
    QCOMPARE(november.json().value(QStringLiteral("missing_year")).toInt(), 2027);
    QVERIFY(november.json().value(QStringLiteral("warning")).toString().contains(QStringLiteral("2027")));
    const Run novemberText =
        cli({QStringLiteral("calendar"), QStringLiteral("years"), QStringLiteral("--database"), m_database},
            test::environmentWithClock(QDateTime(QDate(2026, 11, 20), QTime(2, 0), Qt::UTC)));
    QVERIFY2(novemberText.out.contains(QStringLiteral("2027")), qPrintable(novemberText.out));

    // An administrator (a database without a hub is its own) publishes 2027; a broken file is
    // refused with exit 8 and publishes nothing.
    const QString schedule = file(QStringLiteral("2027.json"));
    QVERIFY(test::writeFile(schedule, R"({"year": 2027, "source": "测试通知", "issued_on": "2026-11-10",
        "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}], "workdays": []})"));
    const QString broken = file(QStringLiteral("broken.json"));
    QVERIFY(test::writeFile(broken, R"({"year": 2027, "holidays": "none"})"));
    QCOMPARE(cli({QStringLiteral("calendar"), QStringLiteral("publish"), broken, QStringLiteral("--database"),
                  m_database})
                 .exitCode,
             8);
    const Run published =
        cli({QStringLiteral("--json"), QStringLiteral("calendar"), QStringLiteral("publish"), schedule,
             QStringLiteral("--database"), m_database});
    QCOMPARE(published.exitCode, 0);
    QCOMPARE(published.json().value(QStringLiteral("year")).toInt(), 2027);
    QCOMPARE(published.json().value(QStringLiteral("recomputed")).toInt(), 0);
    const Run after = yearsOn(QDateTime(QDate(2026, 11, 20), QTime(2, 0), Qt::UTC));
    QCOMPARE(after.json().value(QStringLiteral("years")).toArray().size(), 3);
    QVERIFY(!after.json().contains(QStringLiteral("warning")));
    // 元旦 2027 is now known: the same count is exact.
    QCOMPARE(answer({QStringLiteral("add-workdays"), QStringLiteral("2026-12-28"), QStringLiteral("10")}),
             QStringLiteral("2027-01-12"));
}

void TestCli::frequenciesAreKeptThroughTheHubsRules()
{
    initDatabase(m_database);
    const QString pass = passphraseFile(Passphrase);
    const auto run = [&](const QStringList& arguments) {
        return cli(
            QStringList{QStringLiteral("--json"), QStringLiteral("frequencies")} + arguments +
            QStringList{QStringLiteral("--database"), m_database, QStringLiteral("--passphrase-file"), pass});
    };
    const auto listed = [&] {
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue& value :
             run({QStringLiteral("list")}).json().value(QStringLiteral("frequencies")).toArray())
            byName.insert(value.toObject().value(QStringLiteral("name")).toString(), value.toObject());
        return byName;
    };
    QHash<QString, QJsonObject> frequencies = listed();
    QCOMPARE(frequencies.size(), 8); // the defaults
    QVERIFY(frequencies.value(QStringLiteral("不定期")).value(QStringLiteral("max_age_days")).isNull());
    QCOMPARE(run({QStringLiteral("set"), QStringLiteral("每两周"), QStringLiteral("14")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("set"), QStringLiteral("每月"), QStringLiteral("30")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("retire"), QStringLiteral("每半年")}).exitCode, 0);
    // Refused by the hub's own rules, here first: nothing written.
    const Run zero = run({QStringLiteral("set"), QStringLiteral("每两周"), QStringLiteral("0")});
    QCOMPARE(zero.exitCode, 8);
    QCOMPARE(run({QStringLiteral("set"), QStringLiteral("每两周"), QStringLiteral("两周")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("retire"), QStringLiteral("每十年")}).exitCode, 8);
    frequencies = listed();
    QCOMPARE(frequencies.size(), 9);
    QCOMPARE(frequencies.value(QStringLiteral("每两周")).value(QStringLiteral("max_age_days")).toInt(), 14);
    QCOMPARE(frequencies.value(QStringLiteral("每月")).value(QStringLiteral("max_age_days")).toInt(), 30);
    QVERIFY(frequencies.value(QStringLiteral("每半年")).value(QStringLiteral("retired")).toBool());
    QCOMPARE(run({QStringLiteral("restore"), QStringLiteral("每半年")}).exitCode, 0);
    QVERIFY(!listed().value(QStringLiteral("每半年")).value(QStringLiteral("retired")).toBool());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

void TestCli::rulesArePublishedWholeOrNotAtAll()
{
    initDatabase(m_database);
    const QString pass = passphraseFile(Passphrase);
    const auto run = [&](const QStringList& arguments) {
        return cli(
            QStringList{QStringLiteral("--json"), QStringLiteral("rules")} + arguments +
            QStringList{QStringLiteral("--database"), m_database, QStringLiteral("--passphrase-file"), pass});
    };
    const auto listed = [&] {
        QHash<QString, QJsonObject> byStep;
        for (const QJsonValue& value :
             run({QStringLiteral("list")}).json().value(QStringLiteral("rules")).toArray())
            byStep.insert(value.toObject().value(QStringLiteral("id")).toString(), value.toObject());
        return byStep;
    };
    QHash<QString, QJsonObject> rules = listed();
    QCOMPARE(rules.size(), int(DeadlineRules::defaults().all().size())); // the built-in rules
    QVERIFY(rules.contains(QStringLiteral("price_adjustment")) &&
            rules.contains(QStringLiteral("cap_review")));
    const QJsonObject window = rules.value(QStringLiteral("renewal_window"));
    QCOMPARE(window.value(QStringLiteral("value")).toInt(), 60);
    QCOMPARE(window.value(QStringLiteral("unit")).toString(), QStringLiteral("calendar_days"));
    QVERIFY(window.value(QStringLiteral("description")).toString().contains(QStringLiteral("待核实")));
    QVERIFY(window.value(QStringLiteral("published_by")).isNull());

    // A file with one good and one impossible rule publishes nothing.
    const QString good = QStringLiteral(
        R"({"step": "renewal_window", "value": 40, "unit": "working_days", "source": "湖南省实施细则（测试）"})");
    QVERIFY(test::writeFile(
        file(QStringLiteral("mixed.json")),
        QStringLiteral(
            R"({"rules": [%1, {"step": "validity", "value": 30, "unit": "calendar_days", "source": "x"}]})")
            .arg(good)
            .toUtf8()));
    QCOMPARE(run({QStringLiteral("publish"), file(QStringLiteral("mixed.json"))}).exitCode, 8);
    QVERIFY(test::writeFile(file(QStringLiteral("broken.json")), QByteArray("{\"rules\": [")));
    QCOMPARE(run({QStringLiteral("publish"), file(QStringLiteral("broken.json"))}).exitCode, 8);
    QVERIFY(
        test::writeFile(file(QStringLiteral("nosource.json")),
                        QByteArray(R"({"step": "renewal_window", "value": 40, "unit": "working_days"})")));
    QCOMPARE(run({QStringLiteral("publish"), file(QStringLiteral("nosource.json"))}).exitCode, 8);
    QVERIFY(listed().value(QStringLiteral("renewal_window")).value(QStringLiteral("published_by")).isNull());

    QVERIFY(test::writeFile(file(QStringLiteral("good.json")),
                            QStringLiteral(R"({"rules": [%1]})").arg(good).toUtf8()));
    const Run published = run({QStringLiteral("publish"), file(QStringLiteral("good.json"))});
    QCOMPARE(published.exitCode, 0);
    rules = listed();
    QCOMPARE(rules.value(QStringLiteral("renewal_window")).value(QStringLiteral("value")).toInt(), 40);
    QCOMPARE(rules.value(QStringLiteral("renewal_window")).value(QStringLiteral("unit")).toString(),
             QStringLiteral("working_days"));
    QVERIFY(!rules.value(QStringLiteral("renewal_window"))
                 .value(QStringLiteral("published_at"))
                 .toString()
                 .isEmpty());
    QCOMPARE(rules.value(QStringLiteral("renewal_window")).value(QStringLiteral("pending_sync")).toBool(),
             true);
    const QJsonObject shown = run({QStringLiteral("show"), QStringLiteral("renewal_window")}).json();
    QVERIFY(!shown.value(QStringLiteral("history")).toArray().isEmpty());
    QCOMPARE(run({QStringLiteral("show"), QStringLiteral("coffee_break")}).exitCode, 8);
}
