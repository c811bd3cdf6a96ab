// Chinese is the product's first language: every message has a finished zh_CN translation, and
// every plural message has its English forms. A string added without its translation fails here.
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Finding
{
    int messages = 0;
    QStringList problems;
};

/// Reads a .ts file; a message is a problem when its translation is unfinished or empty (for
/// plurals: when any form is empty), or when numerus forms are required and missing.
Finding check(const QString& path, bool everyMessage)
{
    Finding finding;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        finding.problems << QStringLiteral("cannot read %1").arg(path);
        return finding;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            ++finding.messages;
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            if (!everyMessage && !numerus)
                continue;
            const bool unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            QStringList forms;
            if (numerus) {
                while (xml.readNextStartElement())
                    forms << xml.readElementText();
            } else {
                forms << xml.readElementText();
            }
            if (unfinished || forms.isEmpty() || forms.contains(QString()))
                finding.problems << QStringLiteral("%1: %2").arg(context, source.left(90));
        }
    }
    if (xml.hasError())
        finding.problems << QStringLiteral("%1: %2").arg(path, xml.errorString());
    return finding;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void chineseIsComplete();
    void englishPluralsAreComplete();
};

void TestTranslations::chineseIsComplete()
{
    const Finding finding = check(QStringLiteral(XS_SOURCE_DIR "/translations/xiangshu_zh_CN.ts"), true);
    QVERIFY(finding.messages > 1000);
    QVERIFY2(finding.problems.isEmpty(),
             qPrintable(QStringLiteral("%1 zh_CN message(s) without a finished translation:\n")
                            .arg(finding.problems.size()) +
                        finding.problems.join(QLatin1Char('\n'))));
}

void TestTranslations::englishPluralsAreComplete()
{
    const Finding finding = check(QStringLiteral(XS_SOURCE_DIR "/translations/xiangshu_en.ts"), false);
    QVERIFY(finding.messages > 1000);
    QVERIFY2(finding.problems.isEmpty(), qPrintable(finding.problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
