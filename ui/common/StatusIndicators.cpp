#include "ui/common/StatusIndicators.h"

#include "app/Application.h"

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

SyncStatusIndicator::SyncStatusIndicator(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_label->setObjectName(QStringLiteral("syncStatusText"));
    m_label->setText(tr("Sync: no hub configured"));
    setToolTip(tr("Working offline. Everything you do is kept on this computer."));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(m_label);
}

} // namespace xs
