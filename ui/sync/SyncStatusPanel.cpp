#include "ui/sync/SyncStatusPanel.h"

#include "models/journal/FieldLabels.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

namespace xs {

namespace {

QString relativeTime(const QDateTime& time, const Clock& clock)
{
    if (!time.isValid())
        return SyncStatusPanel::tr("never");
    const qint64 seconds = time.secsTo(clock.now());
    const QString absolute = QLocale().toString(Clock::chinaTime(time), QStringLiteral("yyyy-MM-dd HH:mm"));
    if (seconds < 60)
        return SyncStatusPanel::tr("%1 (just now)").arg(absolute);
    if (seconds < 3600)
        return SyncStatusPanel::tr("%1 (%n minute(s) ago)", nullptr, int(seconds / 60)).arg(absolute);
    if (seconds < 86400)
        return SyncStatusPanel::tr("%1 (%n hour(s) ago)", nullptr, int(seconds / 3600)).arg(absolute);
    return SyncStatusPanel::tr("%1 (%n day(s) ago)", nullptr, int(seconds / 86400)).arg(absolute);
}

} // namespace

QString SyncStatusPanel::describe(const SyncService& sync)
{
    switch (sync.state()) {
    case SyncService::State::NotConfigured:
        return tr("Working offline: no hub is set for this database.");
    case SyncService::State::LoggedOut:
        return sync.lastError().isError() ? tr("Logged out. %1").arg(sync.lastError().message())
                                          : tr("Not logged in to the hub. Log in to sync.");
    case SyncService::State::Syncing:
        return tr("Syncing with the hub...");
    case SyncService::State::Failing: {
        const QString when =
            sync.nextAttempt().isValid()
                ? QLocale().toString(Clock::chinaTime(sync.nextAttempt()), QStringLiteral("HH:mm:ss"))
                : QString();
        return when.isEmpty()
                   ? tr("The last sync failed: %1").arg(sync.lastError().message())
                   : tr("The last sync failed: %1 Next attempt at %2.").arg(sync.lastError().message(), when);
    }
    case SyncService::State::Idle:
        break;
    }
    const SyncService::Counts counts = sync.counts();
    if (counts.conflicts > 0 || counts.rejected > 0)
        return tr("Synced, but %n change(s) need your decision.", nullptr,
                  int(counts.conflicts + counts.rejected));
    if (counts.unsynced > 0)
        return tr("%n change(s) wait to be sent.", nullptr, int(counts.unsynced));
    return sync.lastSuccess().isValid() ? tr("Up to date with the hub.") : tr("Ready to sync.");
}

SyncStatusPanel::SyncStatusPanel(SyncService& sync, QWidget* parent)
    : QWidget(parent)
    , m_sync(sync)
{
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("syncState"));
    m_state->setWordWrap(true);
    QFont stateFont = m_state->font();
    stateFont.setPointSizeF(stateFont.pointSizeF() * 1.2);
    stateFont.setBold(true);
    m_state->setFont(stateFont);

    m_hub = new QLabel(this);
    m_hub->setObjectName(QStringLiteral("syncHub"));
    m_hub->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lastSuccess = new QLabel(this);
    m_lastSuccess->setObjectName(QStringLiteral("syncLastSuccess"));
    m_unsynced = new QLabel(this);
    m_unsynced->setObjectName(QStringLiteral("syncUnsynced"));
    m_lastResult = new QLabel(this);
    m_lastResult->setObjectName(QStringLiteral("syncLastResult"));
    m_lastResult->setWordWrap(true);

    auto* facts = new QFormLayout;
    facts->addRow(tr("Hub:"), m_hub);
    facts->addRow(tr("Last successful sync:"), m_lastSuccess);
    facts->addRow(tr("Unsynced changes:"), m_unsynced);
    facts->addRow(tr("Last sync:"), m_lastResult);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_indexing = new QProgressBar(this);
    m_indexing->setObjectName(QStringLiteral("searchIndexProgress"));
    m_indexing->hide();

    m_syncNow = new QPushButton(QIcon(QStringLiteral(":/icons/sync.svg")), tr("&Sync Now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setToolTip(tr("Send this computer's changes and fetch the hub's (F5)"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("syncCancelButton"));
    m_login = new QPushButton(this);
    m_login->setObjectName(QStringLiteral("hubLoginOpen"));
    m_logout = new QPushButton(tr("Log &Out"), this);
    m_logout->setObjectName(QStringLiteral("hubLogoutButton"));
    m_automatic = new QCheckBox(tr("Sync &automatically"), this);
    m_automatic->setObjectName(QStringLiteral("syncAutomatic"));
    m_automatic->setChecked(sync.isAutomatic());
    m_automatic->setToolTip(
        tr("Every %1 minutes while logged in; after a failure, again after %2 seconds, "
           "then twice as long each time, up to %3 minutes.")
            .arg(std::chrono::duration_cast<std::chrono::minutes>(sync.interval()).count())
            .arg(RetryPolicy::BaseDelayMs / 1000)
            .arg(RetryPolicy::MaximumDelayMs / 60000));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_cancel);
    buttons->addSpacing(16);
    buttons->addWidget(m_login);
    buttons->addWidget(m_logout);
    buttons->addStretch(1);
    buttons->addWidget(m_automatic);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addLayout(facts);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_indexing);

    connect(m_syncNow, &QPushButton::clicked, &sync, &SyncService::syncNow);
    connect(m_cancel, &QPushButton::clicked, &sync, &SyncService::cancel);
    connect(m_login, &QPushButton::clicked, this, &SyncStatusPanel::loginRequested);
    connect(m_logout, &QPushButton::clicked, &sync, &SyncService::logout);
    connect(m_automatic, &QCheckBox::toggled, &sync, &SyncService::setAutomatic);
    connect(&sync, &SyncService::stateChanged, this, &SyncStatusPanel::refresh);
    connect(&sync, &SyncService::countsChanged, this, &SyncStatusPanel::refresh);
    connect(&sync, &SyncService::progress, this, &SyncStatusPanel::showProgress);
    connect(&sync, &SyncService::syncFinished, this, &SyncStatusPanel::showFinished);
    connect(&sync, &SyncService::indexingProgress, this, &SyncStatusPanel::showIndexing);
    m_clock = new QTimer(this);
    m_clock->setInterval(30 * 1000);
    connect(m_clock, &QTimer::timeout, this, &SyncStatusPanel::refresh);
    m_clock->start();
    refresh();
}

void SyncStatusPanel::refresh()
{
    const SyncService::State state = m_sync.state();
    m_state->setText(describe(m_sync));
    const HubConnection connection = m_sync.connection();
    if (!connection.isConfigured())
        m_hub->setText(tr("none"));
    else if (m_sync.loggedInUser().isEmpty())
        m_hub->setText(connection.url.toString());
    else
        m_hub->setText(
            tr("%1 as %2 (%3)")
                .arg(connection.url.toString(), m_sync.loggedInUser(), roleLabel(m_sync.loggedInRole())));
    m_lastSuccess->setText(relativeTime(m_sync.lastSuccess(), m_sync.clock()));
    const SyncService::Counts counts = m_sync.counts();
    m_unsynced->setText(tr("%1 · %2 conflict(s) · %3 rejected")
                            .arg(QLocale().toString(counts.unsynced))
                            .arg(counts.conflicts)
                            .arg(counts.rejected));
    const bool syncing = state == SyncService::State::Syncing;
    const bool loggedIn =
        state == SyncService::State::Idle || state == SyncService::State::Failing || syncing;
    m_syncNow->setEnabled(loggedIn && !syncing);
    m_cancel->setVisible(syncing);
    m_login->setText(connection.isConfigured() ? tr("&Log In...") : tr("&Connect to Hub..."));
    m_login->setVisible(!loggedIn);
    m_logout->setVisible(loggedIn && !syncing);
    if (!syncing)
        m_progress->hide();
    if (m_lastResult->text().isEmpty())
        m_lastResult->setText(tr("not since the app started"));
}

void SyncStatusPanel::showProgress(SyncEngine::Phase phase, int done, int total)
{
    m_progress->show();
    if (phase == SyncEngine::Phase::Pushing && total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("Sending changes: %v of %m"));
    } else {
        // The hub does not say how many changes are coming, so count what has arrived.
        m_progress->setRange(0, 0);
        m_progress->setFormat(QString());
        m_state->setText(tr("Receiving changes from the hub: %1 so far...").arg(QLocale().toString(done)));
    }
}

void SyncStatusPanel::showIndexing(qint64 done, qint64 total)
{
    // Searches are complete meanwhile (slower for what is not indexed yet), so this only informs.
    m_indexing->setVisible(done < total);
    m_indexing->setRange(0, int(qMin<qint64>(total, std::numeric_limits<int>::max())));
    m_indexing->setValue(int(qMin(done, total)));
    m_indexing->setFormat(tr("Indexing received catalog entries for search: %v of %m"));
}

void SyncStatusPanel::showFinished(const SyncEngine::Summary& summary)
{
    const QString time = QLocale().toString(Clock::chinaTime(m_sync.clock().now()), QStringLiteral("HH:mm"));
    if (summary.error.kind() == HubError::Kind::Cancelled)
        m_lastResult->setText(tr("%1: cancelled; what was received is kept.").arg(time));
    else if (summary.error.isError())
        m_lastResult->setText(tr("%1: failed. %2").arg(time, summary.error.message()));
    else
        m_lastResult->setText(tr("%1: sent %2, received %3, merged %4.")
                                  .arg(time)
                                  .arg(summary.pushed)
                                  .arg(QLocale().toString(summary.pulled))
                                  .arg(summary.merged));
    refresh();
}

} // namespace xs
