#include "ui/common/StatusIndicators.h"

#include "app/Application.h"
#include "app/sync/SyncService.h"
#include "ui/sync/SyncStatusPanel.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>

namespace xs {

DatabaseStatusIndicator::DatabaseStatusIndicator(Application& application, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("databaseStatus"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/locked.svg")).pixmap(14, 14));
    const QString fileName = QFileInfo(application.databasePath()).fileName();
    auto* label = new QLabel(tr("Encrypted · %1").arg(fileName), this);
    label->setObjectName(QStringLiteral("databaseStatusText"));
    const Database* database = application.database();
    setToolTip(tr("Database: %1\nDatabase id: %2\nEncrypted with SQLCipher (AES-256, HMAC-SHA512)")
                   .arg(application.databasePath(), database ? database->databaseId() : QString()));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(icon);
    layout->addWidget(label);
}

SyncStatusIndicator::SyncStatusIndicator(SyncService* sync, QWidget* parent)
    : QWidget(parent)
    , m_sync(sync)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_label->setObjectName(QStringLiteral("syncStatusText"));
    setCursor(Qt::PointingHandCursor);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(m_label);
    if (m_sync) {
        connect(m_sync, &SyncService::stateChanged, this, &SyncStatusIndicator::refresh);
        connect(m_sync, &SyncService::countsChanged, this, &SyncStatusIndicator::refresh);
    }
    refresh();
}

void SyncStatusIndicator::refresh()
{
    if (!m_sync || m_sync->state() == SyncService::State::NotConfigured) {
        m_label->setText(tr("Sync: no hub configured"));
        setToolTip(tr("Working offline. Everything you do is kept on this computer."));
        return;
    }
    const SyncService::Counts counts = m_sync->counts();
    QString state;
    switch (m_sync->state()) {
    case SyncService::State::LoggedOut:
        state = tr("logged out");
        break;
    case SyncService::State::Syncing:
        state = tr("syncing...");
        break;
    case SyncService::State::Failing:
        state = tr("offline, will retry");
        break;
    case SyncService::State::Idle:
    case SyncService::State::NotConfigured:
        state = counts.conflicts > 0  ? tr("%n conflict(s)", nullptr, int(counts.conflicts))
                : counts.unsynced > 0 ? tr("ready")
                                      : tr("up to date");
        break;
    }
    m_label->setText(counts.unsynced > 0
                         ? tr("Sync: %1 · %n unsynced", nullptr, int(counts.unsynced)).arg(state)
                         : tr("Sync: %1").arg(state));
    setToolTip(SyncStatusPanel::describe(*m_sync));
}

void SyncStatusIndicator::mouseReleaseEvent(QMouseEvent* event)
{
    QWidget::mouseReleaseEvent(event);
    emit clicked();
}

} // namespace xs
