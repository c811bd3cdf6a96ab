// hub/PROTOCOL.md lists every synced record type with its parents; this keeps the document and the
// definitions (models/journal/EntitySchema) from drifting apart.

#include "models/journal/EntitySchema.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace xs;

class TestProtocolDoc : public QObject
{
    Q_OBJECT

private slots:
    void everyRecordTypeIsDocumentedWithItsParents();
};

void TestProtocolDoc::everyRecordTypeIsDocumentedWithItsParents()
{
    QFile file(QStringLiteral(XS_SOURCE_DIR "/hub/PROTOCOL.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString document = QString::fromUtf8(file.readAll());
    const qsizetype records = document.indexOf(QLatin1String("\n## Records"));
    QVERIFY(records >= 0);
    const QString text =
        document.mid(records, document.indexOf(QLatin1String("\n## "), records + 1) - records);
    // | `entity` | what | `field` → `parent`, ... | who | rules |
    static const QRegularExpression row(QStringLiteral("^\\| `([a-z_]+)` \\|[^|]*\\|([^|]*)\\|"),
                                        QRegularExpression::MultilineOption);
    static const QRegularExpression parent(QStringLiteral("`([a-z_]+)` → `([a-z_]+)`"));
    QHash<QString, QStringList> documented;
    for (auto match = row.globalMatch(text); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        QStringList parents;
        for (auto link = parent.globalMatch(found.captured(2)); link.hasNext();) {
            const QRegularExpressionMatch each = link.next();
            parents << each.captured(1) + QLatin1Char('>') + each.captured(2);
        }
        documented.insert(found.captured(1), parents);
    }
    QStringList defined;
    for (const EntitySchema& entity : syncedEntities()) {
        defined << entity.name;
        QVERIFY2(documented.contains(entity.name),
                 qPrintable(entity.name + QStringLiteral(" is not documented")));
        QStringList parents;
        for (const FieldSchema* field : entity.parentFields())
            parents << field->name + QLatin1Char('>') + field->parent;
        QCOMPARE(documented.value(entity.name), parents);
    }
    for (auto it = documented.cbegin(); it != documented.cend(); ++it)
        QVERIFY2(defined.contains(it.key()),
                 qPrintable(it.key() + QStringLiteral(" is documented but not defined")));
}

QTEST_GUILESS_MAIN(TestProtocolDoc)
#include "tst_protocoldoc.moc"
