#include "ui/StartupWindow.h"

#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace xs {

StartupWindow::StartupWindow(const QString& databasePath, QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("startupWindow"));
    setWindowTitle(tr("Xiangshu Workbench"));
    setMinimumSize(560, 320);

    auto* icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(72, 72));
    icon->setAlignment(Qt::AlignCenter);
    auto* name = new QLabel(tr("Xiangshu Workbench"), this);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    name->setFont(nameFont);
    name->setAlignment(Qt::AlignCenter);
    auto* database = new QLabel(tr("Opening %1").arg(QDir::toNativeSeparators(databasePath)), this);
    database->setObjectName(QStringLiteral("startupDatabase"));
    database->setAlignment(Qt::AlignCenter);
    database->setWordWrap(true);
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("startupStatus"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // running, without a measure: the keychain says nothing of its progress
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(320);
    auto* quit = new QPushButton(tr("Quit"), this);
    quit->setObjectName(QStringLiteral("startupQuit"));
    connect(quit, &QPushButton::clicked, this, &StartupWindow::quitRequested);
    connect(new QShortcut(QKeySequence(Qt::Key_Escape), this), &QShortcut::activated, this,
            &StartupWindow::quitRequested);

    auto* barRow = new QHBoxLayout;
    barRow->addStretch();
    barRow->addWidget(m_busy, 1);
    barRow->addStretch();
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(quit);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 20);
    layout->addStretch();
    layout->addWidget(icon);
    layout->addWidget(name);
    layout->addSpacing(8);
    layout->addWidget(database);
    layout->addSpacing(16);
    layout->addWidget(m_status);
    layout->addLayout(barRow);
    layout->addStretch();
    layout->addLayout(buttonRow);
    setStatus(tr("Reading the database key from the system keychain…"), true);
}

void StartupWindow::setStatus(const QString& status, bool busy)
{
    m_status->setText(status);
    m_busy->setVisible(busy);
}

} // namespace xs
