#include "ui/common/CreateDatabaseDialog.h"

#include "app/secrets/RecoveryCode.h"
#include "ui/common/BusyBar.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace xs {

CreateDatabaseDialog::CreateDatabaseDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("createDatabaseDialog"));
    setWindowTitle(tr("Create Database"));

    auto* intro =
        new QLabel(tr("<p><b>Welcome to Xiangshu Workbench.</b></p>"
                      "<p>A new encrypted database will be created at:<br><tt>%1</tt></p>"
                      "<p>Its key is kept in this computer's keychain. If the keychain is ever lost "
                      "(a new computer, a reset profile), the recovery code or passphrase is the only "
                      "way back into the data.</p>")
                       .arg(databasePath.toHtmlEscaped()),
                   this);
    intro->setWordWrap(true);

    m_useCode = new QRadioButton(tr("Generate a &recovery code for me (recommended)"), this);
    m_useCode->setObjectName(QStringLiteral("useRecoveryCode"));
    m_usePassphrase = new QRadioButton(tr("Use my own recovery &passphrase"), this);
    m_usePassphrase->setObjectName(QStringLiteral("useOwnPassphrase"));
    m_useCode->setChecked(true);

    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("newPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_confirmation = new QLineEdit(this);
    m_confirmation->setObjectName(QStringLiteral("confirmPassphraseEdit"));
    m_confirmation->setEchoMode(QLineEdit::Password);
    m_validation = new QLabel(this);
    m_validation->setObjectName(QStringLiteral("passphraseValidation"));
    m_validation->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_validation->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    form->addRow(tr("Passphrase:"), m_passphrase);
    form->addRow(tr("Repeat:"), m_confirmation);
    form->addRow(QString(), m_validation);

    m_busy = createBusyBar(this);

    auto* buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateDatabaseDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_usePassphrase, &QRadioButton::toggled, this, &CreateDatabaseDialog::updateMode);
    connect(m_passphrase, &QLineEdit::textChanged, this,
            [this] { m_validation->setText(validationMessage()); });
    connect(m_confirmation, &QLineEdit::textChanged, this,
            [this] { m_validation->setText(validationMessage()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_useCode);
    layout->addWidget(m_usePassphrase);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    updateMode();
}

void CreateDatabaseDialog::updateMode()
{
    const bool own = m_usePassphrase->isChecked();
    m_passphrase->setEnabled(own);
    m_confirmation->setEnabled(own);
    m_validation->setText(own ? validationMessage() : QString());
    if (own)
        m_passphrase->setFocus();
}

QString CreateDatabaseDialog::validationMessage() const
{
    const QString text = m_passphrase->text();
    if (text.trimmed().size() < RecoveryCode::MinimumPassphraseLength)
        return tr("At least %1 characters.").arg(RecoveryCode::MinimumPassphraseLength);
    if (text != m_confirmation->text())
        return tr("The two entries differ.");
    return {};
}

QString CreateDatabaseDialog::passphrase() const
{
    return m_usePassphrase->isChecked() ? m_passphrase->text() : m_generatedCode;
}

void CreateDatabaseDialog::submit()
{
    if (m_usePassphrase->isChecked()) {
        const QString problem = validationMessage();
        if (!problem.isEmpty()) {
            m_validation->setText(problem);
            return;
        }
        m_generatedCode.clear();
    } else {
        m_generatedCode = RecoveryCode::generate();
    }
    emit createRequested(passphrase());
}

void CreateDatabaseDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_create->setEnabled(!busy);
}

void CreateDatabaseDialog::showError(const QString& message)
{
    m_validation->setText(message);
}

} // namespace xs
