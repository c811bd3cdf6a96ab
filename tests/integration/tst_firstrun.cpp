// The first run as a newcomer meets it, end to end: the shipped app on a virtual screen (Xvfb), no
// keychain on the session, a C locale, the demo database; packaging/screenshot-app.sh (what
// `./xs run` does without a display) waits for the main window and saves a screenshot, which must
// show a window, not a blank screen.
#include "tests/support/TestSupport.h"

#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;

class TestFirstRun : public QObject
{
    Q_OBJECT

private slots:
    void theDemoOpensOnAWindowNotABlankScreen();
    void theDemoRunSignsInSyncsAndOpensAsTheRole();

private:
    /// Not blank: a window with text and controls has many colours, and no one colour covers it.
    static void checkNotBlank(const QString& screenshot);
};

void TestFirstRun::checkNotBlank(const QString& screenshot)
{
    const QImage image(screenshot);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1280, 800));
    QHash<QRgb, int> colours;
    int samples = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            ++colours[image.pixel(x, y)];
            ++samples;
        }
    }
    int commonest = 0;
    for (const int count : std::as_const(colours))
        commonest = std::max(commonest, count);
    qInfo("%lld colours; the commonest covers %d%% of the screen", qint64(colours.size()),
          commonest * 100 / samples);
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
    QVERIFY2(commonest * 100 / samples < 90, qPrintable(QString::number(commonest * 100 / samples)));
}

void TestFirstRun::theDemoOpensOnAWindowNotABlankScreen()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("demo.db"));
    const QString passphrase = dir.filePath(QStringLiteral("passphrase.txt"));
    QVERIFY(test::writeFile(passphrase, "first run test passphrase\n"));
    for (const QStringList& command :
         {QStringList{QStringLiteral("init")}, QStringList{QStringLiteral("demo")}}) {
        const test::ProcessResult made = test::runProcess(
            test::binaryPath("XS_CLI"),
            command + QStringList{QStringLiteral("--database"), database, QStringLiteral("--passphrase-file"),
                                  passphrase, QStringLiteral("--no-keychain")});
        QVERIFY2(made.exitCode == 0, made.standardError.constData());
    }

    const QString shot = dir.filePath(QStringLiteral("screenshot.png"));
    const QString log = dir.filePath(QStringLiteral("run.log"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // the virtual X screen, not offscreen
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/bus"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XS_SETTLE_SECONDS"), QStringLiteral("1"));
    const test::ProcessResult run = test::runProcess(
        QStringLiteral(XS_SOURCE_DIR "/packaging/screenshot-app.sh"),
        {test::binaryPath("XS_APP"), database, passphrase, shot, log}, {}, 120000, environment);
    QVERIFY2(run.exitCode == 0, (run.standardError + test::readFile(log)).constData());

    // How long the start took, for the record (the keychain has no bus here and gives up first).
    const QRegularExpressionMatch shown = QRegularExpression(QStringLiteral("main window shown (\\d+) ms"))
                                              .match(QString::fromUtf8(test::readFile(log)));
    QVERIFY(shown.hasMatch());
    qInfo("main window shown %s ms after start", qPrintable(shown.captured(1)));

    checkNotBlank(shot);
}

void TestFirstRun::theDemoRunSignsInSyncsAndOpensAsTheRole()
{
    // What `./xs run` runs after the build, with XS_ROLE=reviewer, on a machine with no display and
    // no session bus: a demo hub, the reviewer signed in, a first sync, the app on a virtual screen.
    QTemporaryDir dir;
    const QString build = QFileInfo(test::binaryPath("XS_CLI")).dir().filePath(QStringLiteral(".."));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name :
         {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XS_AREA"})
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("XS_SETTLE_SECONDS"), QStringLiteral("1"));
    const test::ProcessResult run =
        test::runProcess(QStringLiteral(XS_SOURCE_DIR "/packaging/demo-run.sh"),
                         {build, dir.path(), QStringLiteral("reviewer")}, {}, 180000, environment);
    const QByteArray said = run.standardOutput + run.standardError;
    QVERIFY2(run.exitCode == 0, said.constData());
    QVERIFY2(said.contains("as demo-reviewer (reviewer)"), said.constData());
    const QRegularExpressionMatch received =
        QRegularExpression(QStringLiteral("received (\\d+)")).match(QString::fromUtf8(said));
    QVERIFY2(received.hasMatch() && received.captured(1).toInt() > 1000, said.constData());
    qInfo("first sync received %s records", qPrintable(received.captured(1)));

    // The app opened where a reviewer works, signed in, and its window is on the screenshot.
    const QByteArray appLog = test::readFile(dir.filePath(QStringLiteral("run-reviewer.log")));
    QVERIFY2(appLog.contains("main window shown"), appLog.constData());
    checkNotBlank(dir.filePath(QStringLiteral("screenshot-reviewer.png")));

    // A wrong role is refused before anything starts.
    const test::ProcessResult wrong =
        test::runProcess(QStringLiteral(XS_SOURCE_DIR "/packaging/demo-run.sh"),
                         {build, dir.path(), QStringLiteral("superuser")}, {}, 30000, environment);
    QCOMPARE(wrong.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
