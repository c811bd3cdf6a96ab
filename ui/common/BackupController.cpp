#include "ui/common/BackupController.h"

#include "app/Application.h"
#include "app/BackupService.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent>

namespace xs {

BackupController::BackupController(Application& application, QWidget* window)
    : QObject(window)
    , m_application(application)
    , m_window(window)
{}

QString BackupController::suggestedFileName(const QDateTime& now)
{
    return QStringLiteral("xiangshu-backup-%1.db")
        .arg(Clock::chinaTime(now).toString(QStringLiteral("yyyyMMdd-HHmm")));
}

void BackupController::chooseAndRun()
{
    if (m_running)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString destination = QFileDialog::getSaveFileName(
        m_window, tr("Back Up Database"),
        QDir(folder).filePath(suggestedFileName(m_application.clock().now())), tr("Xiangshu database (*.db)"),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (destination.isEmpty())
        return;
    if (QFileInfo::exists(destination)) {
        QMessageBox::warning(
            m_window, tr("Back Up Database"),
            tr("%1 already exists. A backup is always written to a new file; choose another name.")
                .arg(destination));
        return;
    }
    run(destination);
}

void BackupController::run(const QString& destination)
{
    if (m_running || !m_application.isUnlocked())
        return;
    m_running = true;
    m_progress = std::make_shared<Progress>();

    m_dialog = new QProgressDialog(tr("Writing and verifying the backup..."), tr("Cancel"), 0, 100, m_window);
    m_dialog->setObjectName(QStringLiteral("backupProgress"));
    m_dialog->setWindowTitle(tr("Back Up Database"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, &BackupController::cancel);

    // The worker only touches atomics; a timer on this thread moves them into the dialog.
    auto* poll = new QTimer(this);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this, [this, progress = m_progress] {
        if (m_dialog && progress->total > 0)
            m_dialog->setValue(int(progress->done * 100 / progress->total));
    });
    poll->start();

    auto* watcher = new QFutureWatcher<BackupService::Result>(this);
    connect(watcher, &QFutureWatcher<BackupService::Result>::finished, this,
            [this, watcher, poll, destination] {
                watcher->deleteLater();
                poll->deleteLater();
                const BackupService::Result result = watcher->result();
                m_running = false;
                if (m_dialog)
                    m_dialog->deleteLater();
                if (result.error.kind() == DatabaseError::Kind::Cancelled) {
                    emit finished(tr("Backup cancelled; no file was written."), false);
                } else if (result.error.isError()) {
                    QMessageBox::critical(m_window, tr("Backup failed"), result.error.fullText());
                    emit finished(tr("Backup failed: %1").arg(result.error.message()), false);
                } else {
                    emit finished(tr("Backup written and verified: %1").arg(destination), true);
                }
            });
    const std::shared_ptr<Progress> progress = m_progress;
    const DatabaseBackup::Progress report = [progress](qint64 done, qint64 total) {
        progress->done = done;
        progress->total = total;
        return !progress->cancelled.load();
    };
    watcher->setFuture(QtConcurrent::run(
        [job = m_application.backupJob(), destination, report] { return job.run(destination, report); }));
}

void BackupController::cancel()
{
    if (m_progress)
        m_progress->cancelled = true;
}

} // namespace xs
