#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace xs {

class Application;
struct NavigationArea;
class BackupController;
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
};

} // namespace xs
