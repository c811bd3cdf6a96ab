// The 开放需求 tab on a standalone desktop (its own administrator) over the demo data: the list and
// its domain facet under QAbstractItemModelTester, overdue answers, and a demand registered,
// accepted with the department to answer and answered, each step through the hub's own rules.

#include "app/areas/OpenDataServices.h"
#include "models/calendar/CalendarRepository.h"
#include "models/common/Clock.h"
#include "models/demo/DemoDataGenerator.h"
#include "models/demo/OpenDataDemoData.h"
#include "models/opendata/OpenDataListModel.h"
#include "models/opendata/OpenDataWorkflow.h"
#include "tests/support/TestSupport.h"
#include "ui/sharing/OpenDataPanel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;
using namespace xs::test;

class TestOpenDataPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theDomainFacetCountsWhatTheListHolds();
    void overdueAnswersAreMarked();
    void aDemandIsRegisteredAcceptedAndAnswered();

private:
    QTemporaryDir m_dir;
    const ManualClock m_clock{ManualClock::chinaMorning(QDate(2026, 12, 7))};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<OpenDataServices> m_services;
    std::unique_ptr<OpenDataPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestOpenDataPanel::initTestCase()
{
    m_database = createDatabase(m_dir.filePath(QStringLiteral("open.xsdb")), DatabaseKey::generate());
    QVERIFY(m_database);
    QVERIFY(!DemoDataGenerator(m_database->connection(), m_clock.today())
                 .generate(DemoDataGenerator::Scale::Small)
                 .isError());
    m_services =
        std::make_unique<OpenDataServices>(m_database->connection(), QStringLiteral("admin"), m_clock);
    m_panel = std::make_unique<OpenDataPanel>(*m_services, Role::Admin);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        &m_panel->list(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->resize(1100, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestOpenDataPanel::cleanupTestCase()
{
    m_tester.reset();
    m_panel.reset();
    m_services.reset();
    m_database.reset();
}

void TestOpenDataPanel::theDomainFacetCountsWhatTheListHolds()
{
    m_panel->findChild<QCheckBox*>(QStringLiteral("openDataIncludeAnswered"))->setChecked(true);
    const OpenDataListModel& list = m_panel->list();
    QCOMPARE(list.rowCount(), OpenDataDemoData::Demands);
    const QMap<QString, int> counts = list.domainCounts();
    QCOMPARE(counts.keys(), [] {
        QStringList domains = OpenDataWorkflow::domains();
        std::sort(domains.begin(), domains.end());
        return domains;
    }());
    int total = 0;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        total += it.value();
        m_panel->showDomain(it.key());
        QCOMPARE(list.rowCount(), it.value());
        for (int row = 0; row < list.rowCount(); ++row)
            QCOMPARE(list.index(row, OpenDataListModel::DomainColumn).data().toString(),
                     OpenDataWorkflow::domainLabel(it.key()));
    }
    QCOMPARE(total, OpenDataDemoData::Demands);
    // The combo says the counts too.
    auto* domain = m_panel->findChild<QComboBox*>(QStringLiteral("openDataDomain"));
    QVERIFY(domain->currentText().contains(QString::number(counts.value(domain->currentData().toString()))));
    m_panel->showDomain({});
    QCOMPARE(list.rowCount(), OpenDataDemoData::Demands);
}

void TestOpenDataPanel::overdueAnswersAreMarked()
{
    const OpenDataListModel& list = m_panel->list();
    QVERIFY(list.overdueCount() > 0);
    // Soonest deadline first: the overdue ones lead, coloured and counted in working days.
    const QModelIndex first = list.index(0, OpenDataListModel::LeftColumn);
    QCOMPARE(first.data(OpenDataListModel::UrgencyRole).toInt(), int(DeadlineUrgency::Overdue));
    QVERIFY(first.data().toString().contains(QStringLiteral("overdue")));
}

void TestOpenDataPanel::aDemandIsRegisteredAcceptedAndAnswered()
{
    QString id;
    QJsonObject fields{{QStringLiteral("title"), QStringLiteral("充电桩分布与实时状态")},
                       {QStringLiteral("description"), QStringLiteral("用于新能源车导航")},
                       {QStringLiteral("domain"), QStringLiteral("能源")},
                       {QStringLiteral("demander"), QStringLiteral("株洲某科技有限公司")}};
    QVERIFY(m_services->save(Role::Admin, {}, fields, &id).isError()); // not a domain of HN25 or 其他
    fields.insert(QStringLiteral("domain"), OpenDataWorkflow::OtherDomain);
    QVERIFY(!m_services->save(Role::Admin, {}, fields, &id).isError());
    m_panel->reload();
    m_panel->select(id);
    QCOMPARE(m_panel->offeredSteps(), QStringList{QStringLiteral("accept")});
    QVERIFY(!m_panel->takeStep(QStringLiteral("accept"),
                               {{QStringLiteral("department"), QStringLiteral("4399")}}));
    QVERIFY(!m_panel->message().isEmpty());
    QVERIFY(m_panel->takeStep(QStringLiteral("accept"),
                              {{QStringLiteral("department"), QStringLiteral("430000027")}}));
    const RecordState* accepted = m_panel->list().demand(id);
    // Fifteen working days by the default rule, from today.
    QCOMPARE(accepted->fields.value(QStringLiteral("answer_due_on")).toString(),
             CalendarRepository(m_database->connection())
                 .load()
                 .addWorkdays(m_clock.today(), 15)
                 .date.toString(Qt::ISODate));
    QCOMPARE(m_panel->offeredSteps(),
             (QStringList{QStringLiteral("answer_opened"), QStringLiteral("answer_conditional"),
                          QStringLiteral("answer_refused")}));
    QVERIFY(!m_panel->takeStep(QStringLiteral("answer_opened"), {})); // says what was opened
    QVERIFY(m_panel->takeStep(QStringLiteral("answer_opened"),
                              {{QStringLiteral("answer"), QStringLiteral("已在开放平台发布")}}));
    const RecordState* answered = m_panel->list().demand(id);
    QCOMPARE(answered->fields.value(QStringLiteral("outcome")).toString(), QStringLiteral("opened"));
    QVERIFY(m_panel->detailText().contains(QStringLiteral("已在开放平台发布")));
    QVERIFY(m_panel->offeredSteps().isEmpty());
}

QTEST_MAIN(TestOpenDataPanel)
#include "tst_opendatapanel.moc"
