#include "ui/MainWindow.h"

#include "app/Application.h"
#include "app/Diagnostics.h"
#include "app/areas/AdminServices.h"
#include "app/areas/AuditServices.h"
#include "app/areas/CatalogServices.h"
#include "app/areas/FieldAuditServices.h"
#include "app/areas/GrantServices.h"
#include "app/areas/OpenDataServices.h"
#include "app/areas/QualityFeedbackServices.h"
#include "app/areas/RegistrationServices.h"
#include "app/areas/ScorecardServices.h"
#include "app/areas/SecurityReviewServices.h"
#include "app/areas/SharingServices.h"
#include "app/sync/OfflinePreparation.h"
#include "models/calendar/CalendarRepository.h"
#include "models/catalog/CatalogPermissions.h"
#include "models/fieldaudit/FieldAuditWorkflow.h"
#include "models/journal/AccessPolicy.h"
#include "ui/admin/AdminPage.h"
#include "ui/audit/AuditPage.h"
#include "ui/catalog/CatalogPage.h"
#include "ui/common/BackupController.h"
#include "ui/common/NavigationAreas.h"
#include "ui/common/PlannedAreaPage.h"
#include "ui/common/ScheduleBanner.h"
#include "ui/common/StatusIndicators.h"
#include "ui/fieldaudit/FieldAuditPage.h"
#include "ui/grants/GrantDashboardPage.h"
#include "ui/pricing/PricingPage.h"
#include "ui/registration/RegistrationPage.h"
#include "ui/scorecard/ScorecardPage.h"
#include "ui/settings/PublishScheduleAction.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/sharing/SharingAreaPage.h"
#include "ui/sync/SyncPage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QIcon>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace xs {

namespace {
constexpr int AreaIdRole = Qt::UserRole;
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString AreaKey = QStringLiteral("mainWindow/area");
} // namespace

namespace {

/// What this user may do (in the catalog and in registration): the hub role once logged in; a
/// database without a hub is its own administrator; a hub user who is logged out reads until they
/// log in again.
CatalogPermissions permissionsFor(const SyncService* sync)
{
    if (sync && !sync->loggedInRole().isEmpty()) {
        if (const std::optional<Role> role = roleFromName(sync->loggedInRole()))
            return CatalogPermissions(*role, sync->loggedInDepartment());
    }
    if (!sync || sync->state() == SyncService::State::NotConfigured)
        return CatalogPermissions::standalone();
    return CatalogPermissions(Role::Manager, {});
}

} // namespace

MainWindow::MainWindow(Application& application, QWidget* parent)
    : QMainWindow(parent)
    , m_application(application)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Xiangshu Workbench"));
    m_backup = new BackupController(application, this);

    buildNavigation();
    buildMenus();
    buildStatusBar();

    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        // First start: most of the screen (queues and tables want width), at least 1180×760.
        const QSize available = screen() ? screen()->availableSize() : QSize(1180, 760);
        resize(qMax(1180, available.width() * 9 / 10), qMax(760, available.height() * 9 / 10));
    }
    const QString role = application.sync() ? application.sync()->loggedInRole() : QString();
    if (!showArea(startArea(role, settings.value(AreaKey).toString())))
        m_navigation->setCurrentRow(0);

    // The date moves while the window stays open: look again every hour.
    auto* hourly = new QTimer(this);
    hourly->setInterval(3600 * 1000);
    connect(hourly, &QTimer::timeout, this, &MainWindow::refreshScheduleBanner);
    hourly->start();
    if (SyncService* sync = application.sync()) {
        connect(sync, &SyncService::stateChanged, this, &MainWindow::refreshScheduleBanner);
        connect(sync, &SyncService::syncFinished, this, &MainWindow::refreshScheduleBanner);
    }
    refreshScheduleBanner();
}

void MainWindow::refreshScheduleBanner()
{
    const Role role = permissionsFor(m_application.sync()).role();
    m_publishSchedule->setVisible(role == Role::Admin);
    if (!m_application.isUnlocked() || (role != Role::Manager && role != Role::Admin)) {
        m_scheduleBanner->showMissingYear(std::nullopt, false);
        return;
    }
    const WorkingCalendar calendar = m_application.workingCalendar();
    m_scheduleBanner->showMissingYear(calendar.yearToPublish(m_application.clock().today()),
                                      role == Role::Admin);
}

void MainWindow::publishSchedule()
{
    if (!m_application.isUnlocked())
        return;
    PublishScheduleAction action(m_application.calendarPublisher(permissionsFor(m_application.sync()).role()),
                                 this);
    if (!action.run())
        return;
    refreshScheduleBanner();
    emit scheduleChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setAccessibleName(tr("Areas"));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));

    const QList<NavigationArea> areas = navigationAreas();
    for (const NavigationArea& area : areas) {
        auto* item = new QListWidgetItem(QIcon(area.iconPath), area.title, m_navigation);
        item->setData(AreaIdRole, area.id);
        item->setToolTip(area.summary);
        item->setSizeHint(QSize(0, 40));
        m_pages->addWidget(createPage(area));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // Wide enough for the longest area title in the current language, whatever the pages ask for.
    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row)
        widest =
            std::max(widest, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(row)->text()));
    m_navigation->setMinimumWidth(std::max(150, widest + m_navigation->iconSize().width() + 40));

    // The banner sits above whichever page is shown.
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(4);
    m_scheduleBanner = new ScheduleBanner(right);
    connect(m_scheduleBanner, &ScheduleBanner::publishRequested, this, &MainWindow::publishSchedule);
    rightLayout->addWidget(m_scheduleBanner);
    rightLayout->addWidget(m_pages, 1);

    auto* splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_navigation);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({190, 990});
    setCentralWidget(splitter);
}

QWidget* MainWindow::createPage(const NavigationArea& area)
{
    SyncService* sync = m_application.sync();
    if (area.id == QLatin1String("catalog") && m_application.isUnlocked()) {
        auto* page = new CatalogPage(m_application.catalogServices(), permissionsFor(sync), m_pages);
        if (sync) {
            connect(sync, &SyncService::stateChanged, page,
                    [page, sync] { page->setPermissions(permissionsFor(sync)); });
            connect(sync, &SyncService::syncFinished, page, [page](const SyncEngine::Summary& summary) {
                if (summary.pulled > 0)
                    page->reload();
            });
            // Searches go back to the index alone once it has caught up on a bulk pull.
            connect(sync, &SyncService::indexingProgress, page, [page](qint64 done, qint64 total) {
                if (done == total)
                    page->reload();
            });
        }
        return page;
    }
    if (area.id == QLatin1String("registration") && m_application.isUnlocked()) {
        auto* page =
            new RegistrationPage(m_application.registrationServices(), permissionsFor(sync).role(), m_pages);
        if (sync) {
            connect(sync, &SyncService::stateChanged, page,
                    [page, sync] { page->setRole(permissionsFor(sync).role()); });
            connect(sync, &SyncService::syncFinished, page, [page](const SyncEngine::Summary& summary) {
                if (summary.pulled > 0 || summary.rejected > 0)
                    page->reload();
            });
        }
        connect(this, &MainWindow::scheduleChanged, page, &RegistrationPage::reload);
        return page;
    }
    if (area.id == QLatin1String("grants") && m_application.isUnlocked()) {
        auto* page =
            new GrantDashboardPage(m_application.grantServices(), permissionsFor(sync).role(), m_pages);
        connect(page, &GrantDashboardPage::areaRequested, this, &MainWindow::showArea);
        if (sync) {
            connect(sync, &SyncService::stateChanged, page,
                    [page, sync] { page->setRole(permissionsFor(sync).role()); });
            connect(sync, &SyncService::syncFinished, page, &GrantDashboardPage::reload);
        }
        return page;
    }
    if (area.id == QLatin1String("pricing") && m_application.isUnlocked()) {
        auto* page = new PricingPage(m_application.grantServices(), m_pages);
        if (sync)
            connect(sync, &SyncService::syncFinished, page, &PricingPage::reload);
        return page;
    }
    if (area.id == QLatin1String("scorecard") && m_application.isUnlocked()) {
        auto* page =
            new ScorecardPage(m_application.scorecardServices(), permissionsFor(sync).role(), m_pages);
        if (sync) {
            connect(sync, &SyncService::stateChanged, page,
                    [page, sync] { page->setRole(permissionsFor(sync).role()); });
            connect(sync, &SyncService::syncFinished, page, &ScorecardPage::reload);
        }
        return page;
    }
    if (area.id == QLatin1String("audit") && m_application.isUnlocked()) {
        auto* page = new AuditPage(m_application.auditServices(), m_pages);
        if (sync)
            connect(sync, &SyncService::syncFinished, page, &AuditPage::reload);
        return page;
    }
    if (area.id == QLatin1String("audits") && m_application.isUnlocked()) {
        auto* page =
            new FieldAuditPage(m_application.fieldAuditServices(), permissionsFor(sync).role(), m_pages);
        page->setRole(permissionsFor(sync).role(), permissionsFor(sync).fixedDepartment());
        if (sync) {
            connect(sync, &SyncService::stateChanged, page, [page, sync] {
                page->setRole(permissionsFor(sync).role(), permissionsFor(sync).fixedDepartment());
            });
            connect(sync, &SyncService::syncFinished, page, &FieldAuditPage::reload);
            page->setOfflinePreparation(m_application.offlinePreparation());
            connect(page, &FieldAuditPage::downloadRequested, sync, [page, sync](const QString& id) {
                sync->downloadAttachment({FieldAuditWorkflow::EvidenceEntity, id},
                                         [page = QPointer(page), id](const HubError& error) {
                                             if (page)
                                                 page->downloadFinished(id, error);
                                         });
            });
        }
        return page;
    }
    if (area.id == QLatin1String("sharing") && m_application.isUnlocked()) {
        auto* page =
            new SharingAreaPage(m_application.sharingServices(), m_application.qualityFeedbackServices(),
                                m_application.openDataServices(), m_application.securityReviewServices(),
                                permissionsFor(sync).role(), permissionsFor(sync).fixedDepartment(), m_pages);
        if (sync) {
            connect(sync, &SyncService::stateChanged, page, [page, sync] {
                page->setRole(permissionsFor(sync).role(), permissionsFor(sync).fixedDepartment());
            });
            connect(sync, &SyncService::syncFinished, page, &SharingAreaPage::reload);
        }
        return page;
    }
    if (area.id == QLatin1String("admin") && m_application.isUnlocked()) {
        auto* page = new AdminPage(m_application.adminServices(), permissionsFor(sync).role(), m_pages);
        connect(page, &AdminPage::scheduleChanged, this, &MainWindow::scheduleChanged);
        connect(page, &AdminPage::scheduleChanged, this, &MainWindow::refreshScheduleBanner);
        if (sync) {
            connect(sync, &SyncService::stateChanged, page,
                    [page, sync] { page->setRole(permissionsFor(sync).role()); });
            connect(sync, &SyncService::syncFinished, page, &AdminPage::reload);
        }
        connect(this, &MainWindow::scheduleChanged, page, &AdminPage::reload);
        return page;
    }
    if (area.id == QLatin1String("sync") && sync && m_application.isUnlocked())
        return new SyncPage(*sync, m_pages);
    return new PlannedAreaPage(area, m_pages);
}

void MainWindow::buildMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* backup =
        fileMenu->addAction(tr("&Back Up Database..."), m_backup, &BackupController::chooseAndRun);
    backup->setObjectName(QStringLiteral("backupAction"));
    backup->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* item = m_navigation->item(row);
        QAction* action = viewMenu->addAction(item->icon(), item->text(), this, [this, row] {
            m_navigation->setCurrentRow(row);
            m_navigation->setFocus();
        });
        // Ctrl+1 … Ctrl+9, and Ctrl+0 for the tenth, as the keys lie on the keyboard.
        if (row < 10)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(row < 9 ? Qt::Key_1 + row : Qt::Key_0)));
    }

    QMenu* toolsMenu = menuBar()->addMenu(tr("&Tools"));
    if (SyncService* sync = m_application.sync()) {
        QAction* syncNow = toolsMenu->addAction(QIcon(QStringLiteral(":/icons/sync.svg")), tr("S&ync Now"),
                                                sync, &SyncService::syncNow);
        syncNow->setObjectName(QStringLiteral("syncNowAction"));
        syncNow->setShortcut(QKeySequence::Refresh);
        const auto enable = [syncNow, sync] {
            syncNow->setEnabled(sync->state() == SyncService::State::Idle ||
                                sync->state() == SyncService::State::Failing);
        };
        connect(sync, &SyncService::stateChanged, syncNow, enable);
        enable();
        toolsMenu->addSeparator();
    }
    m_publishSchedule =
        toolsMenu->addAction(tr("&Publish Holiday Schedule..."), this, &MainWindow::publishSchedule);
    m_publishSchedule->setObjectName(QStringLiteral("publishScheduleAction"));
    QAction* settings = toolsMenu->addAction(tr("&Settings..."), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("Copy &Diagnostic Information"), this, [this] {
        // For a support request: version, paths, sync state and the log's last lines, no secrets.
        QGuiApplication::clipboard()->setText(Diagnostics::report(m_application));
        statusBar()->showMessage(tr("Diagnostic information copied: paste it into your support request."),
                                 10000);
    });
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About Xiangshu Workbench"), this, &MainWindow::showAbout);
}

void MainWindow::buildStatusBar()
{
    m_databaseStatus = new DatabaseStatusIndicator(m_application, this);
    m_syncStatus = new SyncStatusIndicator(m_application.sync(), this);
    connect(m_syncStatus, &SyncStatusIndicator::clicked, this, [this] { showArea(QStringLiteral("sync")); });
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_databaseStatus);
    connect(m_backup, &BackupController::finished, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(&m_application.unlocker(), &UnlockController::keychainWarning, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
}

bool MainWindow::showArea(const QString& areaId)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(AreaIdRole).toString() == areaId) {
            m_navigation->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Xiangshu Workbench"),
                       tr("<h3>Xiangshu Workbench %1</h3>"
                          "<p>The desktop for Hunan's public data resources: catalogs, registration review, "
                          "authorized operation, pricing and audits.</p>"
                          "<p>Data on this computer is encrypted with SQLCipher.</p>")
                           .arg(QStringLiteral(XS_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_backup->isRunning()) {
        QMessageBox::information(this, tr("Backup in progress"),
                                 tr("A backup is being written. Wait for it to finish or cancel it first."));
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    if (QListWidgetItem* item = m_navigation->currentItem())
        settings.setValue(AreaKey, item->data(AreaIdRole));
    event->accept();
}

} // namespace xs
