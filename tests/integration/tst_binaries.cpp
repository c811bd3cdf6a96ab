// What the shipped binaries do at the dynamic-linker level: our SQLCipher stays private, and Qt's
// QSQLITE plugin (and the system libsqlite3 with it) is never loaded.
#include "app/secrets/DatabaseCreator.h"
#include "tests/support/TestSupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;

namespace {

const QString Passphrase = QStringLiteral("binaries test passphrase");

QStringList binaries()
{
    return {test::binaryPath("XS_CLI"), test::binaryPath("XS_APP")};
}

/// Libraries the dynamic linker loaded, from LD_DEBUG=files output.
QStringList loadedLibraries(const QByteArray& ldDebugOutput)
{
    QStringList libraries;
    static const QRegularExpression opened(
        QStringLiteral("file=(\\S+)\\s+\\[\\d+\\];\\s+(?:needed|dynamically loaded)"));
    for (const QString& line : QString::fromLocal8Bit(ldDebugOutput).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = opened.match(line);
        if (match.hasMatch())
            libraries << match.captured(1);
    }
    return libraries;
}

bool isSqlitePlugin(const QString& library)
{
    return library.contains(QLatin1String("libqsqlite")) || library.contains(QLatin1String("libsqlite3.so"));
}

} // namespace

class TestBinaries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noSqliteSymbolIsExported_data();
    void noSqliteSymbolIsExported();
    void cliNeverLoadsQsqlite();
    void appNeverLoadsQsqlite();
    void appIsChineseUnlessTheLocaleNamesAnotherLanguage_data();
    void appIsChineseUnlessTheLocaleNamesAnotherLanguage();

private:
    QTemporaryDir m_dir;
    QString m_database;
    QString m_passphraseFile;
};

void TestBinaries::initTestCase()
{
    for (const QString& binary : binaries())
        QVERIFY2(QFileInfo(binary).isExecutable(), qPrintable(binary));
    m_database = m_dir.filePath(QStringLiteral("bin.db"));
    QVERIFY(!DatabaseCreator::create(m_database, Passphrase, false).error.isError());
    m_passphraseFile = m_dir.filePath(QStringLiteral("pass.txt"));
    QVERIFY(test::writeFile(m_passphraseFile, Passphrase.toUtf8()));
}

void TestBinaries::noSqliteSymbolIsExported_data()
{
    QTest::addColumn<QString>("binary");
    for (const QString& binary : binaries())
        QTest::newRow(qPrintable(QFileInfo(binary).fileName())) << binary;
}

void TestBinaries::noSqliteSymbolIsExported()
{
    QFETCH(QString, binary);
    const test::ProcessResult dynamic =
        test::runProcess(QStringLiteral("nm"), {QStringLiteral("-D"), binary});
    QCOMPARE(dynamic.exitCode, 0);
    QVERIFY(dynamic.standardOutput.contains("_ZN")); // nm really read the dynamic symbol table
    QVERIFY2(!dynamic.standardOutput.contains("sqlite3_"),
             "a sqlite3_ symbol is in the dynamic symbol table");
    // The code is in the binary all the same, just not exported (hidden visibility).
    const test::ProcessResult all = test::runProcess(QStringLiteral("nm"), {binary});
    QCOMPARE(all.exitCode, 0);
    QVERIFY(all.standardOutput.contains("sqlite3_key_v2"));
    QVERIFY(all.standardOutput.contains("sqlite3_open_v2"));
}

void TestBinaries::cliNeverLoadsQsqlite()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    process.setProcessEnvironment(environment);
    // Commands that open, read, verify and copy the database.
    for (const QStringList& command :
         {QStringList{QStringLiteral("info")}, QStringList{QStringLiteral("verify")},
          QStringList{QStringLiteral("backup"), m_dir.filePath(QStringLiteral("b.db"))}}) {
        process.start(test::binaryPath("XS_CLI"),
                      command + QStringList{QStringLiteral("--database"), m_database,
                                            QStringLiteral("--no-keychain"),
                                            QStringLiteral("--passphrase-file"), m_passphraseFile});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QStringList libraries = loadedLibraries(process.readAllStandardError());
        QVERIFY2(
            std::any_of(libraries.cbegin(), libraries.cend(),
                        [](const QString& library) { return library.contains(QLatin1String("libQt6Sql")); }),
            "LD_DEBUG output was not captured");
        for (const QString& library : libraries)
            QVERIFY2(!isSqlitePlugin(library), qPrintable(library));
    }
}

void TestBinaries::appNeverLoadsQsqlite()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/bus"));
    process.setProcessEnvironment(environment);
    process.start(test::binaryPath("XS_APP"), {QStringLiteral("--database"), m_database,
                                               QStringLiteral("--passphrase-file"), m_passphraseFile});
    QVERIFY(process.waitForStarted());
    // The app holds the database's lock file once it has opened it.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(m_database + QStringLiteral(".lock")), 30000);
    QTest::qWait(500); // let the window settle (icons, fonts, styles load now)
    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
    }
    const QStringList libraries = loadedLibraries(process.readAllStandardError());
    QVERIFY(std::any_of(libraries.cbegin(), libraries.cend(), [](const QString& library) {
        return library.contains(QLatin1String("libqoffscreen"));
    }));
    for (const QString& library : libraries)
        QVERIFY2(!isSqlitePlugin(library), qPrintable(library));
}

void TestBinaries::appIsChineseUnlessTheLocaleNamesAnotherLanguage_data()
{
    QTest::addColumn<QString>("locale"); // LC_ALL; empty: LC_ALL, LC_MESSAGES and LANG all unset
    QTest::addColumn<bool>("appChinese");
    QTest::addColumn<bool>("cliChinese");
    QTest::newRow("C.UTF-8") << QStringLiteral("C.UTF-8") << true << false;
    QTest::newRow("C") << QStringLiteral("C") << true << false;
    QTest::newRow("POSIX") << QStringLiteral("POSIX") << true << false;
    QTest::newRow("unset") << QString() << true << false;
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN.UTF-8") << true << true;
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW.UTF-8") << true << true;
    QTest::newRow("en_US") << QStringLiteral("en_US.UTF-8") << false << false;
    QTest::newRow("de_DE") << QStringLiteral("de_DE.UTF-8") << false << false;
}

// What a new user sees first: the program's own help, in the language it chose. The settings live in
// an empty folder, so no saved choice overrides the locale.
void TestBinaries::appIsChineseUnlessTheLocaleNamesAnotherLanguage()
{
    QFETCH(QString, locale);
    QFETCH(bool, appChinese);
    QFETCH(bool, cliChinese);
    QTemporaryDir config;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"})
        environment.remove(QString::fromLatin1(name));
    if (!locale.isEmpty())
        environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    for (const bool app : {true, false}) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(test::binaryPath(app ? "XS_APP" : "XS_CLI"), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(30000));
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        const bool chinese = help.contains(QStringLiteral("数据"));
        QVERIFY2(help.contains(QStringLiteral("--help")), qPrintable(help));
        QVERIFY2(chinese == (app ? appChinese : cliChinese), qPrintable(help.left(300)));
    }
}

QTEST_GUILESS_MAIN(TestBinaries)
#include "tst_binaries.moc"
