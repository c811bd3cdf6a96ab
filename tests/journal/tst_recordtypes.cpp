// The record types are defined once, in their areas, and the generic layers take them from there:
// these checks fail when a definition is incomplete or when generic code starts naming types again.
#include "models/catalog/CatalogVocabulary.h"
#include "models/catalog/CatalogWorkflow.h"
#include "models/catalog/io/CatalogColumns.h"
#include "models/fieldaudit/FieldAuditVocabulary.h"
#include "models/fieldaudit/FieldAuditWorkflow.h"
#include "models/grants/GrantRules.h"
#include "models/grants/GrantVocabulary.h"
#include "models/journal/AccessPolicy.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/FieldLabels.h"
#include "models/journal/Roles.h"
#include "models/journal/Vocabularies.h"
#include "models/rectification/RectificationWorkflow.h"
#include "models/registration/RegistrationVocabulary.h"
#include "models/registration/RegistrationWorkflow.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace xs;

class TestRecordTypes : public QObject
{
    Q_OBJECT

private slots:
    void everyTypeAndFieldHasALabel();
    void parentsComeBeforeChildren();
    void everyTypeHasExactlyOneAccessRule();
    void theJournalNamesNoRecordType();
    void catalogFilesAndFormsCoverEveryEntryField();
    void stepTablesNameOnlyTheirStates_data();
    void stepTablesNameOnlyTheirStates();
    void stepTablesFindTheShortestPath();
};

void TestRecordTypes::everyTypeAndFieldHasALabel()
{
    QVERIFY(syncedEntities().size() >= 13);
    for (const EntitySchema& type : syncedEntities()) {
        QVERIFY2(type.label, qPrintable(type.name));
        QCOMPARE(entityLabelSource(type.name), type.label);
        for (const FieldSchema& field : type.fields) {
            QVERIFY2(field.label, qPrintable(type.name + QLatin1Char('.') + field.name));
            QCOMPARE(fieldLabel(type.name, field.name), QString::fromUtf8(field.label)); // no translator
        }
        QCOMPARE(findEntity(type.name), &type);
    }
    // An unknown name reads as itself (a newer hub's field still shows up).
    QCOMPARE(fieldLabel(QStringLiteral("catalog_entry"), QStringLiteral("future_field")),
             QStringLiteral("future_field"));
    QCOMPARE(entityLabelSource(QStringLiteral("no_such_type")), nullptr);
}

void TestRecordTypes::parentsComeBeforeChildren()
{
    QSet<QString> seen;
    for (const EntitySchema& type : syncedEntities()) {
        QVERIFY2(!seen.contains(type.name), qPrintable(QStringLiteral("twice: ") + type.name));
        for (const FieldSchema* parent : type.parentFields()) {
            // A registration may point at another registration: its own type counts as seen.
            QVERIFY2(seen.contains(parent->parent) || parent->parent == type.name,
                     qPrintable(type.name + QStringLiteral(" before its parent ") + parent->parent));
        }
        seen.insert(type.name);
    }
}

void TestRecordTypes::everyTypeHasExactlyOneAccessRule()
{
    QSet<QString> types;
    for (const EntitySchema& type : syncedEntities())
        types.insert(type.name);
    QSet<QString> ruled;
    for (const AccessRule& rule : accessRules()) {
        QVERIFY2(rule.check, qPrintable(rule.entity));
        QVERIFY2(types.contains(rule.entity), qPrintable(QStringLiteral("rule for no type: ") + rule.entity));
        QVERIFY2(!ruled.contains(rule.entity), qPrintable(QStringLiteral("two rules: ") + rule.entity));
        ruled.insert(rule.entity);
    }
    QCOMPARE(ruled, types);
}

void TestRecordTypes::theJournalNamesNoRecordType()
{
    // models/journal and the hub are generic: a type's fields, labels, rules and what only the
    // hub decides for it (AccessRule::decide, rederive) belong in its area's folder.
    QStringList offending;
    for (const char* folder : {"/models/journal", "/hub", "/app/sync"}) {
        QDirIterator files(QStringLiteral(XS_SOURCE_DIR) + QLatin1String(folder),
                           {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString name = QFileInfo(file.fileName()).fileName();
            const QString text = QString::fromUtf8(file.readAll());
            for (const EntitySchema& type : syncedEntities()) {
                // "department" is also the principal's department in the login's JSON.
                if ((qstrcmp(folder, "/models/journal") == 0 || type.name != QLatin1String("department")) &&
                    text.contains(QLatin1Char('"') + type.name + QLatin1Char('"')))
                    offending << name + QLatin1Char(':') + type.name;
            }
        }
    }
    QVERIFY2(offending.isEmpty(), qPrintable(offending.join(QStringLiteral(", "))));
}

void TestRecordTypes::catalogFilesAndFormsCoverEveryEntryField()
{
    // Export then import loses nothing only if every field of an entry has its column; a form can
    // offer a choice only from a list it can find.
    const EntitySchema* entry = findEntity(QStringLiteral("catalog_entry"));
    QVERIFY(entry);
    QSet<QString> headings;
    for (const FieldSchema& field : entry->fields) {
        QVERIFY2(field.fileHeading, qPrintable(field.name + QStringLiteral(" has no column in files")));
        QVERIFY2(!headings.contains(field.heading()), qPrintable(field.heading()));
        headings.insert(field.heading());
        QCOMPARE(CatalogColumns::fieldForHeading(field.heading()), std::optional<QString>(field.name));
        if (field.editor == FieldEditor::Choice && field.vocabulary != QLatin1String("department"))
            QVERIFY2(!vocabularyChoices(field.vocabulary).isEmpty(), qPrintable(field.vocabulary));
    }
    QCOMPARE(CatalogColumns::all().size(), entry->fields.size() + 2); // and the id and the items
}

void TestRecordTypes::stepTablesNameOnlyTheirStates_data()
{
    QTest::addColumn<const StepTable*>("table");
    QTest::addColumn<QStringList>("states");
    QTest::addColumn<QStringList>("auditorSteps"); // everywhere else auditors read only
    QTest::newRow("catalog entry") << &CatalogWorkflow::steps() << CatalogWorkflow::states() << QStringList();
    QTest::newRow("grant plan") << &GrantRules::planSteps() << GrantVocabulary::planStates() << QStringList();
    QTest::newRow("grant agreement") << &GrantRules::agreementSteps() << GrantVocabulary::agreementStates()
                                     << QStringList();
    QTest::newRow("registration") << &RegistrationWorkflow::steps() << RegistrationVocabulary::states()
                                  << QStringList();
    QTest::newRow("checklist template")
        << &FieldAuditWorkflow::templateSteps() << vocabularyCodes(FieldAuditVocabulary::templateStates())
        << QStringList();
    QTest::newRow("audit task") << &FieldAuditWorkflow::taskSteps()
                                << vocabularyCodes(FieldAuditVocabulary::taskStates())
                                << QStringList{QStringLiteral("start"), QStringLiteral("submit")};
    QTest::newRow("rectification order")
        << &RectificationWorkflow::steps() << vocabularyCodes(RectificationWorkflow::states())
        << QStringList{QStringLiteral("accept"), QStringLiteral("reject")};
}

void TestRecordTypes::stepTablesNameOnlyTheirStates()
{
    QFETCH(const StepTable*, table);
    QFETCH(QStringList, states);
    QFETCH(QStringList, auditorSteps);
    QVERIFY(!table->steps().isEmpty());
    QSet<QString> commands;
    for (const StepDefinition& step : table->steps()) {
        QVERIFY2(!commands.contains(step.command), qPrintable(step.command));
        commands.insert(step.command);
        QVERIFY2(step.mayGive, qPrintable(step.command));
        QVERIFY2(step.mayGive(Role::Admin), qPrintable(step.command)); // administrators may give every step
        QCOMPARE(step.mayGive(Role::Auditor), auditorSteps.contains(step.command));
        // An empty to-state keeps the state; other outcomes only alongside a usual one.
        QVERIFY2(step.to.isEmpty() ? step.otherOutcomes.isEmpty() : states.contains(step.to),
                 qPrintable(step.command + QLatin1Char(' ') + step.to));
        for (const QString& outcome : step.otherOutcomes)
            QVERIFY2(states.contains(outcome), qPrintable(step.command + QLatin1Char(' ') + outcome));
        QVERIFY(!step.from.isEmpty());
        for (const QString& from : step.from)
            QVERIFY2(states.contains(from), qPrintable(step.command + QLatin1Char(' ') + from));
    }
}

void TestRecordTypes::stepTablesFindTheShortestPath()
{
    const StepTable& catalog = CatalogWorkflow::steps();
    QCOMPARE(catalog.pathTo(QStringLiteral("draft"), QStringLiteral("withdrawn"), catalog.commands()),
             std::optional<QStringList>(
                 {QStringLiteral("submit"), QStringLiteral("publish"), QStringLiteral("withdraw")}));
    QCOMPARE(catalog.pathTo(QStringLiteral("draft"), QStringLiteral("draft"), catalog.commands()),
             std::optional<QStringList>(QStringList()));
    QCOMPARE(catalog.pathTo(QStringLiteral("published"), QStringLiteral("draft"), catalog.commands()),
             std::optional<QStringList>(
                 {QStringLiteral("withdraw"), QStringLiteral("submit"), QStringLiteral("return")}));
    QVERIFY(
        !catalog.pathTo(QStringLiteral("draft"), QStringLiteral("published"), {QStringLiteral("submit")}));
    QCOMPARE(catalog.available(QStringLiteral("submitted"), Role::Reviewer),
             QStringList({QStringLiteral("publish"), QStringLiteral("return")}));
    QVERIFY(catalog.available(QStringLiteral("submitted"), Role::Cataloguer).isEmpty());
    QCOMPARE(catalog.next(QStringLiteral("withdrawn"), QStringLiteral("submit")),
             std::optional<QString>(QStringLiteral("submitted")));
    QVERIFY(!catalog.next(QStringLiteral("withdrawn"), QStringLiteral("no-such-step")));
}

QTEST_GUILESS_MAIN(TestRecordTypes)
#include "tst_recordtypes.moc"
