#include "ui/common/RecoveryCodeDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace xs {

RecoveryCodeDialog::RecoveryCodeDialog(const QString& code, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("recoveryCodeDialog"));
    setWindowTitle(tr("Your Recovery Code"));

    auto* intro =
        new QLabel(tr("Write this code down and keep it somewhere safe, away from this computer. It is "
                      "shown only now. Without it, data cannot be recovered if the keychain is lost."),
                   this);
    intro->setWordWrap(true);

    auto* codeLabel = new QLabel(code, this);
    codeLabel->setObjectName(QStringLiteral("recoveryCode"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.5);
    codeLabel->setFont(mono);
    codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    codeLabel->setAlignment(Qt::AlignCenter);

    auto* confirm = new QCheckBox(tr("I have written the recovery code down"), this);
    confirm->setObjectName(QStringLiteral("confirmWrittenDown"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    QPushButton* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [code] { QApplication::clipboard()->setText(code); });
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(confirm, &QCheckBox::toggled, ok, &QPushButton::setEnabled);
    connect(confirm, &QCheckBox::toggled, this, [this](bool checked) { m_confirmed = checked; });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(codeLabel);
    layout->addSpacing(8);
    layout->addWidget(confirm);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

} // namespace xs

void xs::RecoveryCodeDialog::reject()
{
    if (m_confirmed)
        QDialog::reject();
}
