// The dependency rules of shared/ARCHITECTURE.md, checked on the source tree: ui/ never sees
// storage (pages get area services from app/), and models/ never includes a Widgets header.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

/// Every line of the .h/.cpp files under folder that matches pattern, as "file:line: text".
QStringList offendingLines(const QString& folder, const QRegularExpression& pattern)
{
    QStringList found;
    QDirIterator files(QStringLiteral(XS_SOURCE_DIR) + folder,
                       {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        int number = 0;
        while (!file.atEnd()) {
            ++number;
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (!line.startsWith(QLatin1String("//")) && pattern.match(line).hasMatch())
                found << QStringLiteral("%1:%2: %3").arg(file.fileName()).arg(number).arg(line);
        }
    }
    return found;
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void uiNeverSeesStorage();
    void modelsNeverIncludeWidgets();
    void theScanFindsWhatItLooksFor();
};

void TestLayering::uiNeverSeesStorage()
{
    const QRegularExpression storage(QStringLiteral(
        R"(QSqlDatabase|QSqlQuery|#include\s+"models/storage/|\bTransaction\b|\bDatabaseKey\b)"));
    const QStringList found = offendingLines(QStringLiteral("/ui"), storage);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestLayering::modelsNeverIncludeWidgets()
{
    const QRegularExpression widgets(QStringLiteral(
        R"(#include\s+<(QtWidgets/|QWidget>|QDialog>|QMessageBox>|QApplication>|QAbstractButton>))"));
    const QStringList found = offendingLines(QStringLiteral("/models"), widgets);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestLayering::theScanFindsWhatItLooksFor()
{
    // Each rule above would see a violation: the storage layer itself uses what ui may not.
    QVERIFY(
        !offendingLines(QStringLiteral("/models/storage"), QRegularExpression(QStringLiteral("QSqlDatabase")))
             .isEmpty());
    QVERIFY(
        !offendingLines(QStringLiteral("/ui"), QRegularExpression(QStringLiteral(R"(#include\s+<QWidget>)")))
             .isEmpty());
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
