// Authorized operation through a real hub over TLS: the hub starts plans and agreements in their
// first state whatever a client sends, decides every step with the shared rules and roles (staff
// record, managers sign off and do nothing else), and refuses records that break the rules: a bad
// credit code, a term that ends before it starts, a price on a free product or above its cap.
#include "models/common/Clock.h"
#include "models/grants/GrantVocabulary.h"
#include "models/journal/SyncLedger.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TestDesktop.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
// What every change here is stamped with: these tests hold on any date.
xs::ManualClock TestClock(xs::ManualClock::chinaMorning(QDate(2026, 6, 15)));
} // namespace

using namespace xs;
using namespace xs::test;

namespace {

const QString Password = xs::test::DemoPassword;

QString field(const std::optional<RecordState>& record, const char* name)
{
    return record ? record->fields.value(QLatin1String(name)).toVariant().toString()
                  : QStringLiteral("<missing>");
}

QString sectionsText(bool complete)
{
    QJsonObject sections;
    for (const QString& section : GrantVocabulary::planSections())
        sections.insert(section, complete || section != QLatin1String("security") ? QStringLiteral("见附件")
                                                                                  : QString());
    return QString::fromUtf8(QJsonDocument(sections).toJson(QJsonDocument::Compact));
}

} // namespace

class TestGrantSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void planGoesFromDraftToFiledWithStaffAndManager();
    void managersSignOffAndChangeNothingElse();
    void recordsThatBreakTheRulesAreRefused();
    void pricesAndReportsAreCheckedByTheHub();

private:
    std::unique_ptr<TestDesktop> desktop(const QString& user);
    /// Syncs and returns the refusal codes of the operations the hub refused in this sync.
    QStringList syncAndRefusals(TestDesktop& desktop);

    QTemporaryDir m_dir;
    std::unique_ptr<HubProcess> m_hub;
    int m_desktops = 0;
};

void TestGrantSync::initTestCase()
{
    const QString database = m_dir.filePath(QStringLiteral("hub.db"));
    QCOMPARE(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), database}), 0);
    m_hub = std::make_unique<HubProcess>(m_dir.path());
    QVERIFY2(m_hub->start(database), m_hub->log().constData());
    // The 授权运营 catalog entry the agreements here name as their scope.
    HttpProbe probe(m_hub->url(), m_hub->caFile());
    QString error;
    QVERIFY2(probe.publishAuthorizedEntry(QStringLiteral("entry-1"),
                                          probe.login(QStringLiteral("demo-admin"), Password), &error),
             qPrintable(error));
}

void TestGrantSync::cleanupTestCase()
{
    m_hub.reset();
}

std::unique_ptr<TestDesktop> TestGrantSync::desktop(const QString& user)
{
    auto result = std::make_unique<TestDesktop>(
        m_dir.filePath(QStringLiteral("%1-%2.db").arg(user).arg(++m_desktops)), *m_hub, user, Password);
    if (!result->isReady())
        qWarning("desktop %s: %s", qPrintable(user), qPrintable(result->error()));
    return result;
}

QStringList TestGrantSync::syncAndRefusals(TestDesktop& desktop)
{
    SyncLedger ledger(desktop.database().connection());
    QSet<QString> before;
    for (const QueuedOperation& queued : ledger.operations(QStringLiteral("rejected")))
        before.insert(queued.operation.opId);
    const SyncEngine::Summary summary = desktop.sync();
    if (summary.error.isError())
        qWarning("sync: %s", qPrintable(summary.error.detail()));
    QStringList codes;
    for (const QueuedOperation& queued : ledger.operations(QStringLiteral("rejected"))) {
        if (!before.contains(queued.operation.opId))
            codes << queued.operation.entity + QLatin1Char(':') + queued.reasonCode;
    }
    return codes;
}

void TestGrantSync::planGoesFromDraftToFiledWithStaffAndManager()
{
    auto reviewer = desktop(QStringLiteral("demo-reviewer"));
    auto manager = desktop(QStringLiteral("demo-manager"));
    QVERIFY(reviewer->isReady() && manager->isReady());
    const QString plan = ChangeJournal::newId(TestClock);
    // A client that claims its new plan is already filed gets a draft.
    QVERIFY(!reviewer->journal()
                 .upsert(QStringLiteral("grant_plan"), plan,
                         {{QStringLiteral("title"), QStringLiteral("长沙市公共交通数据授权运营实施方案")},
                          {QStringLiteral("division_code"), QStringLiteral("430100")},
                          {QStringLiteral("sections"), sectionsText(false)},
                          {QStringLiteral("state"), QStringLiteral("filed")}})
                 .isError());
    QCOMPARE(syncAndRefusals(*reviewer), QStringList{});
    QCOMPARE(field(reviewer->record(QStringLiteral("grant_plan"), plan), "state"),
             QStringLiteral("drafting"));

    // Submitting needs all twelve sections: refused, and the proposal is undone.
    QVERIFY(!reviewer->journal()
                 .command(QStringLiteral("grant_plan"), plan, QStringLiteral("submit"), {},
                          {{QStringLiteral("state"), QStringLiteral("collective_decision")}})
                 .isError());
    QCOMPARE(syncAndRefusals(*reviewer), QStringList{QStringLiteral("grant_plan:invalid")});
    QCOMPARE(field(reviewer->record(QStringLiteral("grant_plan"), plan), "state"),
             QStringLiteral("drafting"));

    QVERIFY(
        !reviewer->journal()
             .upsert(QStringLiteral("grant_plan"), plan, {{QStringLiteral("sections"), sectionsText(true)}})
             .isError());
    QVERIFY(!reviewer->journal()
                 .command(QStringLiteral("grant_plan"), plan, QStringLiteral("submit"), {},
                          {{QStringLiteral("state"), QStringLiteral("collective_decision")}})
                 .isError());
    QCOMPARE(syncAndRefusals(*reviewer), QStringList{});
    QCOMPARE(field(reviewer->record(QStringLiteral("grant_plan"), plan), "state"),
             QStringLiteral("collective_decision"));

    // The reviewer may not take the decision; the manager does, then files it.
    QVERIFY(!reviewer->journal()
                 .command(QStringLiteral("grant_plan"), plan, QStringLiteral("decide"),
                          {{QStringLiteral("reference"), QStringLiteral("常务会议纪要〔2026〕3号")}}, {})
                 .isError());
    QCOMPARE(syncAndRefusals(*reviewer), QStringList{QStringLiteral("grant_plan:forbidden")});
    QCOMPARE(syncAndRefusals(*manager), QStringList{});
    for (const auto& [command, reference] :
         {std::pair{QStringLiteral("decide"), QStringLiteral("常务会议纪要〔2026〕3号")},
          std::pair{QStringLiteral("file"), QStringLiteral("湘数备〔2026〕7号")}}) {
        QVERIFY(!manager->journal()
                     .command(QStringLiteral("grant_plan"), plan, command,
                              {{QStringLiteral("reference"), reference}}, {})
                     .isError());
        QCOMPARE(syncAndRefusals(*manager), QStringList{});
    }
    const std::optional<RecordState> filed = manager->record(QStringLiteral("grant_plan"), plan);
    QCOMPARE(field(filed, "state"), QStringLiteral("filed"));
    QCOMPARE(field(filed, "reference"), QStringLiteral("湘数备〔2026〕7号"));
    // The state is the steps' alone: an edit that sets it is refused.
    QVERIFY(!reviewer->journal()
                 .upsert(QStringLiteral("grant_plan"), plan,
                         {{QStringLiteral("state"), QStringLiteral("drafting")}})
                 .isError());
    QCOMPARE(syncAndRefusals(*reviewer), QStringList{QStringLiteral("grant_plan:invalid_state")});
}

void TestGrantSync::managersSignOffAndChangeNothingElse()
{
    auto manager = desktop(QStringLiteral("demo-manager"));
    auto cataloguer = desktop(QStringLiteral("demo-cataloguer"));
    const QJsonObject grantee{{QStringLiteral("name"), QStringLiteral("湖南数据运营有限公司")},
                              {QStringLiteral("credit_code"), QStringLiteral("91350100M000100Y43")}};
    QVERIFY(!manager->journal()
                 .upsert(QStringLiteral("grant_operator"), ChangeJournal::newId(TestClock), grantee)
                 .isError());
    QCOMPARE(syncAndRefusals(*manager), QStringList{QStringLiteral("grant_operator:forbidden")});
    QVERIFY(!cataloguer->journal()
                 .upsert(QStringLiteral("grant_operator"), ChangeJournal::newId(TestClock), grantee)
                 .isError());
    QCOMPARE(syncAndRefusals(*cataloguer), QStringList{QStringLiteral("grant_operator:forbidden")});
    // Nor may a manager touch the catalog, as before.
    QVERIFY(!manager->journal()
                 .upsert(QStringLiteral("catalog_entry"), ChangeJournal::newId(TestClock),
                         {{QStringLiteral("name"), QStringLiteral("经理不能编目")},
                          {QStringLiteral("department_code"), QStringLiteral("430000027")}})
                 .isError());
    QCOMPARE(syncAndRefusals(*manager), QStringList{QStringLiteral("catalog_entry:forbidden")});
}

void TestGrantSync::recordsThatBreakTheRulesAreRefused()
{
    auto reviewer = desktop(QStringLiteral("demo-reviewer"));
    ChangeJournal& journal = reviewer->journal();
    const QString grantee = ChangeJournal::newId(TestClock);
    QVERIFY(!journal
                 .upsert(QStringLiteral("grant_operator"), ChangeJournal::newId(TestClock),
                         {{QStringLiteral("name"), QStringLiteral("校验码错误的公司")},
                          {QStringLiteral("credit_code"), QStringLiteral("91350100M000100Y44")}})
                 .isError());
    QVERIFY(!journal
                 .upsert(QStringLiteral("grant_operator"), grantee,
                         {{QStringLiteral("name"), QStringLiteral("湖南数据运营有限公司")},
                          {QStringLiteral("credit_code"), QStringLiteral("91350100M000100Y43")}})
                 .isError());
    const QJsonObject agreement{
        {QStringLiteral("title"), QStringLiteral("交通领域授权运营协议")},
        {QStringLiteral("operator_id"), grantee},
        {QStringLiteral("mode"), QStringLiteral("domain")},
        {QStringLiteral("selection_method"), QStringLiteral("open_tender")},
        {QStringLiteral("resources"), QStringLiteral("[\"entry-1\"]")},
        {QStringLiteral("starts_on"), QStringLiteral("2026-01-01")},
        {QStringLiteral("ends_on"), QStringLiteral("2032-12-31")}, // > 5 years: a warning
        {QStringLiteral("revenue_shares"), QStringLiteral(R"([{"party":"数据提供单位","share_bp":4000},)"
                                                          R"({"party":"运营主体","share_bp":6000}])")}};
    const QString signed_ = ChangeJournal::newId(TestClock);
    QVERIFY(!journal.upsert(QStringLiteral("grant_agreement"), signed_, agreement).isError());
    QJsonObject backwards = agreement;
    backwards.insert(QStringLiteral("ends_on"), QStringLiteral("2025-12-31"));
    QVERIFY(!journal.upsert(QStringLiteral("grant_agreement"), ChangeJournal::newId(TestClock), backwards)
                 .isError());
    QJsonObject badShares = agreement;
    badShares.insert(QStringLiteral("revenue_shares"),
                     QStringLiteral(R"([{"party":"运营主体","share_bp":9000}])"));
    QVERIFY(!journal.upsert(QStringLiteral("grant_agreement"), ChangeJournal::newId(TestClock), badShares)
                 .isError());
    QVERIFY(!journal
                 .upsert(QStringLiteral("grant_product"), ChangeJournal::newId(TestClock),
                         {{QStringLiteral("agreement_id"), signed_},
                          {QStringLiteral("name"), QStringLiteral("公交到站查询")},
                          {QStringLiteral("use_class"), QStringLiteral("public_welfare")},
                          {QStringLiteral("price_fen"), 100}})
                 .isError());
    QVERIFY(!journal
                 .upsert(QStringLiteral("grant_product"), ChangeJournal::newId(TestClock),
                         {{QStringLiteral("agreement_id"), signed_},
                          {QStringLiteral("name"), QStringLiteral("客流分析接口")},
                          {QStringLiteral("use_class"), QStringLiteral("industry")},
                          {QStringLiteral("billing_unit"), QStringLiteral("per_call")},
                          {QStringLiteral("cap_fen"), 50},
                          {QStringLiteral("price_fen"), 60}})
                 .isError());
    QStringList refusals = syncAndRefusals(*reviewer);
    refusals.sort();
    QCOMPARE(refusals,
             (QStringList{QStringLiteral("grant_agreement:invalid"),
                          QStringLiteral("grant_agreement:invalid"), QStringLiteral("grant_operator:invalid"),
                          QStringLiteral("grant_product:invalid"), QStringLiteral("grant_product:invalid")}));
    // What was allowed is on the hub, and the agreement started in its first state.
    const std::optional<RecordState> stored = reviewer->record(QStringLiteral("grant_agreement"), signed_);
    QCOMPARE(field(stored, "state"), QStringLiteral("signed"));
    QVERIFY(stored->version > 0);
}

void TestGrantSync::pricesAndReportsAreCheckedByTheHub()
{
    // Written straight into the journal, past the desktop's own checks: the hub must refuse them.
    auto reviewer = desktop(QStringLiteral("demo-reviewer"));
    QVERIFY(!reviewer->sync().error.isError());
    // Real parents from the hub's demo: a price of no product, a report of no agreement, are
    // refused for that alone (tst_hostileclients).
    const auto firstId = [&reviewer](const char* table) {
        QSqlQuery query(reviewer->database().connection());
        query.exec(QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 ORDER BY id LIMIT 1")
                       .arg(QLatin1String(table)));
        return query.next() ? query.value(0).toString() : QString();
    };
    const QString productId = firstId("grant_product");
    const QString agreementId = firstId("grant_agreement");
    QVERIFY(!productId.isEmpty() && !agreementId.isEmpty());
    ChangeJournal& journal = reviewer->journal();
    const auto price = [&journal, &productId](qint64 specific, qint64 cap) {
        const QString id = ChangeJournal::newId(TestClock);
        QVERIFY(!journal
                     .upsert(QStringLiteral("grant_price"), id,
                             {{QStringLiteral("product_id"), productId},
                              {QStringLiteral("month"), QStringLiteral("2026-10")},
                              {QStringLiteral("price_fen"), specific},
                              {QStringLiteral("cap_fen"), cap}})
                     .isError());
    };
    price(500, 500);
    price(501, 500);
    QJsonObject report{{QStringLiteral("agreement_id"), agreementId},
                       {QStringLiteral("year"), 2025},
                       {QStringLiteral("cost_fen"), 100'000'000},
                       {QStringLiteral("rate_bp"), 800},
                       {QStringLiteral("taxes_fen"), 5'000'000},
                       {QStringLiteral("treasury_yield_bp"), 250},
                       {QStringLiteral("yield_year"), 2024},
                       {QStringLiteral("cost_survey_year"), 2025},
                       {QStringLiteral("carry_over_fen"), 0},
                       {QStringLiteral("max_revenue_fen"), 113'000'000},
                       {QStringLiteral("actual_revenue_fen"), 90'000'000}};
    const QString good = ChangeJournal::newId(TestClock);
    QVERIFY(!journal.upsert(QStringLiteral("grant_report"), good, report).isError());
    report.insert(QStringLiteral("max_revenue_fen"), 200'000'000); // not what the inputs give
    QVERIFY(
        !journal.upsert(QStringLiteral("grant_report"), ChangeJournal::newId(TestClock), report).isError());
    report.insert(QStringLiteral("rate_bp"), 900); // r above the yield + 6 points
    report.insert(QStringLiteral("max_revenue_fen"), 114'000'000);
    QVERIFY(
        !journal.upsert(QStringLiteral("grant_report"), ChangeJournal::newId(TestClock), report).isError());
    const QString product = ChangeJournal::newId(TestClock);
    QVERIFY(
        !journal
             .upsert(QStringLiteral("grant_product"), product,
                     {{QStringLiteral("agreement_id"), agreementId},
                      {QStringLiteral("name"), QStringLiteral("阶梯计价接口")},
                      {QStringLiteral("use_class"), QStringLiteral("industry")},
                      {QStringLiteral("billing_unit"), QStringLiteral("per_volume")},
                      {QStringLiteral("cap_fen"), 100},
                      {QStringLiteral("price_fen"), 90},
                      {QStringLiteral("tiers"), QStringLiteral(R"([{"from":0,"unit_price_fen":100},)"
                                                               R"({"from":1000,"unit_price_fen":120}])")}})
             .isError());
    QStringList refusals = syncAndRefusals(*reviewer);
    refusals.sort();
    QCOMPARE(refusals,
             (QStringList{QStringLiteral("grant_price:invalid"), QStringLiteral("grant_product:invalid"),
                          QStringLiteral("grant_report:invalid"), QStringLiteral("grant_report:invalid")}));
    QVERIFY(reviewer->record(QStringLiteral("grant_report"), good)->version > 0);
}

QTEST_GUILESS_MAIN(TestGrantSync)
#include "tst_grantsync.moc"
