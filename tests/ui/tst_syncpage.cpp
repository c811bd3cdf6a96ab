// The sync page, offscreen, against a real hub over TLS and a real keychain: logging in, syncing
// with progress and cancel, backoff after failures, a conflict resolved field by field in the
// dialog, and a rejected change shown with its reason and discarded.
#include "app/secrets/BlockingKeyStore.h"
#include "app/secrets/QtKeychainStore.h"
#include "app/sync/SyncService.h"
#include "models/common/Clock.h"
#include "models/journal/ConflictFieldsModel.h"
#include "models/journal/FieldLabels.h"
#include "models/journal/SyncIssuesModels.h"
#include "models/journal/SyncLedger.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TcpProxy.h"
#include "tests/support/TestDesktop.h"
#include "tests/support/TestSupport.h"
#include "ui/common/StatusIndicators.h"
#include "ui/sync/ConflictDialog.h"
#include "ui/sync/HubLoginDialog.h"
#include "ui/sync/SyncIssuesPanel.h"
#include "ui/sync/SyncPage.h"
#include "ui/sync/SyncStatusPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
// What every change here is stamped with: these tests hold on any date.
xs::ManualClock TestClock(xs::ManualClock::chinaMorning(QDate(2026, 6, 15)));
} // namespace

using namespace xs;
using namespace xs::test;

namespace {
const QString Password = xs::test::DemoPassword;
const QString Cataloguer = QStringLiteral("demo-cataloguer");
const QString Department = QStringLiteral("430000027");
const QString Entity = QStringLiteral("catalog_entry");
constexpr int HubWaitMs = 30000;

/// With XS_SCREENSHOT_DIR set, keeps what the widget looks like, for people to check by eye.
void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString directory = qEnvironmentVariable("XS_SCREENSHOT_DIR");
    if (!directory.isEmpty())
        widget->grab().save(directory + QLatin1Char('/') + name);
}
} // namespace

class TestSyncPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void startsOfflineWithoutAHub();
    void wrongPasswordKeepsTheDialogOpenWithTheReason();
    void loginKeepsTheTokenInTheKeychainAndSyncs();
    void changesAreCountedUntilSent();
    void conflictIsResolvedFieldByFieldInTheDialog();
    void rejectedChangeShowsTheReasonAndCanBeDiscarded();
    void cancelStopsASyncThatHangs();
    void failuresBackOffExponentially();
    void revokedSessionAsksForANewLogin();
    void logoutForgetsTheToken();
    void recordsNotStoredShowWithTheirReason();

private:
    template <typename T>
    T* find(const char* name) const
    {
        return m_page->findChild<T*>(QLatin1String(name));
    }
    bool syncAndWait();
    QString createEntry(ChangeJournal& journal, const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<HubProcess> m_hub;
    std::unique_ptr<TcpProxy> m_proxy;
    std::unique_ptr<TestDesktop> m_other; // another desktop on the same hub
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QtKeychainStore> m_keychain;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<SyncPage> m_page;
    std::unique_ptr<SyncStatusIndicator> m_indicator;
    std::unique_ptr<QAbstractItemModelTester> m_conflictTester;
    std::unique_ptr<QAbstractItemModelTester> m_rejectedTester;
    std::unique_ptr<QAbstractItemModelTester> m_quarantineTester;
};

void TestSyncPage::initTestCase()
{
    const QString hubDatabase = m_dir.filePath(QStringLiteral("hub.db"));
    QCOMPARE(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), hubDatabase}), 0);
    m_hub = std::make_unique<HubProcess>(m_dir.path());
    QVERIFY2(m_hub->start(hubDatabase), m_hub->log().constData());
    // This desktop reaches the hub through a proxy, which can make the hub hang on demand.
    m_proxy = std::make_unique<TcpProxy>(m_hub->port());
    QVERIFY(m_proxy->listen());
    m_other = std::make_unique<TestDesktop>(m_dir.filePath(QStringLiteral("other.db")), *m_hub, Cataloguer,
                                            Password);
    QVERIFY2(m_other->isReady(), qPrintable(m_other->error()));

    m_database = test::createDatabase(m_dir.filePath(QStringLiteral("desk.db")), DatabaseKey::generate());
    QVERIFY(m_database);
    m_keychain = std::make_unique<QtKeychainStore>();
    m_sync = std::make_unique<SyncService>(*m_database, *m_keychain, TestClock);
    m_sync->setAutomatic(false); // the test decides when to sync, except where it tests the schedule
    m_page = std::make_unique<SyncPage>(*m_sync);
    m_indicator = std::make_unique<SyncStatusIndicator>(m_sync.get());
    m_conflictTester = std::make_unique<QAbstractItemModelTester>(
        &m_page->issues().conflicts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_rejectedTester = std::make_unique<QAbstractItemModelTester>(
        &m_page->issues().rejected(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_quarantineTester = std::make_unique<QAbstractItemModelTester>(
        &m_page->issues().quarantined(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1000, 700);
    m_page->show();
    m_sync->start();
}

void TestSyncPage::cleanupTestCase()
{
    m_conflictTester.reset();
    m_rejectedTester.reset();
    m_quarantineTester.reset();
    m_indicator.reset();
    m_page.reset();
    m_sync.reset();
    m_database.reset();
    m_other.reset();
    m_hub.reset();
}

bool TestSyncPage::syncAndWait()
{
    QSignalSpy finished(m_sync.get(), &SyncService::syncFinished);
    find<QPushButton>("syncNowButton")->click();
    return finished.wait(HubWaitMs) &&
           !finished.constFirst().constFirst().value<SyncEngine::Summary>().error.isError();
}

QString TestSyncPage::createEntry(ChangeJournal& journal, const QString& name)
{
    const QString id = ChangeJournal::newId(TestClock);
    const DatabaseError error = journal.upsert(Entity, id, test::validCatalogEntry(name, Department));
    return error.isError() ? QString() : id;
}

void TestSyncPage::startsOfflineWithoutAHub()
{
    QCOMPARE(m_sync->state(), SyncService::State::NotConfigured);
    QVERIFY(find<QLabel>("syncState")->text().contains(QStringLiteral("no hub")));
    QVERIFY(!find<QPushButton>("syncNowButton")->isEnabled());
    QCOMPARE(find<QPushButton>("hubLoginOpen")->text(), SyncStatusPanel::tr("&Connect to Hub..."));
    QCOMPARE(m_indicator->findChild<QLabel*>(QStringLiteral("syncStatusText"))->text(),
             SyncStatusIndicator::tr("Sync: no hub configured"));
    // Both lists say they are empty instead of showing blank tables.
    auto* tabs = find<QTabWidget>("syncIssueTabs");
    QCOMPARE(tabs->tabText(0), SyncIssuesPanel::tr("Conflicts (%1)").arg(0));
    QVERIFY(!find<QTableView>("conflictList")->isVisible());
    QVERIFY(!find<QPushButton>("resolveConflictButton")->isEnabled());
}

void TestSyncPage::wrongPasswordKeepsTheDialogOpenWithTheReason()
{
    HubLoginDialog dialog(*m_sync);
    dialog.show();
    auto* submit = dialog.findChild<QPushButton*>(QStringLiteral("hubLoginButton"));
    QVERIFY(!submit->isEnabled()); // nothing filled in yet
    dialog.findChild<QLineEdit*>(QStringLiteral("hubUrlEdit"))->setText(QStringLiteral("http://localhost:1"));
    dialog.findChild<QLineEdit*>(QStringLiteral("hubUserEdit"))->setText(Cataloguer);
    dialog.findChild<QLineEdit*>(QStringLiteral("hubPasswordEdit"))->setText(QStringLiteral("wrong"));
    submit->click();
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("hubLoginError"));
    QVERIFY(error->isVisible()); // plain HTTP is refused before anything is sent
    QVERIFY(error->text().contains(QStringLiteral("HTTPS")));

    dialog.findChild<QLineEdit*>(QStringLiteral("hubUrlEdit"))
        ->setText(QStringLiteral("https://localhost:%1").arg(m_proxy->port()));
    dialog.findChild<QLineEdit*>(QStringLiteral("hubCaEdit"))->setText(m_hub->caFile());
    QSignalSpy finished(m_sync.get(), &SyncService::loginFinished);
    submit->click();
    QVERIFY(finished.wait(HubWaitMs));
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QVERIFY(dialog.isVisible());
    QVERIFY(error->isVisible());
    QVERIFY2(!error->text().isEmpty(), qPrintable(error->text()));
    QCOMPARE(m_sync->state(), SyncService::State::NotConfigured);
}

void TestSyncPage::loginKeepsTheTokenInTheKeychainAndSyncs()
{
    HubLoginDialog dialog(*m_sync);
    dialog.show();
    dialog.findChild<QLineEdit*>(QStringLiteral("hubUrlEdit"))
        ->setText(QStringLiteral("https://localhost:%1").arg(m_proxy->port()));
    dialog.findChild<QLineEdit*>(QStringLiteral("hubCaEdit"))->setText(m_hub->caFile());
    dialog.findChild<QLineEdit*>(QStringLiteral("hubPinEdit"))->setText(m_hub->pin().toUpper());
    dialog.findChild<QLineEdit*>(QStringLiteral("hubUserEdit"))->setText(Cataloguer);
    dialog.findChild<QLineEdit*>(QStringLiteral("hubPasswordEdit"))->setText(Password);
    QSignalSpy synced(m_sync.get(), &SyncService::syncFinished);
    QSignalSpy progress(m_sync.get(), &SyncService::progress);
    dialog.findChild<QPushButton*>(QStringLiteral("hubLoginButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), HubWaitMs);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_sync->connection().pin, m_hub->pin()); // pins are kept in lower case

    // The token is in the keychain, under this database, and nowhere in the database file.
    const KeyStore::Result stored =
        BlockingKeyStore::read(*m_keychain, HubConnection::tokenAccount(m_database->databaseId()));
    QVERIFY(stored.ok());
    const std::optional<HubToken> token = HubToken::decode(stored.secret);
    QVERIFY(token && token->user == Cataloguer);

    // Logging in starts a first sync, which brings the hub's records.
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty(), HubWaitMs);
    const auto summary = synced.constFirst().constFirst().value<SyncEngine::Summary>();
    QVERIFY2(!summary.error.isError(), qPrintable(summary.error.detail()));
    QVERIFY(summary.pulled > 100);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(m_sync->state(), SyncService::State::Idle);
    QVERIFY(m_sync->lastSuccess().isValid());
    QVERIFY(find<QLabel>("syncLastResult")->text().contains(QLocale().toString(summary.pulled)));
    QVERIFY(find<QPushButton>("syncNowButton")->isEnabled());
    QVERIFY(!find<QProgressBar>("syncProgress")->isVisible());
    QVERIFY(find<QLabel>("syncHub")->text().contains(Cataloguer));
}

void TestSyncPage::changesAreCountedUntilSent()
{
    ChangeJournal journal(m_database->connection(), Cataloguer, TestClock);
    QVERIFY(!createEntry(journal, QStringLiteral("不动产登记信息")).isEmpty());
    QVERIFY(!createEntry(journal, QStringLiteral("社会保险参保信息")).isEmpty());
    m_sync->refreshCounts();
    QCOMPARE(m_sync->counts().unsynced, 2);
    QVERIFY(find<QLabel>("syncUnsynced")->text().startsWith(QStringLiteral("2 ")));
    QVERIFY(m_indicator->findChild<QLabel*>(QStringLiteral("syncStatusText"))
                ->text()
                .contains(QStringLiteral("2")));
    QVERIFY(syncAndWait());
    QCOMPARE(m_sync->counts().unsynced, 0);
    QCOMPARE(m_sync->lastSummary().pushed, 2);
    QVERIFY(find<QLabel>("syncUnsynced")->text().startsWith(QStringLiteral("0 ")));
}

void TestSyncPage::conflictIsResolvedFieldByFieldInTheDialog()
{
    ChangeJournal journal(m_database->connection(), Cataloguer, TestClock);
    const QString id = createEntry(journal, QStringLiteral("学籍信息"));
    QVERIFY(syncAndWait());
    QVERIFY(!m_other->sync().error.isError());

    // Both change the name; this desktop also changes the abstract, the other the grade.
    QVERIFY(!journal
                 .upsert(Entity, id,
                         {{QStringLiteral("name"), QStringLiteral("学籍信息（本机）")},
                          {QStringLiteral("abstract"), QStringLiteral("本机摘要")}})
                 .isError());
    QVERIFY(!m_other->journal()
                 .upsert(Entity, id,
                         {{QStringLiteral("name"), QStringLiteral("学籍信息（枢纽）")},
                          {QStringLiteral("grade"), QStringLiteral("重要数据")}})
                 .isError());
    QCOMPARE(m_other->sync().pushed, 1);
    syncAndWait();
    QCOMPARE(m_sync->counts().conflicts, 1);
    QCOMPARE(find<QTabWidget>("syncIssueTabs")->tabText(0), SyncIssuesPanel::tr("Conflicts (%1)").arg(1));
    QTRY_VERIFY(find<QTableView>("conflictList")->isVisible());
    QVERIFY(find<QPushButton>("resolveConflictButton")->isEnabled());

    const std::optional<ConflictRecord> conflict = m_page->issues().conflicts().conflictAt(0);
    QVERIFY(conflict);
    ConflictDialog dialog(*m_sync, *conflict);
    QAbstractItemModelTester tester(&dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    ConflictFieldsModel& model = dialog.model();
    // The conflicting field first, then what merged by itself; base, local and hub side by side.
    QCOMPARE(model.index(0, ConflictFieldsModel::BaseColumn).data().toString(), QStringLiteral("学籍信息"));
    QCOMPARE(model.index(0, ConflictFieldsModel::LocalColumn).data().toString(),
             QStringLiteral("学籍信息（本机）"));
    QCOMPARE(model.index(0, ConflictFieldsModel::HubColumn).data().toString(),
             QStringLiteral("学籍信息（枢纽）"));
    QVERIFY(model.index(0, 0).data(ConflictFieldsModel::NeedsChoiceRole).toBool());
    QCOMPARE(model.rowCount(), 3); // name (conflict), abstract and grade (merged)
    QVERIFY(!model.index(1, 0).data(ConflictFieldsModel::NeedsChoiceRole).toBool());
    QVERIFY(!(model.flags(model.index(1, ConflictFieldsModel::LocalColumn)) & Qt::ItemIsUserCheckable));

    auto* resolve = dialog.findChild<QPushButton*>(QStringLiteral("resolveButton"));
    QVERIFY(!resolve->isEnabled()); // nothing chosen yet
    saveScreenshot(m_page.get(), QStringLiteral("sync-page-conflict.png"));
    saveScreenshot(&dialog, QStringLiteral("conflict-dialog.png"));
    // Keyboard: the current cell is this computer's name; move right to the hub's and tick it.
    auto* table = dialog.findChild<QTableView*>(QStringLiteral("conflictFields"));
    table->setFocus();
    QCOMPARE(table->currentIndex(), model.index(0, ConflictFieldsModel::LocalColumn));
    QTest::keyClick(table, Qt::Key_Right);
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(model.index(0, ConflictFieldsModel::HubColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
    QCOMPARE(model.index(0, ConflictFieldsModel::LocalColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    QVERIFY(resolve->isEnabled());
    resolve->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    m_page->issues().conflicts().reload();
    QCOMPARE(m_page->issues().conflicts().rowCount(), 0);

    // The resolution is a new operation; once sent, the other desktop gets it.
    QVERIFY(m_sync->counts().unsynced >= 1);
    QVERIFY(syncAndWait());
    QCOMPARE(m_sync->counts().unsynced, 0);
    QVERIFY(!m_other->sync().error.isError());
    const std::optional<RecordState> there = m_other->record(Entity, id);
    QVERIFY(there);
    QCOMPARE(there->fields.value(QStringLiteral("name")).toString(), QStringLiteral("学籍信息（枢纽）"));
    QCOMPARE(there->fields.value(QStringLiteral("abstract")).toString(), QStringLiteral("本机摘要"));
    QCOMPARE(there->fields.value(QStringLiteral("grade")).toString(), QStringLiteral("重要数据"));
}

void TestSyncPage::rejectedChangeShowsTheReasonAndCanBeDiscarded()
{
    // A cataloguer may only edit their own department's entries: the hub refuses this one.
    ChangeJournal journal(m_database->connection(), Cataloguer, TestClock);
    const QString id = ChangeJournal::newId(TestClock);
    QVERIFY(!journal
                 .upsert(Entity, id,
                         test::validCatalogEntry(QStringLiteral("他部门的目录"), QStringLiteral("430000001")))
                 .isError());
    syncAndWait();
    QCOMPARE(m_sync->counts().rejected, 1);
    RejectedOperationsModel& rejected = m_page->issues().rejected();
    QCOMPARE(rejected.rowCount(), 1);
    QCOMPARE(rejected.index(0, RejectedOperationsModel::RecordColumn).data().toString(),
             QStringLiteral("他部门的目录"));
    const QString reason = rejected.index(0, RejectedOperationsModel::ReasonColumn).data().toString();
    QVERIFY2(reason.startsWith(rejectionLabel(QStringLiteral("forbidden"))), qPrintable(reason));
    QCOMPARE(find<QTabWidget>("syncIssueTabs")->tabText(1),
             SyncIssuesPanel::tr("Rejected Changes (%1)").arg(1));
    find<QTabWidget>("syncIssueTabs")->setCurrentIndex(1);
    saveScreenshot(m_page.get(), QStringLiteral("sync-page-rejected.png"));

    // Discarding asks first; cancelling keeps it.
    auto* discard = find<QPushButton>("discardRejectedButton");
    QVERIFY(discard->isEnabled());
    const auto answer = [](bool confirm) {
        QTimer::singleShot(0, [confirm] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box && box->objectName() == QLatin1String("confirmDiscard"));
            if (!confirm) {
                box->reject();
                return;
            }
            for (QAbstractButton* button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
    };
    answer(false);
    discard->click();
    QCOMPARE(rejected.rowCount(), 1);
    answer(true);
    discard->click();
    QCOMPARE(rejected.rowCount(), 0);
    QCOMPARE(m_sync->counts().rejected, 0);
}

void TestSyncPage::cancelStopsASyncThatHangs()
{
    ChangeJournal journal(m_database->connection(), Cataloguer, TestClock);
    QVERIFY(!createEntry(journal, QStringLiteral("挂起时的修改")).isEmpty());
    m_sync->refreshCounts();
    m_proxy->holdAnswers(true);
    QSignalSpy finished(m_sync.get(), &SyncService::syncFinished);
    find<QPushButton>("syncNowButton")->click();
    QCOMPARE(m_sync->state(), SyncService::State::Syncing);
    auto* cancel = find<QPushButton>("syncCancelButton");
    QVERIFY(cancel->isVisible());
    QVERIFY(!find<QPushButton>("syncNowButton")->isEnabled());
    QTest::qWait(300); // the request is on its way, the hub "thinks"
    QVERIFY(finished.isEmpty());
    cancel->click();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 5000); // the abort may finish it at once
    m_proxy->holdAnswers(false);
    QCOMPARE(finished.constFirst().constFirst().value<SyncEngine::Summary>().error.kind(),
             HubError::Kind::Cancelled);
    QCOMPARE(m_sync->state(), SyncService::State::Idle);
    QVERIFY(!cancel->isVisible());
    QVERIFY(find<QLabel>("syncLastResult")->text().contains(SyncStatusPanel::tr("cancelled").left(6)));
    // Nothing is lost: the change is still waiting, and the next sync sends it.
    QCOMPARE(m_sync->counts().unsynced, 1);
    QVERIFY(syncAndWait());
    QCOMPARE(m_sync->counts().unsynced, 0);
}

void TestSyncPage::failuresBackOffExponentially()
{
    m_hub->stop();
    m_sync->setAutomatic(true);
    // Delays are measured from the moment each sync ends, so a busy machine cannot skew them.
    QList<qint64> delays;
    QObject scope; // the connection ends with this test, even if it fails early
    connect(m_sync.get(), &SyncService::syncFinished, &scope,
            [&] { delays.append(m_sync->clock().now().msecsTo(m_sync->nextAttempt())); });
    QSignalSpy finished(m_sync.get(), &SyncService::syncFinished);
    m_sync->syncNow();
    QVERIFY(finished.wait(HubWaitMs));
    QCOMPARE(m_sync->state(), SyncService::State::Failing);
    QVERIFY2(qAbs(delays.value(0) - RetryPolicy::delayMs(1)) < 100,
             qPrintable(QString::number(delays.value(0))));
    QVERIFY(find<QLabel>("syncState")->text().contains(QStringLiteral("Next attempt")));
    QVERIFY(m_indicator->findChild<QLabel*>(QStringLiteral("syncStatusText"))
                ->text()
                .contains(QStringLiteral("retry")));
    // The retry runs by itself, fails again, and waits twice as long.
    QVERIFY(finished.wait(RetryPolicy::delayMs(1) + HubWaitMs));
    QCOMPARE(RetryPolicy::delayMs(2), 2 * RetryPolicy::delayMs(1));
    QVERIFY2(qAbs(delays.value(1) - RetryPolicy::delayMs(2)) < 100,
             qPrintable(QString::number(delays.value(1))));
    m_sync->setAutomatic(false);
    QVERIFY(!m_sync->nextAttempt().isValid());
}

void TestSyncPage::revokedSessionAsksForANewLogin()
{
    // The hub comes back on another store that never issued this desktop's token: it answers 401.
    const QString fresh = m_dir.filePath(QStringLiteral("hub-fresh.db"));
    QCOMPARE(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), fresh}), 0);
    QVERIFY2(m_hub->start(fresh), m_hub->log().constData());
    QSignalSpy finished(m_sync.get(), &SyncService::syncFinished);
    m_sync->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), HubWaitMs);
    QCOMPARE(finished.constFirst().constFirst().value<SyncEngine::Summary>().error.kind(),
             HubError::Kind::Unauthorized);
    QCOMPARE(m_sync->state(), SyncService::State::LoggedOut);
    QVERIFY(find<QLabel>("syncState")->text().startsWith(QStringLiteral("Logged out")));
    QVERIFY(find<QPushButton>("hubLoginOpen")->isVisible());
    QVERIFY(!find<QPushButton>("syncNowButton")->isEnabled());
    QVERIFY(!m_sync->nextAttempt().isValid()); // no pointless retries until someone logs in
}

void TestSyncPage::logoutForgetsTheToken()
{
    m_sync->logout();
    QCOMPARE(m_sync->state(), SyncService::State::LoggedOut);
    QTRY_VERIFY_WITH_TIMEOUT(
        BlockingKeyStore::read(*m_keychain, HubConnection::tokenAccount(m_database->databaseId())).status ==
            KeyStore::Status::NotFound,
        10000);
    QCOMPARE(find<QPushButton>("hubLoginOpen")->text(), SyncStatusPanel::tr("&Log In..."));
    QVERIFY(find<QPushButton>("hubLoginOpen")->isVisible());
    QVERIFY(!find<QPushButton>("syncNowButton")->isEnabled());
    // The hub address stays, so logging in again only needs the password.
    HubLoginDialog dialog(*m_sync);
    QCOMPARE(dialog.connection().user, Cataloguer);
    QVERIFY(dialog.connection().url.toString().contains(QString::number(m_proxy->port())));
}

void TestSyncPage::recordsNotStoredShowWithTheirReason()
{
    auto* tabs = find<QTabWidget>("syncIssueTabs");
    QCOMPARE(tabs->tabText(2), SyncIssuesPanel::tr("Not Stored (%1)").arg(0));
    // What the applier sets aside when the hub sends a record this computer cannot store.
    const QString reason = QStringLiteral("name is longer than 300 characters");
    QVERIFY(
        !SyncLedger(m_database->connection())
             .quarantine({Entity, QStringLiteral("0192f000-0000-7000-8000-00000000bad1"), 3, 1, reason, "{}"},
                         TestClock.timestamp())
             .isError());
    m_sync->refreshCounts(); // as after every sync
    QCOMPARE(tabs->tabText(2), SyncIssuesPanel::tr("Not Stored (%1)").arg(1));
    tabs->setCurrentIndex(2);
    const QuarantineModel& model = m_page->issues().quarantined();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, QuarantineModel::ReasonColumn).data().toString(), reason);
    // China's wall clock, whatever the machine's zone (the test clock is at 09:00 in China).
    QCOMPARE(model.index(0, QuarantineModel::ReceivedColumn).data().toString(),
             QStringLiteral("2026-06-15 09:00"));
    QVERIFY(model.index(0, QuarantineModel::RecordColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("bad1")));
    saveScreenshot(m_page.get(), QStringLiteral("sync-not-stored.png"));
}

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
