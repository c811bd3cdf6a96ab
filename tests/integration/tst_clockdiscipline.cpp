// One clock: no production source reads the system's time except the clock itself
// (models/common/Clock.cpp), so every "today" can be set by a test and is China's date. This
// walks the source tree; a new QDate::currentDate() anywhere else fails it.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

// Every way C++, Qt, POSIX or SQL offers to read the wall clock.
const QRegularExpression& systemTimeReads()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(\bQDate::currentDate\b|\bQDateTime::current\w+|\bQTime::currentTime\b|)"
                       R"(\bsystem_clock\b|\bgettimeofday\b|\bclock_gettime\b|\blocaltime(_r)?\b|)"
                       R"(\bstd::time\s*\(|(?<![\w.>:])time\s*\(\s*(nullptr|NULL|0)?\s*\)|)"
                       R"('now'|\bCURRENT_(TIMESTAMP|DATE|TIME)\b)"));
    return pattern;
}

/// Code of a line without its // comment (a comment may name what it does not do).
QString codeOf(const QString& line)
{
    const qsizetype comment = line.indexOf(QLatin1String("//"));
    return comment < 0 ? line : line.left(comment);
}

} // namespace

class TestClockDiscipline : public QObject
{
    Q_OBJECT

private slots:
    void theCheckFindsEveryKindOfRead_data();
    void theCheckFindsEveryKindOfRead();
    void onlyTheClockReadsTheSystemTime();
};

void TestClockDiscipline::theCheckFindsEveryKindOfRead_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("read");
    QTest::newRow("QDate") << QStringLiteral("const QDate today = QDate::currentDate();") << true;
    QTest::newRow("QDateTime") << QStringLiteral("x = QDateTime::currentDateTimeUtc();") << true;
    QTest::newRow("seconds") << QStringLiteral("QDateTime::currentSecsSinceEpoch()") << true;
    QTest::newRow("QTime") << QStringLiteral("QTime::currentTime()") << true;
    QTest::newRow("chrono") << QStringLiteral("auto t = std::chrono::system_clock::now();") << true;
    QTest::newRow("C time") << QStringLiteral("const time_t t = time(nullptr);") << true;
    QTest::newRow("SQL") << QStringLiteral("\"WHERE at < date('now')\"") << true;
    QTest::newRow("SQL default") << QStringLiteral("created_at TEXT DEFAULT CURRENT_TIMESTAMP") << true;
    QTest::newRow("comment") << QStringLiteral("int x = 1; // not QDate::currentDate()") << false;
    QTest::newRow("clock") << QStringLiteral("const QDate today = m_clock.today();") << false;
    QTest::newRow("elapsed") << QStringLiteral("timer.elapsed(); runtime(x); m_time(0)") << false;
}

void TestClockDiscipline::theCheckFindsEveryKindOfRead()
{
    QFETCH(QString, line);
    QFETCH(bool, read);
    QCOMPARE(systemTimeReads().match(codeOf(line)).hasMatch(), read);
}

void TestClockDiscipline::onlyTheClockReadsTheSystemTime()
{
    const QString root = QStringLiteral(XS_SOURCE_DIR);
    const QString allowed = QStringLiteral("models/common/Clock.cpp");
    QStringList offences;
    int files = 0;
    for (const char* folder : {"app", "ui", "models", "hub", "resources/migrations"}) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1String(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.sql")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = path.mid(root.size() + 1);
            if (relative == allowed || relative.contains(QLatin1String("/sqlcipher/")))
                continue;
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(path));
            ++files;
            int number = 0;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine());
                ++number;
                if (systemTimeReads().match(codeOf(line)).hasMatch())
                    offences << QStringLiteral("%1:%2: %3").arg(relative).arg(number).arg(line.trimmed());
            }
        }
    }
    QVERIFY2(files > 200,
             qPrintable(QStringLiteral("only %1 source files found under %2").arg(files).arg(root)));
    QVERIFY2(offences.isEmpty(),
             qPrintable(QStringLiteral("read the time from the injected Clock instead:\n") +
                        offences.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestClockDiscipline)
#include "tst_clockdiscipline.moc"
