// The 现场核查 page, offscreen, as an auditor and a manager use it: the task list and its filters,
// evidence added from files (and refused with a reason when it is not evidence), opened from
// memory, verified against its SHA-256, and a damaged file named as such. Both models stay under
// QAbstractItemModelTester for the whole test.

#include "app/areas/FieldAuditServices.h"
#include "app/sync/HubError.h"
#include "models/attachments/AttachmentLimits.h"
#include "models/attachments/PhotoMetadata.h"
#include "models/common/Clock.h"
#include "models/fieldaudit/AuditTaskListModel.h"
#include "models/fieldaudit/EvidenceListModel.h"
#include "models/journal/ChangeJournal.h"
#include "tests/support/TestSupport.h"
#include "ui/fieldaudit/FieldAuditPage.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;
using namespace xs::test;

namespace {

const QString Auditor = QStringLiteral("demo-auditor");

QByteArray photo()
{
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(QColor(90, 140, 60));
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    PhotoMetadata metadata;
    metadata.takenAt = QDateTime(QDate(2026, 12, 1), QTime(14, 5, 0));
    metadata.latitude = 28.2282;
    metadata.longitude = 112.9388;
    metadata.camera = QStringLiteral("PageCam");
    return PhotoMetadataCodec::write(jpeg, metadata);
}

QJsonObject task(const QString& title, const QString& state, const QDate& planned, const QString& auditor)
{
    return {{QStringLiteral("title"), title},
            {QStringLiteral("kind"), QStringLiteral("catalog_quality")},
            {QStringLiteral("template_id"), QStringLiteral("tpl-1")},
            {QStringLiteral("target_code"), QStringLiteral("430000027")},
            {QStringLiteral("auditors"), QStringLiteral("[\"%1\"]").arg(auditor)},
            {QStringLiteral("state"), state},
            {QStringLiteral("planned_on"), planned.toString(Qt::ISODate)}};
}

} // namespace

class TestFieldAuditPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsMyTasksFirstAndFiltersThem();
    void addsEvidenceFromFilesAndRefusesWhatIsNot();
    void opensAndVerifiesEvidenceAndNamesADamagedFile();
    void managersSeeButDoNotAdd();

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<FieldAuditPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_taskTester;
    std::unique_ptr<QAbstractItemModelTester> m_evidenceTester;
};

void TestFieldAuditPage::initTestCase()
{
    m_database = createDatabase(m_dir.filePath(QStringLiteral("field.xsdb")), DatabaseKey::generate());
    QVERIFY(m_database);
    // The tasks as a sync brings them: one of mine in progress (planned yesterday: overdue), one
    // of a colleague's planned ahead.
    ChangeJournal journal(m_database->connection(), QStringLiteral("hub"), m_clock);
    QVERIFY(!journal
                 .upsert(QStringLiteral("audit_template"), QStringLiteral("tpl-1"),
                         {{QStringLiteral("title"), QStringLiteral("目录与数据质量现场核查")},
                          {QStringLiteral("kind"), QStringLiteral("catalog_quality")},
                          {QStringLiteral("template_version"), 1},
                          {QStringLiteral("items"),
                           QStringLiteral("[{\"code\":\"C1\",\"section\":\"目录\",\"text\":\"一致\"}]")},
                          {QStringLiteral("severities"), QStringLiteral("[\"一般\"]")},
                          {QStringLiteral("rectification_days"), 10},
                          {QStringLiteral("state"), QStringLiteral("published")}})
                 .isError());
    QVERIFY(!journal
                 .upsert(QStringLiteral("audit_task"), QStringLiteral("task-mine"),
                         task(QStringLiteral("长沙市数据局目录核查"), QStringLiteral("in_progress"),
                              m_clock.today().addDays(-1), Auditor))
                 .isError());
    QVERIFY(!journal
                 .upsert(QStringLiteral("audit_task"), QStringLiteral("task-other"),
                         task(QStringLiteral("株洲市授权运营核查"), QStringLiteral("planned"),
                              m_clock.today().addDays(20), QStringLiteral("other-auditor")))
                 .isError());
    m_page = std::make_unique<FieldAuditPage>(
        std::make_unique<FieldAuditServices>(m_database->connection(), Auditor, m_clock), Role::Auditor);
    m_taskTester = std::make_unique<QAbstractItemModelTester>(
        &m_page->tasks(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_evidenceTester = std::make_unique<QAbstractItemModelTester>(
        &m_page->evidence(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestFieldAuditPage::cleanupTestCase()
{
    m_evidenceTester.reset();
    m_taskTester.reset();
    m_page.reset();
    m_database.reset();
}

void TestFieldAuditPage::listsMyTasksFirstAndFiltersThem()
{
    QCOMPARE(m_page->tasks().totalCount(), 2);
    QCOMPARE(m_page->tasks().rowCount(), 1); // an auditor starts on their own tasks
    QCOMPARE(m_page->tasks().index(0, AuditTaskListModel::TitleColumn).data().toString(),
             QStringLiteral("长沙市数据局目录核查"));
    QVERIFY(!m_page->tasks().index(0, AuditTaskListModel::OverdueColumn).data().toString().isEmpty());
    auto* scope = m_page->findChild<QComboBox*>(QStringLiteral("auditScope"));
    scope->setCurrentIndex(1);
    QCOMPARE(m_page->tasks().rowCount(), 2);
    m_page->findChild<QCheckBox*>()->setChecked(true);
    QCOMPARE(m_page->tasks().rowCount(), 1);
    m_page->findChild<QCheckBox*>()->setChecked(false);
    auto* state = m_page->findChild<QComboBox*>(QStringLiteral("auditState"));
    state->setCurrentIndex(state->findData(QStringLiteral("planned")));
    QCOMPARE(m_page->tasks().rowCount(), 1);
    QCOMPARE(m_page->tasks().index(0, 0).data(AuditTaskListModel::IdRole).toString(),
             QStringLiteral("task-other"));
    state->setCurrentIndex(state->findData(QStringLiteral("completed")));
    QCOMPARE(m_page->tasks().rowCount(), 0);
    QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("auditTasksEmpty"))->isVisible());
    state->setCurrentIndex(0);
    m_page->showTask(QStringLiteral("task-other"));
    QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("addEvidence"))
                 ->isEnabled()); // not mine, not started
    m_page->showTask(QStringLiteral("task-mine"));
    QCOMPARE(m_page->shownTask(), QStringLiteral("task-mine"));
    QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("addEvidence"))->isEnabled());
}

void TestFieldAuditPage::addsEvidenceFromFilesAndRefusesWhatIsNot()
{
    m_page->showTask(QStringLiteral("task-mine"));
    const QString good = m_dir.filePath(QStringLiteral("门牌.jpg"));
    QVERIFY(writeFile(good, photo()));
    const QString text = m_dir.filePath(QStringLiteral("notes.pdf"));
    QVERIFY(writeFile(text, "just some notes, not a PDF"));
    const QString huge = m_dir.filePath(QStringLiteral("video.jpg"));
    {
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(AttachmentLimits::MaxFileBytes + 1)); // sparse: never read
    }
    QCOMPARE(m_page->addEvidenceFiles({good, text, huge, m_dir.filePath(QStringLiteral("missing.jpg"))}), 1);
    QVERIFY2(m_page->message().contains(QStringLiteral("notes.pdf")), qPrintable(m_page->message()));
    QVERIFY(m_page->message().contains(QStringLiteral("video.jpg")));
    QVERIFY(m_page->message().contains(QStringLiteral("missing.jpg")));
    QCOMPARE(m_page->evidence().rowCount(), 1);
    QCOMPARE(m_page->evidence().index(0, EvidenceListModel::FileColumn).data().toString(),
             QStringLiteral("门牌.jpg"));
    QCOMPARE(m_page->evidence().index(0, EvidenceListModel::TakenColumn).data().toString(),
             QStringLiteral("2026-12-01 14:05:00"));
    QCOMPARE(m_page->evidence().index(0, EvidenceListModel::PositionColumn).data().toString(),
             QStringLiteral("28.228200, 112.938800"));
    QCOMPARE(m_page->evidence().index(0, EvidenceListModel::TransferColumn).data().toString(),
             EvidenceListModel::transferLabel(AttachmentFile{}));
}

void TestFieldAuditPage::opensAndVerifiesEvidenceAndNamesADamagedFile()
{
    m_page->showTask(QStringLiteral("task-mine"));
    auto* view = m_page->findChild<QTableView*>(QStringLiteral("auditEvidence"));
    view->setCurrentIndex(m_page->evidence().index(0, 0));
    QVERIFY(m_page->verifySelected());
    QVERIFY(m_page->message().contains(
        m_page->evidence().index(0, EvidenceListModel::Sha256Column).data(Qt::ToolTipRole).toString()));
    QSqlQuery damage(m_database->connection());
    QVERIFY(damage.exec(QStringLiteral("UPDATE attachment_chunk SET data = zeroblob(length(data))")));
    QVERIFY(!m_page->verifySelected());
    QVERIFY(m_page->message().contains(QStringLiteral("SHA-256")));

    // A fetch that failed says so, with the hub's reason.
    m_page->downloadFinished(
        m_page->evidence().index(0, 0).data(EvidenceListModel::IdRole).toString(),
        HubError(HubError::Kind::Forbidden, QStringLiteral("a cataloguer may not read")));
    QVERIFY(m_page->message().contains(QStringLiteral("a cataloguer may not read")));
}

void TestFieldAuditPage::managersSeeButDoNotAdd()
{
    m_page->setRole(Role::Manager);
    m_page->showTask(QStringLiteral("task-mine"));
    QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("addEvidence"))->isEnabled());
    m_page->setRole(Role::Auditor);
}

QTEST_MAIN(TestFieldAuditPage)
#include "tst_fieldauditpage.moc"
