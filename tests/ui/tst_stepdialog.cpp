// The one step dialog: it asks for what each step table declares, and says what is missing
// before the step is tried.
#include "models/journal/AccessPolicy.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/StepTable.h"
#include "ui/common/StepDialog.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace xs;

namespace {

const StepDefinition& stepOf(const char* entity, const char* command)
{
    const StepDefinition* step =
        stepTableFor(QString::fromLatin1(entity))->find(QString::fromLatin1(command));
    Q_ASSERT(step);
    return *step;
}

QJsonObject registration(const char* state, const char* deadline = "2026-12-10")
{
    return {{QStringLiteral("state"), QString::fromLatin1(state)},
            {QStringLiteral("type"), QStringLiteral("first")},
            {QStringLiteral("data_name"), QStringLiteral("全省不动产登记数据")},
            {QStringLiteral("materials"), QStringLiteral(R"({"application_form":true})")},
            {QStringLiteral("step_deadline"), QString::fromLatin1(deadline)},
            {QStringLiteral("assignee"), QStringLiteral("li.reviewer")}};
}

void clickOk(StepDialog& dialog)
{
    QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

class TestStepDialog : public QObject
{
    Q_OBJECT

private slots:
    void everyStepIsNamedAndAsksWhatItDeclares();
    void requiredAnswersAreAskedForBesideTheField();
    void materialsAreTickedAsTheRecordSays();
    void aLateReviewAsksForItsExplanationOnlyWhenLate();
    void answersStartFromTheRecord();
};

void TestStepDialog::everyStepIsNamedAndAsksWhatItDeclares()
{
    int tables = 0;
    for (const EntitySchema& entity : syncedEntities()) {
        const StepTable* table = stepTableFor(entity.name);
        if (!table)
            continue;
        ++tables;
        for (const StepDefinition& step : table->steps()) {
            QVERIFY2(step.label, qPrintable(entity.name + QLatin1Char(' ') + step.command + " has no name"));
            StepDialog dialog(step, {}, QStringLiteral("记录"), QDate(2026, 12, 5));
            for (const ArgumentSpec& argument : step.arguments) {
                QVERIFY2(argument.label, qPrintable(step.command + QLatin1Char(' ') + argument.name));
                // Asked unless it depends on the record (and this empty record does not need it).
                QCOMPARE(dialog.findChild<QWidget*>(QStringLiteral("argument-") + argument.name) != nullptr,
                         !argument.neededFor);
            }
        }
    }
    // Catalog entries and their revisions, registrations, plans, agreements, checklist templates,
    // audit tasks, rectification orders, sharing requests, quality feedback, open-data demand and
    // security reviews, and a product's cap sign-off.
    QCOMPARE(tables, 13);
}

void TestStepDialog::requiredAnswersAreAskedForBesideTheField()
{
    StepDialog dialog(stepOf("grant_agreement", "renew"), {}, QStringLiteral("岳阳市气象数据授权运营协议"),
                      {});
    dialog.show();
    clickOk(dialog);
    QVERIFY(dialog.isVisible()); // not accepted: both answers are missing
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("problem-ends_on"))->isHidden());
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("problem-reason"))->isHidden());
    dialog.findChild<QLineEdit*>(QStringLiteral("argument-ends_on"))->setText(QStringLiteral("2031-12-31"));
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("argument-reason"))
        ->setPlainText(QStringLiteral("评估合格"));
    clickOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.arguments(), (QJsonObject{{QStringLiteral("ends_on"), QStringLiteral("2031-12-31")},
                                              {QStringLiteral("reason"), QStringLiteral("评估合格")}}));

    // An answer longer than the record can hold is named before the hub would refuse it.
    StepDialog handover(stepOf("grant_agreement", "exit"), {}, {}, {});
    handover.show();
    handover.findChild<QPlainTextEdit*>(QStringLiteral("argument-handover"))
        ->setPlainText(QString(4001, u'交'));
    clickOk(handover);
    QVERIFY(handover.isVisible());
    QVERIFY(!handover.findChild<QLabel*>(QStringLiteral("problem-handover"))->isHidden());
}

void TestStepDialog::materialsAreTickedAsTheRecordSays()
{
    const QJsonObject record = registration("submitted");
    StepDialog notice(stepOf("registration", "request_materials"), record, {}, QDate(2026, 12, 5));
    auto* list = notice.findChild<QListWidget*>(QStringLiteral("argument-missing"));
    QVERIFY(list && list->count() > 1);
    int ticked = 0;
    for (int row = 0; row < list->count(); ++row) {
        const bool delivered =
            list->item(row)->data(Qt::UserRole).toString() == QLatin1String("application_form");
        QCOMPARE(list->item(row)->checkState() == Qt::Checked, !delivered);
        ticked += !delivered;
    }
    QCOMPARE(QJsonDocument::fromJson(notice.arguments().value(QStringLiteral("missing")).toString().toUtf8())
                 .array()
                 .size(),
             ticked);
    // Nothing ticked: the notice would list nothing, so the dialog asks for one.
    for (int row = 0; row < list->count(); ++row)
        list->item(row)->setCheckState(Qt::Unchecked);
    notice.show();
    clickOk(notice);
    QVERIFY(notice.isVisible());
}

void TestStepDialog::aLateReviewAsksForItsExplanationOnlyWhenLate()
{
    const StepDefinition& approve = stepOf("registration", "approve");
    const QJsonObject record = registration("under_review", "2026-12-03");
    QVERIFY(!StepDialog::asksAnything(approve, record, QDate(2026, 12, 3)));
    QVERIFY(StepDialog::asksAnything(approve, record, QDate(2026, 12, 4)));
    StepDialog late(approve, record, {}, QDate(2026, 12, 4));
    late.show();
    clickOk(late);
    QVERIFY(late.isVisible()); // needed now, so required
    late.findChild<QPlainTextEdit*>(QStringLiteral("argument-overrun_explanation"))
        ->setPlainText(QStringLiteral("申请人补充说明材料延误"));
    clickOk(late);
    QCOMPARE(late.result(), int(QDialog::Accepted));
}

void TestStepDialog::answersStartFromTheRecord()
{
    StepDialog assign(stepOf("registration", "assign"), registration("under_review"), {}, QDate(2026, 12, 5));
    auto* assignee = assign.findChild<QLineEdit*>(QStringLiteral("argument-assignee"));
    QCOMPARE(assignee->text(), QStringLiteral("li.reviewer"));
    assignee->clear(); // unassigned: an empty answer is sent, not left out
    QCOMPARE(assign.arguments(), (QJsonObject{{QStringLiteral("assignee"), QString()}}));
}

QTEST_MAIN(TestStepDialog)
#include "tst_stepdialog.moc"
