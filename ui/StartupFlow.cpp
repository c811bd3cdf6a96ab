#include "ui/StartupFlow.h"

#include "app/Application.h"
#include "models/common/Logging.h"
#include "ui/MainWindow.h"
#include "ui/StartupWindow.h"
#include "ui/common/CreateDatabaseDialog.h"
#include "ui/common/RecoveryCodeDialog.h"
#include "ui/common/UnlockDialog.h"

#include <QMessageBox>

namespace xs {

StartupFlow::StartupFlow(Application& application, QObject* parent)
    : QObject(parent)
    , m_application(application)
{
    UnlockController& unlocker = application.unlocker();
    connect(&unlocker, &UnlockController::creationNeeded, this, &StartupFlow::askToCreate);
    connect(&unlocker, &UnlockController::passphraseNeeded, this, &StartupFlow::askForPassphrase);
    connect(&unlocker, &UnlockController::passphraseRejected, this, &StartupFlow::rejectPassphrase);
    connect(&unlocker, &UnlockController::failed, this, &StartupFlow::showFailure);
    connect(&application, &Application::databaseOpened, this, &StartupFlow::openMainWindow);
    connect(&unlocker, &UnlockController::busyChanged, this, [this](bool busy) {
        if (busy && (m_unlockDialog || m_createDialog)) // before them, the keychain is being read
            setStatus(tr("Unlocking the database…"), true);
        if (m_unlockDialog)
            m_unlockDialog->setBusy(busy);
        if (m_createDialog)
            m_createDialog->setBusy(busy);
    });
}

StartupFlow::~StartupFlow() = default;

void StartupFlow::start(const QString& scriptedPassphrase)
{
    m_scriptedPassphrase = scriptedPassphrase;
    m_startupWindow = std::make_unique<StartupWindow>(m_application.databasePath());
    connect(m_startupWindow.get(), &StartupWindow::quitRequested, this, [this] { emit abandoned(0); });
    m_startupWindow->show();
    m_sinceStart.start();
    m_application.unlocker().start();
}

void StartupFlow::setStatus(const QString& status, bool busy)
{
    if (m_startupWindow)
        m_startupWindow->setStatus(status, busy);
}

void StartupFlow::askForPassphrase(const UnlockError& reason)
{
    if (!m_scriptedPassphrase.isEmpty()) {
        setStatus(tr("Unlocking the database with the recovery passphrase…"), true);
        const QString passphrase = std::exchange(m_scriptedPassphrase, QString());
        m_application.unlocker().submitPassphrase(passphrase, false);
        return;
    }
    setStatus(tr("The keychain could not unlock the database: enter the recovery passphrase."), false);
    m_unlockDialog = new UnlockDialog(m_application.databasePath(), reason.message(), m_startupWindow.get());
    m_unlockDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_unlockDialog, &UnlockDialog::passphraseSubmitted, &m_application.unlocker(),
            &UnlockController::submitPassphrase);
    connect(m_unlockDialog, &QDialog::rejected, this, &StartupFlow::quitUnlessOpen);
    m_unlockDialog->show();
}

void StartupFlow::rejectPassphrase(const UnlockError& error)
{
    if (m_unlockDialog) {
        m_unlockDialog->showError(error.message());
        return;
    }
    askForPassphrase(error); // a scripted passphrase failed: ask a person
}

void StartupFlow::askToCreate()
{
    setStatus(tr("There is no database here yet: create one to begin."), false);
    m_createDialog = new CreateDatabaseDialog(m_application.databasePath(), m_startupWindow.get());
    m_createDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_createDialog, &CreateDatabaseDialog::createRequested, &m_application.unlocker(),
            &UnlockController::createDatabase);
    connect(m_createDialog, &QDialog::rejected, this, &StartupFlow::quitUnlessOpen);
    m_createDialog->show();
}

void StartupFlow::showFailure(const UnlockError& error)
{
    setStatus(tr("The database cannot be opened."), false);
    QWidget* parent = m_unlockDialog   ? static_cast<QWidget*>(m_unlockDialog)
                      : m_createDialog ? static_cast<QWidget*>(m_createDialog)
                                       : m_startupWindow.get();
    QMessageBox box(QMessageBox::Critical, tr("Cannot open the database"), error.message(),
                    QMessageBox::Close, parent);
    box.setObjectName(QStringLiteral("startupFailure"));
    box.setInformativeText(m_application.databasePath());
    if (!error.detail().isEmpty())
        box.setDetailedText(error.detail());
    box.exec();
    emit abandoned(1);
}

void StartupFlow::quitUnlessOpen()
{
    if (!m_window)
        emit abandoned(0);
}

void StartupFlow::openMainWindow()
{
    const QString recoveryCode = m_createDialog ? m_createDialog->generatedRecoveryCode() : QString();
    // The window exists before the dialogs close, so their "rejected" no longer means quit.
    m_window = std::make_unique<MainWindow>(m_application);
    if (!m_startArea.isEmpty())
        m_window->showArea(m_startArea);
    if (m_createDialog)
        m_createDialog->close();
    if (m_unlockDialog)
        m_unlockDialog->close();
    m_window->show();
    // `./xs run` waits for this line before its screenshot; it also tells how long a start took.
    qCInfo(lcApp, "main window shown %lld ms after start", qint64(m_sinceStart.elapsed()));
    // Later, not now: the dialogs that were its children are still closing.
    if (m_startupWindow) {
        m_startupWindow->hide();
        m_startupWindow.release()->deleteLater();
    }
    if (!recoveryCode.isEmpty()) {
        RecoveryCodeDialog dialog(recoveryCode, m_window.get());
        dialog.exec();
    }
}

} // namespace xs
