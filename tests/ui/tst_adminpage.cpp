// The 管理 area, offscreen, signed in as the demo administrator to a real hub over TLS with a real
// keychain: the hub's accounts and sessions, disabling an account and ending a session (each felt
// at once by another desktop), the hub's refusal to let administrators disable themselves, what
// other roles see, and the deadline rules, departments, holiday schedules and roles tables.
#include "app/admin/UserAdministration.h"
#include "app/areas/AdminServices.h"
#include "app/secrets/QtKeychainStore.h"
#include "app/sync/SyncService.h"
#include "models/common/Clock.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TestDesktop.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WhenShown.h"
#include "ui/admin/AccountsPanel.h"
#include "ui/admin/AdminPage.h"
#include "ui/admin/AdminTables.h"
#include "ui/admin/DeadlineRuleDialog.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;
using namespace xs::test;

namespace {
// The desktop's "today"; the hub runs on the real time. These tests hold on any date.
xs::ManualClock TestClock(xs::ManualClock::chinaMorning(QDate(2026, 6, 15)));
const QString Administrator = QStringLiteral("demo-admin");
const QString Cataloguer = QStringLiteral("demo-cataloguer");
const QString Reviewer = QStringLiteral("demo-reviewer");
constexpr int HubWaitMs = 30000;
} // namespace

class TestAdminPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyAccountIsListedWithItsRoleAndSessions();
    void disablingAnAccountEndsItsSessionsAtOnceAndEnablingLetsItBack();
    void endingOneSessionMakesThatDesktopLogInAgain();
    void theHubRefusesToDisableTheAdministratorsOwnAccount();
    void anAccountWithAChineseNameIsAdministeredToo();
    void otherRolesAndDesktopsWithoutAHubAreToldWhy();
    void aDeadlineRuleIsPublishedFromTheDialogAndReachesTheHub();
    void theRuleDialogKeepsARefusalWithItsReason();
    void departmentsSchedulesAndRolesAreListed();

private:
    template <typename T>
    T* find(const char* name) const
    {
        return m_page->findChild<T*>(QLatin1String(name));
    }
    QTableView* accountTable() const { return find<QTableView>("accountTable"); }
    void selectAccount(const QString& account);
    QString accountState(const QString& account) const;
    std::unique_ptr<AdminPage> newPage(Role role, SyncService* sync) const;

    QTemporaryDir m_dir;
    std::unique_ptr<HubProcess> m_hub;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QtKeychainStore> m_keychain;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<AdminPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

std::unique_ptr<AdminPage> TestAdminPage::newPage(Role role, SyncService* sync) const
{
    return std::make_unique<AdminPage>(
        std::make_unique<AdminServices>(m_database->connection(), Administrator, TestClock, sync), role);
}

void TestAdminPage::initTestCase()
{
    const QString hubDatabase = m_dir.filePath(QStringLiteral("hub.db"));
    QCOMPARE(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), hubDatabase}), 0);
    m_hub = std::make_unique<HubProcess>(m_dir.path());
    QVERIFY2(m_hub->start(hubDatabase), m_hub->log().constData());

    m_database = test::createDatabase(m_dir.filePath(QStringLiteral("desk.db")), DatabaseKey::generate());
    QVERIFY(m_database);
    m_keychain = std::make_unique<QtKeychainStore>();
    m_sync = std::make_unique<SyncService>(*m_database, *m_keychain, TestClock);
    m_sync->setAutomatic(false);
    m_sync->start();
    HubConnection connection;
    connection.url = m_hub->url();
    connection.caFile = m_hub->caFile();
    connection.user = Administrator;
    QSignalSpy synced(m_sync.get(), &SyncService::syncFinished);
    m_sync->login(connection, DemoPassword);
    // Logging in starts a first sync, which brings the hub's departments.
    QVERIFY(synced.wait(HubWaitMs));
    QCOMPARE(m_sync->loggedInRole(), QStringLiteral("admin"));

    m_page = newPage(Role::Admin, m_sync.get());
    for (QAbstractItemModel* model : std::initializer_list<QAbstractItemModel*>{
             m_page->accountsPanel()->accounts(), m_page->accountsPanel()->sessions(), m_page->rolesModel(),
             m_page->departmentsModel(), m_page->calendarsModel(), m_page->rulesModel()})
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_page->resize(1100, 700);
    m_page->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->accountsPanel()->accounts()->rowCount() > 0, HubWaitMs);
}

void TestAdminPage::cleanupTestCase()
{
    m_testers.clear();
    if (m_sync)
        m_sync->logout(); // leaves no token in the keychain
    m_page.reset();
    m_sync.reset();
    m_database.reset();
    m_hub.reset();
}

void TestAdminPage::selectAccount(const QString& account)
{
    const int row = m_page->accountsPanel()->accounts()->rowOf(account);
    QVERIFY(row >= 0);
    accountTable()->setCurrentIndex(m_page->accountsPanel()->accounts()->index(row, 0));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->accountsPanel()->sessions()->account(), account, HubWaitMs);
}

QString TestAdminPage::accountState(const QString& account) const
{
    const HubAccountsModel* accounts = m_page->accountsPanel()->accounts();
    return accounts->index(accounts->rowOf(account), HubAccountsModel::StateColumn).data().toString();
}

void TestAdminPage::everyAccountIsListedWithItsRoleAndSessions()
{
    const HubAccountsModel* accounts = m_page->accountsPanel()->accounts();
    QCOMPARE(accounts->rowCount(), 5); // the hub's demo accounts
    const int admin = accounts->rowOf(Administrator);
    QVERIFY(admin >= 0);
    QCOMPARE(accounts->index(admin, HubAccountsModel::RoleColumn).data().toString(),
             QCoreApplication::translate("xs::FieldLabels", roleLabelSource(Role::Admin)));
    // This desktop's own sign-in is a session of the administrator.
    QVERIFY(accounts->index(admin, HubAccountsModel::SessionsColumn).data().toInt() >= 1);
    QCOMPARE(accountState(Administrator), HubAccountsModel::tr("Active"));
    // The cataloguer's department is shown by its name, as the synced departments have it.
    const QString department =
        accounts->index(accounts->rowOf(Cataloguer), HubAccountsModel::DepartmentColumn).data().toString();
    QVERIFY2(department.startsWith(QStringLiteral("湖南省")), qPrintable(department));

    selectAccount(Administrator);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->accountsPanel()->sessions()->rowCount() >= 1, HubWaitMs);
    QVERIFY(!find<QPushButton>("enableAccount")->isEnabled()); // already active
}

void TestAdminPage::disablingAnAccountEndsItsSessionsAtOnceAndEnablingLetsItBack()
{
    TestDesktop other(m_dir.filePath(QStringLiteral("cataloguer.db")), *m_hub, Cataloguer, DemoPassword);
    QVERIFY2(other.isReady(), qPrintable(other.error()));
    QVERIFY(!other.sync().error.isError());

    selectAccount(Cataloguer);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->accountsPanel()->sessions()->rowCount() >= 1, HubWaitMs);
    // Asked first; "No" changes nothing.
    whenShown<QMessageBox>([](QMessageBox* question) { question->button(QMessageBox::No)->click(); });
    find<QPushButton>("disableAccount")->click();
    QCOMPARE(accountState(Cataloguer), HubAccountsModel::tr("Active"));

    whenShown<QMessageBox>([](QMessageBox* question) { question->button(QMessageBox::Yes)->click(); });
    find<QPushButton>("disableAccount")->click();
    QTRY_COMPARE_WITH_TIMEOUT(accountState(Cataloguer), HubAccountsModel::tr("Disabled"), HubWaitMs);
    QVERIFY(m_page->accountsPanel()->statusText().contains(Cataloguer));
    // The other desktop's token stops working at once.
    const SyncEngine::Summary refused = other.sync();
    QCOMPARE(refused.error.kind(), HubError::Kind::Unauthorized);
    QVERIFY(find<QPushButton>("enableAccount")->isEnabled());

    find<QPushButton>("enableAccount")->click(); // enabling asks nothing
    QTRY_COMPARE_WITH_TIMEOUT(accountState(Cataloguer), HubAccountsModel::tr("Active"), HubWaitMs);
    TestDesktop again(m_dir.filePath(QStringLiteral("cataloguer-again.db")), *m_hub, Cataloguer,
                      DemoPassword);
    QVERIFY2(again.isReady(), qPrintable(again.error()));
}

void TestAdminPage::endingOneSessionMakesThatDesktopLogInAgain()
{
    TestDesktop first(m_dir.filePath(QStringLiteral("reviewer-1.db")), *m_hub, Reviewer, DemoPassword);
    TestDesktop second(m_dir.filePath(QStringLiteral("reviewer-2.db")), *m_hub, Reviewer, DemoPassword);
    QVERIFY(first.isReady() && second.isReady());
    find<QPushButton>("accountsRefresh")->click();
    selectAccount(Reviewer);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->accountsPanel()->sessions()->rowCount(), 2, HubWaitMs);
    auto* sessions = find<QTableView>("sessionTable");
    QVERIFY(!find<QPushButton>("revokeSelected")->isEnabled()); // no session chosen yet
    sessions->setCurrentIndex(m_page->accountsPanel()->sessions()->index(0, 0));
    QVERIFY(find<QPushButton>("revokeSelected")->isEnabled());
    whenShown<QMessageBox>([](QMessageBox* question) { question->button(QMessageBox::Yes)->click(); });
    find<QPushButton>("revokeSelected")->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->accountsPanel()->sessions()->rowCount(), 1, HubWaitMs);
    // Exactly one of the two desktops lost its session; the other syncs on.
    const HubError firstError = first.sync().error;
    const HubError secondError = second.sync().error;
    QCOMPARE(int(firstError.kind() == HubError::Kind::Unauthorized) +
                 int(secondError.kind() == HubError::Kind::Unauthorized),
             1);
    QVERIFY(!firstError.isError() || !secondError.isError());

    // Ending all of them leaves none.
    whenShown<QMessageBox>([](QMessageBox* question) { question->button(QMessageBox::Yes)->click(); });
    find<QPushButton>("revokeAll")->click();
    const HubAccountsModel* accounts = m_page->accountsPanel()->accounts();
    QTRY_COMPARE_WITH_TIMEOUT(
        accounts->index(accounts->rowOf(Reviewer), HubAccountsModel::SessionsColumn).data().toInt(), 0,
        HubWaitMs);
    QCOMPARE(first.sync().error.kind(), HubError::Kind::Unauthorized);
    QCOMPARE(second.sync().error.kind(), HubError::Kind::Unauthorized);
}

void TestAdminPage::theHubRefusesToDisableTheAdministratorsOwnAccount()
{
    // The page does not offer it ...
    selectAccount(Administrator);
    QVERIFY(!find<QPushButton>("disableAccount")->isEnabled());
    // ... and asked all the same, the hub refuses, with its reason in words.
    AdminServices services(m_database->connection(), Administrator, TestClock, m_sync.get());
    const std::unique_ptr<UserAdministration> administration = services.newUserAdministration();
    QVERIFY(administration);
    QSignalSpy failed(administration.get(), &UserAdministration::failed);
    QSignalSpy loaded(administration.get(), &UserAdministration::accountsLoaded);
    administration->setDisabled(Administrator, true);
    QVERIFY(administration->isActing());
    QVERIFY(failed.wait(HubWaitMs));
    QCOMPARE(failed.constFirst().constFirst().toString(),
             UserAdministration::tr("An administrator cannot disable their own account."));
    // What the hub holds is read again after every act, done or refused.
    QVERIFY(loaded.wait(HubWaitMs));
    const QList<HubAccount> after = loaded.constFirst().constFirst().value<QList<HubAccount>>();
    const auto own = std::find_if(after.cbegin(), after.cend(),
                                  [](const HubAccount& account) { return account.name == Administrator; });
    QVERIFY(own != after.cend() && !own->disabled);
    // This desktop is still signed in.
    QSignalSpy synced(m_sync.get(), &SyncService::syncFinished);
    m_sync->syncNow();
    QVERIFY(synced.wait(HubWaitMs));
    QVERIFY(!synced.constFirst().constFirst().value<SyncEngine::Summary>().error.isError());
}

void TestAdminPage::anAccountWithAChineseNameIsAdministeredToo()
{
    // Added on the hub machine while the hub serves; the path carries the name encoded once.
    const QString name = QStringLiteral("王芳");
    const QString passwordFile = m_dir.filePath(QStringLiteral("wang.txt"));
    QFile file(passwordFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("wang-fang-password-2026\n");
    file.close();
    QCOMPARE(HubProcess::run({QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"),
                              QStringLiteral("reviewer"), QStringLiteral("--password-file"), passwordFile,
                              QStringLiteral("--database"), m_hub->database()}),
             0);
    find<QPushButton>("accountsRefresh")->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->accountsPanel()->accounts()->rowOf(name) >= 0, HubWaitMs);
    selectAccount(name);
    whenShown<QMessageBox>([](QMessageBox* question) { question->button(QMessageBox::Yes)->click(); });
    find<QPushButton>("disableAccount")->click();
    QTRY_COMPARE_WITH_TIMEOUT(accountState(name), HubAccountsModel::tr("Disabled"), HubWaitMs);
    QCOMPARE(
        m_page->accountsPanel()->statusText(),
        UserAdministration::tr("%1 is disabled: their sessions ended and they cannot log in.").arg(name));
}

void TestAdminPage::otherRolesAndDesktopsWithoutAHubAreToldWhy()
{
    const std::unique_ptr<AdminPage> manager = newPage(Role::Manager, m_sync.get());
    QCOMPARE(manager->accountsPanel()->statusText(),
             AccountsPanel::tr("Only administrators administer the hub's accounts."));
    QCOMPARE(manager->accountsPanel()->accounts()->rowCount(), 0);
    QVERIFY(!manager->findChild<QPushButton*>(QStringLiteral("editRule"))->isEnabled());
    QVERIFY(!manager->findChild<QPushButton*>(QStringLiteral("publishSchedule"))->isEnabled());
    // Everyone reads the tables.
    QVERIFY(manager->rulesModel()->rowCount() > 0);

    const std::unique_ptr<AdminPage> offline = newPage(Role::Admin, nullptr);
    QCOMPARE(offline->accountsPanel()->statusText(),
             AccountsPanel::tr("Sign in to the hub (Sync area) to administer its accounts."));
    QVERIFY(offline->findChild<QPushButton*>(QStringLiteral("editRule"))->isEnabled());
}

void TestAdminPage::aDeadlineRuleIsPublishedFromTheDialogAndReachesTheHub()
{
    const auto rowOf = [this](const QString& step) -> QStandardItem* {
        for (int row = 0; row < m_page->rulesModel()->rowCount(); ++row) {
            if (m_page->rulesModel()->item(row, 0)->data(Qt::UserRole).toString() == step)
                return m_page->rulesModel()->item(row, 0);
        }
        return nullptr;
    };
    const QStandardItem* formalReview = rowOf(DeadlineRules::FormalReview);
    QVERIFY(formalReview);
    m_page->rulesView()->setCurrentIndex(formalReview->index());
    int shownValue = -1;
    whenShown<DeadlineRuleDialog>([&shownValue](DeadlineRuleDialog* dialog) {
        shownValue = dialog->valueInput()->value();
        dialog->valueInput()->setValue(15);
        dialog->sourceInput()->setText(QStringLiteral("湖南省数据局关于登记形式审核时限的通知"));
        if (!dialog->publish())
            dialog->reject(); // never leave the test waiting on the dialog
    });
    find<QPushButton>("editRule")->click();
    QCOMPARE(shownValue, 20); // the built-in value
    const auto cell = [this, rowOf](int column) {
        const QStandardItem* row = rowOf(DeadlineRules::FormalReview);
        return row ? m_page->rulesModel()->item(row->row(), column)->text() : QString();
    };
    QCOMPARE(cell(1), DeadlineRuleInForce::durationText(
                          {DeadlineRules::FormalReview, 15, DeadlineRule::Unit::WorkingDays, {}}));
    QCOMPARE(cell(2), AdminTables::tr("Published by %1, not yet synced").arg(Administrator));
    QCOMPARE(cell(3), QStringLiteral("湖南省数据局关于登记形式审核时限的通知"));

    // The next sync takes it to the hub, which gives it its version.
    QSignalSpy synced(m_sync.get(), &SyncService::syncFinished);
    m_sync->syncNow();
    QVERIFY(synced.wait(HubWaitMs));
    QVERIFY(!synced.constFirst().constFirst().value<SyncEngine::Summary>().error.isError());
    m_page->reload(); // as the window does after every sync
    QTRY_COMPARE_WITH_TIMEOUT(
        cell(2), AdminTables::tr("Version %1, published by %2").arg(1).arg(Administrator), HubWaitMs);
}

void TestAdminPage::theRuleDialogKeepsARefusalWithItsReason()
{
    const DeadlineRule rule = DeadlineRules::defaults().rule(DeadlineRules::PublicNotice);
    AdminServices services(m_database->connection(), Administrator, TestClock, m_sync.get());
    DeadlineRuleDialog withoutSource(rule, [&](const DeadlineRule& changed) {
        return services.publishDeadlineRule(Role::Admin, changed);
    });
    withoutSource.sourceInput()->clear();
    QVERIFY(!withoutSource.publish());
    QVERIFY(!withoutSource.problem().isEmpty());

    // A manager's rule is refused by the record's own rules, and the dialog says why.
    DeadlineRuleDialog byAManager(rule, [&](const DeadlineRule& changed) {
        return services.publishDeadlineRule(Role::Manager, changed);
    });
    byAManager.valueInput()->setValue(5);
    QVERIFY(!byAManager.publish());
    QVERIFY(!byAManager.problem().isEmpty());
    const QList<DeadlineRuleInForce> rules = services.deadlineRules();
    const auto notice = std::find_if(rules.cbegin(), rules.cend(), [](const DeadlineRuleInForce& r) {
        return r.rule.step == DeadlineRules::PublicNotice;
    });
    QVERIFY(notice != rules.cend());
    QCOMPARE(notice->rule.value, rule.value); // nothing was written
}

void TestAdminPage::departmentsSchedulesAndRolesAreListed()
{
    AdminServices services(m_database->connection(), Administrator, TestClock, m_sync.get());
    const QList<Department> departments = services.departments();
    QVERIFY(departments.size() > 100); // the hub's demo departments, synced
    QCOMPARE(m_page->departmentsModel()->rowCount(), departments.size());
    // The filter narrows the table to one city's departments.
    QLineEdit* filter = m_page->findChild<QLineEdit*>();
    QVERIFY(filter);
    filter->setText(QStringLiteral("长沙市"));
    const auto* proxy = m_page->findChild<QSortFilterProxyModel*>();
    QVERIFY(proxy);
    const qsizetype inChangsha =
        std::count_if(departments.cbegin(), departments.cend(),
                      [](const Department& d) { return d.name.startsWith(QStringLiteral("长沙市")); });
    QVERIFY(inChangsha > 0);
    QCOMPARE(proxy->rowCount(), inChangsha);
    filter->clear();

    QCOMPARE(m_page->calendarsModel()->rowCount(), services.calendar().knownYears().size());
    QVERIFY(m_page->calendarsModel()->rowCount() > 0);

    // With XS_SCREENSHOTS set, every tab as people see it.
    auto* tabs = find<QTabWidget>("adminTabs");
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        keepScreenshot(m_page.get(), QStringLiteral("admin-tab-%1").arg(tab));
    }

    QCOMPARE(m_page->rolesModel()->rowCount(), 5);
    int accounts = 0;
    for (int row = 0; row < 5; ++row)
        accounts += m_page->rolesModel()->item(row, 1)->data(Qt::UserRole).toInt();
    QCOMPARE(accounts, m_page->accountsPanel()->accounts()->rowCount());
}

QTEST_MAIN(TestAdminPage)
#include "tst_adminpage.moc"
