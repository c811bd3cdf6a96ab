// The main window shell, offscreen: navigation, pages, status bar, settings, backup, languages.
#include "app/Application.h"
#include "app/Localization.h"
#include "app/secrets/BlockingKeyStore.h"
#include "app/secrets/DatabaseCreator.h"
#include "app/secrets/DatabaseUnlock.h"
#include "app/secrets/QtKeychainStore.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WhenShown.h"
#include "ui/MainWindow.h"
#include "ui/StartupFlow.h"
#include "ui/common/BackupController.h"
#include "ui/common/NavigationAreas.h"
#include "ui/common/ScheduleBanner.h"
#include "ui/settings/PublishScheduleAction.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/sync/SyncStatusPanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace xs;

namespace {
const QString Passphrase = QStringLiteral("mainwindow test passphrase");
}

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void managersStartOnTheirDashboard();
    void initTestCase();
    void cleanupTestCase();

    void navigationListsTheTenAreas();
    void eachAreaHasAPageThatSaysWhatWillBeThere();
    void keyboardShortcutsSwitchAreas();
    void statusBarShowsDatabaseAndSync();
    void settingsKeepTheLanguage();
    void backupFromTheWindowWritesAVerifiedCopy();
    void scheduleBannerFromFirstNovember();
    void screenshotRendersWithoutClipping();
    void chineseLabelsAreExact(); // last: installs the Chinese translation for the process

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Application> m_application;
    std::unique_ptr<StartupFlow> m_startup;
    MainWindow* m_window = nullptr;
    ManualClock* m_clock = nullptr; // owned by the application
};

void TestMainWindow::initTestCase()
{
    QVERIFY(QSettings().allKeys().isEmpty()); // the keyring wrapper gives us fresh XDG folders
    const QString path = m_dir.filePath(QStringLiteral("ui.db"));
    const DatabaseCreator::Result created = DatabaseCreator::create(path, Passphrase, false);
    QVERIFY(!created.error.isError());
    QtKeychainStore keychain;
    QVERIFY(
        BlockingKeyStore::write(keychain, KeyStore::currentAccount(created.databaseId), created.key.bytes())
            .ok());

    // 2 November: next year's holiday schedule is due, and not loaded (the banner shows).
    auto clock = std::make_unique<ManualClock>(ManualClock::chinaMorning(QDate(2026, 11, 2)));
    m_clock = clock.get();
    m_application =
        std::make_unique<Application>(std::make_unique<QtKeychainStore>(), std::move(clock), path);
    m_startup = std::make_unique<StartupFlow>(*m_application);
    m_startup->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_startup->mainWindow() != nullptr, 15000);
    m_window = m_startup->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanupTestCase()
{
    m_startup.reset();
    m_application.reset();
}

void TestMainWindow::navigationListsTheTenAreas()
{
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    const QStringList expected{QStringLiteral("Catalog"),
                               QStringLiteral("Sharing & opening"),
                               QStringLiteral("Registration review"),
                               QStringLiteral("Authorized operation"),
                               QStringLiteral("Pricing & revenue"),
                               QStringLiteral("Field audits"),
                               QStringLiteral("Sync"),
                               QStringLiteral("Audit trail"),
                               QStringLiteral("Scorecard"),
                               QStringLiteral("Administration")};
    QCOMPARE(navigation->count(), expected.size());
    for (int row = 0; row < navigation->count(); ++row)
        QCOMPARE(navigation->item(row)->text(), expected.at(row));
}

void TestMainWindow::eachAreaHasAPageThatSaysWhatWillBeThere()
{
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    auto* pages = m_window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    QVERIFY(pages);
    const QStringList ids{QStringLiteral("catalog"),      QStringLiteral("sharing"),
                          QStringLiteral("registration"), QStringLiteral("grants"),
                          QStringLiteral("pricing"),      QStringLiteral("audits"),
                          QStringLiteral("sync"),         QStringLiteral("audit"),
                          QStringLiteral("scorecard"),    QStringLiteral("admin")};
    for (int row = 0; row < navigation->count(); ++row) {
        const QRect rect = navigation->visualItemRect(navigation->item(row));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(pages->currentIndex(), row);
        QWidget* page = pages->currentWidget();
        QCOMPARE(page->objectName(), QStringLiteral("page-") + ids.at(row));
        if (ids.at(row) == QLatin1String("sync")) { // built: the sync page, tested in tst_syncpage
            QVERIFY(page->findChild<SyncStatusPanel*>());
            continue;
        }
        if (ids.at(row) == QLatin1String("scorecard")) { // built: tested in tst_scorecardpage
            QVERIFY(page->findChild<QWidget*>(QStringLiteral("scorecardTable")));
            continue;
        }
        if (ids.at(row) == QLatin1String("admin")) { // built: tested in tst_adminpage
            QVERIFY(page->findChild<QWidget*>(QStringLiteral("adminTabs")));
            QVERIFY(page->findChild<QWidget*>(QStringLiteral("accountTable")));
            continue;
        }
        if (ids.at(row) == QLatin1String("audit")) { // built: tested in tst_registrationpage
            QVERIFY(page->findChild<QWidget*>(QStringLiteral("auditTable")));
            continue;
        }
        if (ids.at(row) == QLatin1String("registration")) { // built: tested in tst_registrationpage
            QVERIFY(page->findChild<QWidget*>(QStringLiteral("registrationQueue")));
            QVERIFY(page->findChild<QWidget*>(QStringLiteral("registrationViews")));
            continue;
        }
        if (ids.at(row) == QLatin1String("catalog")) { // built: the catalog page, tested in tst_catalogpage
            QVERIFY(page->findChild<QWidget*>(QStringLiteral("catalogTable")));
            QVERIFY(page->findChild<QWidget*>(QStringLiteral("catalogSearch")));
            continue;
        }
        if (ids.at(row) == QLatin1String("audits")) { // built: tested in tst_fieldauditpage
            QVERIFY(page->findChild<QWidget*>(QStringLiteral("auditTasks")));
            QVERIFY(page->findChild<QWidget*>(QStringLiteral("auditEvidence")));
            continue;
        }
        if (ids.at(row) == QLatin1String("sharing")) { // built: tested in tst_sharingpage
            QVERIFY(page->findChild<QWidget*>(QStringLiteral("sharingQueue")));
            QVERIFY(page->findChild<QWidget*>(QStringLiteral("sharingSide")));
            QVERIFY(page->findChild<QWidget*>(QStringLiteral("feedbackList")));
            QVERIFY(page->findChild<QWidget*>(QStringLiteral("openDataList")));
            continue;
        }
        if (ids.at(row) == QLatin1String("grants")) { // built: tested in tst_dashboards
            QVERIFY(page->findChild<QWidget*>(QStringLiteral("chartByMode")));
            QVERIFY(page->findChild<QWidget*>(QStringLiteral("kpiActive")));
            continue;
        }
        if (ids.at(row) == QLatin1String("pricing")) { // built: tested in tst_dashboards
            QVERIFY(page->findChild<QWidget*>(QStringLiteral("chartPriceCap")));
            QVERIFY(page->findChild<QWidget*>(QStringLiteral("chartRevenue")));
            continue;
        }
        QCOMPARE(page->findChild<QLabel*>(QStringLiteral("pageTitle"))->text(),
                 navigation->item(row)->text());
        const auto* features = page->findChild<QLabel*>(QStringLiteral("plannedFeatures"));
        QVERIFY(features && features->text().count(QStringLiteral("<li>")) >= 3);
    }
}

void TestMainWindow::managersStartOnTheirDashboard()
{
    QCOMPARE(startArea(QStringLiteral("manager"), QStringLiteral("catalog")), QStringLiteral("grants"));
    QCOMPARE(startArea(QStringLiteral("reviewer"), QStringLiteral("registration")),
             QStringLiteral("registration"));
    QCOMPARE(startArea(QString(), QStringLiteral("sync")), QStringLiteral("sync")); // not logged in
    QVERIFY(m_window->showArea(startArea(QStringLiteral("manager"), {})));
    auto* pages = m_window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("page-grants"));
}

void TestMainWindow::keyboardShortcutsSwitchAreas()
{
    auto* pages = m_window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    m_window->activateWindow();
    QTest::keyClick(m_window, Qt::Key_7, Qt::ControlModifier);
    QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("page-sync"));
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("page-catalog"));
    QTest::keyClick(m_window, Qt::Key_0, Qt::ControlModifier); // the tenth area
    QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("page-admin"));
    QVERIFY(m_window->showArea(QStringLiteral("audit")));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("page-audit"));
    QVERIFY(!m_window->showArea(QStringLiteral("no-such-area")));
}

void TestMainWindow::statusBarShowsDatabaseAndSync()
{
    const auto* database = m_window->statusBar()->findChild<QLabel*>(QStringLiteral("databaseStatusText"));
    QVERIFY(database);
    QVERIFY(database->text().contains(QStringLiteral("ui.db")));
    QVERIFY(database->isVisible());
    const auto* sync = m_window->statusBar()->findChild<QLabel*>(QStringLiteral("syncStatusText"));
    QVERIFY(sync && !sync->text().isEmpty());
    QVERIFY(m_window->statusBar()
                ->findChild<QWidget*>(QStringLiteral("databaseStatus"))
                ->toolTip()
                .contains(m_application->database()->databaseId()));
}

void TestMainWindow::settingsKeepTheLanguage()
{
    SettingsDialog dialog(m_window);
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("system"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("zh_CN")));
    dialog.accept();
    QCOMPARE(QSettings().value(Localization::settingsKey()).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(Localization::resolve(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));

    SettingsDialog again(m_window);
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("languageCombo"))->currentData().toString(),
             QStringLiteral("zh_CN"));
    again.reject();
    QSettings().remove(Localization::settingsKey());
}

void TestMainWindow::backupFromTheWindowWritesAVerifiedCopy()
{
    auto* controller = m_window->findChild<BackupController*>();
    QVERIFY(controller);
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("backupAction")));
    QSignalSpy finished(controller, &BackupController::finished);
    const QString destination = m_dir.filePath(QStringLiteral("from-window.db"));
    controller->run(destination);
    QVERIFY(controller->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.at(0).at(1).toBool(), true);
    QVERIFY(!controller->isRunning());
    QVERIFY(m_window->statusBar()->currentMessage().contains(destination));
    const DatabaseUnlock::Outcome copy = DatabaseUnlock::openWithPassphrase(destination, Passphrase, {});
    QVERIFY2(copy.database, qPrintable(copy.error.message()));
    QCOMPARE(copy.database->databaseId(), m_application->database()->databaseId());
}

void TestMainWindow::scheduleBannerFromFirstNovember()
{
    auto* banner = m_window->findChild<ScheduleBanner*>(QStringLiteral("scheduleBanner"));
    QVERIFY(banner);
    // 2 November (set at start): a database without a hub is its own administrator, who sees the
    // warning and the button to publish.
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->missingYear(), std::optional<int>(2027));
    QVERIFY(banner->findChild<QLabel*>(QStringLiteral("scheduleBannerText"))
                ->text()
                .contains(QStringLiteral("2027")));
    QVERIFY(banner->findChild<QPushButton*>(QStringLiteral("scheduleBannerPublish"))->isVisible());
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("publishScheduleAction"))->isVisible());

    // 23:59 on 31 October in China (15:59 UTC): not yet. Midnight: from 1 November on.
    m_clock->set(QDateTime(QDate(2026, 10, 31), QTime(15, 59), Qt::UTC));
    m_window->refreshScheduleBanner();
    QVERIFY(!banner->isVisible());
    m_clock->set(QDateTime(QDate(2026, 10, 31), QTime(16, 0), Qt::UTC));
    m_window->refreshScheduleBanner();
    QVERIFY(banner->isVisible());

    // The administrator publishes 2027 (confirming the summary): the warning goes.
    const QString schedule = m_dir.filePath(QStringLiteral("2027.json"));
    QVERIFY(test::writeFile(schedule,
                            R"({"year": 2027, "source": "国务院办公厅关于2027年部分节假日安排的通知（测试）",
        "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}], "workdays": []})"));
    test::whenShown<QMessageBox>([](QMessageBox* question) {
        QVERIFY(question->text().contains(QStringLiteral("2027")));
        question->button(QMessageBox::Yes)->click();
        test::whenShown<QMessageBox>([](QMessageBox* done) { done->accept(); });
    });
    const Database& database = *m_application->database();
    QVERIFY(PublishScheduleAction(
                CalendarPublisher(database.connection(), QStringLiteral("admin"), Role::Admin, *m_clock),
                m_window)
                .publishFile(schedule));
    m_window->refreshScheduleBanner();
    QVERIFY(!banner->isVisible());
    // A year later the next one is due again.
    m_clock->set(ManualClock::chinaMorning(QDate(2027, 11, 1)));
    m_window->refreshScheduleBanner();
    QCOMPARE(banner->missingYear(), std::optional<int>(2028));
    QVERIFY(banner->isVisible());
    // Hidden by the user, it stays hidden for the session.
    banner->findChild<QToolButton*>(QStringLiteral("scheduleBannerClose"))->click();
    m_window->refreshScheduleBanner();
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::screenshotRendersWithoutClipping()
{
    // The window at its default size holds the longest area title without eliding it.
    m_window->resize(1180, 760);
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    for (int row = 0; row < navigation->count(); ++row) {
        const QListWidgetItem* item = navigation->item(row);
        const int needed =
            navigation->fontMetrics().horizontalAdvance(item->text()) + navigation->iconSize().width() + 16;
        QVERIFY2(navigation->viewport()->width() >= needed, qPrintable(item->text()));
    }
    const QImage image = m_window->grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_window->size() * m_window->devicePixelRatio());
}

void TestMainWindow::chineseLabelsAreExact()
{
    QVERIFY(Localization::install(*qApp, QStringLiteral("zh_CN")));
    MainWindow window(*m_application);
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    const QStringList expected{QStringLiteral("目录"),     QStringLiteral("共享开放"),
                               QStringLiteral("登记审核"), QStringLiteral("授权运营"),
                               QStringLiteral("定价收益"), QStringLiteral("现场核查"),
                               QStringLiteral("同步"),     QStringLiteral("审计"),
                               QStringLiteral("绩效考核"), QStringLiteral("管理")};
    QCOMPARE(navigation->count(), expected.size());
    for (int row = 0; row < navigation->count(); ++row)
        QCOMPARE(navigation->item(row)->text(), expected.at(row));
    QCOMPARE(window.windowTitle(), QStringLiteral("湘数工作台"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
