#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace xs {

class Application;
struct NavigationArea;
class BackupController;
class ScheduleBanner;
class DatabaseStatusIndicator;
class SyncStatusIndicator;

/// The shell: a navigation list of the areas on the left, their pages on the right, menus and a
/// status bar. It only assembles; each page owns its area.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Application& application, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Shows the area with this id ("catalog", "sync", ...). Returns false for an unknown id.
    bool showArea(const QString& areaId);
    /// Checks again whether next year's holiday schedule is missing (from 1 November) and shows
    /// or hides the banner: after a sync, a login, a publication, and every hour.
    void refreshScheduleBanner();
    /// Administrators: asks for a holiday schedule file and publishes it.
    void publishSchedule();

signals:
    /// A holiday schedule was published here: deadlines were counted again.
    void scheduleChanged();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildNavigation();
    QWidget* createPage(const NavigationArea& area);
    void buildMenus();
    void buildStatusBar();
    void openSettings();
    void showAbout();

    Application& m_application;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    BackupController* m_backup = nullptr;
    DatabaseStatusIndicator* m_databaseStatus = nullptr;
    SyncStatusIndicator* m_syncStatus = nullptr;
    ScheduleBanner* m_scheduleBanner = nullptr;
    QAction* m_publishSchedule = nullptr;
};

} // namespace xs
