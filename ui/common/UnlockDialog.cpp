#include "ui/common/UnlockDialog.h"

#include "ui/common/BusyBar.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace xs {

UnlockDialog::UnlockDialog(const QString& databasePath, const QString& reason, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Unlock Database"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/locked.svg")));

    auto* heading =
        new QLabel(tr("<b>Unlock %1</b>").arg(QFileInfo(databasePath).fileName().toHtmlEscaped()), this);
    auto* reasonLabel = new QLabel(reason, this);
    reasonLabel->setObjectName(QStringLiteral("unlockReason"));
    reasonLabel->setWordWrap(true);

    auto* prompt = new QLabel(tr("&Recovery passphrase or recovery code:"), this);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setMinimumWidth(360);
    prompt->setBuddy(m_passphrase);
    QAction* reveal =
        m_passphrase->addAction(QIcon(QStringLiteral(":/icons/reveal.svg")), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the passphrase"));
    connect(reveal, &QAction::toggled, this, [this](bool shown) {
        m_passphrase->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("unlockError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    m_remember = new QCheckBox(tr("Remember the key in this computer's keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberKeyCheck"));
    m_remember->setChecked(true);

    m_busy = createBusyBar(this);

    auto* buttons = new QDialogButtonBox(this);
    m_unlock = buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(reasonLabel);
    layout->addSpacing(6);
    layout->addWidget(prompt);
    layout->addWidget(m_passphrase);
    layout->addWidget(m_error);
    layout->addWidget(m_remember);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
}

QString UnlockDialog::passphrase() const
{
    return m_passphrase->text();
}

bool UnlockDialog::rememberKey() const
{
    return m_remember->isChecked();
}

void UnlockDialog::submit()
{
    if (m_passphrase->text().trimmed().isEmpty()) {
        showError(tr("Enter the recovery passphrase."));
        return;
    }
    m_error->hide();
    emit passphraseSubmitted(m_passphrase->text(), m_remember->isChecked());
}

void UnlockDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_unlock->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
    if (!busy)
        m_passphrase->setFocus();
}

void UnlockDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    m_passphrase->selectAll();
    m_passphrase->setFocus();
}

} // namespace xs
