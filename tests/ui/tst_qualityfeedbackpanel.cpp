// The 质量反馈 tab on a standalone desktop (its own administrator) over the demo data: the list and
// its filters under QAbstractItemModelTester, and a report worked through to its end — verified,
// upheld with the provider's order issued in the same transaction, corrected only once that order
// is closed, the result fed back. An uphold whose order cannot be issued leaves nothing behind.

#include "app/areas/QualityFeedbackServices.h"
#include "models/calendar/CalendarRepository.h"
#include "models/common/Clock.h"
#include "models/demo/DemoDataGenerator.h"
#include "models/demo/QualityFeedbackDemoData.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/LocalRecordStore.h"
#include "models/journal/RecordWriter.h"
#include "models/quality/QualityFeedbackListModel.h"
#include "models/quality/QualityFeedbackWorkflow.h"
#include "models/rectification/RectificationWorkflow.h"
#include "tests/support/TestSupport.h"
#include "ui/sharing/QualityFeedbackPanel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;
using namespace xs::test;

class TestQualityFeedbackPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsOpenFeedbackNewestFirst();
    void aReportIsWorkedThroughToItsResult();
    void anUpholdWithoutItsOrderLeavesNothing();
    void filingKeepsTheRules();

private:
    QList<RecordState> ordersFollowing(const QString& feedbackId) const;
    QString firstIn(const QString& state) const;

    QTemporaryDir m_dir;
    const ManualClock m_clock{ManualClock::chinaMorning(QDate(2026, 12, 7))};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QualityFeedbackServices> m_services;
    std::unique_ptr<QualityFeedbackPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestQualityFeedbackPanel::initTestCase()
{
    m_database = createDatabase(m_dir.filePath(QStringLiteral("quality.xsdb")), DatabaseKey::generate());
    QVERIFY(m_database);
    QVERIFY(!DemoDataGenerator(m_database->connection(), m_clock.today())
                 .generate(DemoDataGenerator::Scale::Small)
                 .isError());
    m_services =
        std::make_unique<QualityFeedbackServices>(m_database->connection(), QStringLiteral("admin"), m_clock);
    m_panel = std::make_unique<QualityFeedbackPanel>(*m_services, Role::Admin);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        &m_panel->list(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->resize(1100, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestQualityFeedbackPanel::cleanupTestCase()
{
    m_tester.reset();
    m_panel.reset();
    m_services.reset();
    m_database.reset();
}

QList<RecordState> TestQualityFeedbackPanel::ordersFollowing(const QString& feedbackId) const
{
    QList<RecordState> orders;
    for (const RecordState& order : m_services->orders()) {
        if (order.fields.value(QStringLiteral("subject_id")).toString() == feedbackId)
            orders.append(order);
    }
    return orders;
}

QString TestQualityFeedbackPanel::firstIn(const QString& state) const
{
    for (const RecordState& item : m_services->feedback()) {
        if (item.fields.value(QStringLiteral("state")).toString() == state)
            return item.id;
    }
    return {};
}

void TestQualityFeedbackPanel::listsOpenFeedbackNewestFirst()
{
    const QualityFeedbackListModel& list = m_panel->list();
    QCOMPARE(m_services->feedback().size(), qsizetype(QualityFeedbackDemoData::Reports));
    // Fed-back reports are hidden until asked for.
    const int open = list.rowCount();
    QVERIFY(open > 0 && open < QualityFeedbackDemoData::Reports);
    for (int row = 0; row < open; ++row)
        QVERIFY(list.index(row, QualityFeedbackListModel::StateColumn).data().toString() !=
                QualityFeedbackWorkflow::stateLabel(QStringLiteral("closed")));
    for (int row = 1; row < open; ++row)
        QVERIFY(list.index(row - 1, QualityFeedbackListModel::FiledColumn).data().toString() >=
                list.index(row, QualityFeedbackListModel::FiledColumn).data().toString());
    m_panel->findChild<QCheckBox*>(QStringLiteral("feedbackIncludeClosed"))->setChecked(true);
    QCOMPARE(list.rowCount(), QualityFeedbackDemoData::Reports);
    // Overdue corrections are marked with their date.
    QVERIFY(list.overdueCount() > 0);
}

void TestQualityFeedbackPanel::aReportIsWorkedThroughToItsResult()
{
    const QString id = firstIn(QStringLiteral("filed"));
    QVERIFY(!id.isEmpty());
    m_panel->reload();
    m_panel->select(id);
    QCOMPARE(m_panel->offeredSteps(), QStringList{QStringLiteral("verify")});
    QVERIFY(m_panel->takeStep(QStringLiteral("verify"), {}));
    QCOMPARE(m_panel->offeredSteps(), (QStringList{QStringLiteral("uphold"), QStringLiteral("reject")}));
    QVERIFY2(
        m_panel->takeStep(QStringLiteral("uphold"), {{QStringLiteral("note"), QStringLiteral("核实属实")}}),
        qPrintable(m_panel->message()));
    // Upheld, and the provider has its order: ten working days from today, addressed to it.
    const RecordState* upheld = m_panel->list().feedback(id);
    QCOMPARE(upheld->fields.value(QStringLiteral("state")).toString(), QStringLiteral("rectifying"));
    const QList<RecordState> orders = ordersFollowing(id);
    QCOMPARE(orders.size(), 1);
    const QJsonObject order = orders.constFirst().fields;
    QCOMPARE(order.value(QStringLiteral("target_code")),
             upheld->fields.value(QStringLiteral("provider_code")));
    QCOMPARE(order.value(QStringLiteral("due_on")).toString(),
             CalendarRepository(m_database->connection())
                 .load()
                 .addWorkdays(m_clock.today(), QualityFeedbackWorkflow::ProviderWorkingDays)
                 .date.toString(Qt::ISODate));
    QVERIFY(m_panel->detailText().contains(order.value(QStringLiteral("due_on")).toString()));
    // Not corrected while the order is open: not offered, and refused if given.
    QVERIFY(!m_panel->offeredSteps().contains(QStringLiteral("mark_corrected")));
    QVERIFY(!m_panel->takeStep(QStringLiteral("mark_corrected"), {}));
    QVERIFY(!m_panel->message().isEmpty());

    // The provider rectifies, the data department accepts and closes (this desktop is both).
    ChangeJournal journal(m_database->connection(), QStringLiteral("admin"), m_clock);
    RecordWriter writer(m_database->connection(), journal);
    const Principal admin{QStringLiteral("admin"), Role::Admin, {}};
    const QString orderId = orders.constFirst().id;
    for (const auto& [command, arguments] :
         {std::pair(QStringLiteral("begin"), QJsonObject()),
          std::pair(QStringLiteral("submit"),
                    QJsonObject{{QStringLiteral("response"), QStringLiteral("已更新")}}),
          std::pair(QStringLiteral("accept"), QJsonObject()),
          std::pair(QStringLiteral("close"), QJsonObject())})
        QVERIFY(
            !writer.write(admin, Operation::step(RectificationWorkflow::Entity, orderId, command, arguments))
                 .isError());
    m_panel->reload();
    QVERIFY(m_panel->offeredSteps().contains(QStringLiteral("mark_corrected")));
    QVERIFY(m_panel->takeStep(QStringLiteral("mark_corrected"), {}));
    QVERIFY(!m_panel->takeStep(QStringLiteral("feed_back"), {})); // the result is required
    QVERIFY(m_panel->takeStep(QStringLiteral("feed_back"),
                              {{QStringLiteral("result"), QStringLiteral("已整改")}}));
    QCOMPARE(m_panel->list().feedback(id)->fields.value(QStringLiteral("state")).toString(),
             QStringLiteral("closed"));
}

void TestQualityFeedbackPanel::anUpholdWithoutItsOrderLeavesNothing()
{
    // Feedback about a department this desktop does not know: its order cannot be issued.
    const QString id = QStringLiteral("feedback-orphan");
    RecordState orphan{QualityFeedbackWorkflow::Entity,
                       id,
                       1,
                       false,
                       QStringLiteral("2026-12-01T00:00:00.000Z"),
                       QStringLiteral("hub"),
                       m_services->feedback().constFirst().fields,
                       0};
    orphan.fields.insert(QStringLiteral("state"), QStringLiteral("verifying"));
    orphan.fields.insert(QStringLiteral("provider_code"), QStringLiteral("439999999"));
    QVERIFY(!LocalRecordStore(m_database->connection())
                 .writeAll(*findEntity(QualityFeedbackWorkflow::Entity), {orphan})
                 .isError());
    m_panel->reload();
    m_panel->select(id);
    QVERIFY(!m_panel->takeStep(QStringLiteral("uphold"), {}));
    QVERIFY(!m_panel->message().isEmpty());
    QCOMPARE(m_panel->list().feedback(id)->fields.value(QStringLiteral("state")).toString(),
             QStringLiteral("verifying"));
    QVERIFY(ordersFollowing(id).isEmpty());
}

void TestQualityFeedbackPanel::filingKeepsTheRules()
{
    const RecordState any = m_services->feedback().constFirst();
    QJsonObject fields{{QStringLiteral("entry_id"), any.fields.value(QStringLiteral("entry_id"))},
                       {QStringLiteral("requester_code"), QStringLiteral("430000027")},
                       {QStringLiteral("description"), QStringLiteral("记录重复")}};
    QString saved;
    QVERIFY(m_services->file(Role::Admin, {}, fields, &saved).isError()); // no dimension
    fields.insert(QStringLiteral("dimension"), QStringLiteral("consistency"));
    fields.insert(QStringLiteral("item_name"), QStringLiteral("没有这个数据项"));
    QVERIFY(m_services->file(Role::Admin, {}, fields, &saved).isError());
    fields.remove(QStringLiteral("item_name"));
    const DatabaseError error = m_services->file(Role::Admin, {}, fields, &saved);
    QVERIFY2(!error.isError(), qPrintable(error.detailOrMessage()));
    const QList<RecordState> all = m_services->feedback();
    const auto filed = std::ranges::find_if(all, [&](const RecordState& item) { return item.id == saved; });
    QVERIFY(filed != all.end());
    QCOMPARE(filed->fields.value(QStringLiteral("state")).toString(), QStringLiteral("filed"));
    QCOMPARE(filed->fields.value(QStringLiteral("filed_on")).toString(), QStringLiteral("2026-12-07"));
}

QTEST_MAIN(TestQualityFeedbackPanel)
#include "tst_qualityfeedbackpanel.moc"
