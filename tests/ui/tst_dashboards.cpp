// The managers' dashboards, offscreen, as a manager uses them: figures that match the models,
// a click on a bar or a slice that lands on the agreements it counted, the period filter, the
// exports (PNG, PDF, XLSX) checked as files, and the editors' messages beside their fields.
#include "app/Localization.h"
#include "app/areas/GrantServices.h"
#include "app/reports/OperatingReportDocument.h"
#include "models/calendar/CalendarRepository.h"
#include "models/catalog/io/XlsxCodec.h"
#include "models/common/Clock.h"
#include "models/demo/GrantDemoData.h"
#include "models/grants/GrantKpis.h"
#include "models/grants/GrantListModel.h"
#include "models/grants/GrantRepository.h"
#include "models/grants/GrantVocabulary.h"
#include "models/pricing/RevenueReviewModel.h"
#include "models/registration/RegistrationRepository.h"
#include "models/storage/Transaction.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WhenShown.h"
#include "ui/common/ChartCard.h"
#include "ui/common/RecordForm.h"
#include "ui/grants/DashboardFrame.h"
#include "ui/grants/DateRangeBar.h"
#include "ui/grants/GrantDashboardPage.h"
#include "ui/grants/GrantEditorDialog.h"
#include "ui/grants/GrantRecordsPanel.h"
#include "ui/grants/KpiTile.h"
#include "ui/pricing/PricingPage.h"
#include "ui/pricing/RevenueReviewPanel.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {
// The dashboards' today: the demo's terms, prices and reports are laid out from it.
xs::ManualClock TestClock(xs::ManualClock::chinaMorning(QDate(2026, 6, 15)));
} // namespace

using namespace xs;

namespace {

/// Where a bar of a vertical bar chart is on screen, in its view's viewport.
QPoint barCenter(QChartView* view, int index)
{
    QChart* chart = view->chart();
    auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().constFirst());
    const double value = series->barSets().constFirst()->at(index);
    const QPointF inChart = chart->mapToPosition(QPointF(index, value / 2), series);
    return view->mapFromScene(chart->mapToScene(inChart));
}

/// The middle of a pie slice, halfway out from the centre.
QPoint sliceCenter(QChartView* view, QPieSlice* slice)
{
    QChart* chart = view->chart();
    const QRectF area = chart->plotArea();
    const double radius = std::min(area.width(), area.height()) / 2 * slice->series()->pieSize();
    const double angle = qDegreesToRadians(slice->startAngle() + slice->angleSpan() / 2);
    const QPointF inChart =
        area.center() + QPointF(std::sin(angle) * radius / 2, -std::cos(angle) * radius / 2);
    return view->mapFromScene(chart->mapToScene(inChart));
}

/// Runs trigger (a click) and waits until the list it opens has its rows.
bool waitForRows(DashboardFrame* frame, const std::function<void()>& trigger)
{
    QSignalSpy loaded(frame->records(), &GrantRecordsPanel::rowsLoaded);
    trigger();
    return loaded.wait(20000);
}

bool waitForFigures(DashboardFrame* frame, const std::function<void()>& trigger = {})
{
    QSignalSpy loaded(frame, &DashboardFrame::figuresLoaded);
    if (trigger)
        trigger();
    return loaded.wait(20000);
}

} // namespace

class TestDashboards : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tilesShowTheFigures();
    void clickingABarLandsOnTheFilteredList();
    void clickingASliceLandsOnTheFilteredList();
    void periodFilterRecomputes();
    void chartsExportAsPngAndPdf();
    void recordsExportAsXlsx();
    void pricingBarAndSliceDrillDown();
    void revenueReviewTilesAndWorkList();
    void operatingReportExportsAsPdfAndXlsx();
    void editorShowsMessagesBesideFields();
    void agreementsNamingAWithdrawnResourceAreFlagged();
    void agreementEditorSaysTheFirstRegistrationIsOverdue();
    void emptyDatabaseSaysSo();
    void chineseTermsAreExact();

private:
    std::unique_ptr<GrantServices> services(const QString& user) const
    {
        return std::make_unique<GrantServices>(m_database->connection(), m_path, m_key, user, TestClock);
    }

    QTemporaryDir m_dir;
    QString m_path;
    DatabaseKey m_key = DatabaseKey::generate();
    std::unique_ptr<Database> m_database;
    std::unique_ptr<GrantDashboardPage> m_grants;
    std::unique_ptr<PricingPage> m_pricing;
};

void TestDashboards::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("d.db"));
    m_database = test::createDatabase(m_path, m_key);
    // The 授权运营 catalog the demo agreements choose their scope from, two entries withdrawn since.
    for (const QString& id : {QStringLiteral("r-1"), QStringLiteral("r-2"), QStringLiteral("r-3"),
                              QStringLiteral("r-4"), QStringLiteral("r-5")})
        test::plantAuthorizedEntry(m_database->connection(), id);
    for (const QString& id : {QStringLiteral("r-withdrawn-1"), QStringLiteral("r-withdrawn-2")})
        test::plantAuthorizedEntry(m_database->connection(), id, QStringLiteral("withdrawn"));
    Transaction transaction(m_database->connection(), QStringLiteral("demo"));
    QVERIFY(!transaction.begin().isError());
    GrantDemoData::Size size;
    size.agreements = 40;
    size.productsPerAgreement = 3;
    size.monthsOfPrices = 24;
    const DatabaseError error = GrantDemoData(TestClock.today()).write(m_database->connection(), size);
    QVERIFY2(!error.isError(), qPrintable(error.fullText()));
    QVERIFY(!transaction.commit().isError());

    m_grants = std::make_unique<GrantDashboardPage>(services(QStringLiteral("demo-manager")), Role::Manager);
    m_grants->resize(1400, 1000);
    QVERIFY(waitForFigures(m_grants->frame(), [this] { m_grants->show(); }));
    m_pricing = std::make_unique<PricingPage>(services(QStringLiteral("demo-manager")));
    m_pricing->resize(1400, 1000);
    QVERIFY(waitForFigures(m_pricing->frame(), [this] { m_pricing->show(); }));
}

void TestDashboards::tilesShowTheFigures()
{
    const GrantKpis kpis = GrantKpis::compute(m_database->connection(), TestClock.today());
    QVERIFY(kpis.activeGrants > 0);
    QVERIFY(kpis.overdueDisclosures > 0); // the demo leaves some out
    const auto tile = [this](const char* name) {
        return m_grants->findChild<KpiTile*>(QString::fromLatin1(name))->valueText();
    };
    QCOMPARE(tile("kpiActive"), QLocale().toString(kpis.activeGrants));
    QCOMPARE(tile("kpiExpiring"), QLocale().toString(kpis.expiringSoon));
    QCOMPARE(tile("kpiDisclosures"), QLocale().toString(kpis.overdueDisclosures));
    // A manager reads: nothing to create here.
    QVERIFY(m_grants->findChild<QPushButton*>(QStringLiteral("grantNew"))->isHidden());

    // The tile opens the list it counts.
    QVERIFY(waitForRows(m_grants->frame(), [this] {
        QTest::mouseClick(m_grants->findChild<KpiTile*>(QStringLiteral("kpiDisclosures")), Qt::LeftButton);
    }));
    QVERIFY(m_grants->frame()->isShowingRecords());
    GrantListModel* model = m_grants->frame()->records()->model();
    QVERIFY(model->filter().overdueDisclosure);
    QVERIFY(model->rowCount() > 0 && model->rowCount() <= kpis.overdueDisclosures);
    QTest::keyClick(m_grants->frame()->records()->table(), Qt::Key_Escape);
    QVERIFY(!m_grants->frame()->isShowingRecords());
}

void TestDashboards::clickingABarLandsOnTheFilteredList()
{
    ChartCard* card = m_grants->card(QStringLiteral("chartByMode"));
    QVERIFY(card->chart() && !card->chart()->series().isEmpty());
    const GrantKpis kpis = GrantKpis::compute(m_database->connection(), TestClock.today());
    const QString firstMode = kpis.activeByMode.firstKey();

    GrantListModel* model = m_grants->frame()->records()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitForRows(m_grants->frame(), [card] {
        QTest::mouseClick(card->view()->viewport(), Qt::LeftButton, {}, barCenter(card->view(), 0));
    }));
    QVERIFY(m_grants->frame()->isShowingRecords());
    QCOMPARE(model->filter().mode, std::optional<QString>(firstMode));
    QVERIFY(model->filter().activeOnly);
    QCOMPARE(model->rowCount(), kpis.activeByMode.value(firstMode)); // the bar and its list agree
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, GrantListModel::ModeColumn).data(GrantListModel::RawValueRole).toString(),
                 firstMode);
    QVERIFY(m_grants->frame()->records()->heading().contains(GrantVocabulary::modeLabel(firstMode)));
    test::keepScreenshot(m_grants.get(), QStringLiteral("drilldown"));
    QTest::mouseClick(m_grants->findChild<QPushButton*>(QStringLiteral("grantRecordsBack")), Qt::LeftButton);
    QVERIFY(!m_grants->frame()->isShowingRecords());
}

void TestDashboards::clickingASliceLandsOnTheFilteredList()
{
    ChartCard* card = m_grants->card(QStringLiteral("chartByUseClass"));
    auto* pie = qobject_cast<QPieSeries*>(card->chart()->series().constFirst());
    QVERIFY(pie && pie->count() == 2);
    QPieSlice* slice = pie->slices().constFirst();
    QVERIFY(waitForRows(m_grants->frame(), [card, slice] {
        QTest::mouseClick(card->view()->viewport(), Qt::LeftButton, {}, sliceCenter(card->view(), slice));
    }));
    QVERIFY(m_grants->frame()->isShowingRecords());
    GrantListModel* model = m_grants->frame()->records()->model();
    QVERIFY(model->filter().productUseClass && !model->filter().productUseClass->isEmpty());
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(
        QStringLiteral(
            "SELECT count(DISTINCT a.id) FROM grant_agreement a JOIN grant_product p "
            "ON p.agreement_id = a.id WHERE a.deleted = 0 AND p.deleted = 0 AND p.use_class = '%1'")
            .arg(*model->filter().productUseClass)));
    QVERIFY(query.next());
    QCOMPARE(model->rowCount(), query.value(0).toInt());
    m_grants->frame()->showCharts();
}

void TestDashboards::periodFilterRecomputes()
{
    const QDate from(TestClock.today().year() - 1, 1, 1);
    const QDate to(TestClock.today().year() - 1, 12, 31);
    QVERIFY(waitForFigures(m_grants->frame(), [&] { m_grants->frame()->range()->setRange(from, to); }));
    const GrantKpis kpis = GrantKpis::compute(m_database->connection(), TestClock.today(), from, to);
    QCOMPARE(m_grants->findChild<KpiTile*>(QStringLiteral("kpiActive"))->valueText(),
             QLocale().toString(kpis.activeGrants));
    QVERIFY(m_grants->frame()->describeFilters().contains(from.toString(Qt::ISODate)));
    QVERIFY(waitForFigures(m_grants->frame(), [&] { m_grants->frame()->range()->setRange({}, {}); }));
}

void TestDashboards::chartsExportAsPngAndPdf()
{
    ChartCard* card = m_grants->card(QStringLiteral("chartByDivision"));
    const QString png = m_dir.filePath(QStringLiteral("chart.png"));
    QCOMPARE(card->exportPng(png), QString());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), card->view()->width() * 2);
    // Not blank: the bars' colour is in it.
    bool coloured = false;
    for (int y = 0; y < image.height() && !coloured; y += 4) {
        for (int x = 0; x < image.width() && !coloured; x += 4)
            coloured = image.pixelColor(x, y) == QColor(0x1f, 0x6f, 0xb5);
    }
    QVERIFY(coloured);

    const QString pdf = m_dir.filePath(QStringLiteral("chart.pdf"));
    QCOMPARE(card->exportPdf(pdf), QString());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    QVERIFY(bytes.size() > 5000);

    // A folder that does not exist: a message, no file, no crash.
    const QString nowhere = m_dir.filePath(QStringLiteral("missing/chart.pdf"));
    QVERIFY(!card->exportPdf(nowhere).isEmpty());
    QVERIFY(!card->exportPng(m_dir.filePath(QStringLiteral("missing/chart.png"))).isEmpty());
    QVERIFY(!QFile::exists(nowhere));
}

void TestDashboards::recordsExportAsXlsx()
{
    GrantFilter filter = m_grants->frame()->baseFilter();
    filter.activeOnly = true;
    QVERIFY(waitForRows(m_grants->frame(),
                        [&] { m_grants->frame()->drillDown(filter, QStringLiteral("all active")); }));
    GrantRecordsPanel* records = m_grants->frame()->records();
    const QString path = m_dir.filePath(QStringLiteral("agreements.xlsx"));
    QCOMPARE(records->exportXlsx(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    TabularError error;
    const std::optional<TabularData> sheet = XlsxCodec::read(file.readAll(), &error);
    QVERIFY2(sheet, qPrintable(error.message));
    QCOMPARE(sheet->rows.size(), records->model()->rowCount());
    QCOMPARE(sheet->header.constFirst(), records->model()->headerData(0, Qt::Horizontal).toString());
    QCOMPARE(sheet->rows.constFirst().constFirst(), records->model()->index(0, 0).data().toString());
    // Nowhere to write: a message, and neither the workbook nor a partial one left behind.
    const QString nowhere = m_dir.filePath(QStringLiteral("missing/agreements.xlsx"));
    QVERIFY(!records->exportXlsx(nowhere).isEmpty());
    QVERIFY(!QFile::exists(nowhere) && !QFile::exists(nowhere + QStringLiteral(".partial")));
    m_grants->frame()->showCharts();
}

void TestDashboards::pricingBarAndSliceDrillDown()
{
    ChartCard* revenue = m_pricing->card(QStringLiteral("chartRevenue"));
    QAbstractBarSeries* bars = nullptr;
    for (QAbstractSeries* series : revenue->chart()->series()) {
        if (auto* found = qobject_cast<QAbstractBarSeries*>(series))
            bars = found;
    }
    QVERIFY(bars);
    const int lastYear = m_pricing->frame()->figures().pricing.revenue.constLast().year;
    const int index = int(bars->barSets().constFirst()->count()) - 1;
    const double value = bars->barSets().constFirst()->at(index);
    const QPointF inChart = revenue->chart()->mapToPosition(QPointF(index, value / 2), bars);
    QVERIFY(waitForRows(m_pricing->frame(), [&] {
        QTest::mouseClick(revenue->view()->viewport(), Qt::LeftButton, {},
                          revenue->view()->mapFromScene(revenue->chart()->mapToScene(inChart)));
    }));
    QVERIFY(m_pricing->frame()->isShowingRecords());
    GrantListModel* model = m_pricing->frame()->records()->model();
    QCOMPARE(model->filter().reportYear, lastYear);
    QCOMPARE(qint64(model->rowCount()), m_pricing->frame()->figures().pricing.revenue.constLast().reports);
    m_pricing->frame()->showCharts();

    ChartCard* distribution = m_pricing->card(QStringLiteral("chartDistribution"));
    auto* pie = qobject_cast<QPieSeries*>(distribution->chart()->series().constFirst());
    QVERIFY(pie);
    QVERIFY(waitForRows(m_pricing->frame(), [&] {
        QTest::mouseClick(distribution->view()->viewport(), Qt::LeftButton, {},
                          sliceCenter(distribution->view(), pie->slices().constFirst()));
    }));
    QVERIFY(m_pricing->frame()->isShowingRecords());
    QCOMPARE(model->filter().shareParty.value_or(QString()),
             m_pricing->frame()->figures().pricing.distribution.constFirst().party);
    QVERIFY(model->rowCount() > 0);
    m_pricing->frame()->showCharts();

    // The other two charts have their series: price against cap (3 lines) and the tier curves.
    QCOMPARE(m_pricing->card(QStringLiteral("chartPriceCap"))->chart()->series().size(), 3);
    QVERIFY(m_pricing->card(QStringLiteral("chartTiers"))->chart()->series().size() >= 2);
}

void TestDashboards::revenueReviewTilesAndWorkList()
{
    // The annual 10% check: the tiles count what RevenueReviews finds, a tile opens exactly the
    // agreements it counts, and a row of the work list (Enter) opens its agreement.
    GrantFilter filter;
    filter.today = TestClock.today();
    const RevenueReviews reviews = RevenueReviews::compute(
        m_database->connection(), filter, RegistrationRepository::deadlineRulesIn(m_database->connection()),
        CalendarRepository(m_database->connection()).load());
    QVERIFY(!reviews.reviews.isEmpty());
    QVERIFY(reviews.count(RevenueReview::Action::ReviewCaps) > 0); // the demo earns 88–114% of its maximum
    RevenueReviewPanel* panel = m_pricing->reviews();
    QCOMPARE(panel->tile(QStringLiteral("kpiAdjustPrices"))->valueText(),
             QLocale().toString(reviews.count(RevenueReview::Action::AdjustPrices)));
    QCOMPARE(panel->tile(QStringLiteral("kpiOutOfBand"))->valueText(),
             QLocale().toString(reviews.count(RevenueReview::Action::ReviewCaps)));
    QCOMPARE(panel->tile(QStringLiteral("kpiAdjustmentsOverdue"))->valueText(),
             QLocale().toString(reviews.overdue(TestClock.today())));
    QCOMPARE(panel->view()->model()->rowCount(), int(reviews.reviews.size()));
    test::keepScreenshot(m_pricing.get(), QStringLiteral("pricing"));

    QVERIFY(waitForRows(m_pricing->frame(), [panel] {
        QTest::mouseClick(panel->tile(QStringLiteral("kpiOutOfBand")), Qt::LeftButton);
    }));
    GrantListModel* model = m_pricing->frame()->records()->model();
    QCOMPARE(model->filter().agreementIds.value_or(QStringList{}), reviews.outOfBandAgreements());
    QCOMPARE(model->rowCount(), int(reviews.outOfBandAgreements().size()));
    m_pricing->frame()->showCharts();

    QTableView* table = panel->view();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    const QString first = table->currentIndex().data(RevenueReviewModel::AgreementIdRole).toString();
    QVERIFY(waitForRows(m_pricing->frame(), [table] { QTest::keyClick(table, Qt::Key_Return); }));
    QCOMPARE(model->filter().agreementIds.value_or(QStringList{}), QStringList{first});
    QCOMPARE(model->rowCount(), 1);
    m_pricing->frame()->showCharts();
}

void TestDashboards::operatingReportExportsAsPdfAndXlsx()
{
    // The selected row's annual operating report: a PDF, and a workbook whose overview names the
    // profit and whose sales sheet lists the products the demo report gives.
    RevenueReviewPanel* panel = m_pricing->reviews();
    QTableView* table = panel->view();
    table->setCurrentIndex(table->model()->index(0, 0));
    QVERIFY(panel->findChild<QPushButton*>(QStringLiteral("exportOperatingReport"))->isEnabled());
    const QModelIndex row = table->currentIndex();
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QCOMPARE(panel->exportReport(row, pdf), QString());
    QVERIFY(test::readFile(pdf).startsWith("%PDF"));
    if (const QString folder = qEnvironmentVariable("XS_SCREENSHOTS"); !folder.isEmpty()) // to read it
        QFile::copy(pdf, QDir(folder).filePath(QStringLiteral("operating-report.pdf")));

    const QString xlsx = m_dir.filePath(QStringLiteral("report.xlsx"));
    QCOMPARE(panel->exportReport(row, xlsx), QString());
    TabularError error;
    const std::optional<TabularData> overview = XlsxCodec::read(test::readFile(xlsx), &error);
    QVERIFY2(overview, qPrintable(error.message));
    QStringList items;
    for (const QStringList& line : overview->rows)
        items << line.value(0);
    QVERIFY2(items.contains(OperatingReportDocument::tr("Profit (revenue less cost and taxes)")),
             qPrintable(items.join(QLatin1Char('|'))));
    QVERIFY(items.contains(OperatingReportDocument::tr("Deviation")));

    // A folder that does not exist: a clear error, and nothing left behind.
    const QString nowhere = m_dir.filePath(QStringLiteral("missing/report.xlsx"));
    QVERIFY(!panel->exportReport(row, nowhere).isEmpty());
    QVERIFY(!QFile::exists(nowhere) && !QFile::exists(nowhere + QStringLiteral(".partial")));
}

void TestDashboards::agreementsNamingAWithdrawnResourceAreFlagged()
{
    // Issue 17 item 12: an agreement whose scope names an entry withdrawn from the 授权运营 catalog
    // is counted on a tile that opens exactly those agreements, and its editor marks the entry.
    const GrantKpis kpis = GrantKpis::compute(m_database->connection(), TestClock.today());
    QVERIFY(kpis.withdrawnResources > 0); // the demo names a withdrawn entry in one agreement of twelve
    auto* tile = m_grants->findChild<KpiTile*>(QStringLiteral("kpiWithdrawnResources"));
    QVERIFY(tile);
    QCOMPARE(tile->valueText(), QLocale().toString(kpis.withdrawnResources));
    QVERIFY(waitForRows(m_grants->frame(), [tile] { QTest::mouseClick(tile, Qt::LeftButton); }));
    GrantListModel* model = m_grants->frame()->records()->model();
    QVERIFY(model->filter().withdrawnResource);
    QCOMPARE(qint64(model->rowCount()), kpis.withdrawnResources);
    const QString flagged = model->data(model->index(0, 0), GrantListModel::IdRole).toString();
    QTest::keyClick(m_grants->frame()->records()->table(), Qt::Key_Escape);

    GrantRepository repository(m_database->connection(), QStringLiteral("demo-reviewer"), TestClock);
    GrantEditorDialog dialog(repository, QStringLiteral("grant_agreement"), flagged, Role::Reviewer);
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("choiceList-resources"));
    QVERIFY(list);
    QStringList marked;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().contains(QStringLiteral("(withdrawn)"))) {
            marked << list->item(row)->data(Qt::UserRole).toString();
            QVERIFY(!list->item(row)->icon().isNull());
        } else {
            QVERIFY(list->item(row)->icon().isNull());
        }
    }
    QCOMPARE(marked.size(), 1);
    QVERIFY(marked.constFirst().startsWith(QStringLiteral("r-withdrawn-")));
    dialog.resize(760, 900);
    test::keepScreenshot(&dialog, QStringLiteral("agreement-withdrawn-resource"));
}

void TestDashboards::editorShowsMessagesBesideFields()
{
    GrantRepository repository(m_database->connection(), QStringLiteral("demo-reviewer"), TestClock);
    GrantEditorDialog dialog(repository, QStringLiteral("grant_agreement"), {}, Role::Reviewer);
    RecordForm* form = dialog.form();
    QPushButton* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    QVERIFY(!save->isEnabled()); // empty: mode, method, resources, term are missing
    QVERIFY(!form->messageFor(QStringLiteral("mode")).isEmpty());

    form->setValues(
        {{QStringLiteral("title"), QStringLiteral("岳阳市气象数据授权运营协议")},
         {QStringLiteral("operator_id"), repository.choices(QStringLiteral("grant_operator")).first().id},
         {QStringLiteral("mode"), QStringLiteral("scenario")},
         {QStringLiteral("selection_method"), QStringLiteral("negotiation")},
         {QStringLiteral("resources"), QStringLiteral(R"(["r-1"])")},
         {QStringLiteral("starts_on"), QStringLiteral("2026-01-01")},
         {QStringLiteral("ends_on"), QStringLiteral("2032-12-31")},
         {QStringLiteral("revenue_shares"),
          QStringLiteral(
              R"([{"party":"运营机构","share_bp":6000},{"party":"数据提供单位","share_bp":3000}])")}});
    auto* title = qobject_cast<QLineEdit*>(form->editorFor(QStringLiteral("title")));
    QTest::keyClick(title, Qt::Key_End);
    QTest::keyClicks(title, QStringLiteral(" v2"));                         // an edit: the form checks again
    QVERIFY(!form->messageFor(QStringLiteral("revenue_shares")).isEmpty()); // 90%
    QVERIFY(!form->messageFor(QStringLiteral("ends_on")).isEmpty());        // 7 years: a warning
    QVERIFY(form->messageFor(QStringLiteral("mode")).isEmpty());
    QVERIFY(!save->isEnabled());
    dialog.resize(760, 900);
    test::keepScreenshot(&dialog, QStringLiteral("agreement-editor"));

    // Fix the shares in the table: the share of the data providers to 40%.
    auto* table = form->editorFor(QStringLiteral("revenue_shares"))->findChild<QTableWidget*>();
    QVERIFY(table && table->rowCount() == 2);
    table->item(1, 1)->setText(QStringLiteral("40"));
    QVERIFY(form->messageFor(QStringLiteral("revenue_shares")).isEmpty());
    QVERIFY(save->isEnabled()); // the term warning does not block
    QCOMPARE(dialog.save(), QString());
    const std::optional<RecordState> saved =
        repository.record(QStringLiteral("grant_agreement"), dialog.recordId());
    QVERIFY(saved);
    QCOMPARE(saved->fields.value(QStringLiteral("state")).toString(), QStringLiteral("signed"));
    QVERIFY(
        saved->fields.value(QStringLiteral("revenue_shares")).toString().contains(QStringLiteral("4000")));
    QVERIFY(saved->fields.value(QStringLiteral("title")).toString().endsWith(QStringLiteral(" v2")));
    // Saved: its products can be added now; signed, it waits for its security review and a manager's
    // start, so a reviewer has no step to give on it yet.
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("add-grant_product"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("step-start_evaluation")));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("step-start_operation")));
    // A product's tiers typed as people write numbers: "10,000" is ten thousand, not 0.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    GrantEditorDialog product(repository, QStringLiteral("grant_product"), {}, Role::Reviewer, nullptr,
                              {QStringLiteral("agreement_id"), dialog.recordId()});
    product.form()->setValues({{QStringLiteral("name"), QStringLiteral("客流分析接口")},
                               {QStringLiteral("use_class"), QStringLiteral("industry")},
                               {QStringLiteral("billing_unit"), QStringLiteral("per_call")},
                               {QStringLiteral("cap_fen"), 1000},
                               {QStringLiteral("price_fen"), 900}});
    auto* tiers = product.form()->editorFor(QStringLiteral("tiers"))->findChild<QTableWidget*>();
    tiers->setRowCount(2);
    tiers->setItem(0, 0, new QTableWidgetItem(QStringLiteral("0")));
    tiers->setItem(0, 1, new QTableWidgetItem(QStringLiteral("9.50")));
    tiers->setItem(1, 0, new QTableWidgetItem(QStringLiteral("10,000")));
    tiers->setItem(1, 1, new QTableWidgetItem(QStringLiteral("8")));
    QCOMPARE(product.form()->values().value(QStringLiteral("tiers")).toString(),
             QStringLiteral(R"([{"from":0,"unit_price_fen":950},{"from":10000,"unit_price_fen":800}])"));
    // No cap is in force until a manager other than its proposer signs one off: until then only a
    // trial price (试行) is charged.
    QVERIFY(!product.save().isEmpty());
    qobject_cast<QCheckBox*>(product.form()->editorFor(QStringLiteral("trial")))->setChecked(true);
    QCOMPARE(product.save(), QString());
    const QString state = product.findChild<QLabel*>(QStringLiteral("grantState"))->text();
    QVERIFY2(state.contains(QStringLiteral("10.00")) && state.contains(QStringLiteral("demo-reviewer")),
             qPrintable(state));
    QVERIFY(!product.findChild<QPushButton*>(QStringLiteral("step-sign_off_cap"))); // a reviewer's dialog
    // A manager opens it and signs the cap off: it is in force at once on this desktop.
    GrantRepository managers(m_database->connection(), QStringLiteral("demo-manager"), TestClock);
    GrantEditorDialog signing(managers, QStringLiteral("grant_product"), product.recordId(), Role::Manager);
    auto* signOff = signing.findChild<QPushButton*>(QStringLiteral("step-sign_off_cap"));
    QVERIFY(signOff && signing.findChild<QPushButton*>(QStringLiteral("step-return_cap")));
    test::keepScreenshot(&signing, QStringLiteral("product-cap-waiting"));
    signOff->click();
    const std::optional<RecordState> signedOff =
        managers.record(QStringLiteral("grant_product"), product.recordId());
    QCOMPARE(signedOff->fields.value(QStringLiteral("cap_in_force_fen")).toInteger(), 1000);
    QCOMPARE(signedOff->fields.value(QStringLiteral("cap_signed_off_by")).toString(),
             QStringLiteral("demo-manager"));
    QTRY_VERIFY(!signing.findChild<QPushButton*>(QStringLiteral("step-sign_off_cap"))); // nothing waits now
    QLocale::setDefault(before);
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("step-renew"))); // a manager's sign-off
}

void TestDashboards::agreementEditorSaysTheFirstRegistrationIsOverdue()
{
    // An agreement the tile 运营后首次登记逾期 counts says so in its editor, with the working days.
    const GrantKpis kpis = GrantKpis::compute(m_database->connection(), TestClock.today());
    QVERIFY(kpis.overdueFirstRegistrations > 0); // the demo leaves one agreement in ten without one
    GrantListModel list(m_database->connection());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    GrantFilter filter;
    filter.today = TestClock.today();
    filter.firstRegistrationOverdueFrom = kpis.firstRegistrationOverdueFrom;
    list.setFilter(filter);
    QVERIFY(list.rowCount() > 0);
    GrantRepository repository(m_database->connection(), QStringLiteral("demo-manager"), TestClock);
    GrantEditorDialog dialog(repository, QStringLiteral("grant_agreement"),
                             list.index(0, 0).data(GrantListModel::IdRole).toString(), Role::Manager);
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("firstRegistration"));
    QVERIFY(note && !note->isHidden());
    QVERIFY2(note->text().contains(QStringLiteral("overdue")), qPrintable(note->text()));
}

void TestDashboards::emptyDatabaseSaysSo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("e.db"));
    const DatabaseKey key = DatabaseKey::generate();
    const std::unique_ptr<Database> empty = test::createDatabase(path, key);
    PricingPage page(std::make_unique<GrantServices>(empty->connection(), path, key,
                                                     QStringLiteral("manager"), TestClock));
    page.resize(1200, 900);
    QVERIFY(waitForFigures(page.frame(), [&page] { page.show(); }));
    for (const char* name : {"chartPriceCap", "chartRevenue", "chartDistribution", "chartTiers"}) {
        QChart* chart = page.card(QString::fromLatin1(name))->chart();
        QVERIFY(chart->series().isEmpty());
        QVERIFY(!chart->title().isEmpty()); // says why it is empty
    }
    QCOMPARE(page.reviews()->view()->model()->rowCount(), 0);
    QCOMPARE(page.reviews()->tile(QStringLiteral("kpiOutOfBand"))->valueText(), QLocale().toString(0));
}

void TestDashboards::chineseTermsAreExact()
{
    QVERIFY(Localization::install(*qApp, QStringLiteral("zh_CN")));
    QCOMPARE(GrantVocabulary::modeLabel(QStringLiteral("whole")), QStringLiteral("整体授权"));
    QCOMPARE(GrantVocabulary::modeLabel(QStringLiteral("domain")), QStringLiteral("分领域授权"));
    QCOMPARE(GrantVocabulary::modeLabel(QStringLiteral("scenario")), QStringLiteral("依场景授权"));
    QCOMPARE(GrantVocabulary::selectionMethodLabel(QStringLiteral("negotiation")), QStringLiteral("谈判"));
    QCOMPARE(GrantVocabulary::planStateLabel(QStringLiteral("filed")), QStringLiteral("已备案"));
    QCOMPARE(GrantVocabulary::useClassLabel(QStringLiteral("public_welfare")),
             QStringLiteral("公共治理和公益事业"));
    // Every term has its Chinese label: none falls back to the English source.
    const QList<std::pair<QStringList, QString (*)(const QString&)>> vocabularies{
        {GrantVocabulary::modes(), GrantVocabulary::modeLabel},
        {GrantVocabulary::selectionMethods(), GrantVocabulary::selectionMethodLabel},
        {GrantVocabulary::planStates(), GrantVocabulary::planStateLabel},
        {GrantVocabulary::planSections(), GrantVocabulary::planSectionLabel},
        {GrantVocabulary::agreementStates(), GrantVocabulary::agreementStateLabel},
        {GrantVocabulary::useClasses(), GrantVocabulary::useClassLabel},
        {GrantVocabulary::billingUnits(), GrantVocabulary::billingUnitLabel},
        {GrantVocabulary::disclosureKinds(), GrantVocabulary::disclosureKindLabel}};
    for (const auto& [codes, label] : vocabularies) {
        for (const QString& code : codes) {
            const QString text = label(code);
            QVERIFY2(std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x4e00; }),
                     qPrintable(code + QStringLiteral(" → ") + text));
        }
    }
    QVERIFY(Localization::install(*qApp, QStringLiteral("en")));
}

QTEST_MAIN(TestDashboards)
#include "tst_dashboards.moc"
