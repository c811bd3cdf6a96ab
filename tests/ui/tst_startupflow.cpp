// Start-up as a user meets it, offscreen: first run, unlock after losing the keychain entry (typed
// in Chinese through the input method), and a damaged database.
#include "app/Application.h"
#include "app/secrets/BlockingKeyStore.h"
#include "app/secrets/DatabaseCreator.h"
#include "app/secrets/QtKeychainStore.h"
#include "app/secrets/RecoveryFile.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WhenShown.h"
#include "ui/MainWindow.h"
#include "ui/StartupFlow.h"
#include "ui/StartupWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace xs;

namespace {

template <typename Widget>
Widget* findTopLevel(const QString& objectName)
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == objectName && widget->isVisible())
            return qobject_cast<Widget*>(widget);
    }
    return nullptr;
}

/// Types text the way an input method commits it; QTest::keyClicks cannot send Chinese.
void commitText(QWidget* widget, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

/// A keychain that answers "no service" only after a delay.
class SlowKeyStore final : public KeyStore
{
public:
    explicit SlowKeyStore(int delayMs)
        : m_delayMs(delayMs)
    {}
    void read(const QString&, Callback done) override { answerLater(std::move(done)); }
    void write(const QString&, const QByteArray&, Callback done) override { answerLater(std::move(done)); }
    void remove(const QString&, Callback done) override { answerLater(std::move(done)); }

private:
    void answerLater(Callback done)
    {
        QTimer::singleShot(m_delayMs, qApp, [done = std::move(done)] {
            done({KeyStore::Status::NoService, {}, QStringLiteral("no answer from the Secret Service")});
        });
    }
    int m_delayMs;
};

} // namespace

class TestStartupFlow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void unlockDialogAppearsWhenTheKeychainEntryIsGone();
    void firstRunWithOwnPassphraseValidatesBesideTheField();
    void firstRunWithRecoveryCodeShowsItOnce();
    void damagedDatabaseIsReportedAndNothingOpens();
    void aWindowShowsAtOnceWhileTheKeychainIsSlow();
    void quitOnTheStartupWindowEndsTheStart();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStartupFlow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestStartupFlow::unlockDialogAppearsWhenTheKeychainEntryIsGone()
{
    const QString passphrase = QStringLiteral("湘江北去橘子洲头恢复口令");
    const QString path = m_dir->filePath(QStringLiteral("lost.db"));
    const DatabaseCreator::Result created = DatabaseCreator::create(path, passphrase, false);
    QVERIFY(!created.error.isError()); // nothing was stored in the keychain

    Application application(std::make_unique<QtKeychainStore>(), std::make_unique<SystemClock>(), path);
    StartupFlow startup(application);
    startup.start();
    QTRY_VERIFY_WITH_TIMEOUT(findTopLevel<QDialog>(QStringLiteral("unlockDialog")), 15000);
    QDialog* dialog = findTopLevel<QDialog>(QStringLiteral("unlockDialog"));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("unlockReason"))
                ->text()
                .contains(QStringLiteral("keychain")));

    auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
    auto* unlock = dialog->findChild<QPushButton*>(QStringLiteral("unlockButton"));
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("unlockError"));
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("wrong passphrase"));
    QTest::mouseClick(unlock, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QVERIFY(error->text().contains(QStringLiteral("not correct")));
    QTRY_VERIFY(unlock->isEnabled());

    edit->clear();
    edit->setFocus();
    commitText(edit, passphrase);
    QCOMPARE(edit->text(), passphrase);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(startup.mainWindow() != nullptr, 20000);
    QTRY_VERIFY(!findTopLevel<QDialog>(QStringLiteral("unlockDialog")));

    // "Remember" was on: the key is back in the keychain for next time.
    QtKeychainStore keychain;
    QTRY_COMPARE_WITH_TIMEOUT(
        BlockingKeyStore::read(keychain, KeyStore::currentAccount(created.databaseId)).secret,
        created.key.bytes(), 10000);
}

void TestStartupFlow::firstRunWithOwnPassphraseValidatesBesideTheField()
{
    const QString path = m_dir->filePath(QStringLiteral("new/xiangshu.db"));
    Application application(std::make_unique<QtKeychainStore>(), std::make_unique<SystemClock>(), path);
    StartupFlow startup(application);
    startup.start();
    QDialog* dialog = findTopLevel<QDialog>(QStringLiteral("createDatabaseDialog"));
    QVERIFY(dialog);
    auto* own = dialog->findChild<QRadioButton*>(QStringLiteral("useOwnPassphrase"));
    QTest::mouseClick(own, Qt::LeftButton, {}, QPoint(8, own->height() / 2)); // on the indicator
    auto* first = dialog->findChild<QLineEdit*>(QStringLiteral("newPassphraseEdit"));
    auto* second = dialog->findChild<QLineEdit*>(QStringLiteral("confirmPassphraseEdit"));
    auto* validation = dialog->findChild<QLabel*>(QStringLiteral("passphraseValidation"));
    auto* create = dialog->findChild<QPushButton*>(QStringLiteral("createButton"));
    QVERIFY(first->isEnabled());

    QTest::keyClicks(first, QStringLiteral("short"));
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(validation->text().contains(QStringLiteral("10")));
    QVERIFY(!QFile::exists(path));

    QTest::keyClicks(first, QStringLiteral(" but now long enough"));
    QTest::keyClicks(second, QStringLiteral("something else entirely"));
    QVERIFY(validation->text().contains(QStringLiteral("differ")));
    second->clear();
    QTest::keyClicks(second, first->text());
    QVERIFY(validation->text().isEmpty());
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(startup.mainWindow() != nullptr, 20000);
    QVERIFY(QFile::exists(path));
    QVERIFY(QFile::exists(RecoveryFile::pathFor(path)));
    QVERIFY(!findTopLevel<QDialog>(QStringLiteral("recoveryCodeDialog")));
}

void TestStartupFlow::firstRunWithRecoveryCodeShowsItOnce()
{
    const QString path = m_dir->filePath(QStringLiteral("coded.db"));
    Application application(std::make_unique<QtKeychainStore>(), std::make_unique<SystemClock>(), path);
    StartupFlow startup(application);
    startup.start();
    QDialog* dialog = findTopLevel<QDialog>(QStringLiteral("createDatabaseDialog"));
    QVERIFY(dialog);

    QString shownCode;
    bool okWasDisabled = false;
    auto* poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [&] {
        QDialog* codeDialog = findTopLevel<QDialog>(QStringLiteral("recoveryCodeDialog"));
        if (!codeDialog)
            return;
        poll->stop();
        shownCode = codeDialog->findChild<QLabel*>(QStringLiteral("recoveryCode"))->text();
        QPushButton* ok = codeDialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        okWasDisabled = !ok->isEnabled();
        codeDialog->reject(); // Escape does nothing until confirmed
        codeDialog->findChild<QCheckBox*>(QStringLiteral("confirmWrittenDown"))->setChecked(true);
        ok->click();
    });
    poll->start(50);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("createButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!shownCode.isEmpty(), 20000);
    QVERIFY(okWasDisabled);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$")).match(shownCode).hasMatch());
    QTRY_VERIFY(startup.mainWindow() != nullptr);
    delete poll;

    // The code shown is the one that opens the database.
    RecoveryFile::LoadStatus status = RecoveryFile::LoadStatus::Missing;
    const RecoveryFile recovery = RecoveryFile::load(RecoveryFile::pathFor(path), &status);
    QCOMPARE(recovery.unwrap(shownCode.toLatin1().replace('-', "")).size(), 1);
}

void TestStartupFlow::damagedDatabaseIsReportedAndNothingOpens()
{
    const QString path = m_dir->filePath(QStringLiteral("damaged.db"));
    const DatabaseCreator::Result created =
        DatabaseCreator::create(path, QStringLiteral("some passphrase 123"), false);
    QtKeychainStore keychain;
    QVERIFY(
        BlockingKeyStore::write(keychain, KeyStore::currentAccount(created.databaseId), created.key.bytes())
            .ok());
    QVERIFY(test::overwriteBytes(path, 500, QByteArray(200, '\x33')));

    Application application(std::make_unique<QtKeychainStore>(), std::make_unique<SystemClock>(), path);
    StartupFlow startup(application);
    QSignalSpy abandoned(&startup, &StartupFlow::abandoned);
    QString shownText;
    QTimer::singleShot(0, this, [&] {
        auto* poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [&, poll] {
            if (auto* box = findTopLevel<QMessageBox>(QStringLiteral("startupFailure"))) {
                poll->deleteLater();
                shownText = box->text();
                box->close();
            }
        });
        poll->start(50);
    });
    startup.start();
    QTRY_COMPARE_WITH_TIMEOUT(abandoned.count(), 1, 20000);
    QCOMPARE(abandoned.at(0).at(0).toInt(), 1);
    QVERIFY2(shownText.contains(QStringLiteral("damaged")), qPrintable(shownText));
    QVERIFY(startup.mainWindow() == nullptr);
}

// A keychain that takes its time, as one does when its D-Bus service has to start or never answers
// on a machine without a desktop session: the window is on screen at once, saying so.
void TestStartupFlow::aWindowShowsAtOnceWhileTheKeychainIsSlow()
{
    const QString passphrase = QStringLiteral("slow keychain recovery passphrase");
    const QString path = m_dir->filePath(QStringLiteral("slow.db"));
    QVERIFY(!DatabaseCreator::create(path, passphrase, false).error.isError());

    Application application(std::make_unique<SlowKeyStore>(2000), std::make_unique<SystemClock>(), path);
    application.unlocker().setKeychainRetryDelay(200);
    StartupFlow startup(application);
    QElapsedTimer shown;
    shown.start();
    startup.start();
    StartupWindow* window = startup.startupWindow();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window, 1000));
    QVERIFY2(shown.elapsed() < 1000, qPrintable(QString::number(shown.elapsed())));
    QVERIFY(window->findChild<QLabel*>(QStringLiteral("startupStatus"))
                ->text()
                .contains(QStringLiteral("keychain")));
    QVERIFY(window->findChild<QLabel*>(QStringLiteral("startupDatabase"))->text().contains(path));
    QVERIFY(!findTopLevel<QDialog>(QStringLiteral("unlockDialog")));
    test::keepScreenshot(window, QStringLiteral("startup-window"));

    // The keychain gives up (twice: one retry); the passphrase dialog opens over the window.
    QTRY_VERIFY_WITH_TIMEOUT(findTopLevel<QDialog>(QStringLiteral("unlockDialog")), 15000);
    QVERIFY(shown.elapsed() >= 2000);
    QDialog* dialog = findTopLevel<QDialog>(QStringLiteral("unlockDialog"));
    QCOMPARE(dialog->parentWidget(), window);
    QVERIFY(window->findChild<QLabel*>(QStringLiteral("startupStatus"))
                ->text()
                .contains(QStringLiteral("passphrase")));
    auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
    edit->setFocus();
    QTest::keyClicks(edit, passphrase);
    dialog->findChild<QCheckBox*>(QStringLiteral("rememberKeyCheck"))
        ->setChecked(false); // the slow keychain keeps nothing
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(startup.mainWindow() != nullptr, 20000);
    QTRY_VERIFY(startup.startupWindow() == nullptr);
    QVERIFY(startup.mainWindow()->isVisible());
}

void TestStartupFlow::quitOnTheStartupWindowEndsTheStart()
{
    const QString path = m_dir->filePath(QStringLiteral("quit.db"));
    QVERIFY(!DatabaseCreator::create(path, QStringLiteral("quit test recovery passphrase"), false)
                 .error.isError());
    Application application(std::make_unique<SlowKeyStore>(60000), std::make_unique<SystemClock>(), path);
    StartupFlow startup(application);
    QSignalSpy abandoned(&startup, &StartupFlow::abandoned);
    startup.start();
    QVERIFY(QTest::qWaitForWindowExposed(startup.startupWindow()));
    QTest::keyClick(startup.startupWindow(), Qt::Key_Escape);
    QCOMPARE(abandoned.size(), 1);
    QCOMPARE(abandoned.constFirst().constFirst().toInt(), 0);
    QVERIFY(!startup.mainWindow());
}

QTEST_MAIN(TestStartupFlow)
#include "tst_startupflow.moc"
