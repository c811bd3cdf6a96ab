// The 绩效考核 page on a database computed by hand (ScorecardFixture): the scorecard arrives from
// its worker thread in rank order, the records behind a figure are listed when it is chosen, and
// weights saved by an administrator change the score; the table model stays consistent
// throughout (QAbstractItemModelTester).

#include "app/areas/ScorecardServices.h"
#include "models/common/Clock.h"
#include "models/scorecard/ScorecardTableModel.h"
#include "tests/support/ScorecardFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/scorecard/ScorecardPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;
using test::ScorecardFixture::Hand;
using test::ScorecardFixture::Other;

class TestScorecardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theScorecardArrivesByRank();
    void aFigureListsTheRecordsBehindIt();
    void administratorsWeighTheMeasures();

private:
    bool waitForUpdate();

    QTemporaryDir m_dir;
    const ManualClock m_clock{ManualClock::chinaMorning(test::ScorecardFixture::Today)};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ScorecardPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

bool TestScorecardPage::waitForUpdate()
{
    QSignalSpy updated(m_page.get(), &ScorecardPage::updated);
    return updated.wait(10000);
}

void TestScorecardPage::initTestCase()
{
    const QString path = m_dir.filePath(QStringLiteral("page.db"));
    const DatabaseKey key = DatabaseKey::generate();
    m_database = test::createDatabase(path, key);
    QVERIFY(test::ScorecardFixture::write(m_database->connection()));
    auto services = std::make_unique<ScorecardServices>(m_database->connection(), path, key,
                                                        QStringLiteral("demo-admin"), m_clock);
    QSignalSpy updated(services.get(), &ScorecardServices::computed);
    m_page = std::make_unique<ScorecardPage>(std::move(services), Role::Admin);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        &m_page->table(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(updated.count() == 1 || updated.wait(10000));
}

void TestScorecardPage::cleanupTestCase()
{
    m_tester.reset();
    m_page.reset();
    m_database.reset();
}

void TestScorecardPage::theScorecardArrivesByRank()
{
    // This quarter first, then the seven before it, then this year and the last.
    const QStringList periods = m_page->periods();
    QCOMPARE(periods.size(), 10);
    QCOMPARE(periods.first(), QStringLiteral("2026-Q4"));
    QCOMPARE(periods.at(1), QStringLiteral("2026-Q3"));
    QCOMPARE(periods.last(), QStringLiteral("2025"));
    const ScorecardTableModel& table = m_page->table();
    QCOMPARE(table.rowCount(), 2);
    QCOMPARE(table.index(0, ScorecardTableModel::DepartmentColumn)
                 .data(ScorecardTableModel::DepartmentRole)
                 .toString(),
             Other);
    QCOMPARE(table.index(1, ScorecardTableModel::RankColumn).data().toString(), QStringLiteral("2"));
    QCOMPARE(table.index(1, ScorecardTableModel::ScoreColumn).data().toString(), QStringLiteral("65.0"));
    QCOMPARE(table.index(1, ScorecardTableModel::TrendColumn).data().toString(), QStringLiteral("▼ -15.6"));
    const int requests =
        ScorecardTableModel::FirstMeasureColumn + int(ScorecardMeasures::Measure::RequestsOnTime);
    QCOMPARE(table.index(1, requests).data().toString(), QStringLiteral("33.3"));
    QVERIFY(table.index(1, requests).data(Qt::ToolTipRole).toString().contains(QStringLiteral("1")));
    QCOMPARE(table.index(0, requests).data().toString(), QStringLiteral("—")); // nothing to count
    QVERIFY2(m_page->status().contains(QStringLiteral("2026-Q4")), qPrintable(m_page->status()));
    // The quarter before: Hand's 80.56 ranks it first there.
    m_page->choosePeriod(QStringLiteral("2026-Q3"));
    QVERIFY(waitForUpdate());
    QCOMPARE(table.result().period.name, QStringLiteral("2026-Q3"));
    m_page->choosePeriod(QStringLiteral("2026-Q4"));
    QVERIFY(waitForUpdate());
    QCOMPARE(table.result().period.name, QStringLiteral("2026-Q4"));
}

void TestScorecardPage::aFigureListsTheRecordsBehindIt()
{
    m_page->showBehind(Hand, ScorecardMeasures::Measure::RequestsOnTime);
    QVERIFY(waitForUpdate());
    const QTableWidget& behind = m_page->behind();
    QCOMPARE(behind.rowCount(), 3);
    QCOMPARE(behind.item(0, 1)->text(), QStringLiteral("2026-11-10")); // the latest due first, not answered
    QVERIFY(behind.item(0, 2)->text().isEmpty());
    QCOMPARE(behind.item(2, 2)->text(), QStringLiteral("2026-10-09"));
}

void TestScorecardPage::administratorsWeighTheMeasures()
{
    QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("scorecardWeights"))->isVisibleTo(m_page.get()));
    ScorecardServices& services = m_page->services();
    QCOMPARE(services.setWeight(Role::Cataloguer, ScorecardMeasures::Measure::RequestsOnTime, 0).kind(),
             DatabaseError::Kind::Invalid);
    QCOMPARE(services.setWeight(Role::Admin, ScorecardMeasures::Measure::RequestsOnTime, 101).kind(),
             DatabaseError::Kind::Invalid);
    QVERIFY(!services.setWeight(Role::Admin, ScorecardMeasures::Measure::RequestsOnTime, 0).isError());
    QCOMPARE(services.weights().weight(ScorecardMeasures::Measure::RequestsOnTime), 0);
    // Changing it again changes the one record.
    QVERIFY(!services.setWeight(Role::Admin, ScorecardMeasures::Measure::RequestsOnTime, 0).isError());
    m_page->reload();
    QVERIFY(waitForUpdate());
    QCOMPARE(m_page->table().index(1, ScorecardTableModel::ScoreColumn).data().toString(),
             QStringLiteral("72.9"));
    m_page->setRole(Role::Manager);
    QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("scorecardWeights"))->isVisibleTo(m_page.get()));
}

QTEST_MAIN(TestScorecardPage)
#include "tst_scorecardpage.moc"
