// The one form engine: every record type's form comes from its definition, and each editor turns
// what people type into what records store and back without loss.
#include "models/journal/EntitySchema.h"
#include "models/journal/FieldLabels.h"
#include "ui/common/ChoicePickerDialog.h"
#include "ui/common/RecordForm.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace xs;

namespace {

/// Vocabularies as the registry has them, a department list as the database would give it, and
/// two records for every referenced type.
QList<LabelledValue> choicesFor(const FieldSchema& field)
{
    // Records offered as a list (a department, the place a visit is made): the dialog gives them.
    if (field.vocabulary == QLatin1String("department") || field.vocabulary == QLatin1String("audit_target"))
        return {{QStringLiteral("430000001"), QStringLiteral("省自然资源厅")}};
    if (field.vocabulary == QLatin1String("shared_resource") ||
        field.vocabulary == QLatin1String("feedback_resource"))
        return {{QStringLiteral("entry-1"), QStringLiteral("企业登记信息 — 省市场监管局 (无条件共享)")}};
    if (field.vocabulary == QLatin1String("review_subject") ||
        field.vocabulary == QLatin1String("review_template"))
        return {{QStringLiteral("rec-1"), QStringLiteral("社会保险参保信息 — 省人社厅申请")}};
    if (field.vocabulary == QLatin1String("authorized_resource"))
        return {{QStringLiteral("ce-1"), QStringLiteral("全省交通运输数据 — 省交通运输厅")},
                {QStringLiteral("ce-2"), QStringLiteral("气象观测数据 — 省气象局")},
                {QStringLiteral("ce-old"), QStringLiteral("已撤回的数据 — 省气象局 (withdrawn)"), false}};
    if (!field.parent.isEmpty())
        return {{QStringLiteral("rec-1"), QStringLiteral("第一条")},
                {QStringLiteral("rec-2"), QStringLiteral("第二条")}};
    return vocabularyChoices(field.vocabulary);
}

QJsonObject jsonObject(const QJsonValue& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

} // namespace

class TestRecordForm : public QObject
{
    Q_OBJECT

private slots:
    void everyTypeHasItsForm_data();
    void everyTypeHasItsForm();
    void amountsAreTypedInYuanAndPercent();
    void listsAndTablesTravelAsJsonText();
    void choiceListsArePickedAndKeepWhatIsNoLongerOffered();
    void sectionsKeepWhatThisVersionDoesNotShow();
    void derivedFieldsAreShownNotTyped();
    void choicesKeepValuesFromANewerList();
    void messagesGoBesideTheirFieldAndNameTheFirst();
    void readOnlyStaysReadable();
};

void TestRecordForm::everyTypeHasItsForm_data()
{
    QTest::addColumn<QString>("entity");
    for (const EntitySchema& entity : syncedEntities())
        QTest::newRow(qPrintable(entity.name)) << entity.name;
}

void TestRecordForm::everyTypeHasItsForm()
{
    QFETCH(QString, entity);
    const EntitySchema* schema = findEntity(entity);
    RecordForm form(*schema, &choicesFor);
    for (const FieldSchema& field : schema->fields) {
        const bool hidden = field.editor == FieldEditor::None || &field == schema->ownerField();
        if (field.editor == FieldEditor::Sections) {
            for (const LabelledValue& section : vocabularyChoices(field.vocabulary))
                QVERIFY2(form.editorFor(field.name + QLatin1Char('.') + section.value),
                         qPrintable(section.value));
            continue;
        }
        QCOMPARE(form.editorFor(field.name) == nullptr, hidden);
        if (!hidden && field.editor == FieldEditor::Choice)
            QVERIFY2(qobject_cast<QComboBox*>(form.editorFor(field.name))->count() > 1,
                     qPrintable(field.name + QStringLiteral(" offers nothing")));
    }
    // An empty form stores nulls, never text it made up.
    const QJsonObject empty = form.values();
    for (auto it = empty.constBegin(); it != empty.constEnd(); ++it) {
        const FieldSchema* field = schema->field(it.key());
        QVERIFY(field);
        if (field->type != FieldType::Boolean && !field->derive)
            QVERIFY2(it.value().isNull(), qPrintable(it.key()));
    }
}

void TestRecordForm::amountsAreTypedInYuanAndPercent()
{
    RecordForm form(*findEntity(QStringLiteral("grant_product")), &choicesFor);
    form.setValues({{QStringLiteral("cap_fen"), 123456}, {QStringLiteral("price_fen"), 5}});
    auto* cap = qobject_cast<QLineEdit*>(form.editorFor(QStringLiteral("cap_fen")));
    QCOMPARE(cap->text(), QStringLiteral("1234.56"));
    QCOMPARE(form.values().value(QStringLiteral("price_fen")).toInteger(), 5);
    cap->setText(QStringLiteral("12.5"));
    QCOMPARE(form.values().value(QStringLiteral("cap_fen")).toInteger(), 1250);
    cap->clear();
    QVERIFY(form.values().value(QStringLiteral("cap_fen")).isNull());

    RecordForm report(*findEntity(QStringLiteral("grant_report")), &choicesFor);
    report.setValues({{QStringLiteral("rate_bp"), 650}});
    QCOMPARE(qobject_cast<QLineEdit*>(report.editorFor(QStringLiteral("rate_bp")))->text(),
             QStringLiteral("6.50"));
    QCOMPARE(report.values().value(QStringLiteral("rate_bp")).toInteger(), 650);
}

void TestRecordForm::listsAndTablesTravelAsJsonText()
{
    RecordForm task(*findEntity(QStringLiteral("audit_task")), &choicesFor);
    const QString auditors = QStringLiteral(R"(["auditor-1","auditor-2"])");
    task.setValues({{QStringLiteral("auditors"), auditors}});
    QCOMPARE(qobject_cast<QPlainTextEdit*>(task.editorFor(QStringLiteral("auditors")))->toPlainText(),
             QStringLiteral("auditor-1\nauditor-2"));
    QCOMPARE(task.values().value(QStringLiteral("auditors")).toString(), auditors);

    RecordForm form(*findEntity(QStringLiteral("grant_agreement")), &choicesFor);
    const QString shares =
        QStringLiteral(R"([{"party":"运营机构","share_bp":6000},{"party":"财政","share_bp":4000}])");
    form.setValues({{QStringLiteral("revenue_shares"), shares}});
    const QJsonObject values = form.values();
    QCOMPARE(values.value(QStringLiteral("revenue_shares")).toString(), shares);
    auto* table = form.editorFor(QStringLiteral("revenue_shares"))->findChild<QTableWidget*>();
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("60.00"));
    // A blank row is no row; a share that is not a number is stored as -1, which the rules refuse.
    table->insertRow(2);
    table->setItem(0, 1, new QTableWidgetItem(QStringLiteral("六成")));
    const QString edited = form.values().value(QStringLiteral("revenue_shares")).toString();
    QCOMPARE(edited,
             QStringLiteral(R"([{"party":"运营机构","share_bp":-1},{"party":"财政","share_bp":4000}])"));
}

void TestRecordForm::choiceListsArePickedAndKeepWhatIsNoLongerOffered()
{
    RecordForm form(*findEntity(QStringLiteral("grant_agreement")), &choicesFor);
    QSignalSpy changed(&form, &RecordForm::changed);
    // Named before: an entry since withdrawn (labelled) and a name typed before scopes were chosen.
    form.setValues({{QStringLiteral("resources"), QStringLiteral(R"(["ce-old","全省企业登记数据"])")}});
    auto* list = form.editorFor(QStringLiteral("resources"))->findChild<QListWidget*>();
    QVERIFY(list);
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), QStringLiteral("已撤回的数据 — 省气象局 (withdrawn)"));
    QCOMPARE(list->item(1)->text(), QStringLiteral("全省企业登记数据"));
    QVERIFY(!list->item(0)->icon().isNull()); // marked: it can no longer be chosen
    QCOMPARE(form.values().value(QStringLiteral("resources")).toString(),
             QStringLiteral(R"(["ce-old","全省企业登记数据"])"));

    // Add... offers only what may be chosen, narrowed by typing; Enter takes the only match.
    int offered = -1;
    QTimer::singleShot(0, this, [&offered] {
        auto* picker = qobject_cast<ChoicePickerDialog*>(QApplication::activeModalWidget());
        QVERIFY(picker);
        auto* view = picker->findChild<QListView*>(QStringLiteral("choicePickerList"));
        offered = view->model()->rowCount();
        picker->setFilterText(QStringLiteral("气象"));
        QTest::keyClick(picker->findChild<QLineEdit*>(QStringLiteral("choicePickerFilter")), Qt::Key_Return);
    });
    auto* add = form.editorFor(QStringLiteral("resources"))
                    ->findChild<QPushButton*>(QStringLiteral("addChoice-resources"));
    QVERIFY(add);
    add->click();
    QCOMPARE(offered, 2); // ce-old is not offered again
    QCOMPARE(form.values().value(QStringLiteral("resources")).toString(),
             QStringLiteral(R"(["ce-old","全省企业登记数据","ce-2"])"));
    QCOMPARE(list->item(2)->text(), QStringLiteral("气象观测数据 — 省气象局"));
    QCOMPARE(changed.count(), 1);

    // Delete takes the selected ones out.
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(form.values().value(QStringLiteral("resources")).toString(),
             QStringLiteral(R"(["ce-old","ce-2"])"));
    QCOMPARE(changed.count(), 2);
    // Read-only: the list stays, its buttons go, and Delete does nothing.
    form.setReadOnly(true);
    QVERIFY(add->isHidden());
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(list->count(), 2);
    // All removed, the field is empty (null), not an empty list.
    form.setReadOnly(false);
    list->selectAll();
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(form.values().value(QStringLiteral("resources")).isNull());
}

void TestRecordForm::sectionsKeepWhatThisVersionDoesNotShow()
{
    RecordForm form(*findEntity(QStringLiteral("grant_plan")), &choicesFor);
    const QJsonObject stored{
        {QStringLiteral("basis"), QStringLiteral("依据《湖南省公共数据授权运营管理办法》")},
        {QStringLiteral("from_a_newer_version"), QStringLiteral("保留")}};
    form.setValues({{QStringLiteral("sections"), QString::fromUtf8(QJsonDocument(stored).toJson())}});
    auto* basis = qobject_cast<QPlainTextEdit*>(form.editorFor(QStringLiteral("sections.basis")));
    QVERIFY(basis);
    QCOMPARE(basis->toPlainText(), stored.value(QStringLiteral("basis")).toString());
    qobject_cast<QPlainTextEdit*>(form.editorFor(QStringLiteral("sections.security")))
        ->setPlainText(QStringLiteral("分级分类保护"));
    basis->clear();
    const QJsonObject sections = jsonObject(form.values().value(QStringLiteral("sections")));
    QCOMPARE(sections, (QJsonObject{{QStringLiteral("security"), QStringLiteral("分级分类保护")},
                                    {QStringLiteral("from_a_newer_version"), QStringLiteral("保留")}}));
}

void TestRecordForm::derivedFieldsAreShownNotTyped()
{
    RecordForm form(*findEntity(QStringLiteral("grant_report")), &choicesFor);
    auto* maximum = qobject_cast<QLineEdit*>(form.editorFor(QStringLiteral("max_revenue_fen")));
    QVERIFY(maximum && maximum->isReadOnly());
    form.setValues({{QStringLiteral("year"), 2025},
                    {QStringLiteral("cost_fen"), 1000000},
                    {QStringLiteral("rate_bp"), 600},
                    {QStringLiteral("taxes_fen"), 50000},
                    {QStringLiteral("treasury_yield_bp"), 180},
                    {QStringLiteral("yield_year"), 2024},
                    {QStringLiteral("cost_survey_year"), 2025},
                    {QStringLiteral("max_revenue_fen"), 1}}); // stale: computed again, never kept
    const QJsonObject values = form.values();
    QVERIFY(values.value(QStringLiteral("max_revenue_fen")).toInteger() > 1000000);
    QVERIFY(!maximum->text().isEmpty());
    QCOMPARE(maximum->text().remove(QLatin1Char('.')).toLongLong(),
             values.value(QStringLiteral("max_revenue_fen")).toInteger());
    form.setReadOnly(false);
    QVERIFY(maximum->isReadOnly());
}

void TestRecordForm::choicesKeepValuesFromANewerList()
{
    RecordForm form(*findEntity(QStringLiteral("grant_agreement")), &choicesFor);
    form.setValues({{QStringLiteral("mode"), QStringLiteral("a_mode_added_later")},
                    {QStringLiteral("operator_id"), QStringLiteral("rec-2")}});
    const QJsonObject values = form.values();
    QCOMPARE(values.value(QStringLiteral("mode")).toString(), QStringLiteral("a_mode_added_later"));
    QCOMPARE(values.value(QStringLiteral("operator_id")).toString(), QStringLiteral("rec-2"));
    QCOMPARE(qobject_cast<QComboBox*>(form.editorFor(QStringLiteral("operator_id")))->currentText(),
             QStringLiteral("第二条"));
}

void TestRecordForm::messagesGoBesideTheirFieldAndNameTheFirst()
{
    RecordForm form(*findEntity(QStringLiteral("grant_plan")), &choicesFor);
    QWidget* first = form.showMessages(
        {{QStringLiteral("sections.security"), Message::plain(QStringLiteral("缺少")), true},
         {QStringLiteral("division_code"), Message::plain(QStringLiteral("请选择"))}});
    QCOMPARE(first, form.editorFor(QStringLiteral("division_code"))); // an error comes before a warning
    QCOMPARE(form.messageFor(QStringLiteral("sections.security")), QStringLiteral("缺少"));
    QCOMPARE(form.messageFor(QStringLiteral("title")), QString());
    QVERIFY(!form.showMessages({}));
    QCOMPARE(form.messageFor(QStringLiteral("division_code")), QString());
}

void TestRecordForm::readOnlyStaysReadable()
{
    RecordForm form(*findEntity(QStringLiteral("catalog_entry")), &choicesFor);
    QSignalSpy changed(&form, &RecordForm::changed);
    form.setValues({{QStringLiteral("name"), QStringLiteral("不动产登记信息")},
                    {QStringLiteral("in_open_catalog"), true}});
    QCOMPARE(changed.count(), 0); // filling the form is not an edit
    form.setReadOnly(true);
    auto* name = qobject_cast<QLineEdit*>(form.editorFor(QStringLiteral("name")));
    QVERIFY(name->isReadOnly() && name->isEnabled()); // selectable, to copy from
    QVERIFY(!form.editorFor(QStringLiteral("in_open_catalog"))->isEnabled());
    QCOMPARE(qobject_cast<QCheckBox*>(form.editorFor(QStringLiteral("in_open_catalog")))->text(),
             fieldLabel(QStringLiteral("catalog_entry"), QStringLiteral("in_open_catalog")));
    form.setReadOnly(false);
    form.setFieldLocked(QStringLiteral("department_code"), true);
    QVERIFY(!form.editorFor(QStringLiteral("department_code"))->isEnabled());
    QTest::keyClicks(name, QStringLiteral(" v2"));
    QVERIFY(changed.count() > 0);
}

QTEST_MAIN(TestRecordForm)
#include "tst_recordform.moc"
