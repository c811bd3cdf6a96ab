#pragma once

#include "app/sync/SyncService.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace xs {

/// The top of the sync page: where this database syncs to and as whom, the state in words, the
/// last successful sync, the counts, "sync now" with progress and cancel, and login/logout.
class SyncStatusPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusPanel(SyncService& sync, QWidget* parent = nullptr);

    /// The state in one sentence, as the page and the status bar say it.
    static QString describe(const SyncService& sync);

signals:
    void loginRequested();

private:
    void refresh();
    void showProgress(SyncEngine::Phase phase, int done, int total);
    void showFinished(const SyncEngine::Summary& summary);
    void showIndexing(qint64 done, qint64 total);

    SyncService& m_sync;
    QLabel* m_state = nullptr;
    QLabel* m_hub = nullptr;
    QLabel* m_lastSuccess = nullptr;
    QLabel* m_unsynced = nullptr;
    QLabel* m_lastResult = nullptr;
    QProgressBar* m_progress = nullptr;
    QProgressBar* m_indexing = nullptr;
    QPushButton* m_syncNow = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_login = nullptr;
    QPushButton* m_logout = nullptr;
    QCheckBox* m_automatic = nullptr;
    QTimer* m_clock = nullptr; // keeps "5 minutes ago" and the retry countdown current
};

} // namespace xs
