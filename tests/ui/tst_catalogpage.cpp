// The catalog page offscreen, on the small demo catalog: creating an entry, validation messages
// beside the fields, Chinese search typed through an input method, facet counts, bulk edit, the
// import dry run and apply, and restoring an earlier version from the history.
#include "app/areas/CatalogServices.h"
#include "models/catalog/CatalogFacetModel.h"
#include "models/catalog/CatalogHistoryModel.h"
#include "models/catalog/CatalogRepository.h"
#include "models/catalog/CatalogTableModel.h"
#include "models/catalog/DataItemSearchModel.h"
#include "models/catalog/io/ImportPlanModel.h"
#include "models/common/Clock.h"
#include "models/demo/DemoDataGenerator.h"
#include "tests/support/TestSupport.h"
#include "ui/catalog/BulkEditDialog.h"
#include "ui/catalog/CatalogEntryEditor.h"
#include "ui/catalog/CatalogImportDialog.h"
#include "ui/catalog/CatalogPage.h"
#include "ui/catalog/CatalogRevisionDialog.h"
#include "ui/common/RecordForm.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

namespace {
// What every change here is stamped with: these tests hold on any date.
xs::ManualClock TestClock(xs::ManualClock::chinaMorning(QDate(2026, 6, 15)));
} // namespace

using namespace xs;

namespace {

/// Answers the next QInputDialog (a reason prompt) with text, as a user typing and pressing OK.
void answerNextInputDialog(const QString& text)
{
    QTimer::singleShot(0, [text] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            answerNextInputDialog(text); // not shown yet: look again on the next turn
            return;
        }
        dialog->setTextValue(text);
        dialog->accept();
    });
}

/// Picks a value in a combo box the way a user does: the choice, then the activated signal.
void choose(QComboBox* combo, const QString& value)
{
    const int index = combo->findData(value);
    QVERIFY2(index >= 0, qPrintable(value));
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

void typeInto(QWidget* page, const char* field, const QString& text)
{
    auto* line = page->findChild<QLineEdit*>(QStringLiteral("field-") + QLatin1String(field));
    QVERIFY2(line, field);
    line->setFocus();
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Delete);
    // Chinese comes in through an input method's commit, as from a pinyin IME; QTest::keyClicks
    // knows ASCII keys only.
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(line, &commit);
}

} // namespace

class TestCatalogPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void theTableTakesTheWidthWhileNothingIsOpen();
    void createsAnEntry();
    void headSignsOffBeforeSubmission();
    void validationMessagesSitBesideTheirFields();
    void searchesChineseTypedThroughAnInputMethod();
    void aNewFilterKeepsTheRowsUntilItsFirstPageComes();
    void scrollingReadsTheNextPageOffTheUiThread();
    void aFilterTypedBeforeAnOpenedEntryShowsOpensNothing();
    void facetCountsFollowTheChoice();
    void dataItemSearchOpensTheResourceThatHoldsIt();
    void bulkEditChangesEverySelectedEntry();
    void importShowsTheDryRunThenApplies();
    void restoresAnEarlierVersion();
    void withAHubAPublishedEntryChangesThroughARevision();

private:
    qint64 scalar(const QString& sql) const;
    void screenshot(const QString& name) const; // with XS_SCREENSHOT_DIR set, for looking at the UI
    void selectRowWithName(const QString& name);
    /// Every page of the page's table, each read on the loader's thread as the view would ask.
    static void fetchEverything(CatalogTableModel& model);
    /// A new entry of 430100001 filled in as a cataloguer would, not saved yet.
    void startEntry(const QString& name, const QString& code);
    std::unique_ptr<CatalogServices> services() const
    {
        return std::make_unique<CatalogServices>(m_database->connection(), m_database->path(),
                                                 m_database->key(), QStringLiteral("li.cataloguer"),
                                                 TestClock);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CatalogPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tableTester;
    std::unique_ptr<QAbstractItemModelTester> m_facetTester;
};

void TestCatalogPage::initTestCase()
{
    m_database = test::createDatabase(m_dir.filePath(QStringLiteral("page.db")), DatabaseKey::generate());
    QVERIFY(!DemoDataGenerator(m_database->connection(), TestClock.today())
                 .generate(DemoDataGenerator::Scale::Small)
                 .isError());
}

void TestCatalogPage::init()
{
    m_page = std::make_unique<CatalogPage>(services(), CatalogPermissions::standalone());
    m_tableTester = std::make_unique<QAbstractItemModelTester>(
        &m_page->tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_facetTester = std::make_unique<QAbstractItemModelTester>(
        &m_page->facetModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1400, 860);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY(!m_page->isReading()); // the first page and the counts, read off the UI thread
    screenshot(QStringLiteral("catalog-page"));
}

void TestCatalogPage::fetchEverything(CatalogTableModel& model)
{
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QTRY_VERIFY(!model.isReadingNextPage());
    }
}

void TestCatalogPage::screenshot(const QString& name) const
{
    if (const QByteArray dir = qgetenv("XS_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QApplication::processEvents(); // let pending layouts settle, as they would on screen
        m_page->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

void TestCatalogPage::cleanup()
{
    m_tableTester.reset();
    m_facetTester.reset();
    m_page.reset();
}

void TestCatalogPage::cleanupTestCase()
{
    m_database.reset();
}

qint64 TestCatalogPage::scalar(const QString& sql) const
{
    QSqlQuery query(m_database->connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

void TestCatalogPage::selectRowWithName(const QString& name)
{
    auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("catalogSearch"));
    search->setText(QLatin1Char('"') + name + QLatin1Char('"'));
    QTest::keyClick(search, Qt::Key_Return);
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("catalogTable"));
    QTRY_VERIFY(!m_page->tableModel().isReadingFirstPage());
    QVERIFY(table->model()->rowCount() >= 1);
    table->setFocus();
    table->selectRow(0);
    table->setCurrentIndex(table->model()->index(0, 0));
}

void TestCatalogPage::startEntry(const QString& name, const QString& code)
{
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("newEntryButton")), Qt::LeftButton);
    typeInto(m_page.get(), "name", name);
    typeInto(m_page.get(), "code", code);
    choose(m_page->findChild<QComboBox*>(QStringLiteral("field-department_code")),
           QStringLiteral("430100001"));
    choose(m_page->findChild<QComboBox*>(QStringLiteral("field-grade")), QStringLiteral("一般数据"));
    choose(m_page->findChild<QComboBox*>(QStringLiteral("field-update_frequency")), QStringLiteral("每日"));
    choose(m_page->findChild<QComboBox*>(QStringLiteral("field-share_attribute")),
           QStringLiteral("无条件共享"));
    choose(m_page->findChild<QComboBox*>(QStringLiteral("field-share_method")), QStringLiteral("服务接口"));
}

// A newcomer sees the catalog first: with no entry open, the editor's empty pane does not take half
// the window; once an entry is opened, it gets a readable width beside the table.
void TestCatalogPage::theTableTakesTheWidthWhileNothingIsOpen()
{
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("catalogTable"));
    auto* editor = m_page->findChild<CatalogEntryEditor*>();
    QVERIFY(table && editor);
    QVERIFY(!editor->isVisible());
    QVERIFY2(table->width() > m_page->width() * 3 / 4, qPrintable(QString::number(table->width())));

    QVERIFY(table->model()->rowCount() > 0);
    table->setFocus();
    table->selectRow(0);
    table->setCurrentIndex(table->model()->index(0, 0));
    QTRY_VERIFY(editor->isVisible());
    QTRY_VERIFY2(editor->width() >= 400, qPrintable(QString::number(editor->width())));
    QVERIFY(table->width() < m_page->width() * 3 / 4);
    screenshot(QStringLiteral("catalog-page-entry"));

    // A new entry opens the editor too.
    cleanup();
    init();
    QVERIFY(!m_page->findChild<CatalogEntryEditor*>()->isVisible());
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("newEntryButton")), Qt::LeftButton);
    QVERIFY(m_page->findChild<CatalogEntryEditor*>()->isVisible());
}

void TestCatalogPage::createsAnEntry()
{
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM catalog_entry"));
    startEntry(QStringLiteral("长沙市共享单车停放点信息"), QStringLiteral("203008001/990001"));
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("saveEntryButton")), Qt::LeftButton);

    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM catalog_entry")), before + 1);
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM catalog_entry WHERE name = '长沙市共享单车停放点信息' AND "
                 "status = 'draft' AND department_code = '430100001'")),
             1);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM sync_outbox o JOIN catalog_entry e ON e.id = o.record_id "
                              "WHERE e.name = '长沙市共享单车停放点信息'")),
        1);
    auto* status = m_page->findChild<QLabel*>(QStringLiteral("editorStatus"));
    QVERIFY(status->text().contains(QLatin1String("Draft")));
    QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("command-submit"))->isVisible());
    screenshot(QStringLiteral("catalog-new-entry"));
}

void TestCatalogPage::headSignsOffBeforeSubmission()
{
    startEntry(QStringLiteral("长沙市公共停车场信息"), QStringLiteral("203008001/990002"));
    auto* save = m_page->findChild<QPushButton*>(QStringLiteral("saveEntryButton"));
    QTest::mouseClick(save, Qt::LeftButton);
    auto* signOff = m_page->findChild<QPushButton*>(QStringLiteral("command-sign_off"));
    auto* submit = m_page->findChild<QPushButton*>(QStringLiteral("command-submit"));
    auto* status = m_page->findChild<QLabel*>(QStringLiteral("editorStatus"));
    // Not assessed: neither step can be given yet, and each says why.
    QVERIFY(signOff->isVisible() && !signOff->isEnabled());
    QVERIFY(submit->isVisible() && !submit->isEnabled());
    QVERIFY2(submit->toolTip().contains(QLatin1String("impact assessment")), qPrintable(submit->toolTip()));
    QVERIFY(status->text().contains(QLatin1String("Not signed off")));

    m_page->findChild<QPlainTextEdit*>(QStringLiteral("field-impact_confidentiality"))
        ->setPlainText(QStringLiteral("不涉及国家秘密"));
    m_page->findChild<QPlainTextEdit*>(QStringLiteral("field-impact_personal_info"))
        ->setPlainText(QStringLiteral("含车主手机号，脱敏后共享"));
    choose(m_page->findChild<QComboBox*>(QStringLiteral("field-impact_conclusion")),
           QStringLiteral("acceptable"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(signOff->isEnabled());
    QVERIFY(!submit->isEnabled());
    QVERIFY2(submit->toolTip().contains(QLatin1String("not signed off")), qPrintable(submit->toolTip()));

    // The head signs off with a comment; the step keeps the draft and records who and when.
    QTimer::singleShot(0, [] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
            if (auto* comment = dialog->findChild<QPlainTextEdit*>())
                comment->setPlainText(QStringLiteral("同意提交"));
            dialog->accept();
        }
    });
    QTest::mouseClick(signOff, Qt::LeftButton);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM catalog_entry WHERE name = '长沙市公共停车场信息' AND "
                              "status = 'draft' AND signed_off_by = 'li.cataloguer' AND "
                              "signed_off_on = '2026-06-15' AND sign_off_comment = '同意提交'")),
        1);
    QVERIFY(!signOff->isVisible());
    QVERIFY(submit->isEnabled());
    QVERIFY2(status->text().contains(QLatin1String("Signed off by li.cataloguer on 2026-06-15")),
             qPrintable(status->text()));
    screenshot(QStringLiteral("catalog-sign-off"));

    // Changing the assessment withdraws the sign-off.
    m_page->findChild<QPlainTextEdit*>(QStringLiteral("field-impact_personal_info"))
        ->setPlainText(QStringLiteral("含车主手机号和车牌号，脱敏后共享"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM catalog_entry WHERE name = '长沙市公共停车场信息' "
                                   "AND signed_off_by IS NULL")),
             1);
    QVERIFY(signOff->isVisible() && signOff->isEnabled());
    QVERIFY(!submit->isEnabled());
}

void TestCatalogPage::validationMessagesSitBesideTheirFields()
{
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("newEntryButton")), Qt::LeftButton);
    typeInto(m_page.get(), "name", QStringLiteral("有条件共享测试"));
    typeInto(m_page.get(), "code", QStringLiteral("12345"));
    choose(m_page->findChild<QComboBox*>(QStringLiteral("field-share_attribute")),
           QStringLiteral("有条件共享"));
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM catalog_entry"));
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("saveEntryButton")), Qt::LeftButton);

    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM catalog_entry")), before); // nothing written
    auto message = [this](const char* field) {
        auto* label = m_page->findChild<QLabel*>(QStringLiteral("message-") + QLatin1String(field));
        return label && label->isVisible() ? label->text() : QString();
    };
    QCOMPARE(message("share_scope"), QStringLiteral("Conditional sharing needs the sharing scope."));
    QCOMPARE(message("share_purpose"), QStringLiteral("Conditional sharing needs the purpose of use."));
    QVERIFY(message("code").startsWith(QLatin1String("The resource code must be")));
    QCOMPARE(message("department_code"), QStringLiteral("Choose the provider department."));
    QVERIFY(message("name").isEmpty());
    // The first field with a problem has the focus, ready to fix.
    QCOMPARE(QApplication::focusWidget(), m_page->findChild<QWidget*>(QStringLiteral("field-code")));

    // Fixing a field clears its message on the next save.
    typeInto(m_page.get(), "share_scope", QStringLiteral("省直部门"));
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("saveEntryButton")), Qt::LeftButton);
    QVERIFY(message("share_scope").isEmpty());
    QVERIFY(!message("share_purpose").isEmpty());
    screenshot(QStringLiteral("catalog-validation"));
}

void TestCatalogPage::searchesChineseTypedThroughAnInputMethod()
{
    auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("catalogSearch"));
    search->setFocus();
    // A pinyin input method: first the preedit (the letters being composed), then the commit.
    QInputMethodEvent composing(QStringLiteral("gongjiao"), {});
    QApplication::sendEvent(search, &composing);
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("公交线路"));
    QApplication::sendEvent(search, &commit);
    QCOMPARE(search->text(), QStringLiteral("公交线路"));

    const qint64 expected = scalar(QStringLiteral("SELECT count(*) FROM catalog_entry WHERE deleted = 0 AND "
                                                  "(name LIKE '%公交线路%' OR abstract LIKE '%公交线路%')"));
    QVERIFY(expected > 0);
    CatalogTableModel& model = m_page->tableModel();
    QTRY_COMPARE(model.query().text, QStringLiteral("公交线路")); // after the typing pause
    fetchEverything(model);
    QCOMPARE(model.rowCount(), int(expected));
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, CatalogTableModel::NameColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("公交线路")));
    // Counted off the UI thread: the number arrives after the rows.
    QTRY_COMPARE(m_page->findChild<QLabel*>(QStringLiteral("catalogCount"))->text(),
                 QStringLiteral("%1 entries").arg(expected));
}

// At a million entries a first page can take seconds, so the page reads it on its worker: the rows
// shown stay (and the window answers) until it comes, and typing on shows only the last filter.
void TestCatalogPage::aNewFilterKeepsTheRowsUntilItsFirstPageComes()
{
    CatalogTableModel& model = m_page->tableModel();
    auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("catalogSearch"));
    const QString before = model.idAt(0);
    QVERIFY(!before.isEmpty());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    search->setText(QStringLiteral("公交线路"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(model.isReadingFirstPage());
    QVERIFY(m_page->isReading());
    QCOMPARE(model.idAt(0), before);
    QCOMPARE(resets.size(), 0);
    QTRY_VERIFY(!model.isReadingFirstPage());
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.query().text, QStringLiteral("公交线路"));
    QVERIFY(
        model.index(0, CatalogTableModel::NameColumn).data().toString().contains(QStringLiteral("公交线路")));

    for (const QString& term : {QStringLiteral("不动产"), QStringLiteral("人口")}) {
        search->setText(term);
        QTest::keyClick(search, Qt::Key_Return);
    }
    QTRY_VERIFY(!model.isReadingFirstPage());
    QCOMPARE(resets.size(), 2); // the page of 不动产 was dropped, not shown
    QCOMPARE(model.query().text, QStringLiteral("人口"));
    CatalogTableModel readHere(m_database->connection());
    readHere.setFilter(model.filter());
    QVERIFY(readHere.rowCount() > 0);
    QCOMPARE(model.rowCount(), readHere.rowCount());
    QCOMPARE(model.idAt(0), readHere.idAt(0));
}

void TestCatalogPage::dataItemSearchOpensTheResourceThatHoldsIt()
{
    auto* browse = m_page->findChild<QTabWidget*>(QStringLiteral("catalogBrowse"));
    browse->setCurrentWidget(m_page->findChild<QWidget*>(QStringLiteral("dataItemSearchPanel")));
    auto* text = m_page->findChild<QLineEdit*>(QStringLiteral("dataItemSearch"));
    auto* hits = m_page->findChild<QTableView*>(QStringLiteral("dataItemSearchTable"));
    auto* summary = m_page->findChild<QLabel*>(QStringLiteral("dataItemSearchSummary"));
    QAbstractItemModelTester tester(hits->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(hits->model()->rowCount(), 0); // nothing before a search: a province has millions of items
    QCOMPARE(summary->text(), QStringLiteral("Type part of a data item's name, identifier or description."));

    // Chinese arrives as an input method's commit, as it does from a pinyin keyboard.
    const auto type = [text](const QString& chinese) {
        text->setFocus();
        QInputMethodEvent commit;
        commit.setCommitString(chinese);
        QApplication::sendEvent(text, &commit);
    };
    type(QStringLiteral("信用代码"));
    const qint64 expected = scalar(QStringLiteral(
        "SELECT count(*) FROM data_item i JOIN catalog_entry e ON e.id = i.entry_id WHERE i.deleted = 0 AND "
        "e.deleted = 0 AND (i.name LIKE '%信用代码%' OR i.description LIKE '%信用代码%')"));
    QVERIFY(expected > DataItemSearchModel::PageSize);
    QTRY_COMPARE(hits->model()->rowCount(), DataItemSearchModel::PageSize); // after the typing pause
    QCOMPARE(summary->text(), QStringLiteral("The first 200 data items; scroll for more."));
    QCOMPARE(hits->model()->index(0, 0).data().toString(), QStringLiteral("统一社会信用代码"));
    screenshot(QStringLiteral("catalog-item-search"));

    // The arrow keys choose a hit, Enter opens its resource in the table and the editor.
    QTest::keyClick(hits, Qt::Key_Down);
    const QModelIndex chosen = hits->currentIndex();
    QCOMPARE(chosen.row(), 1);
    const QString entryId = chosen.data(DataItemSearchModel::EntryIdRole).toString();
    QTest::keyClick(text, Qt::Key_Return);
    QTRY_COMPARE(m_page->tableModel().rowCount(), 1);
    QCOMPARE(m_page->tableModel().idAt(0), entryId);
    auto* editor = m_page->findChild<CatalogEntryEditor*>();
    QTRY_COMPARE(editor->entryId(), entryId);
    QVERIFY(editor->isVisible());

    text->clear();
    type(QStringLiteral("不存在的数据项"));
    QTest::keyClick(text, Qt::Key_Return); // searches at once; nothing to open
    QCOMPARE(hits->model()->rowCount(), 0);
    QCOMPARE(summary->text(), QStringLiteral("No data item matches “不存在的数据项”."));
    QCOMPARE(m_page->tableModel().idAt(0), entryId); // the catalog stays as it was
}

void TestCatalogPage::aFilterTypedBeforeAnOpenedEntryShowsOpensNothing()
{
    // A data item's resource is opened (its first page is read off the UI thread)...
    auto* browse = m_page->findChild<QTabWidget*>(QStringLiteral("catalogBrowse"));
    browse->setCurrentWidget(m_page->findChild<QWidget*>(QStringLiteral("dataItemSearchPanel")));
    auto* text = m_page->findChild<QLineEdit*>(QStringLiteral("dataItemSearch"));
    auto* hits = m_page->findChild<QTableView*>(QStringLiteral("dataItemSearchTable"));
    text->setText(QStringLiteral("信用代码"));
    QTest::keyClick(text, Qt::Key_Return);
    QTRY_VERIFY(hits->model()->rowCount() > 0);
    hits->setFocus();
    QTest::keyClick(hits, Qt::Key_Down);
    const QString entryId = hits->currentIndex().data(DataItemSearchModel::EntryIdRole).toString();
    QSqlQuery name(m_database->connection());
    QVERIFY(name.exec(QStringLiteral("SELECT name FROM catalog_entry WHERE id = '%1'").arg(entryId)) &&
            name.next());
    QTest::keyClick(text, Qt::Key_Return);
    CatalogTableModel& model = m_page->tableModel();
    QVERIFY(model.isReadingFirstPage());

    // ...and before it shows, the user searches the table: that filter's first row is not opened.
    auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("catalogSearch"));
    search->setText(name.value(0).toString());
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(!m_page->isReading());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.idAt(0), entryId);
    auto* view = m_page->findChild<QTableView*>(QStringLiteral("catalogTable"));
    QVERIFY(!view->selectionModel()->hasSelection());
    QVERIFY(m_page->findChild<CatalogEntryEditor*>()->entryId().isEmpty());
}

void TestCatalogPage::scrollingReadsTheNextPageOffTheUiThread()
{
    CatalogTableModel& model = m_page->tableModel();
    auto* view = m_page->findChild<QTableView*>(QStringLiteral("catalogTable"));
    QCOMPARE(model.rowCount(), CatalogTableModel::PageSize);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QVERIFY(model.isReadingNextPage()); // asked of the loader, not read here
    QVERIFY(m_page->isReading());
    QCOMPARE(model.rowCount(), CatalogTableModel::PageSize);
    QTRY_VERIFY(!model.isReadingNextPage());
    QCOMPARE(model.rowCount(), 2 * CatalogTableModel::PageSize);

    CatalogTableModel readHere(m_database->connection());
    readHere.setFilter(model.filter());
    readHere.fetchMore({});
    QCOMPARE(readHere.rowCount(), model.rowCount());
    for (const int row :
         {0, CatalogTableModel::PageSize - 1, CatalogTableModel::PageSize, model.rowCount() - 1})
        QCOMPARE(model.idAt(row), readHere.idAt(row));
}

void TestCatalogPage::facetCountsFollowTheChoice()
{
    auto* facets = m_page->findChild<QTreeView*>(QStringLiteral("catalogFacets"));
    CatalogFacetModel& model = m_page->facetModel();
    const QModelIndex grades = model.index(2, 0);
    QModelIndex important;
    for (int row = 0; row < model.rowCount(grades); ++row) {
        if (model.index(row, 0, grades).data(CatalogFacetModel::ValueRole).toString() ==
            QStringLiteral("重要数据"))
            important = model.index(row, 0, grades);
    }
    QVERIFY(important.isValid());
    const qint64 expected =
        scalar(QStringLiteral("SELECT count(*) FROM catalog_entry WHERE grade = '重要数据' AND deleted = 0"));
    QTRY_VERIFY(!m_page->isReading());
    QCOMPARE(important.siblingAtColumn(CatalogFacetModel::CountColumn).data().toString(),
             QString::number(expected));

    // Space on a facet value checks it, as for any checkable item.
    facets->setFocus();
    facets->expand(grades);
    facets->setCurrentIndex(important);
    QTest::keyClick(facets, Qt::Key_Space);
    QCOMPARE(important.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    CatalogTableModel& table = m_page->tableModel();
    QCOMPARE(table.filter().chosen.value(CatalogFacet::Grade), QSet<QString>({QStringLiteral("重要数据")}));
    QTRY_VERIFY(!table.isReadingFirstPage());
    QCOMPARE(table.query().chosen.value(CatalogFacet::Grade), QSet<QString>({QStringLiteral("重要数据")}));
    fetchEverything(table);
    QCOMPARE(table.rowCount(), int(expected));
    QTRY_VERIFY(!m_page->isReading());
    QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("catalogCount"))->text(),
             QStringLiteral("%1 entries").arg(expected));
    // The other facets now count within 重要数据.
    const QModelIndex statuses = model.index(6, 0);
    qint64 sum = 0;
    for (int row = 0; row < model.rowCount(statuses); ++row)
        sum += model.index(row, 0, statuses).data(CatalogFacetModel::CountRole).toLongLong();
    QCOMPARE(sum, expected);
}

void TestCatalogPage::bulkEditChangesEverySelectedEntry()
{
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("catalogTable"));
    table->setFocus();
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QStringList ids;
    for (const QModelIndex& index : table->selectionModel()->selectedRows())
        ids.append(index.data(CatalogTableModel::IdRole).toString());
    QCOMPARE(ids.size(), 3);

    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<BulkEditDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialogSeen = true;
        QVERIFY(dialog->choose(QStringLiteral("grade"), QStringLiteral("核心数据")));
        dialog->setReason(QStringLiteral("统一定级"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("bulkApplyButton")), Qt::LeftButton);
    });
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("bulkEditButton")), Qt::LeftButton);
    QVERIFY(dialogSeen);
    for (const QString& id : ids) {
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM catalog_entry WHERE id = '%1' AND grade = '核心数据'")
                       .arg(id)),
            1);
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT count(*) FROM catalog_history WHERE entry_id = '%1' AND field = 'grade' "
                            "AND reason = '统一定级'")
                            .arg(id)),
                 1);
    }
}

void TestCatalogPage::importShowsTheDryRunThenApplies()
{
    const QString path = m_dir.filePath(QStringLiteral("import.csv"));
    QVERIFY(test::writeFile(
        path, QByteArray("\xEF\xBB\xBF") +
                  "目录名称,信息资源代码,提供单位代码,共享属性,共享方式,数据分级,更新频率\r\n"
                  "株洲市公共自行车站点,203008001/990101,430200001,无条件共享,服务接口,一般数据,每日\r\n"
                  "湘潭市停车场信息,203008001/990102,430300001,无条件共享,服务接口,一般数据,每周\r\n"));
    const std::unique_ptr<CatalogServices> importing = services();
    CatalogImportDialog dialog(*importing, m_page.get());
    QAbstractItemModelTester tester(&dialog.planModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.load(path);
    QCOMPARE(dialog.planModel().rowCount(), 2);
    QCOMPARE(dialog.planModel().index(0, ImportPlanModel::ResultColumn).data().toString(),
             QStringLiteral("Create"));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("importSummary"))
                ->text()
                .contains(QLatin1String("2 to create")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM catalog_entry WHERE code LIKE '203008001/9901%'")),
             0);

    auto* apply = dialog.findChild<QPushButton*>(QStringLiteral("applyImportButton"));
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM catalog_entry WHERE code LIKE '203008001/9901%'")),
             2);

    // A file with a failing row cannot be applied.
    QVERIFY(test::writeFile(path, QByteArray("目录名称,信息资源代码,提供单位代码\r\n无代码,,430200001\r\n")));
    CatalogImportDialog failing(*importing, m_page.get());
    failing.load(path);
    QVERIFY(!failing.findChild<QPushButton*>(QStringLiteral("applyImportButton"))->isEnabled());
    QCOMPARE(failing.planModel().index(0, ImportPlanModel::ResultColumn).data().toString(),
             QStringLiteral("Failed"));
}

void TestCatalogPage::restoresAnEarlierVersion()
{
    selectRowWithName(QStringLiteral("长沙市共享单车停放点信息"));
    typeInto(m_page.get(), "name", QStringLiteral("长沙市共享单车信息（误改）"));
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("saveEntryButton")), Qt::LeftButton);
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM catalog_entry WHERE name = '长沙市共享单车信息（误改）'")),
             1);

    auto* tabs = m_page->findChild<QTabWidget*>(QStringLiteral("editorTabs"));
    tabs->setCurrentIndex(2);
    auto* history = m_page->findChild<QTableView*>(QStringLiteral("historyTable"));
    QVERIFY(history->model()->rowCount() >= 2);
    QCOMPARE(history->model()->index(0, CatalogHistoryModel::NewColumn).data().toString(),
             QStringLiteral("长沙市共享单车信息（误改）"));
    QCOMPARE(history->model()->index(0, CatalogHistoryModel::OldColumn).data().toString(),
             QStringLiteral("长沙市共享单车停放点信息"));
    history->setCurrentIndex(history->model()->index(1, 0)); // the version before the mistake
    answerNextInputDialog(QStringLiteral("名称误改，恢复"));
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("restoreVersionButton")),
                      Qt::LeftButton);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM catalog_entry WHERE name = '长沙市共享单车停放点信息'")),
        1);
    QCOMPARE(history->model()->index(0, CatalogHistoryModel::ReasonColumn).data().toString(),
             QStringLiteral("名称误改，恢复"));
    screenshot(QStringLiteral("catalog-history"));
}

void TestCatalogPage::withAHubAPublishedEntryChangesThroughARevision()
{
    // A cataloguer logged in to a hub: a published entry of their department.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT id, department_code, abstract FROM catalog_entry WHERE status = "
                       "'published' AND share_attribute = '无条件共享' AND id NOT IN (SELECT entry_id "
                       "FROM catalog_revision) ORDER BY id LIMIT 1")));
    QVERIFY(query.next());
    const QString id = query.value(0).toString();
    const QString department = query.value(1).toString();
    const QString abstract = query.value(2).toString();
    m_page->setPermissions(CatalogPermissions(Role::Cataloguer, department));
    auto* editor = m_page->findChild<CatalogEntryEditor*>();
    editor->showEntry(id);
    auto* tabs = m_page->findChild<QTabWidget*>(QStringLiteral("editorTabs"));
    QVERIFY(tabs->isTabVisible(tabs->indexOf(m_page->findChild<QWidget*>(QStringLiteral("revisionPanel")))));

    m_page->findChild<QPlainTextEdit*>(QStringLiteral("field-abstract"))
        ->setPlainText(QStringLiteral("按2026年新职责修订的摘要"));
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<CatalogRevisionDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        choose(dialog->findChild<QComboBox*>(QStringLiteral("field-reason")), QStringLiteral("duties"));
        if (const QByteArray dir = qgetenv("XS_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/catalog-revision-dialog.png"));
        QVERIFY(dialog->save());
    });
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("saveEntryButton")), Qt::LeftButton);
    // The published version stays in use; the change waits in a draft revision.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM catalog_entry WHERE id = '%1' AND abstract = '%2'")
                        .arg(id, abstract)),
             1);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM catalog_revision WHERE entry_id = '%1' AND state = "
                              "'draft' AND reason = 'duties' AND changes LIKE '%按2026年新职责修订的摘要%'")
                   .arg(id)),
        1);
    // The form goes on showing the revised text; the 修订 tab shows the diff.
    QCOMPARE(m_page->findChild<QPlainTextEdit*>(QStringLiteral("field-abstract"))->toPlainText(),
             QStringLiteral("按2026年新职责修订的摘要"));
    auto* diff = m_page->findChild<QTableView*>(QStringLiteral("revisionDiff"));
    QCOMPARE(diff->model()->rowCount(), 1);
    QCOMPARE(diff->model()->index(0, 1).data().toString(), abstract);
    QVERIFY(
        m_page->findChild<QLabel*>(QStringLiteral("revisionFacts"))->text().contains(QLatin1String("by")));
    screenshot(QStringLiteral("catalog-revision"));

    auto* queue = m_page->findChild<QPushButton*>(QStringLiteral("revisionsButton"));
    const QString awaitingBefore = queue->text();
    auto* submit = m_page->findChild<QPushButton*>(QStringLiteral("revision-submit"));
    QVERIFY(submit->isVisible());
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM catalog_revision WHERE entry_id = '%1' AND state = "
                                   "'submitted' AND submitted_by = 'li.cataloguer'")
                        .arg(id)),
             1);
    // Awaiting review, the form is not edited; the queue counts it.
    QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("saveEntryButton"))->isEnabled());
    // The demo's 8 awaiting review, and this one.
    QCOMPARE(awaitingBefore, QStringLiteral("Revisions to review (8)"));
    QCOMPARE(queue->text(), QStringLiteral("Revisions to review (9)"));

    // The same person as a reviewer does not decide on their own submission (four eyes).
    m_page->setPermissions(CatalogPermissions(Role::Reviewer, {}));
    editor->showEntry(id);
    auto* approve = m_page->findChild<QPushButton*>(QStringLiteral("revision-approve"));
    QVERIFY(approve->isVisible());
    QVERIFY(!approve->isEnabled());
    QVERIFY(approve->toolTip().contains(QLatin1String("another reviewer")));
}

QTEST_MAIN(TestCatalogPage)
#include "tst_catalogpage.moc"
