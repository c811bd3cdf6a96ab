// The queue's views over a thousand demo applications: each view holds exactly the applications
// it promises, in deadline order, page after page, with remaining working days from the calendar.
#include "models/calendar/CalendarRepository.h"
#include "models/demo/DemoDataGenerator.h"
#include "models/demo/RegistrationDemoData.h"
#include "models/registration/DeadlineRules.h"
#include "models/registration/RegistrationQueueModel.h"
#include "models/registration/RegistrationVocabulary.h"
#include "models/storage/DatabaseKey.h"
#include "models/storage/Transaction.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;

namespace {

const QDate Today(2026, 6, 15);
constexpr int Applications = 1000;

} // namespace

class TestRegistrationQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void viewsHoldWhatTheyPromise_data();
    void viewsHoldWhatTheyPromise();
    void descendingOrder();
    void remainingWorkdaysAndUrgency();
    void jointApplicantsAreSummarised();
    void lateFirstRegistrationsSaySo();
    void reloadKeepsTheLoadedRows();
    void demoHasTheSameMixOnAnyDate();

private:
    void loadAll();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<RegistrationQueueModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRegistrationQueue::initTestCase()
{
    m_database = test::createDatabase(m_dir.filePath(QStringLiteral("queue.db")), DatabaseKey::generate());
    QVERIFY(m_database);
    Transaction transaction(m_database->connection());
    QVERIFY(!transaction.begin().isError());
    const RegistrationDemoData demo(DemoDataGenerator::departments(), CalendarRepository::bundled(), Today);
    QVERIFY(!demo.write(m_database->connection(), Applications).isError());
    QVERIFY(!transaction.commit().isError());
}

void TestRegistrationQueue::init()
{
    m_model = std::make_unique<RegistrationQueueModel>(m_database->connection(),
                                                       CalendarRepository::bundled(), nullptr, 50);
    // Alive for the whole test: every reset, fetch and change is checked as it happens.
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestRegistrationQueue::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestRegistrationQueue::loadAll()
{
    while (m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void TestRegistrationQueue::viewsHoldWhatTheyPromise_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<QString>("sql"); // the same promise, written independently
    const QString open =
        QStringLiteral("state IN ('submitted','awaiting_materials','under_review','review_paused',"
                       "'in_public_notice','objection_review','awaiting_code')");
    QTest::newRow("mine") << int(QueueView::Mine) << QStringLiteral("assignee = 'demo-reviewer' AND ") + open;
    QTest::newRow("unassigned") << int(QueueView::Unassigned)
                                << QStringLiteral("assignee IS NULL AND ") + open;
    QTest::newRow("all") << int(QueueView::All) << QStringLiteral("1");
    QTest::newRow("overdue") << int(QueueView::Overdue)
                             << QStringLiteral("step_deadline < '2026-06-15' AND state IN "
                                               "('submitted','under_review','in_public_notice')");
    QTest::newRow("in public notice") << int(QueueView::InPublicNotice)
                                      << QStringLiteral("state IN ('in_public_notice','objection_review')");
    QTest::newRow("expiring soon") << int(QueueView::ExpiringSoon)
                                   << QStringLiteral(
                                          "state = 'registered' AND expires_on BETWEEN '2026-06-15' "
                                          "AND '2026-08-14'");
}

void TestRegistrationQueue::viewsHoldWhatTheyPromise()
{
    QFETCH(int, view);
    QFETCH(QString, sql);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM registration WHERE deleted = 0 AND ") + sql));
    QVERIFY(query.next());
    const int expected = query.value(0).toInt();
    QVERIFY2(expected > 0, "the demo data must give every view something to show");

    QueueFilter filter;
    filter.view = QueueView(view);
    filter.user = QStringLiteral("demo-reviewer");
    filter.today = Today;
    m_model->setFilter(filter);
    QVERIFY(!m_model->lastError().isError());
    QCOMPARE(m_model->rowCount(), qMin(expected, 50));
    loadAll();
    QCOMPARE(m_model->rowCount(), expected);
    QCOMPARE(RegistrationQueueQuery::counts(m_database->connection(), filter).at(QueueView(view)), expected);

    // In deadline order (expiry in "expiring soon"), every row once.
    QSet<QString> ids;
    QString previous;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        ids.insert(m_model->idAt(row));
        const QModelIndex index = m_model->index(row, RegistrationQueueModel::DeadlineColumn);
        const QDate deadline = QueueView(view) == QueueView::ExpiringSoon
                                   ? QDate::fromString(index.data().toString(), Qt::ISODate)
                                   : index.data(RegistrationQueueModel::StepDeadlineRole).toDate();
        const QString key =
            deadline.isValid() ? deadline.toString(Qt::ISODate) : QStringLiteral("9999-12-31");
        QVERIFY2(key >= previous,
                 qPrintable(QStringLiteral("row %1: %2 after %3").arg(row).arg(key, previous)));
        previous = key;
    }
    QCOMPARE(ids.size(), expected);
}

void TestRegistrationQueue::descendingOrder()
{
    QueueFilter filter;
    filter.today = Today;
    m_model->setFilter(filter);
    m_model->sort(RegistrationQueueModel::DeadlineColumn, Qt::DescendingOrder);
    loadAll();
    QCOMPARE(m_model->rowCount(), Applications);
    const QDate first = m_model->index(0, RegistrationQueueModel::DeadlineColumn)
                            .data(RegistrationQueueModel::StepDeadlineRole)
                            .toDate();
    QVERIFY2(!first.isValid(), "applications without a deadline sort last, so first when descending");
    QString previous = QStringLiteral("9999-12-31");
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QDate deadline = m_model->index(row, RegistrationQueueModel::DeadlineColumn)
                                   .data(RegistrationQueueModel::StepDeadlineRole)
                                   .toDate();
        const QString key =
            deadline.isValid() ? deadline.toString(Qt::ISODate) : QStringLiteral("9999-12-31");
        QVERIFY(key <= previous);
        previous = key;
    }
    m_model->sort(RegistrationQueueModel::StateColumn, Qt::AscendingOrder); // not a sort key: ignored
    QCOMPARE(m_model->filter().descending, true);
}

void TestRegistrationQueue::remainingWorkdaysAndUrgency()
{
    QueueFilter filter;
    filter.view = QueueView::Overdue;
    filter.today = Today;
    m_model->setFilter(filter);
    QVERIFY(m_model->rowCount() > 0);
    const WorkingCalendar calendar = CalendarRepository::bundled();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QDate deadline = m_model->index(row, RegistrationQueueModel::DeadlineColumn)
                                   .data(RegistrationQueueModel::StepDeadlineRole)
                                   .toDate();
        const QModelIndex remaining = m_model->index(row, RegistrationQueueModel::RemainingColumn);
        QCOMPARE(remaining.data(RegistrationQueueModel::RemainingWorkdaysRole).toInt(),
                 calendar.workdaysBetween(Today, deadline).days);
        QVERIFY(remaining.data(RegistrationQueueModel::RemainingWorkdaysRole).toInt() <= 0);
        QCOMPARE(remaining.data(RegistrationQueueModel::UrgencyRole).toInt(),
                 int(RegistrationQueueModel::Urgency::Overdue));
    }
    // In the whole queue every urgency but "none" belongs to a running step.
    filter.view = QueueView::All;
    m_model->setFilter(filter);
    loadAll();
    int soon = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, RegistrationQueueModel::RemainingColumn);
        const auto urgency =
            RegistrationQueueModel::Urgency(index.data(RegistrationQueueModel::UrgencyRole).toInt());
        const QVariant left = index.data(RegistrationQueueModel::RemainingWorkdaysRole);
        QCOMPARE(urgency == RegistrationQueueModel::Urgency::None, !left.isValid());
        if (urgency == RegistrationQueueModel::Urgency::Soon) {
            QVERIFY(left.toInt() >= 1 && left.toInt() <= SoonWorkdays);
            ++soon;
        }
    }
    QVERIFY(soon > 0);
}

void TestRegistrationQueue::jointApplicantsAreSummarised()
{
    QCOMPARE(RegistrationQueueModel::applicantSummary(QStringLiteral("湖南省交通运输厅"), 2),
             QStringLiteral("湖南省交通运输厅 and 1 more"));
    QCOMPARE(RegistrationQueueModel::applicantSummary(QStringLiteral("湖南省交通运输厅"), 1),
             QStringLiteral("湖南省交通运输厅"));
    QCOMPARE(RegistrationQueueModel::applicantSummary({}, 0), QString());
    // From the database: joint applications show their first applicant and the count; a damaged
    // applicants field shows none instead of failing the page.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id, json_extract(applicants, '$[0].name') FROM registration "
                                      "WHERE json_array_length(applicants) = 2 LIMIT 1")) &&
            query.next());
    const QString jointId = query.value(0).toString();
    const QString firstName = query.value(1).toString();
    query.finish();
    QVERIFY(query.exec(QStringLiteral(
                "SELECT id FROM registration WHERE json_array_length(applicants) = 1 LIMIT 1")) &&
            query.next());
    const QString damagedId = query.value(0).toString();
    query.finish();
    QSqlQuery damage(m_database->connection());
    damage.prepare(QStringLiteral("UPDATE registration SET applicants = '{not json' WHERE id = ?"));
    damage.addBindValue(damagedId);
    QVERIFY(damage.exec());
    QueueFilter filter;
    filter.today = Today;
    m_model->setFilter(filter);
    loadAll();
    QVERIFY(!m_model->lastError().isError());
    QCOMPARE(
        m_model->index(m_model->rowOf(jointId), RegistrationQueueModel::ApplicantColumn).data().toString(),
        firstName + QStringLiteral(" and 1 more"));
    QCOMPARE(
        m_model->index(m_model->rowOf(damagedId), RegistrationQueueModel::ApplicantColumn).data().toString(),
        QString());
}

void TestRegistrationQueue::lateFirstRegistrationsSaySo()
{
    // Issue 17 item 4: a first registration is due 20 working days after its agreement's operation
    // starts (Monday 2026-03-02: due Monday 03-30); the queue marks one filed after that.
    test::plantRecord(m_database->connection(), QStringLiteral("grant_agreement"),
                      QStringLiteral("agr-queue"),
                      {{QStringLiteral("title"), QStringLiteral("长沙市交通数据授权运营协议")},
                       {QStringLiteral("starts_on"), QStringLiteral("2026-03-02")},
                       {QStringLiteral("state"), QStringLiteral("operating")}});
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT id FROM registration WHERE type = 'first' AND deleted = 0 LIMIT 2")));
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    query.finish();
    QCOMPARE(ids.size(), 2);
    const QString inTime = ids.at(0);
    const QString late = ids.at(1);
    for (const auto& [id, filed] :
         {std::pair{inTime, QStringLiteral("2026-03-30")}, std::pair{late, QStringLiteral("2026-03-31")}}) {
        QSqlQuery update(m_database->connection());
        update.prepare(QStringLiteral(
            "UPDATE registration SET agreement_id = 'agr-queue', submitted_on = ? WHERE id = ?"));
        update.addBindValue(filed);
        update.addBindValue(id);
        QVERIFY(update.exec());
    }
    QueueFilter filter;
    filter.today = Today;
    m_model->setFilter(filter);
    loadAll();
    const auto cell = [this](const QString& id, int role) {
        return m_model->index(m_model->rowOf(id), RegistrationQueueModel::TypeColumn).data(role);
    };
    const QString first = RegistrationVocabulary::typeLabel(QStringLiteral("first"));
    QCOMPARE(cell(inTime, Qt::DisplayRole).toString(), first);
    QCOMPARE(cell(inTime, RegistrationQueueModel::FiledLateRole).toInt(), 0);
    QCOMPARE(cell(late, Qt::DisplayRole).toString(), first + QStringLiteral(" (late)"));
    QCOMPARE(cell(late, RegistrationQueueModel::FiledLateRole).toInt(), 1);
    QVERIFY2(cell(late, Qt::ToolTipRole).toString().contains(QStringLiteral("2026-03-30")),
             qPrintable(cell(late, Qt::ToolTipRole).toString()));
    // A published rule of 21 working days: the same filing is in time.
    DeadlineRules rules = DeadlineRules::defaults();
    DeadlineRule longer;
    longer.step = DeadlineRules::FirstRegistration;
    longer.value = 21;
    rules.set(longer);
    m_model->setRules(rules);
    QCOMPARE(cell(late, RegistrationQueueModel::FiledLateRole).toInt(), 0);
    QCOMPARE(cell(late, Qt::DisplayRole).toString(), first);
}

void TestRegistrationQueue::reloadKeepsTheLoadedRows()
{
    QueueFilter filter;
    filter.today = Today;
    m_model->setFilter(filter);
    m_model->fetchMore({});
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 150);
    const QString third = m_model->idAt(120);
    m_model->reload();
    QCOMPARE(m_model->rowCount(), 150);
    QCOMPARE(m_model->rowOf(third), 120);
}

void TestRegistrationQueue::demoHasTheSameMixOnAnyDate()
{
    // The dates of the faketime matrix (weekdays, inside and past the loaded schedules).
    const QList<QDate> dates{QDate(2026, 6, 15), QDate(2026, 12, 3), QDate(2026, 12, 31),
                             QDate(2027, 1, 4),  QDate(2028, 2, 29), QDate(2030, 12, 31)};
    const WorkingCalendar calendar = CalendarRepository::bundled();
    std::optional<std::map<int, int>> first;
    for (const QDate& today : dates) {
        const std::unique_ptr<Database> database =
            test::createDatabase(m_dir.filePath(QStringLiteral("mix-%1.db").arg(today.toString(Qt::ISODate))),
                                 DatabaseKey::generate());
        QVERIFY(database);
        QVERIFY(!RegistrationDemoData(DemoDataGenerator::departments(), calendar, today)
                     .write(database->connection(), 300)
                     .isError());
        RegistrationQueueModel queue(database->connection(), calendar);
        QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QueueFilter filter;
        filter.today = today;
        queue.setFilter(filter);
        while (queue.canFetchMore({}))
            queue.fetchMore({});
        QCOMPARE(queue.rowCount(), 300);
        std::map<int, int> mix; // urgency -> applications
        for (int row = 0; row < queue.rowCount(); ++row)
            ++mix[queue.index(row, 0).data(RegistrationQueueModel::UrgencyRole).toInt()];
        using Urgency = RegistrationQueueModel::Urgency;
        QVERIFY2(mix[int(Urgency::Overdue)] > 5 && mix[int(Urgency::DueToday)] > 0 &&
                     mix[int(Urgency::Soon)] > 0 && mix[int(Urgency::Normal)] > mix[int(Urgency::Overdue)],
                 qPrintable(today.toString(Qt::ISODate)));
        if (!first)
            first = mix;
        QVERIFY2(mix == *first,
                 qPrintable(QStringLiteral("the mix on %1 differs").arg(today.toString(Qt::ISODate))));
    }
}

QTEST_MAIN(TestRegistrationQueue)
#include "tst_registrationqueue.moc"
