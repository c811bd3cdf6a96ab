// The registration queue and the audit page, offscreen, as a reviewer uses them: views and their
// counts, a step taken with a button, a step whose dialog asks for what it needs, several
// applications assigned at once, the notices as PDF, and the audit trail checked and exported.
#include "app/areas/AuditServices.h"
#include "app/areas/RegistrationServices.h"
#include "models/attachments/AttachmentStore.h"
#include "models/audit/AuditLogModel.h"
#include "models/calendar/CalendarRepository.h"
#include "models/catalog/io/XlsxCodec.h"
#include "models/common/Clock.h"
#include "models/common/StructuredField.h"
#include "models/demo/DemoDataGenerator.h"
#include "models/demo/GrantDemoData.h"
#include "models/demo/RegistrationDemoData.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/SyncLedger.h"
#include "models/registration/RegistrationIntake.h"
#include "models/registration/RegistrationMaterials.h"
#include "models/registration/RegistrationQueueModel.h"
#include "models/registration/RegistrationRepository.h"
#include "models/registration/RegistrationVocabulary.h"
#include "models/registration/RegistrationWorkflow.h"
#include "models/storage/DatabaseKey.h"
#include "models/storage/Transaction.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WhenShown.h"
#include "ui/audit/AuditPage.h"
#include "ui/common/StepDialog.h"
#include "ui/common/TableExport.h"
#include "ui/registration/RegistrationDetailPane.h"
#include "ui/registration/RegistrationIntakeDialog.h"
#include "ui/registration/RegistrationNoticeWriter.h"
#include "ui/registration/RegistrationPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
// The page's today: the demo's deadlines are counted from the same day.
xs::ManualClock TestClock(xs::ManualClock::chinaMorning(QDate(2026, 6, 15)));
} // namespace

using namespace xs;
using xs::test::whenShown;

namespace {

const QDate Today(2026, 6, 15);
const QString Reviewer = QStringLiteral("demo-reviewer");

} // namespace

class TestRegistrationPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void viewsShowTheirCounts();
    void overdueViewIsColouredAndSorted();
    void acceptWithOneClick();
    void aNewApplicationIsFiledWithItsSubjectsAndMaterials();
    void anApplicationIsFiledWithItsFilesOrNotAtAll();
    void missingMaterialsNoticeAsksAndExportsPdf();
    void refusalNeedsItsReasons();
    void assignSeveralAtOnce();
    void amendmentsAndCancellationsSayWhatTheyDo();
    void publicNoticeForThePortal();
    void anAuditorReadsAndExportsTheWholeQueue();
    void auditPageChecksAndExports(); // last: it breaks the audit chain on purpose

private:
    QString enter(const QString& name, bool complete);
    void select(const QString& id);
    std::optional<RecordState> stored(const QString& id) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<RegistrationPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRegistrationPage::initTestCase()
{
    m_database = test::createDatabase(m_dir.filePath(QStringLiteral("page.db")), DatabaseKey::generate());
    QVERIFY(m_database);
    Transaction transaction(m_database->connection());
    QVERIFY(!transaction.begin().isError());
    QVERIFY(!RegistrationDemoData(DemoDataGenerator::departments(), CalendarRepository::bundled(), Today)
                 .write(m_database->connection(), 400)
                 .isError());
    QVERIFY(!transaction.commit().isError());
}

void TestRegistrationPage::init()
{
    m_page = std::make_unique<RegistrationPage>(
        std::make_unique<RegistrationServices>(m_database->connection(), Reviewer, TestClock),
        Role::Reviewer);
    m_page->resize(1300, 800);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        &m_page->queueModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestRegistrationPage::cleanup()
{
    m_tester.reset();
    m_page.reset();
}

QString TestRegistrationPage::enter(const QString& name, bool complete)
{
    RegistrationRepository repository(m_database->connection(), Reviewer, TestClock);
    const WorkingCalendar calendar = CalendarRepository::bundled();
    const DeadlineRules rules = DeadlineRules::defaults();
    QJsonObject materials;
    for (const QString& material : RegistrationVocabulary::materialsFor(QStringLiteral("first")))
        materials.insert(material, complete || material != QLatin1String("scenarios"));
    const QString id = ChangeJournal::newId(TestClock);
    const DatabaseError error = repository.create(
        id,
        {{QStringLiteral("number"), QStringLiteral("湘数登〔2026〕T%1号").arg(name.size())},
         {QStringLiteral("type"), QStringLiteral("first")},
         {QStringLiteral("data_name"), name},
         {QStringLiteral("submitted_on"), Today.toString(Qt::ISODate)},
         {QStringLiteral("applicants"),
          QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("operator")},
                                 {QStringLiteral("name"), QStringLiteral("湘江数据科技有限公司")}}}},
         {QStringLiteral("materials"), materials}},
        repository.contextFor(Role::Reviewer, calendar, rules));
    if (error.isError())
        qWarning("enter: %s", qPrintable(error.fullText()));
    return id;
}

void TestRegistrationPage::select(const QString& id)
{
    m_page->showView(QueueView::All);
    RegistrationQueueModel& model = m_page->queueModel();
    while (model.rowOf(id) < 0 && model.canFetchMore({}))
        model.fetchMore({});
    const int row = model.rowOf(id);
    QVERIFY(row >= 0);
    // As a click on the row would, whatever modifier an earlier test's key event left behind
    // (selectRow reads the keyboard's modifiers: a Ctrl left down makes it toggle nothing).
    m_page->queueView().selectionModel()->setCurrentIndex(
        model.index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_COMPARE(m_page->detailPane().registrationId(), id);
    // The step buttons of the selection are shown by the event loop, as for a user.
    QTRY_VERIFY(m_page->detailPane().stepButton(QStringLiteral("comment")) &&
                m_page->detailPane().stepButton(QStringLiteral("comment"))->isVisible());
}

std::optional<RecordState> TestRegistrationPage::stored(const QString& id) const
{
    return RegistrationRepository(m_database->connection(), Reviewer, TestClock).registration(id);
}

void TestRegistrationPage::viewsShowTheirCounts()
{
    auto* tabs = m_page->findChild<QTabBar*>(QStringLiteral("registrationViews"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 6);
    QueueFilter filter;
    filter.user = Reviewer;
    filter.today = Today;
    const std::map<QueueView, qint64> counts =
        RegistrationQueueQuery::counts(m_database->connection(), filter);
    QVERIFY(tabs->tabText(2).endsWith(QStringLiteral("(%1)").arg(counts.at(QueueView::All))));
    QVERIFY(tabs->tabText(3).endsWith(QStringLiteral("(%1)").arg(counts.at(QueueView::Overdue))));
    // A reviewer with work of their own starts on it.
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(m_page->queueModel().filter().view, QueueView::Mine);
    QVERIFY(!m_page->detailPane().registrationId().isEmpty()); // the first of them, selected
}

void TestRegistrationPage::overdueViewIsColouredAndSorted()
{
    auto* tabs = m_page->findChild<QTabBar*>(QStringLiteral("registrationViews"));
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(3).center());
    QCOMPARE(m_page->queueModel().filter().view, QueueView::Overdue);
    const RegistrationQueueModel& model = m_page->queueModel();
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex left = model.index(row, RegistrationQueueModel::RemainingColumn);
        QCOMPARE(left.data(RegistrationQueueModel::UrgencyRole).toInt(),
                 int(RegistrationQueueModel::Urgency::Overdue));
        QVERIFY(left.data().toString().contains(QStringLiteral("overdue")));
    }
    // Clicking the deadline header turns the order round.
    auto* header = m_page->queueView().horizontalHeader();
    QTest::mouseClick(
        header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(RegistrationQueueModel::DeadlineColumn) + 10, 5));
    QCOMPARE(model.filter().descending, true);
}

void TestRegistrationPage::acceptWithOneClick()
{
    const QString id = enter(QStringLiteral("测试数据产品甲"), true);
    m_page->reload();
    select(id);
    QPushButton* accept = m_page->detailPane().stepButton(QStringLiteral("accept"));
    QVERIFY(accept);
    QTRY_VERIFY(accept->isVisible());
    QVERIFY(!m_page->detailPane().stepButton(QStringLiteral("close_notice")));
    QTest::mouseClick(accept, Qt::LeftButton);
    QCOMPARE(stored(id)->fields.value(QStringLiteral("state")).toString(), QStringLiteral("under_review"));
    // 20 WD from Monday 2026-06-15, across 端午 (06-19): 07-14.
    QCOMPARE(stored(id)->fields.value(QStringLiteral("step_deadline")).toString(),
             QStringLiteral("2026-07-14"));
    QCOMPARE(m_page->detailPane().registrationId(), id);
    QVERIFY(m_page->detailPane().stepButton(QStringLiteral("approve")));
    QVERIFY(SyncLedger(m_database->connection()).operations(QStringLiteral("pending")).size() >= 2);
}

void TestRegistrationPage::aNewApplicationIsFiledWithItsSubjectsAndMaterials()
{
    // Issue 17 item 1: 新建申请 at the window — two subjects, each with its credit code and role,
    // the catalog entry, scenarios, and five of the seven materials: the two missing are listed,
    // and the acceptance step's one notice will name exactly them.
    test::plantAuthorizedEntry(m_database->connection(), QStringLiteral("ce-intake"));
    const QString secondCode = GrantDemoData::creditCode(7);
    QString filedId;
    test::whenShown<RegistrationIntakeDialog>([&filedId, secondCode](RegistrationIntakeDialog* dialog) {
        const auto drive = [&] {
            auto* problems = dialog->findChild<QLabel*>(QStringLiteral("intakeProblems"));
            QPushButton* file = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
            QVERIFY(!file->isEnabled()); // nothing typed yet
            QVERIFY(!problems->text().isEmpty());
            dialog->setCatalogEntry(QStringLiteral("ce-intake"));
            QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("intakeDataName"))->text(),
                     QStringLiteral("授权运营数据ce-intake")); // taken from the entry
            auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("intakeApplicants"));
            table->item(0, 0)->setText(QStringLiteral("湘江数据科技有限公司"));
            table->item(0, 2)->setText(QStringLiteral("91350100m000100y43")); // typed in lower case
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("intakeAddApplicant")),
                              Qt::LeftButton);
            QCOMPARE(table->rowCount(), 2);
            table->item(1, 0)->setText(QStringLiteral("长沙市大数据中心"));
            table->item(1, 2)->setText(secondCode.left(17) + QStringLiteral("0"));
            QVERIFY2(problems->text().contains(QStringLiteral("长沙市大数据中心")),
                     qPrintable(problems->text()));
            QVERIFY(!file->isEnabled());
            table->item(1, 2)->setText(secondCode);
            auto* role = qobject_cast<QComboBox*>(table->cellWidget(1, 3));
            role->setCurrentIndex(role->findData(QStringLiteral("lead"))); // two leads
            QVERIFY2(problems->text().contains(QStringLiteral("exactly one lead")),
                     qPrintable(problems->text()));
            role->setCurrentIndex(role->findData(QStringLiteral("joint")));
            dialog->findChild<QPlainTextEdit*>(QStringLiteral("intakeScenarios"))
                ->setPlainText(QStringLiteral("企业信用评价\n\n普惠金融授信"));
            for (const QString& material : RegistrationVocabulary::materialsFor(QStringLiteral("first"))) {
                if (material != QLatin1String("scenarios") && material != QLatin1String("evidence_record"))
                    dialog->findChild<QCheckBox*>(QStringLiteral("material-") + material)->setChecked(true);
            }
            // A file that is not a PDF, JPEG or PNG is refused and ticks nothing; a PDF ticks its material.
            QVERIFY(
                !dialog->attachFile(QStringLiteral("lawful_source"), QStringLiteral("来源.txt"), "plain text")
                     .isEmpty());
            QVERIFY(dialog
                        ->attachFile(QStringLiteral("subject_info"), QStringLiteral("营业执照.pdf"),
                                     "%PDF-1.7\n主体信息")
                        .isEmpty());
            QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("material-subject_info"))->isChecked());
            QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("file-subject_info"))
                        ->text()
                        .contains(QStringLiteral("营业执照.pdf")));
            const QString completeness =
                dialog->findChild<QLabel*>(QStringLiteral("intakeCompleteness"))->text();
            QVERIFY2(completeness.contains(QStringLiteral("2 material")) &&
                         completeness.contains(
                             RegistrationVocabulary::materialLabel(QStringLiteral("evidence_record"))),
                     qPrintable(completeness));
            QVERIFY2(file->isEnabled(), qPrintable(problems->text()));
            filedId = dialog->recordId();
            test::keepScreenshot(dialog, QStringLiteral("registration-intake"));
            file->click();
        };
        drive();
        if (dialog->isVisible())
            dialog->reject(); // a failed check must not leave the modal dialog waiting
    });
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("newApplicationButton")),
                      Qt::LeftButton);
    QVERIFY(!filedId.isEmpty());
    const std::optional<RecordState> filed = stored(filedId);
    QVERIFY(filed);
    const QJsonObject& fields = filed->fields;
    QCOMPARE(fields.value(QStringLiteral("state")).toString(), QStringLiteral("submitted"));
    QCOMPARE(fields.value(QStringLiteral("submitted_on")).toString(), Today.toString(Qt::ISODate));
    QVERIFY(!fields.value(QStringLiteral("step_deadline")).toString().isEmpty()); // the acceptance clock runs
    QCOMPARE(fields.value(QStringLiteral("catalog_entry_id")).toString(), QStringLiteral("ce-intake"));
    const QJsonArray applicants = structuredField(fields, "applicants").toArray();
    QCOMPARE(applicants.size(), 2);
    QCOMPARE(applicants.at(0).toObject().value(QStringLiteral("credit_code")).toString(),
             QStringLiteral("91350100M000100Y43"));
    QCOMPARE(applicants.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("lead"));
    QCOMPARE(applicants.at(1).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("joint"));
    QCOMPARE(structuredField(fields, "scenarios").toArray(),
             (QJsonArray{QStringLiteral("企业信用评价"), QStringLiteral("普惠金融授信")}));
    QCOMPARE(RegistrationIntake::missingMaterials(fields),
             (QStringList{QStringLiteral("evidence_record"), QStringLiteral("scenarios")}));
    // The file came with it, its bytes encrypted beside the records, waiting to go to the hub.
    RegistrationServices services(m_database->connection(), Reviewer, TestClock);
    const QList<RecordState> files = services.materialFiles(filedId);
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.constFirst().fields.value(QStringLiteral("material")).toString(),
             QStringLiteral("subject_info"));
    QCOMPARE(files.constFirst().fields.value(QStringLiteral("media_type")).toString(),
             QStringLiteral("application/pdf"));
    AttachmentStore store(m_database->connection(), TestClock);
    const std::optional<AttachmentFile> bytes =
        store.file({RegistrationMaterials::Entity, files.constFirst().id});
    QVERIFY(bytes);
    QCOMPARE(bytes->transfer, AttachmentTransfer::Local);
    QCOMPARE(bytes->sha256, files.constFirst().fields.value(QStringLiteral("sha256")).toString());
    // The queue shows it where new work waits, selected.
    QCOMPARE(m_page->queueModel().filter().view, QueueView::Unassigned);
    const QModelIndexList selected = m_page->queueView().selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().data(RegistrationQueueModel::IdRole).toString(), filedId);
    // Its detail names the file beside the material.
    auto* checklist = m_page->detailPane().findChild<QListWidget*>();
    QVERIFY(checklist && checklist->count() == 7);
    QVERIFY2(checklist->item(0)->text().contains(QStringLiteral("营业执照.pdf")),
             qPrintable(checklist->item(0)->text()));
    QVERIFY(!checklist->item(1)->text().contains(QStringLiteral(".pdf")));
}

void TestRegistrationPage::anApplicationIsFiledWithItsFilesOrNotAtAll()
{
    RegistrationServices services(m_database->connection(), Reviewer, TestClock);
    const auto count = [this](const char* table) {
        QSqlQuery query(m_database->connection());
        query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        return query.next() ? query.value(0).toLongLong() : -1;
    };
    const qint64 registrations = count("registration");
    const qint64 materials = count("registration_material");
    const qint64 outbox = count("sync_outbox");
    QVERIFY(registrations > 0 && materials >= 0 && outbox >= 0); // the tables are there
    const QJsonObject application{
        {QStringLiteral("type"), QStringLiteral("first")},
        {QStringLiteral("data_name"), QStringLiteral("全省电力消费数据")},
        {QStringLiteral("applicants"),
         QStringLiteral(
             R"([{"name":"国网湖南省电力有限公司","kind":"utility","credit_code":"91350100M000100Y43"}])")},
        {QStringLiteral("materials"), QStringLiteral(R"({"subject_info":true,"lawful_source":true})")}};
    const QString id = ChangeJournal::newId(TestClock);
    // The second file is refused (not a PDF, JPEG or PNG): neither the application nor the first file stays.
    const DatabaseError refused = services.fileApplication(
        id, application,
        {{QStringLiteral("subject_info"), QStringLiteral("主体.pdf"), "%PDF-1.7\n"},
         {QStringLiteral("lawful_source"), QStringLiteral("来源.docx"), "PK\x03\x04 not a pdf"}},
        Role::Reviewer);
    QCOMPARE(refused.kind(), DatabaseError::Kind::Invalid);
    QVERIFY(!stored(id));
    QCOMPARE(count("registration"), registrations);
    QCOMPARE(count("registration_material"), materials);
    QCOMPARE(count("sync_outbox"), outbox);
    // A material the type does not have is refused by the same rule the hub runs.
    QCOMPARE(
        services
            .fileApplication(id, application,
                             {{QStringLiteral("change_statement"), QStringLiteral("变更.pdf"), "%PDF-1.7\n"}},
                             Role::Reviewer)
            .kind(),
        DatabaseError::Kind::Invalid);
    QVERIFY(!stored(id));
    // Both files good: all of it is there.
    QVERIFY(!services
                 .fileApplication(id, application,
                                  {{QStringLiteral("subject_info"), QStringLiteral("主体.pdf"), "%PDF-1.7\n"},
                                   {QStringLiteral("lawful_source"), QStringLiteral("来源.png"),
                                    QByteArray("\x89PNG\r\n\x1A\n....", 12)}},
                                  Role::Reviewer)
                 .isError());
    QVERIFY(stored(id));
    QCOMPARE(services.materialFiles(id).size(), 2);
    QCOMPARE(count("registration_material"), materials + 2);
}

void TestRegistrationPage::missingMaterialsNoticeAsksAndExportsPdf()
{
    const QString id = enter(QStringLiteral("测试数据产品乙"), false);
    m_page->reload();
    select(id);
    whenShown<StepDialog>([](StepDialog* dialog) {
        // The missing material is ticked already; the reviewer only confirms.
        auto* list = dialog->findChild<QListWidget*>();
        QVERIFY(list);
        int ticked = 0;
        for (int row = 0; row < list->count(); ++row)
            ticked += list->item(row)->checkState() == Qt::Checked;
        QCOMPARE(ticked, 1);
        dialog->accept();
    });
    QTest::mouseClick(m_page->detailPane().stepButton(QStringLiteral("request_materials")), Qt::LeftButton);
    const std::optional<RecordState> record = stored(id);
    QCOMPARE(record->fields.value(QStringLiteral("state")).toString(), QStringLiteral("awaiting_materials"));
    QVERIFY(record->fields.value(QStringLiteral("step_deadline")).isNull());

    const std::optional<RegistrationNoticeWriter::Kind> kind =
        RegistrationNoticeWriter::noticeFor(record->fields);
    QCOMPARE(kind, std::optional(RegistrationNoticeWriter::Kind::MissingMaterials));
    const QString html = RegistrationNoticeWriter::html(*kind, record->fields,
                                                        QStringLiteral("湖南省公共数据资源登记机构"), Today);
    QVERIFY(html.contains(RegistrationVocabulary::materialLabel(QStringLiteral("scenarios"))));
    QVERIFY(html.contains(QStringLiteral("2026年6月15日")));
    QVERIFY(html.contains(QStringLiteral("湘江数据科技有限公司")));
    const QString pdf = m_dir.filePath(QStringLiteral("notice.pdf"));
    QString error;
    QVERIFY2(RegistrationNoticeWriter::writePdf(
                 *kind, record->fields, QStringLiteral("湖南省公共数据资源登记机构"), Today, pdf, &error),
             qPrintable(error));
    const QByteArray bytes = test::readFile(pdf);
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.size() > 4000); // text with an embedded CJK font subset, not an empty page
    QVERIFY(!RegistrationNoticeWriter::writePdf(*kind, record->fields, QString(), Today,
                                                m_dir.filePath(QStringLiteral("no/such/dir/notice.pdf")),
                                                &error));
    QVERIFY(!error.isEmpty());
}

void TestRegistrationPage::refusalNeedsItsReasons()
{
    const QString id = enter(QStringLiteral("测试数据产品丙"), true);
    m_page->reload();
    select(id);
    bool complained = false;
    whenShown<StepDialog>([&complained](StepDialog* dialog) {
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton); // empty reason: refused beside the field
        bool besideTheField = false;
        for (QLabel* label : dialog->findChildren<QLabel*>())
            besideTheField = besideTheField || (label->isVisibleTo(dialog) &&
                                                label->text() == StepDialog::tr("This field is required."));
        complained = dialog->isVisible() && besideTheField;
        dialog->findChild<QPlainTextEdit*>()->setPlainText(QStringLiteral("不属于公共数据资源登记范围"));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(m_page->detailPane().stepButton(QStringLiteral("refuse")), Qt::LeftButton);
    QVERIFY(complained);
    const std::optional<RecordState> record = stored(id);
    QCOMPARE(record->fields.value(QStringLiteral("state")).toString(), QStringLiteral("not_accepted"));
    QCOMPARE(record->fields.value(QStringLiteral("decision_reason")).toString(),
             QStringLiteral("不属于公共数据资源登记范围"));
    QCOMPARE(RegistrationNoticeWriter::noticeFor(record->fields),
             std::optional(RegistrationNoticeWriter::Kind::Refusal));
}

void TestRegistrationPage::amendmentsAndCancellationsSayWhatTheyDo()
{
    const auto firstWith = [this](const QString& condition) {
        QSqlQuery query(m_database->connection());
        if (!query.exec(
                QStringLiteral("SELECT id FROM registration WHERE %1 ORDER BY id LIMIT 1").arg(condition)) ||
            !query.next())
            return QString();
        return query.value(0).toString();
    };
    const auto detailText = [this] {
        QStringList texts;
        for (const QLabel* label : m_page->detailPane().findChildren<QLabel*>())
            texts << label->text();
        return texts.join(QLatin1Char('\n'));
    };
    // An open change: the registration it names, and its summary now beside the new one.
    const QString open = firstWith(QStringLiteral("type = 'change' AND state = 'under_review'"));
    QVERIFY(!open.isEmpty());
    m_page->reload();
    select(open);
    const std::optional<RecordState> change = stored(open);
    const std::optional<RecordState> named =
        stored(change->fields.value(QStringLiteral("related_registration_id")).toString());
    QVERIFY(named);
    if (const QByteArray dir = qgetenv("XS_SCREENSHOT_DIR"); !dir.isEmpty()) // for looking at it
        m_page->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/registration-open-change.png"));
    QString shown = detailText();
    QVERIFY2(shown.contains(named->fields.value(QStringLiteral("registration_code")).toString()),
             qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("补充 2026 年度数据")) && shown.contains(QStringLiteral("→")),
             qPrintable(shown));

    // An applied one: its notice lists what changed and keeps the registration's code.
    const QString applied = firstWith(QStringLiteral("state = 'applied'"));
    QVERIFY(!applied.isEmpty());
    select(applied);
    QVERIFY(detailText().contains(stored(applied)->fields.value(QStringLiteral("applied_on")).toString()));
    if (const QByteArray dir = qgetenv("XS_SCREENSHOT_DIR"); !dir.isEmpty())
        m_page->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/registration-applied-change.png"));
    const QJsonObject appliedFields = stored(applied)->fields;
    QCOMPARE(RegistrationNoticeWriter::noticeFor(appliedFields),
             std::optional(RegistrationNoticeWriter::Kind::Amendment));
    QString html = RegistrationNoticeWriter::html(RegistrationNoticeWriter::Kind::Amendment, appliedFields,
                                                  QStringLiteral("湖南省公共数据资源登记机构"), Today);
    QVERIFY(html.contains(QStringLiteral("数据摘要变更为")));
    QVERIFY(html.contains(appliedFields.value(QStringLiteral("registration_code")).toString()));

    // A registration not renewed by its expiry: cancelled, with the notice of cancellation.
    const QString lapsed =
        firstWith(QStringLiteral("state = 'cancelled' AND decision_reason LIKE '%未在期满前续展%'"));
    QVERIFY(!lapsed.isEmpty());
    const QJsonObject lapsedFields = stored(lapsed)->fields;
    QCOMPARE(RegistrationNoticeWriter::noticeFor(lapsedFields),
             std::optional(RegistrationNoticeWriter::Kind::Cancellation));
    html = RegistrationNoticeWriter::html(RegistrationNoticeWriter::Kind::Cancellation, lapsedFields,
                                          QStringLiteral("湖南省公共数据资源登记机构"), Today);
    QVERIFY(html.contains(QStringLiteral("已予注销")) && html.contains(QStringLiteral("未在期满前续展")));
    QString error;
    QVERIFY2(RegistrationNoticeWriter::writePdf(RegistrationNoticeWriter::Kind::Cancellation, lapsedFields,
                                                QStringLiteral("湖南省公共数据资源登记机构"), Today,
                                                m_dir.filePath(QStringLiteral("cancelled.pdf")), &error),
             qPrintable(error));
}

void TestRegistrationPage::publicNoticeForThePortal()
{
    QSqlQuery query(m_database->connection());
    QVERIFY(
        query.exec(QStringLiteral("SELECT id FROM registration WHERE state = 'in_public_notice' AND type = "
                                  "'first' ORDER BY id LIMIT 1")) &&
        query.next());
    const QJsonObject record = stored(query.value(0).toString())->fields;
    query.finish();
    QCOMPARE(RegistrationNoticeWriter::noticeFor(record),
             std::optional(RegistrationNoticeWriter::Kind::PublicNotice));
    const QString text = RegistrationNoticeWriter::portalText(record);
    const QDate end =
        QDate::fromString(record.value(QStringLiteral("step_deadline")).toString(), Qt::ISODate);
    for (const QString& expected :
         {QStringLiteral("登记主体："), QStringLiteral("登记类型：首次登记"),
          QStringLiteral("数据名称：") + record.value(QStringLiteral("data_name")).toString(),
          QStringLiteral("数据摘要：") + record.value(QStringLiteral("summary")).toString(),
          QStringLiteral("%1年%2月%3日（10个工作日").arg(end.year()).arg(end.month()).arg(end.day()),
          QStringLiteral("异议方式：")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in ") + text));
    const QString html = RegistrationNoticeWriter::html(RegistrationNoticeWriter::Kind::PublicNotice, record,
                                                        QStringLiteral("湖南省公共数据资源登记机构"), Today);
    QVERIFY(html.contains(QStringLiteral("公共数据资源登记公示")) &&
            html.contains(QStringLiteral("异议方式")));
    QString error;
    QVERIFY2(RegistrationNoticeWriter::writePdf(RegistrationNoticeWriter::Kind::PublicNotice, record,
                                                QStringLiteral("湖南省公共数据资源登记机构"), Today,
                                                m_dir.filePath(QStringLiteral("public.pdf")), &error),
             qPrintable(error));
}

void TestRegistrationPage::assignSeveralAtOnce()
{
    m_page->showView(QueueView::Unassigned);
    RegistrationQueueModel& model = m_page->queueModel();
    QVERIFY(model.rowCount() >= 3);
    const QStringList ids{model.idAt(0), model.idAt(1), model.idAt(2)};
    QTableView& view = m_page->queueView();
    view.selectRow(0);
    view.selectionModel()->select(model.index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view.selectionModel()->select(model.index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    whenShown<QInputDialog>([](QInputDialog* dialog) {
        dialog->setTextValue(QStringLiteral("reviewer-li"));
        dialog->accept();
    });
    QTest::keyClick(&view, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    for (const QString& id : ids)
        QCOMPARE(stored(id)->fields.value(QStringLiteral("assignee")).toString(),
                 QStringLiteral("reviewer-li"));
    QCOMPARE(model.rowOf(ids.at(0)), -1); // no longer unassigned
}

void TestRegistrationPage::auditPageChecksAndExports()
{
    AuditPage page(
        std::make_unique<AuditServices>(m_database->connection(), TestClock, m_database->databaseId()));
    page.show();
    QAbstractItemModelTester tester(&page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(page.model().rowCount() > 0); // the steps of the tests above
    QVERIFY(!page.findChild<QLabel*>(QStringLiteral("auditEmpty"))->isVisibleTo(&page));
    QCOMPARE(page.model().index(0, AuditLogModel::ActorColumn).data().toString(), Reviewer);
    QVERIFY(page.verifyChain());
    auto* verdict = page.findChild<QLabel*>(QStringLiteral("auditVerdict"));

    // Filters run in SQL: the refusal's reason finds its rows.
    page.findChild<QLineEdit*>(QStringLiteral("auditText"))
        ->setText(QStringLiteral("不属于公共数据资源登记范围"));
    QTRY_VERIFY(page.model().rowCount() > 0 && page.model().filter().text.size() > 0);
    for (int row = 0; row < page.model().rowCount(); ++row) {
        const QString all = page.model().index(row, AuditLogModel::NewValueColumn).data().toString() +
                            page.model().index(row, AuditLogModel::ReasonColumn).data().toString();
        QVERIFY(all.contains(QStringLiteral("不属于公共数据资源登记范围")));
    }
    page.findChild<QLineEdit*>(QStringLiteral("auditText"))->setText(QStringLiteral("no such text anywhere"));
    QTRY_COMPARE(page.model().rowCount(), 0);
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("auditEmpty"))->isVisibleTo(&page));
    page.findChild<QLineEdit*>(QStringLiteral("auditText"))
        ->setText(QStringLiteral("不属于公共数据资源登记范围"));
    QTRY_VERIFY(page.model().rowCount() > 0);
    const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
    QVERIFY(page.exportCsv(csv));
    const QByteArray bytes = test::readFile(csv);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count('\n'), page.model().rowCount() + 1);

    // A receipt the hub never signed: the trail is not vouched for, whatever the chain says.
    QSqlQuery tamper(m_database->connection());
    QVERIFY(tamper.exec(
        QStringLiteral("INSERT INTO chain_receipt (seq, head, device, user_name, signed_at, hub_key, "
                       "signature, received_at) VALUES (1, (SELECT hash FROM audit_log WHERE seq = "
                       "1), '%1', 'x', '2026-12-01T00:00:00.000Z', 'AAAA', 'AAAA', 'x')")
            .arg(m_database->databaseId())));
    QVERIFY(!page.verifyChain());
    QVERIFY2(verdict->text().contains(QStringLiteral("receipt")), qPrintable(verdict->text()));
    QVERIFY(tamper.exec(QStringLiteral("DELETE FROM chain_receipt")));
    QVERIFY(page.verifyChain());
    QVERIFY(tamper.exec(QStringLiteral("UPDATE audit_log SET reason = '改过' WHERE seq = 3")));
    QVERIFY(!page.verifyChain());
    QVERIFY2(verdict->text().contains(QStringLiteral(" 3 ")), qPrintable(verdict->text()));
}

void TestRegistrationPage::anAuditorReadsAndExportsTheWholeQueue()
{
    m_page->setRole(Role::Auditor);
    m_page->showView(QueueView::All);
    // Through the selection model: QTableView::selectRow follows the modifier keys the earlier
    // tests' key clicks leave behind.
    const QModelIndex second = m_page->queueModel().index(1, 0);
    m_page->queueView().selectionModel()->setCurrentIndex(second, QItemSelectionModel::ClearAndSelect |
                                                                      QItemSelectionModel::Rows);
    QTRY_COMPARE(m_page->detailPane().registrationId(), m_page->queueModel().idAt(1));
    // Read-only: no step and no assignment, whatever the application's state.
    QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("assignButton"))->isHidden());
    QVERIFY(m_page->detailPane().findChildren<QPushButton*>().size() <= 1); // at most the notice's export
    for (const QString& command : RegistrationWorkflow::commands())
        QVERIFY2(!m_page->detailPane().stepButton(command), qPrintable(command));

    // The export holds every application of the view, not the first page the list has loaded.
    QVERIFY(m_page->queueModel().canFetchMore({}));
    const QString path = m_dir.filePath(QStringLiteral("queue.xlsx"));
    QCOMPARE(TableExport::saveXlsx(m_page->queueModel(), QStringLiteral("全部"), path), QString());
    QSqlQuery count(m_database->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM registration WHERE NOT deleted")) &&
            count.next());
    TabularError error;
    const std::optional<TabularData> sheet = XlsxCodec::read(test::readFile(path), &error);
    QVERIFY2(sheet, qPrintable(error.message));
    QCOMPARE(sheet->rows.size(), count.value(0).toLongLong());
    QCOMPARE(
        sheet->header.value(RegistrationQueueModel::DataNameColumn),
        m_page->queueModel().headerData(RegistrationQueueModel::DataNameColumn, Qt::Horizontal).toString());
    QVERIFY(!TableExport::saveXlsx(m_page->queueModel(), QStringLiteral("全部"),
                                   m_dir.filePath(QStringLiteral("no/such/folder/queue.xlsx")))
                 .isEmpty());
}

QTEST_MAIN(TestRegistrationPage)
#include "tst_registrationpage.moc"
