#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

namespace xs {

class Application;
class CreateDatabaseDialog;
class MainWindow;
class StartupWindow;
class UnlockDialog;
class UnlockError;

/// From launch to the main window: a window at once (StartupWindow, saying what is happening),
/// then create or unlock the database (asking the user only when the keychain cannot help), report
/// what cannot be fixed from here, and show the main window in its place.
class StartupFlow : public QObject
{
    Q_OBJECT

public:
    explicit StartupFlow(Application& application, QObject* parent = nullptr);
    ~StartupFlow() override;

    /// scriptedPassphrase (from --passphrase-file) is used instead of asking, if the keychain fails.
    void start(const QString& scriptedPassphrase = {});

    MainWindow* mainWindow() const { return m_window.get(); }
    /// The window shown until the main window opens (null afterwards).
    StartupWindow* startupWindow() const { return m_startupWindow.get(); }
    /// The area the window opens on (--area), instead of the first one.
    void setStartArea(const QString& areaId) { m_startArea = areaId; }

signals:
    /// The start-up ended without a window: the user quit (0) or the database cannot be used (1).
    void abandoned(int exitCode);

private:
    void askForPassphrase(const UnlockError& reason);
    void askToCreate();
    void rejectPassphrase(const UnlockError& error);
    void showFailure(const UnlockError& error);
    void openMainWindow();
    void quitUnlessOpen();
    void setStatus(const QString& status, bool busy);

    Application& m_application;
    QString m_scriptedPassphrase;
    QString m_startArea;
    QPointer<UnlockDialog> m_unlockDialog;
    QPointer<CreateDatabaseDialog> m_createDialog;
    QElapsedTimer m_sinceStart;
    std::unique_ptr<StartupWindow> m_startupWindow;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace xs
