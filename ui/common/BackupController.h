#pragma once

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace xs {

class Application;

/// Backs up the open database from the UI: asks where, then writes, verifies and renames the copy
/// on a worker thread (with its own connection) behind a progress dialog that can cancel.
class BackupController : public QObject
{
    Q_OBJECT

public:
    BackupController(Application& application, QWidget* window);

    bool isRunning() const { return m_running; }

    /// Asks for a destination, then runs.
    void chooseAndRun();
    /// Runs to destination without asking (tests, scripted use).
    void run(const QString& destination);
    /// Asks the running backup to stop; it removes its partial file.
    void cancel();

    /// A name that sorts by date: xiangshu-backup-20261128-1405.db
    static QString suggestedFileName(const QDateTime& now);

signals:
    /// With a sentence for the status bar; success says where the backup is.
    void finished(const QString& message, bool success);

private:
    struct Progress
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancelled{false};
    };

    Application& m_application;
    QWidget* m_window;
    QPointer<QProgressDialog> m_dialog;
    std::shared_ptr<Progress> m_progress;
    bool m_running = false;
};

} // namespace xs
