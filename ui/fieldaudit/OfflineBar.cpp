#include "ui/fieldaudit/OfflineBar.h"

#include "app/areas/FieldAuditServices.h"
#include "app/sync/OfflinePreparation.h"
#include "models/common/Clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace xs {

OfflineBar::OfflineBar(FieldAuditServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("offlineBar"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("offlineStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("offlineProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_prepare = new QPushButton(tr("Prepare for &Offline"), this);
    m_prepare->setObjectName(QStringLiteral("prepareOffline"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelOffline"));
    m_cancel->hide();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_prepare);
    connect(m_prepare, &QPushButton::clicked, this, &OfflineBar::prepare);
    connect(m_cancel, &QPushButton::clicked, this, &OfflineBar::cancel);
    refresh();
}

OfflineBar::~OfflineBar() = default;

void OfflineBar::setPreparation(std::unique_ptr<OfflinePreparation> preparation)
{
    m_preparation = std::move(preparation);
    if (m_preparation) {
        connect(m_preparation.get(), &OfflinePreparation::progress, this,
                [this](OfflinePreparation::Stage stage, int done, int total) {
                    showProgress(int(stage), done, total);
                });
        connect(
            m_preparation.get(), &OfflinePreparation::finished, this,
            [this](const OfflinePreparation::Result& result) {
                m_preparingTask.clear();
                m_progress->hide();
                m_cancel->hide();
                if (result.error.kind() == HubError::Kind::Cancelled)
                    emit said(tr("Offline preparation cancelled; what was fetched stays on this desktop."),
                              false);
                else if (result.error.isError())
                    emit said(tr("Offline preparation stopped: %1 %2")
                                  .arg(result.error.message(), result.error.detail()),
                              true);
                else if (!result.filesNotFetched.isEmpty())
                    emit said(tr("Prepared, but the hub could not give %n file(s): %1", nullptr,
                                 int(result.filesNotFetched.size()))
                                  .arg(result.filesNotFetched.join(QStringLiteral("; "))),
                              true);
                else if (!result.contents.isComplete())
                    emit said(OfflinePackage::gaps(result.contents).join(QLatin1Char(' ')), true);
                else
                    emit said(tr("Ready for offline work: everything this visit needs is on this desktop."),
                              false);
                refresh();
                emit prepared(result.taskId);
            });
    }
    refresh();
}

void OfflineBar::showTask(const QString& taskId)
{
    m_taskId = taskId;
    refresh();
}

bool OfflineBar::isPreparing() const
{
    return m_preparation && m_preparation->isRunning();
}

QString OfflineBar::statusText() const
{
    return m_status->text();
}

bool OfflineBar::prepare()
{
    if (!m_preparation || m_taskId.isEmpty() || isPreparing())
        return false;
    m_preparingTask = m_taskId;
    m_preparation->start(m_taskId);
    showProgress(int(OfflinePreparation::Stage::Syncing), 0, 0);
    refresh();
    return true;
}

void OfflineBar::cancel()
{
    if (m_preparation)
        m_preparation->cancel();
}

void OfflineBar::showProgress(int stage, int done, int total)
{
    m_progress->show();
    m_cancel->show();
    if (stage == int(OfflinePreparation::Stage::Syncing)) {
        m_progress->setRange(0, 0); // how much a sync brings is not known in advance
        m_progress->setFormat(tr("Syncing…"));
    } else {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("Evidence %v of %m"));
    }
}

void OfflineBar::refresh()
{
    setVisible(!m_taskId.isEmpty());
    m_prepare->setEnabled(m_preparation && !m_taskId.isEmpty() && !isPreparing());
    m_prepare->setToolTip(m_preparation
                              ? tr("Syncs, then fetches the checklist, the audited records, earlier "
                                   "findings and every evidence file onto this desktop")
                              : tr("This desktop works without a hub: what it holds is all there is"));
    if (m_taskId.isEmpty())
        return;
    const OfflineContents contents = m_services.offlineContents(m_taskId);
    const std::optional<OfflineMark> mark = m_services.offlineMark(m_taskId);
    QString text =
        mark ? tr("Prepared for offline work %1 by %2")
                   .arg(Clock::chinaTime(mark->preparedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        mark->preparedBy)
             : tr("Not prepared for offline work yet");
    if (m_preparingTask == m_taskId)
        text = tr("Preparing for offline work…");
    const bool complete = contents.isComplete();
    m_status->setText((complete ? QStringLiteral("✓ ") : QStringLiteral("⚠ ")) + text +
                      QStringLiteral(" · ") + OfflinePackage::describe(contents));
    m_status->setToolTip(complete ? tr("Everything this visit needs is on this desktop.")
                                  : OfflinePackage::gaps(contents).join(QLatin1Char('\n')));
    m_status->setStyleSheet(complete ? QString() : QStringLiteral("color: #9a5b00;"));
}

} // namespace xs
