// The 现场核查 page, offscreen, as an auditor, a reviewer and a manager use it: the task list and
// its filters, evidence added from files (and refused with a reason when it is not evidence),
// opened from memory, verified against its SHA-256, and a damaged file named as such; the
// checklist answered in place, a finding recorded, the visit submitted and confirmed under four
// eyes. Every model stays under QAbstractItemModelTester for the whole test.

#include "app/areas/FieldAuditServices.h"
#include "app/reports/FieldAuditReport.h"
#include "app/sync/HubError.h"
#include "models/attachments/AttachmentLimits.h"
#include "models/attachments/PhotoMetadata.h"
#include "models/common/Clock.h"
#include "models/fieldaudit/AuditTaskListModel.h"
#include "models/fieldaudit/ChecklistModel.h"
#include "models/fieldaudit/EvidenceListModel.h"
#include "models/fieldaudit/FindingListModel.h"
#include "models/fieldaudit/OfflinePackage.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"
#include "models/journal/LocalRecords.h"
#include "models/rectification/RectificationQueueModel.h"
#include "models/rectification/RectificationWorkflow.h"
#include "tests/support/FieldAuditFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/common/RecordForm.h"
#include "ui/fieldaudit/EvidencePanel.h"
#include "ui/fieldaudit/EvidenceThumbnails.h"
#include "ui/fieldaudit/FieldAuditPage.h"
#include "ui/fieldaudit/OfflineBar.h"
#include "ui/fieldaudit/PlanTaskDialog.h"
#include "ui/fieldaudit/RectificationQueuePanel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

using namespace xs;
using namespace xs::test;

namespace {

const QString Auditor = QStringLiteral("demo-auditor");

QByteArray photo()
{
    const QByteArray jpeg = jpegPhoto(400, 300, QColor(90, 140, 60));
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
    void exportsTheRecordWithThumbnailsAndHashes();
    void showsPhotosAsThumbnailsInTheGallery();
    void opensAndVerifiesEvidenceAndNamesADamagedFile();
    void downscalesAPhotoOnlyWhenAsked();
    void managersSeeButDoNotAdd();
    void answersTheChecklistInPlace();
    void recordsAFindingAndSubmitsTheVisit();
    void issuesAnOrderThatTheDepartmentAnswers();
    void aReviewerWhoWasNotThereConfirmsIt();
    void saysWhatIsHereForWorkWithNoNetwork();
    void countsAnOperatorsAgreementsAndTheirEntries();
    void managersPlanAVisitAndAuditorsMayNot();

private:
    std::optional<RecordState> record(const QString& entity, const QString& id) const
    {
        return LocalRecords(m_database->connection(), m_clock).find(entity, id);
    }

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<FieldAuditPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_taskTester;
    std::unique_ptr<QAbstractItemModelTester> m_evidenceTester;
    std::unique_ptr<QAbstractItemModelTester> m_checklistTester;
    std::unique_ptr<QAbstractItemModelTester> m_findingTester;
    std::unique_ptr<QAbstractItemModelTester> m_queueTester;
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
                           QStringLiteral("[{\"code\":\"C1\",\"section\":\"目录\",\"text\":\"一致\"},"
                                          "{\"code\":\"Q1\",\"section\":\"质量\",\"text\":\"完整\"}]")},
                          {QStringLiteral("severities"), QStringLiteral("[\"一般\",\"严重\"]")},
                          {QStringLiteral("rectification_days"), 10},
                          {QStringLiteral("state"), QStringLiteral("published")}})
                 .isError());
    QVERIFY(!journal
                 .upsert(QStringLiteral("department"), QStringLiteral("dept-27"),
                         {{QStringLiteral("code"), QStringLiteral("430000027")},
                          {QStringLiteral("name"), QStringLiteral("湖南省自然资源厅")},
                          {QStringLiteral("kind"), QStringLiteral("provincial")},
                          {QStringLiteral("division_code"), QStringLiteral("430000")},
                          {QStringLiteral("sort_order"), 27}})
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
    m_checklistTester = std::make_unique<QAbstractItemModelTester>(
        &m_page->checklist(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_findingTester = std::make_unique<QAbstractItemModelTester>(
        &m_page->findings(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_queueTester = std::make_unique<QAbstractItemModelTester>(
        &m_page->rectifications().queue(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestFieldAuditPage::cleanupTestCase()
{
    m_queueTester.reset();
    m_findingTester.reset();
    m_checklistTester.reset();
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
    m_page->findChild<QCheckBox*>(QStringLiteral("auditOverdueOnly"))->setChecked(true);
    QCOMPARE(m_page->tasks().rowCount(), 1);
    m_page->findChild<QCheckBox*>(QStringLiteral("auditOverdueOnly"))->setChecked(false);
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

void TestFieldAuditPage::exportsTheRecordWithThumbnailsAndHashes()
{
    m_page->showTask(QStringLiteral("task-mine"));
    const QString evidenceId = m_page->evidence().index(0, 0).data(EvidenceListModel::IdRole).toString();
    const QString sha256 =
        m_page->evidence().index(0, EvidenceListModel::Sha256Column).data(Qt::ToolTipRole).toString();
    QCOMPARE(sha256.size(), 64);

    FieldAuditServices services(m_database->connection(), Auditor, m_clock);
    QTextDocument document;
    QString error;
    QVERIFY2(FieldAuditReport(services, QStringLiteral("task-mine")).layOut(document, &error),
             qPrintable(error));
    const QString text = document.toPlainText();
    QVERIFY(text.contains(QStringLiteral("长沙市数据局目录核查")));
    QVERIFY(text.contains(sha256));
    QVERIFY(text.contains(QStringLiteral("门牌.jpg")));
    QVERIFY(text.contains(QStringLiteral("28.228200, 112.938800")));
    QVERIFY(text.contains(QStringLiteral("完整"))); // the checklist's second item
    QVERIFY(text.contains(FieldAuditReport::tr("Reviewer (signature):")));
    // The thumbnail is the photo, decoded from memory at thumbnail size.
    const QImage thumbnail =
        document.resource(QTextDocument::ImageResource, QUrl(QStringLiteral("xs-evidence:") + evidenceId))
            .value<QImage>();
    QCOMPARE(thumbnail.size(),
             QSize(400, 300).scaled(FieldAuditReport::ThumbnailPixels, FieldAuditReport::ThumbnailPixels,
                                    Qt::KeepAspectRatio));
    QVERIFY(!FieldAuditReport(services, QStringLiteral("no-such-task")).layOut(document, &error));
    QVERIFY(error.contains(QStringLiteral("no-such-task")));

    const QString path = m_dir.filePath(QStringLiteral("record.pdf"));
    QVERIFY(m_page->exportRecord(path));
    QVERIFY(readFile(path).startsWith("%PDF-"));
    QVERIFY(m_page->message().contains(path));
    // A folder that does not exist: a message, and no file.
    const QString nowhere = m_dir.filePath(QStringLiteral("missing/record.pdf"));
    QVERIFY(!m_page->exportRecord(nowhere));
    QVERIFY(m_page->message().contains(nowhere));
    QVERIFY(!QFile::exists(nowhere));
}

void TestFieldAuditPage::showsPhotosAsThumbnailsInTheGallery()
{
    m_page->showTask(QStringLiteral("task-mine"));
    EvidenceThumbnails& thumbnails = m_page->evidenceThumbnails();
    QAbstractItemModelTester tester(&thumbnails, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* gallery = m_page->findChild<QListView*>(QStringLiteral("auditEvidenceGallery"));
    QCOMPARE(gallery->model(), &thumbnails);
    QCOMPARE(thumbnails.rowCount(), m_page->evidence().rowCount());
    const QModelIndex photo = thumbnails.index(0, EvidenceListModel::FileColumn);
    const QString id = photo.data(EvidenceListModel::IdRole).toString();
    QCOMPARE(photo.data().toString(), QStringLiteral("门牌.jpg"));
    // Asked for, decoded off the UI thread, then shown: the 400 × 300 photo at thumbnail size.
    photo.data(Qt::DecorationRole);
    QTRY_VERIFY(thumbnails.isReady(id));
    const QVariant decoration = photo.data(Qt::DecorationRole);
    QCOMPARE(decoration.typeId(), QMetaType::QPixmap);
    QCOMPARE(decoration.value<QPixmap>().size(), QSize(EvidenceThumbnails::Edge, 120));
    // The list and the gallery share one selection: choosing in one chooses in the other.
    gallery->setCurrentIndex(photo);
    QCOMPARE(m_page->findChild<QTableView*>(QStringLiteral("auditEvidence"))->currentIndex().row(), 0);
    auto* views = qobject_cast<QStackedWidget*>(gallery->parentWidget());
    QCOMPARE(views->currentWidget(), gallery); // the gallery comes first
    m_page->findChild<QToolButton*>(QStringLiteral("evidenceAsList"))->click();
    QCOMPARE(views->currentWidget(), m_page->findChild<QTableView*>(QStringLiteral("auditEvidence")));
    m_page->findChild<QToolButton*>(QStringLiteral("evidenceAsGallery"))->click();
    QCOMPARE(views->currentWidget(), gallery);
}

void TestFieldAuditPage::opensAndVerifiesEvidenceAndNamesADamagedFile()
{
    m_page->showTask(QStringLiteral("task-mine"));
    auto* view = m_page->findChild<QTableView*>(QStringLiteral("auditEvidence"));
    view->setCurrentIndex(view->model()->index(0, 0));
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

void TestFieldAuditPage::downscalesAPhotoOnlyWhenAsked()
{
    m_page->showTask(QStringLiteral("task-mine"));
    const int before = m_page->evidence().rowCount();
    // A camera's full-size photo, over the limit of a file (its tail past the image is noise, as a
    // large photo's detail would be).
    PhotoMetadata metadata;
    metadata.takenAt = QDateTime(QDate(2026, 12, 2), QTime(9, 0, 0));
    metadata.camera = QStringLiteral("PageCam Pro");
    QByteArray large = PhotoMetadataCodec::write(jpegPhoto(4000, 3000), metadata);
    QRandomGenerator noise(7);
    while (large.size() <= AttachmentLimits::MaxFileBytes)
        large.append(char(noise.bounded(256)));
    const QString path = m_dir.filePath(QStringLiteral("全景.jpg"));
    QVERIFY(writeFile(path, large));

    // Not asked: refused, and the message says how to add it smaller. Nothing is changed silently.
    auto* downscale = m_page->findChild<QCheckBox*>(QStringLiteral("downscaleEvidence"));
    QVERIFY(downscale->isEnabled() && !downscale->isChecked());
    QCOMPARE(m_page->addEvidenceFiles({path}), 0);
    QVERIFY2(m_page->message().contains(QStringLiteral("全景.jpg")), qPrintable(m_page->message()));
    QVERIFY(m_page->message().contains(EvidencePanel::tr("; tick \"Downscale photos\" to add it smaller")));
    QCOMPARE(m_page->evidence().rowCount(), before);

    downscale->setChecked(true);
    QCOMPARE(m_page->addEvidenceFiles({path}), 1);
    downscale->setChecked(false);
    QCOMPARE(m_page->evidence().rowCount(), before + 1);
    const int row = m_page->evidence().rowCount() - 1; // the latest photo comes last
    QCOMPARE(m_page->evidence().index(row, EvidenceListModel::FileColumn).data().toString(),
             QStringLiteral("全景.jpg"));
    const QString id = m_page->evidence().index(row, 0).data(EvidenceListModel::IdRole).toString();
    const std::optional<RecordState> evidence = record(QStringLiteral("audit_evidence"), id);
    QVERIFY(evidence->fields.value(QStringLiteral("downscaled")).toBool());
    QCOMPARE(evidence->fields.value(QStringLiteral("taken_at")).toString(),
             QStringLiteral("2026-12-02T09:00:00"));
    QVERIFY(evidence->fields.value(QStringLiteral("size")).toInteger() < AttachmentLimits::MaxFileBytes / 4);
    QCOMPARE(
        m_page->evidence().index(row, EvidenceListModel::SizeColumn).data().toString(),
        EvidenceListModel::tr("%1 (downscaled on request)")
            .arg(EvidenceListModel::sizeLabel(evidence->fields.value(QStringLiteral("size")).toInteger())));
}

void TestFieldAuditPage::managersSeeButDoNotAdd()
{
    m_page->setRole(Role::Manager);
    m_page->showTask(QStringLiteral("task-mine"));
    QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("addEvidence"))->isEnabled());
    m_page->setRole(Role::Auditor);
}

void TestFieldAuditPage::answersTheChecklistInPlace()
{
    m_page->showTask(QStringLiteral("task-other"));
    QCOMPARE(m_page->checklist().rowCount(), 2);
    QVERIFY(!(m_page->checklist().flags(m_page->checklist().index(0, ChecklistModel::ResultColumn)) &
              Qt::ItemIsEditable)); // not mine, not started
    QVERIFY(m_page->offeredSteps().isEmpty());

    m_page->showTask(QStringLiteral("task-mine"));
    ChecklistModel& checklist = m_page->checklist();
    QCOMPARE(checklist.rowCount(), 2);
    QCOMPARE(checklist.answeredCount(), 0);
    const QModelIndex result = checklist.index(0, ChecklistModel::ResultColumn);
    QVERIFY(checklist.flags(result) & Qt::ItemIsEditable);
    // A note before a result is refused, and the row stays as it was.
    QVERIFY(!checklist.setData(checklist.index(0, ChecklistModel::NoteColumn), QStringLiteral("先写说明")));
    QVERIFY(m_page->message().contains(QStringLiteral("C1")));
    QCOMPARE(checklist.answeredCount(), 0);
    // A result the vocabulary does not have is refused by the record's rules.
    QVERIFY(!checklist.setData(result, QStringLiteral("maybe")));
    QCOMPARE(checklist.answeredCount(), 0);
    QVERIFY(!record(QStringLiteral("audit_answer"), QStringLiteral("task-mine.C1")) ||
            record(QStringLiteral("audit_answer"), QStringLiteral("task-mine.C1"))->deleted);

    // Through the view's editor, as an auditor answers: the result from the list.
    auto* view = m_page->findChild<QTableView*>(QStringLiteral("auditChecklist"));
    view->setCurrentIndex(result);
    view->edit(result);
    auto* editor = view->findChild<QComboBox*>(QStringLiteral("checklistResult"));
    QVERIFY(editor);
    editor->setCurrentIndex(editor->findData(QStringLiteral("nonconforming")));
    QTest::keyClick(editor, Qt::Key_Return); // Return commits the choice, as Tab or leaving the cell do
    QTRY_COMPARE(checklist.index(0, ChecklistModel::ResultColumn).data(Qt::EditRole).toString(),
                 QStringLiteral("nonconforming")); // the delegate commits on the next turn of the loop
    QVERIFY(checklist.setData(checklist.index(0, ChecklistModel::NoteColumn),
                              QStringLiteral("目录缺少更新周期")));
    QCOMPARE(checklist.nonconformingCount(), 1);
    const std::optional<RecordState> answer =
        record(QStringLiteral("audit_answer"), QStringLiteral("task-mine.C1"));
    QVERIFY(answer);
    QCOMPARE(answer->fields.value(QStringLiteral("result")).toString(), QStringLiteral("nonconforming"));
    QCOMPARE(answer->fields.value(QStringLiteral("note")).toString(), QStringLiteral("目录缺少更新周期"));

    // What is saved is what the page shows after a reload.
    m_page->reload();
    QCOMPARE(m_page->checklist().answeredCount(), 1);
    QCOMPARE(m_page->checklist().index(0, ChecklistModel::NoteColumn).data().toString(),
             QStringLiteral("目录缺少更新周期"));
}

void TestFieldAuditPage::recordsAFindingAndSubmitsTheVisit()
{
    m_page->showTask(QStringLiteral("task-mine"));
    QVERIFY(!m_page->addFinding(QStringLiteral("一般"), QStringLiteral("C1"), QString())); // no text
    QVERIFY(m_page->addFinding(QStringLiteral("严重"), QStringLiteral("C1"),
                               QStringLiteral("三项资源未标注更新周期")));
    QCOMPARE(m_page->findings().rowCount(), 1);
    QCOMPARE(m_page->findings().index(0, FindingListModel::SeverityColumn).data().toString(),
             QStringLiteral("严重"));
    QCOMPARE(m_page->findings().index(0, FindingListModel::RectificationColumn).data().toString(),
             FindingListModel::tr("No order"));

    QCOMPARE(m_page->offeredSteps(), QStringList{QStringLiteral("submit")});
    QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("step-submit")));
    QVERIFY(m_page->takeStep(QStringLiteral("submit"), {}));
    QCOMPARE(record(QStringLiteral("audit_task"), QStringLiteral("task-mine"))
                 ->fields.value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("in_review"));
    // Submitted: the record of the visit is closed to its auditors, and they do not review it.
    QVERIFY(!(m_page->checklist().flags(m_page->checklist().index(1, ChecklistModel::ResultColumn)) &
              Qt::ItemIsEditable));
    QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("addFinding"))->isEnabled());
    QVERIFY(m_page->offeredSteps().isEmpty());
    QVERIFY(!m_page->takeStep(QStringLiteral("confirm"), {}));
    QVERIFY2(!m_page->message().isEmpty(), "a refused step says why");
}

void TestFieldAuditPage::issuesAnOrderThatTheDepartmentAnswers()
{
    m_page->showTask(QStringLiteral("task-mine"));
    QCOMPARE(m_page->findings().rowCount(), 1);
    const QString findingId = m_page->findings().index(0, 0).data(FindingListModel::IdRole).toString();
    QVERIFY2(m_page->issueOrder(findingId, QStringLiteral("补充三项资源的更新周期"), 10),
             qPrintable(m_page->message()));
    QCOMPARE(m_page->findings().index(0, FindingListModel::RectificationColumn).data().toString().left(3),
             RectificationWorkflow::stateLabel(QStringLiteral("issued")).left(3));
    RectificationQueueModel& queue = m_page->rectifications().queue();
    QCOMPARE(queue.rowCount(), 1);
    const QString orderId = queue.index(0, 0).data(RectificationQueueModel::IdRole).toString();
    const std::optional<RecordState> order = record(RectificationWorkflow::Entity, orderId);
    QVERIFY(order);
    QCOMPARE(order->fields.value(QStringLiteral("subject_id")).toString(), findingId);
    QCOMPARE(order->fields.value(QStringLiteral("target_kind")).toString(), QStringLiteral("department"));
    QCOMPARE(order->fields.value(QStringLiteral("target_code")).toString(), QStringLiteral("430000027"));
    const QDate due =
        QDate::fromString(order->fields.value(QStringLiteral("due_on")).toString(), Qt::ISODate);
    // 10 working days span at least 12 calendar days (two weekends), more with holidays.
    QVERIFY2(due >= m_clock.today().addDays(12) && due <= m_clock.today().addDays(40),
             qPrintable(due.toString()));
    QVERIFY(queue.index(0, RectificationQueueModel::OverdueColumn).data().toString().isEmpty());
    QVERIFY2(queue.index(0, RectificationQueueModel::TargetColumn)
                 .data()
                 .toString()
                 .contains(QStringLiteral("湖南省自然资源厅")),
             "the department by its name");
    m_page->rectifications().select(orderId);
    QVERIFY(m_page->rectifications().offeredSteps().isEmpty()); // the department answers first
    // Opening the order from the queue shows the visit and the finding it follows.
    m_page->showTask(QStringLiteral("task-other"));
    auto* queueView = m_page->rectifications().findChild<QTableView*>(QStringLiteral("rectificationQueue"));
    emit queueView->activated(queueView->currentIndex());
    QCOMPARE(m_page->shownTask(), QStringLiteral("task-mine"));
    QCOMPARE(m_page->findChild<QTableView*>(QStringLiteral("auditFindings"))
                 ->currentIndex()
                 .data(FindingListModel::IdRole)
                 .toString(),
             findingId);

    // The audited department answers on its own desktop; another department may not.
    FieldAuditPage department(std::make_unique<FieldAuditServices>(m_database->connection(),
                                                                   QStringLiteral("cs-cataloguer"), m_clock),
                              Role::Cataloguer);
    QAbstractItemModelTester tester(&department.rectifications().queue(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    department.setRole(Role::Cataloguer, QStringLiteral("430000099"));
    department.rectifications().select(orderId);
    QCOMPARE(department.rectifications().offeredSteps(), QStringList{QStringLiteral("begin")});
    QVERIFY(!department.rectifications().takeStep(QStringLiteral("begin"), {}));
    QVERIFY(!department.rectifications().message().isEmpty());
    department.setRole(Role::Cataloguer, QStringLiteral("430000027"));
    QVERIFY(department.rectifications().takeStep(QStringLiteral("begin"), {}));
    QVERIFY(!department.rectifications().takeStep(QStringLiteral("submit"), {})); // says what was done
    QVERIFY(department.rectifications().takeStep(
        QStringLiteral("submit"), {{QStringLiteral("response"), QStringLiteral("已补充更新周期")}}));
    QCOMPARE(record(RectificationWorkflow::Entity, orderId)->fields.value(QStringLiteral("state")).toString(),
             QStringLiteral("submitted"));

    // The checker accepts it; the finding shows where it stands.
    m_page->reload();
    m_page->rectifications().select(orderId);
    QVERIFY(m_page->rectifications().offeredSteps().contains(QStringLiteral("accept")));
    QVERIFY(m_page->rectifications().takeStep(QStringLiteral("accept"), {}));
    QCOMPARE(m_page->findings().index(0, FindingListModel::RectificationColumn).data().toString().left(3),
             RectificationWorkflow::stateLabel(QStringLiteral("accepted")).left(3));

    // An order past its deadline and not answered is marked, and counted.
    ChangeJournal hub(m_database->connection(), QStringLiteral("hub"), m_clock);
    QVERIFY(!hub.upsert(RectificationWorkflow::Entity, QStringLiteral("order-late"),
                        {{QStringLiteral("subject_entity"), QStringLiteral("audit_finding")},
                         {QStringLiteral("subject_id"), findingId},
                         {QStringLiteral("target_kind"), QStringLiteral("department")},
                         {QStringLiteral("target_code"), QStringLiteral("430000027")},
                         {QStringLiteral("requirement"), QStringLiteral("逾期未整改")},
                         {QStringLiteral("working_days"), 10},
                         {QStringLiteral("state"), QStringLiteral("issued")},
                         {QStringLiteral("due_on"), m_clock.today().addDays(-1).toString(Qt::ISODate)}})
                 .isError());
    m_page->reload();
    QCOMPARE(queue.totalCount(), 2);
    QCOMPARE(queue.overdueCount(), 1);
    QCOMPARE(queue.index(0, RectificationQueueModel::DueColumn).data().toString(),
             m_clock.today().addDays(-1).toString(Qt::ISODate)); // soonest first
    QVERIFY(!queue.index(0, RectificationQueueModel::OverdueColumn).data().toString().isEmpty());
    m_page->rectifications().findChild<QCheckBox*>(QStringLiteral("ordersOverdueOnly"))->setChecked(true);
    QCOMPARE(queue.rowCount(), 1);
    m_page->rectifications().findChild<QCheckBox*>(QStringLiteral("ordersOverdueOnly"))->setChecked(false);

    // The overview: tasks by state, the finding still open (its order is accepted, not closed),
    // and the one overdue order; its tile shows that order alone.
    const FieldAuditOverview overview =
        FieldAuditServices(m_database->connection(), Auditor, m_clock).overview();
    QCOMPARE(overview.tasksByState.value(QStringLiteral("in_review")), 1);
    QCOMPARE(overview.tasksByState.value(QStringLiteral("planned")), 1);
    QCOMPARE(overview.openFindingsBySeverity.value(QStringLiteral("严重")), 1);
    QCOMPARE(overview.overdueOrders, 1);
    QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("tileFindings"))
                ->text()
                .contains(QStringLiteral("严重 1")));
    m_page->findChild<QPushButton*>(QStringLiteral("tileOrders"))->click();
    QCOMPARE(queue.rowCount(), 1);
    QCOMPARE(queue.index(0, 0).data(RectificationQueueModel::IdRole).toString(),
             QStringLiteral("order-late"));
    m_page->rectifications().findChild<QCheckBox*>(QStringLiteral("ordersOverdueOnly"))->setChecked(false);
    // A reviewer or manager closes the order, not the auditor; then the finding is closed too.
    m_page->rectifications().select(orderId);
    QVERIFY(!m_page->rectifications().offeredSteps().contains(QStringLiteral("close")));
    QVERIFY(!m_page->rectifications().takeStep(QStringLiteral("close"), {}));
    FieldAuditPage manager(std::make_unique<FieldAuditServices>(m_database->connection(),
                                                                QStringLiteral("demo-manager"), m_clock),
                           Role::Manager);
    manager.rectifications().findChild<QCheckBox*>(QStringLiteral("ordersIncludeClosed"))->setChecked(true);
    manager.rectifications().select(orderId);
    QVERIFY(manager.rectifications().takeStep(QStringLiteral("close"), {}));
    QCOMPARE(FieldAuditServices(m_database->connection(), Auditor, m_clock)
                 .overview()
                 .openFindingsBySeverity.value(QStringLiteral("严重")),
             0);
}

void TestFieldAuditPage::aReviewerWhoWasNotThereConfirmsIt()
{
    FieldAuditPage reviewer(std::make_unique<FieldAuditServices>(m_database->connection(),
                                                                 QStringLiteral("demo-reviewer"), m_clock),
                            Role::Reviewer);
    QAbstractItemModelTester tester(&reviewer.checklist(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    reviewer.showTask(QStringLiteral("task-mine"));
    QCOMPARE(reviewer.checklist().answeredCount(), 1);
    QCOMPARE(reviewer.findings().rowCount(), 1);
    QCOMPARE(reviewer.offeredSteps(), (QStringList{QStringLiteral("return"), QStringLiteral("confirm")}));
    QVERIFY(reviewer.takeStep(QStringLiteral("confirm"),
                              {{QStringLiteral("note"), QStringLiteral("核查记录完整")}}));
    const std::optional<RecordState> task = record(QStringLiteral("audit_task"), QStringLiteral("task-mine"));
    QCOMPARE(task->fields.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    QCOMPARE(task->fields.value(QStringLiteral("reviewed_by")).toString(), QStringLiteral("demo-reviewer"));
    QVERIFY(reviewer.offeredSteps().isEmpty());
}

void TestFieldAuditPage::saysWhatIsHereForWorkWithNoNetwork()
{
    // The colleague's later visit to the same department: the earlier visit's finding and photos
    // are what an auditor takes along.
    m_page->setRole(Role::Auditor);
    m_page->showTask(QStringLiteral("task-mine"));
    const int photos = m_page->evidence().rowCount();
    QVERIFY(photos > 0);
    m_page->showTask(QStringLiteral("task-other"));
    OfflineBar& bar = m_page->offline();
    QVERIFY(bar.isVisible());
    const OfflineContents contents =
        OfflinePackage(m_database->connection(), m_clock).contents(QStringLiteral("task-other"));
    QVERIFY(contents.isComplete());
    QCOMPARE(contents.earlierVisits, 1);
    QCOMPARE(contents.earlierFindings, 1);
    QCOMPARE(contents.evidenceFiles, photos);
    QCOMPARE(contents.evidenceHere, photos);
    QVERIFY(bar.statusText().startsWith(QStringLiteral("✓ ") +
                                        OfflineBar::tr("Not prepared for offline work yet")));
    QVERIFY(bar.statusText().contains(OfflinePackage::tr("%n earlier finding(s)", nullptr, 1)));
    // With no hub there is nothing to fetch from: the button is off and says why.
    auto* prepare = bar.findChild<QPushButton*>(QStringLiteral("prepareOffline"));
    QVERIFY(!prepare->isEnabled());
    QVERIFY(!bar.prepare());
    QCOMPARE(prepare->toolTip(),
             OfflineBar::tr("This desktop works without a hub: what it holds is all there is"));

    // A photo whose record came from the hub without its bytes: the bar warns and names it.
    ChangeJournal journal(m_database->connection(), QStringLiteral("hub"), m_clock);
    QVERIFY(!journal
                 .upsert(QStringLiteral("audit_evidence"), QStringLiteral("evidence-on-hub"),
                         {{QStringLiteral("task_id"), QStringLiteral("task-mine")},
                          {QStringLiteral("file_name"), QStringLiteral("门牌.jpg")},
                          {QStringLiteral("media_type"), QStringLiteral("image/jpeg")},
                          {QStringLiteral("size"), 2048},
                          {QStringLiteral("sha256"), QString(64, QLatin1Char('a'))},
                          {QStringLiteral("added_by"), QStringLiteral("other-auditor")}})
                 .isError());
    // In the gallery it shows as a file on the hub, not as a thumbnail of nothing.
    m_page->showTask(QStringLiteral("task-mine"));
    EvidenceThumbnails& thumbnails = m_page->evidenceThumbnails();
    bool seen = false;
    for (int row = 0; row < thumbnails.rowCount(); ++row) {
        const QModelIndex file = thumbnails.index(row, EvidenceListModel::FileColumn);
        if (file.data(EvidenceListModel::IdRole).toString() == QLatin1String("evidence-on-hub")) {
            QCOMPARE(file.data(Qt::DecorationRole).typeId(), QMetaType::QIcon);
            seen = true;
        }
    }
    QVERIFY(seen);
    m_page->showTask(QStringLiteral("task-other"));
    QVERIFY(bar.statusText().startsWith(QStringLiteral("⚠ ")));
    QVERIFY(
        bar.statusText().contains(OfflinePackage::tr("evidence %1 of %2 here").arg(photos).arg(photos + 1)));
    QVERIFY(bar.findChild<QLabel*>(QStringLiteral("offlineStatus"))
                ->toolTip()
                .contains(OfflinePackage::tr("%n evidence file(s) (%1) are only on the hub.", nullptr, 1)
                              .arg(EvidenceListModel::sizeLabel(2048))));
}

void TestFieldAuditPage::countsAnOperatorsAgreementsAndTheirEntries()
{
    ChangeJournal journal(m_database->connection(), QStringLiteral("hub"), m_clock);
    QJsonObject visit = task(QStringLiteral("湘江数据运营公司核查"), QStringLiteral("planned"),
                             m_clock.today().addDays(5), Auditor);
    visit.insert(QStringLiteral("kind"), QStringLiteral("authorized_operation"));
    visit.insert(QStringLiteral("target_code"), QStringLiteral("op-1"));
    QVERIFY(!journal.upsert(QStringLiteral("audit_task"), QStringLiteral("task-operator"), visit).isError());
    const OfflinePackage package(m_database->connection(), m_clock);
    QVERIFY(!package.contents(QStringLiteral("task-operator")).targetHere);
    QCOMPARE(OfflinePackage::gaps(package.contents(QStringLiteral("task-operator"))),
             QStringList{OfflinePackage::tr(
                 "The audited department, operator or registration is not on this desktop.")});

    QVERIFY(!journal
                 .upsert(QStringLiteral("grant_operator"), QStringLiteral("op-1"),
                         {{QStringLiteral("name"), QStringLiteral("湘江数据运营有限公司")}})
                 .isError());
    QVERIFY(!journal
                 .upsert(QStringLiteral("catalog_entry"), QStringLiteral("ce-1"),
                         test::validCatalogEntry(QStringLiteral("企业登记信息"), QStringLiteral("430000027")))
                 .isError());
    // The agreement as a sync stores it (the hub checked it; its rules are not this test's).
    const DatabaseError stored =
        LocalRecordStore(m_database->connection())
            .write(*findEntity(QStringLiteral("grant_agreement")),
                   {QStringLiteral("grant_agreement"), QStringLiteral("ag-1"), 1, false,
                    QStringLiteral("2026-11-01T00:00:00Z"), QStringLiteral("hub"),
                    QJsonObject{{QStringLiteral("operator_id"), QStringLiteral("op-1")},
                                {QStringLiteral("resources"), QStringLiteral("[\"ce-1\",\"ce-gone\"]")}},
                    0});
    QVERIFY2(!stored.isError(), qPrintable(stored.fullText()));
    const OfflineContents contents = package.contents(QStringLiteral("task-operator"));
    QVERIFY(contents.targetHere);
    QCOMPARE(contents.agreements, 1);
    QCOMPARE(contents.catalogEntries, 1); // the entry it covers that is here; not one that is not
    QVERIFY(contents.isComplete());
}

void TestFieldAuditPage::managersPlanAVisitAndAuditorsMayNot()
{
    FieldAuditServices manager(m_database->connection(), QStringLiteral("demo-manager"), m_clock);
    PlanTaskDialog dialog(manager, Role::Manager, {});
    // The form offers the published checklists and the places a visit can be made.
    auto* checklists = qobject_cast<QComboBox*>(dialog.form().editorFor(QStringLiteral("template_id")));
    QVERIFY(checklists && checklists->findData(QStringLiteral("tpl-1")) > 0);
    auto* targets = qobject_cast<QComboBox*>(dialog.form().editorFor(QStringLiteral("target_code")));
    QVERIFY(targets);
    const int department = targets->findData(QStringLiteral("430000027"));
    QVERIFY(department > 0);
    QCOMPARE(targets->itemText(department), QStringLiteral("湖南省自然资源厅"));

    const QJsonObject plan{{QStringLiteral("title"), QStringLiteral("自然资源厅目录复查")},
                           {QStringLiteral("kind"), QStringLiteral("catalog_quality")},
                           {QStringLiteral("target_code"), QStringLiteral("430000027")},
                           {QStringLiteral("auditors"), QStringLiteral("[\"demo-auditor\",\"zhang.wei\"]")},
                           {QStringLiteral("planned_on"), m_clock.today().addDays(14).toString(Qt::ISODate)}};
    // Without a checklist the rules refuse it, and the dialog says why instead of closing.
    dialog.form().setValues(plan);
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.problem().contains(QStringLiteral("checklist")), qPrintable(dialog.problem()));
    QJsonObject complete = plan;
    complete.insert(QStringLiteral("template_id"), QStringLiteral("tpl-1"));
    dialog.form().setValues(complete);
    QVERIFY2(dialog.save(), qPrintable(dialog.problem()));
    const std::optional<RecordState> task = record(QStringLiteral("audit_task"), dialog.savedTask());
    QVERIFY(task);
    QCOMPARE(task->fields.value(QStringLiteral("state")).toString(), QStringLiteral("planned"));
    QCOMPARE(task->updatedBy, QStringLiteral("demo-manager"));

    // The page shows the new visit, and the planning buttons only to those who plan.
    m_page->setRole(Role::Manager);
    QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("planAuditTask"))->isHidden());
    m_page->planSaved(dialog.savedTask(), true);
    QCOMPARE(m_page->shownTask(), dialog.savedTask());
    QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("changeAuditPlan"))->isEnabled());
    m_page->setRole(Role::Auditor);
    QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("planAuditTask"))->isHidden());

    FieldAuditServices auditor(m_database->connection(), Auditor, m_clock);
    PlanTaskDialog refused(auditor, Role::Auditor, {});
    refused.form().setValues(complete);
    QVERIFY(!refused.save());
    QVERIFY2(refused.problem().contains(QStringLiteral("plan")), qPrintable(refused.problem()));
}

QTEST_MAIN(TestFieldAuditPage)
#include "tst_fieldauditpage.moc"
