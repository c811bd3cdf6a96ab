#include "ui/sync/HubLoginDialog.h"

#include "app/sync/SyncService.h"
#include "ui/common/BusyBar.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace xs {

namespace {

QString normalisedPin(const QString& text)
{
    return text.trimmed().toLower().remove(QLatin1Char(':')).remove(QLatin1Char(' '));
}

} // namespace

HubLoginDialog::HubLoginDialog(SyncService& sync, QWidget* parent)
    : QDialog(parent)
    , m_sync(sync)
{
    setObjectName(QStringLiteral("hubLoginDialog"));
    setWindowTitle(tr("Connect to the Province Hub"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sync.svg")));
    const HubConnection current = sync.connection();

    auto* intro =
        new QLabel(tr("Changes made on this computer are sent to the hub, and the hub's changes are "
                      "brought here. The password is sent to the hub only; the session it grants "
                      "is kept in this computer's keychain."),
                   this);
    intro->setWordWrap(true);

    m_url = new QLineEdit(current.url.toString(), this);
    m_url->setObjectName(QStringLiteral("hubUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://hub.example.gov.cn:8443"));
    m_url->setMinimumWidth(380);

    m_caFile = new QLineEdit(current.caFile, this);
    m_caFile->setObjectName(QStringLiteral("hubCaEdit"));
    m_caFile->setPlaceholderText(tr("Optional: the deployment's CA certificate (PEM)"));
    auto* browse = new QToolButton(this);
    browse->setText(tr("Browse..."));
    connect(browse, &QToolButton::clicked, this, &HubLoginDialog::chooseCaFile);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    m_pin = new QLineEdit(current.pin, this);
    m_pin->setObjectName(QStringLiteral("hubPinEdit"));
    m_pin->setPlaceholderText(tr("Optional: SHA-256 of the hub certificate, in hex"));

    m_user = new QLineEdit(current.user, this);
    m_user->setObjectName(QStringLiteral("hubUserEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("hubPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);

    auto* form = new QFormLayout;
    form->addRow(tr("Hub &address:"), m_url);
    form->addRow(tr("&CA file:"), caRow);
    form->addRow(tr("Certificate &pin:"), m_pin);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("hubLoginError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    m_busy = createBusyBar(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit = buttons->addButton(tr("&Log In"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("hubLoginButton"));
    m_submit->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &HubLoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);

    for (QLineEdit* edit : {m_url, m_pin, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &HubLoginDialog::updateSubmit);
    connect(&m_sync, &SyncService::loginFinished, this, &HubLoginDialog::onLoginFinished);
    updateSubmit();
    (m_url->text().isEmpty() ? m_url : m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

HubConnection HubLoginDialog::connection() const
{
    HubConnection connection;
    connection.url = QUrl(m_url->text().trimmed());
    connection.caFile = m_caFile->text().trimmed();
    connection.pin = normalisedPin(m_pin->text());
    connection.user = m_user->text().trimmed();
    return connection;
}

QString HubLoginDialog::validationProblem() const
{
    const QUrl url(m_url->text().trimmed());
    if (!url.isValid() || url.host().isEmpty())
        return tr("Enter the hub's address, such as https://hub.example.gov.cn:8443.");
    if (url.scheme() != QLatin1String("https"))
        return tr("The hub must be reached over HTTPS (the address starts with https://).");
    const QString pin = normalisedPin(m_pin->text());
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    if (!pin.isEmpty() && !hex64.match(pin).hasMatch())
        return tr("A pin is 64 hexadecimal digits (a SHA-256 hash), with or without colons.");
    return {};
}

void HubLoginDialog::updateSubmit()
{
    m_submit->setEnabled(!m_waiting && !m_url->text().trimmed().isEmpty() &&
                         !m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

void HubLoginDialog::chooseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose the CA Certificate"), m_caFile->text(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

void HubLoginDialog::submit()
{
    if (const QString problem = validationProblem(); !problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    m_error->hide();
    setBusy(true);
    m_sync.login(connection(), m_password->text());
}

void HubLoginDialog::onLoginFinished(bool ok, const QString& message)
{
    if (!m_waiting)
        return;
    setBusy(false);
    if (ok) {
        accept();
        return;
    }
    m_error->setText(message);
    m_error->show();
    m_password->selectAll();
    m_password->setFocus();
}

void HubLoginDialog::setBusy(bool busy)
{
    m_waiting = busy;
    m_busy->setVisible(busy);
    for (QLineEdit* edit : {m_url, m_caFile, m_pin, m_user, m_password})
        edit->setReadOnly(busy);
    updateSubmit();
}

} // namespace xs
