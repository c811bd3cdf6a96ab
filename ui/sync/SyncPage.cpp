#include "ui/sync/SyncPage.h"

#include "ui/sync/HubLoginDialog.h"
#include "ui/sync/SyncIssuesPanel.h"
#include "ui/sync/SyncStatusPanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace xs {

SyncPage::SyncPage(SyncService& sync, QWidget* parent)
    : QWidget(parent)
    , m_sync(sync)
{
    setObjectName(QStringLiteral("page-sync"));
    auto* title = new QLabel(tr("Sync with the Province Hub"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_status = new SyncStatusPanel(sync, this);
    m_status->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // the lists below take the room
    m_issues = new SyncIssuesPanel(sync, this);
    connect(m_status, &SyncStatusPanel::loginRequested, this, &SyncPage::openLogin);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 20);
    layout->setSpacing(14);
    layout->addWidget(title);
    layout->addWidget(m_status);
    layout->addWidget(m_issues, 1);
}

void SyncPage::openLogin()
{
    HubLoginDialog dialog(m_sync, this);
    dialog.exec();
}

} // namespace xs
