// The rules of authorized operation: the plan's and the agreement's steps per role, the term of
// an agreement, products by use class, and when annual disclosures and reports are overdue.
#include "models/grants/GrantRules.h"
#include "models/grants/GrantVocabulary.h"

#include <QJsonArray>
#include <QTest>

using namespace xs;

namespace {

QJsonObject completePlan(const QString& state)
{
    QJsonObject sections;
    for (const QString& section : GrantVocabulary::planSections())
        sections.insert(section, QStringLiteral("……"));
    return {{QStringLiteral("state"), state}, {QStringLiteral("sections"), sections}};
}

QJsonObject agreement(const QString& state)
{
    return {{QStringLiteral("state"), state},
            {QStringLiteral("operator_id"), QStringLiteral("op-1")},
            {QStringLiteral("mode"), QStringLiteral("domain")},
            {QStringLiteral("selection_method"), QStringLiteral("open_tender")},
            {QStringLiteral("resources"), QJsonArray{QStringLiteral("entry-1")}},
            {QStringLiteral("starts_on"), QStringLiteral("2026-01-01")},
            {QStringLiteral("ends_on"), QStringLiteral("2030-12-31")}};
}

QStringList fields(const QList<GrantRules::FieldMessage>& messages)
{
    QStringList list;
    for (const GrantRules::FieldMessage& message : messages)
        list << message.field + (message.warning ? QStringLiteral("?") : QString());
    return list;
}

} // namespace

class TestGrantRules : public QObject
{
    Q_OBJECT

private slots:
    void vocabularyHasTheOfficialLists();
    void onlyChargedProductsAreListedOnAnExchange();
    void planMovesThroughItsFourStates();
    void planStepsPerRole_data();
    void planStepsPerRole();
    void planNeedsAllTwelveSections();
    void agreementStepsPerRole_data();
    void agreementStepsPerRole();
    void renewalAndExitNeedTheirArguments();
    void termAboveFiveYearsIsAWarning();
    void agreementFieldsAreChecked();
    void welfareProductsAreFree();
    void disclosureOverdueCalculation_data();
    void disclosureOverdueCalculation();
    void reportYearsAreTheFinishedYearsOfTheTerm();
};

void TestGrantRules::vocabularyHasTheOfficialLists()
{
    QCOMPARE(GrantVocabulary::modes().size(), 3);
    QCOMPARE(GrantVocabulary::selectionMethods(),
             (QStringList{QStringLiteral("open_tender"), QStringLiteral("invited_tender"),
                          QStringLiteral("negotiation")}));
    QCOMPARE(GrantVocabulary::planSections().size(), 12);
    QCOMPARE(GrantVocabulary::planStates(),
             (QStringList{QStringLiteral("drafting"), QStringLiteral("collective_decision"),
                          QStringLiteral("government_approval"), QStringLiteral("filed")}));
    QCOMPARE(GrantVocabulary::agreementStates().size(), 6);
    QCOMPARE(GrantVocabulary::billingUnits().size(), 4);
    QCOMPARE(GrantVocabulary::modeLabel(QStringLiteral("nonsense")), QStringLiteral("nonsense"));
}

void TestGrantRules::planMovesThroughItsFourStates()
{
    QJsonObject plan = completePlan(QStringLiteral("drafting"));
    const QList<QPair<QString, QJsonObject>> steps{
        {QStringLiteral("submit"), {}},
        {QStringLiteral("decide"),
         {{QStringLiteral("reference"), QStringLiteral("2026年第3次常务会议纪要")}}},
        {QStringLiteral("file"), {{QStringLiteral("reference"), QStringLiteral("湘数备〔2026〕1号")}}},
    };
    QStringList states{plan.value(QStringLiteral("state")).toString()};
    for (const auto& [command, arguments] : steps) {
        const GrantRules::Step step = GrantRules::planStep(plan, command, arguments, Role::Admin);
        QVERIFY2(!step.isRefused(), qPrintable(step.problem.text()));
        plan.insert(QStringLiteral("state"), step.state);
        states << step.state;
    }
    QCOMPARE(states, GrantVocabulary::planStates());
    // A major change after filing goes back through approval.
    QVERIFY(GrantRules::planStep(plan, QStringLiteral("revise"), {}, Role::Admin).isRefused()); // no reason
    const GrantRules::Step revised =
        GrantRules::planStep(plan, QStringLiteral("revise"),
                             {{QStringLiteral("reason"), QStringLiteral("扩大数据范围")}}, Role::Admin);
    QCOMPARE(revised.state, QStringLiteral("drafting"));
    QVERIFY(GrantRules::planStep(plan, QStringLiteral("decide"),
                                 {{QStringLiteral("reference"), QStringLiteral("x")}}, Role::Admin)
                .isRefused()); // filed: not awaiting a decision
}

void TestGrantRules::planStepsPerRole_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("role");
    QTest::addColumn<QStringList>("commands");
    const QStringList none;
    QTest::newRow("drafting/reviewer")
        << "drafting" << int(Role::Reviewer) << QStringList{QStringLiteral("submit")};
    QTest::newRow("drafting/cataloguer") << "drafting" << int(Role::Cataloguer) << none;
    QTest::newRow("drafting/auditor") << "drafting" << int(Role::Auditor) << none;
    QTest::newRow("decision/reviewer") << "collective_decision" << int(Role::Reviewer) << none;
    QTest::newRow("decision/manager") << "collective_decision" << int(Role::Manager)
                                      << QStringList{QStringLiteral("decide"), QStringLiteral("return")};
    QTest::newRow("approval/manager") << "government_approval" << int(Role::Manager)
                                      << QStringList{QStringLiteral("file"), QStringLiteral("return")};
    QTest::newRow("filed/reviewer") << "filed" << int(Role::Reviewer)
                                    << QStringList{QStringLiteral("revise")};
    QTest::newRow("filed/auditor") << "filed" << int(Role::Auditor) << none;
}

void TestGrantRules::planStepsPerRole()
{
    QFETCH(QString, state);
    QFETCH(int, role);
    QFETCH(QStringList, commands);
    QCOMPARE(GrantRules::availablePlanCommands(state, Role(role)), commands);
    // Every command not offered is refused when tried anyway (the hub's view of a forged step).
    const QJsonObject arguments{{QStringLiteral("reference"), QStringLiteral("ref")},
                                {QStringLiteral("reason"), QStringLiteral("理由")}};
    for (const QString& command : GrantRules::planCommands()) {
        const GrantRules::Step step =
            GrantRules::planStep(completePlan(state), command, arguments, Role(role));
        QCOMPARE(step.isRefused(), !commands.contains(command));
    }
}

void TestGrantRules::planNeedsAllTwelveSections()
{
    QJsonObject plan = completePlan(QStringLiteral("drafting"));
    QJsonObject sections = plan.value(QStringLiteral("sections")).toObject();
    sections.insert(QStringLiteral("security"), QStringLiteral("  "));
    sections.remove(QStringLiteral("distribution"));
    plan.insert(QStringLiteral("sections"), sections);
    QCOMPARE(GrantRules::missingSections(plan),
             (QStringList{QStringLiteral("distribution"), QStringLiteral("security")}));
    const GrantRules::Step step = GrantRules::planStep(plan, QStringLiteral("submit"), {}, Role::Reviewer);
    QVERIFY(step.isRefused());
    QVERIFY2(step.problem.text().contains(GrantVocabulary::planSectionLabel(QStringLiteral("security"))),
             qPrintable(step.problem.text()));
}

void TestGrantRules::agreementStepsPerRole_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("role");
    QTest::addColumn<QStringList>("commands");
    const QStringList none;
    const QStringList ending{QStringLiteral("exit"), QStringLiteral("terminate")};
    QTest::newRow("signed/manager") << "signed" << int(Role::Manager)
                                    << QStringList{QStringLiteral("start_operation"),
                                                   QStringLiteral("terminate")};
    QTest::newRow("signed/reviewer") << "signed" << int(Role::Reviewer) << none;
    QTest::newRow("operating/reviewer")
        << "operating" << int(Role::Reviewer) << QStringList{QStringLiteral("start_evaluation")};
    QTest::newRow("operating/manager")
        << "operating" << int(Role::Manager) << QStringList{QStringLiteral("start_evaluation")} + ending;
    QTest::newRow("evaluation/manager")
        << "evaluation" << int(Role::Manager) << QStringList{QStringLiteral("renew")} + ending;
    QTest::newRow("evaluation/reviewer") << "evaluation" << int(Role::Reviewer) << none;
    QTest::newRow("renewed/manager") << "renewed" << int(Role::Manager)
                                     << QStringList{QStringLiteral("start_evaluation")} + ending;
    QTest::newRow("exited/admin") << "exited" << int(Role::Admin) << none;
    QTest::newRow("terminated/admin") << "terminated" << int(Role::Admin) << none;
    QTest::newRow("operating/cataloguer") << "operating" << int(Role::Cataloguer) << none;
}

void TestGrantRules::agreementStepsPerRole()
{
    QFETCH(QString, state);
    QFETCH(int, role);
    QFETCH(QStringList, commands);
    QCOMPARE(GrantRules::availableAgreementCommands(state, Role(role)), commands);
    const QJsonObject arguments{{QStringLiteral("reason"), QStringLiteral("理由")},
                                {QStringLiteral("ends_on"), QStringLiteral("2033-12-31")},
                                {QStringLiteral("handover"), QStringLiteral("服务由平台继续提供")}};
    for (const QString& command : GrantRules::agreementCommands()) {
        const GrantRules::Step step =
            GrantRules::agreementStep(agreement(state), command, arguments, Role(role));
        QVERIFY2(step.isRefused() == !commands.contains(command), qPrintable(command + step.problem.text()));
    }
}

void TestGrantRules::renewalAndExitNeedTheirArguments()
{
    const QJsonObject evaluating = agreement(QStringLiteral("evaluation"));
    QVERIFY(GrantRules::agreementStep(evaluating, QStringLiteral("renew"),
                                      {{QStringLiteral("reason"), QStringLiteral("评估合格")},
                                       {QStringLiteral("ends_on"), QStringLiteral("2030-06-30")}},
                                      Role::Manager)
                .isRefused()); // ends before the current end
    const GrantRules::Step renewed =
        GrantRules::agreementStep(evaluating, QStringLiteral("renew"),
                                  {{QStringLiteral("reason"), QStringLiteral("评估合格")},
                                   {QStringLiteral("ends_on"), QStringLiteral("2035-12-31")}},
                                  Role::Manager);
    QCOMPARE(renewed.state, QStringLiteral("renewed"));
    QVERIFY(GrantRules::agreementStep(evaluating, QStringLiteral("exit"), {}, Role::Manager).isRefused());
    QCOMPARE(GrantRules::agreementStep(evaluating, QStringLiteral("exit"),
                                       {{QStringLiteral("handover"), QStringLiteral("移交至省平台")}},
                                       Role::Manager)
                 .state,
             QStringLiteral("exited"));
    QVERIFY(
        GrantRules::agreementStep(evaluating, QStringLiteral("terminate"), {}, Role::Manager).isRefused());
}

void TestGrantRules::termAboveFiveYearsIsAWarning()
{
    const QDate start(2026, 1, 1);
    QVERIFY(GrantRules::checkTerm(start, QDate(2030, 12, 31)).isEmpty()); // exactly five years
    const QList<GrantRules::FieldMessage> longer = GrantRules::checkTerm(start, QDate(2031, 1, 1));
    QCOMPARE(fields(longer), QStringList{QStringLiteral("ends_on?")});
    QVERIFY(!GrantRules::hasErrors(longer));
    const QList<GrantRules::FieldMessage> backwards = GrantRules::checkTerm(start, QDate(2025, 12, 31));
    QCOMPARE(fields(backwards), QStringList{QStringLiteral("ends_on")});
    QVERIFY(GrantRules::hasErrors(backwards));
    QCOMPARE(fields(GrantRules::checkTerm({}, {})),
             (QStringList{QStringLiteral("starts_on"), QStringLiteral("ends_on")}));
}

void TestGrantRules::agreementFieldsAreChecked()
{
    QVERIFY(GrantRules::checkAgreement(agreement(QStringLiteral("operating"))).isEmpty());
    QJsonObject synced = agreement(QStringLiteral("operating")); // lists travel as JSON text
    synced.insert(QStringLiteral("resources"), QStringLiteral("[\"entry-1\"]"));
    QVERIFY(GrantRules::checkAgreement(synced).isEmpty());
    synced.insert(QStringLiteral("resources"), QStringLiteral("[]"));
    QCOMPARE(fields(GrantRules::checkAgreement(synced)), QStringList{QStringLiteral("resources")});
    QJsonObject broken = agreement(QStringLiteral("operating"));
    broken.insert(QStringLiteral("mode"), QStringLiteral("整体")); // a label is not a code
    broken.insert(QStringLiteral("selection_method"), QStringLiteral(""));
    broken.insert(QStringLiteral("resources"), QJsonArray{});
    QCOMPARE(fields(GrantRules::checkAgreement(broken)),
             (QStringList{QStringLiteral("mode"), QStringLiteral("selection_method"),
                          QStringLiteral("resources")}));
}

void TestGrantRules::welfareProductsAreFree()
{
    QJsonObject product{{QStringLiteral("name"), QStringLiteral("公交实时到站查询")},
                        {QStringLiteral("use_class"), QStringLiteral("public_welfare")}};
    QVERIFY(GrantRules::checkProduct(product).isEmpty());
    product.insert(QStringLiteral("price_fen"), 100);
    QCOMPARE(fields(GrantRules::checkProduct(product)), QStringList{QStringLiteral("price_fen")});
    product.insert(QStringLiteral("use_class"), QStringLiteral("industry"));
    QCOMPARE(fields(GrantRules::checkProduct(product)), QStringList{QStringLiteral("billing_unit")});
    product.insert(QStringLiteral("billing_unit"), QStringLiteral("per_call"));
    QVERIFY(GrantRules::checkProduct(product).isEmpty());
}

void TestGrantRules::onlyChargedProductsAreListedOnAnExchange()
{
    QJsonObject product{{QStringLiteral("name"), QStringLiteral("企业信用评分接口")},
                        {QStringLiteral("use_class"), QStringLiteral("industry")},
                        {QStringLiteral("billing_unit"), QStringLiteral("per_call")},
                        {QStringLiteral("cap_fen"), 50000},
                        {QStringLiteral("price_fen"), 45000}};
    QVERIFY(GrantRules::checkProduct(product).isEmpty()); // traded off-exchange: nothing to say
    product.insert(QStringLiteral("exchange"), QStringLiteral("hunan"));
    QCOMPARE(fields(GrantRules::checkProduct(product)),
             (QStringList{QStringLiteral("listing_code"), QStringLiteral("listed_on"),
                          QStringLiteral("listing_status")}));
    product.insert(QStringLiteral("listing_code"), QStringLiteral("SJ2026000123"));
    product.insert(QStringLiteral("listed_on"), QStringLiteral("2026-08-18"));
    product.insert(QStringLiteral("listing_status"), QStringLiteral("listed"));
    QVERIFY(GrantRules::checkProduct(product).isEmpty());
    product.insert(QStringLiteral("exchange"), QStringLiteral("湖南大数据交易所")); // a label is not a code
    QCOMPARE(fields(GrantRules::checkProduct(product)), QStringList{QStringLiteral("exchange")});
    product.insert(QStringLiteral("exchange"), QStringLiteral("hunan"));
    // A free product is not traded: for welfare use, or an industry product without a price.
    product.insert(QStringLiteral("cap_fen"), 0);
    product.insert(QStringLiteral("price_fen"), 0);
    QCOMPARE(fields(GrantRules::checkProduct(product)), QStringList{QStringLiteral("exchange")});
}

void TestGrantRules::disclosureOverdueCalculation_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("submitted");
    QTest::addColumn<int>("due");
    QTest::addColumn<int>("days");
    // Year 2025: due 2026-03-31.
    QTest::newRow("in the year") << QDate(2025, 12, 1) << QDate() << int(GrantRules::Due::NotYetDue) << 120;
    QTest::newRow("on the due day") << QDate(2026, 3, 31) << QDate() << int(GrantRules::Due::NotYetDue) << 0;
    QTest::newRow("a day late") << QDate(2026, 4, 1) << QDate() << int(GrantRules::Due::Overdue) << 1;
    QTest::newRow("months late") << QDate(2026, 11, 28) << QDate() << int(GrantRules::Due::Overdue) << 242;
    QTest::newRow("submitted on the day")
        << QDate(2026, 11, 28) << QDate(2026, 3, 31) << int(GrantRules::Due::SubmittedOnTime) << 0;
    QTest::newRow("submitted late") << QDate(2026, 11, 28) << QDate(2026, 4, 10)
                                    << int(GrantRules::Due::SubmittedLate) << 10;
}

void TestGrantRules::disclosureOverdueCalculation()
{
    QFETCH(QDate, today);
    QFETCH(QDate, submitted);
    QFETCH(int, due);
    QFETCH(int, days);
    QCOMPARE(GrantRules::annualDueDate(2025), QDate(2026, 3, 31));
    const GrantRules::DueStatus status = GrantRules::dueStatus(
        2025, submitted.isValid() ? std::optional<QDate>(submitted) : std::nullopt, today);
    QCOMPARE(int(status.due), due);
    QCOMPARE(status.days, days);
    QCOMPARE(status.isOverdue(), due == int(GrantRules::Due::Overdue));
}

void TestGrantRules::reportYearsAreTheFinishedYearsOfTheTerm()
{
    const QDate today(2026, 11, 28);
    QCOMPARE(GrantRules::reportYears(QDate(2023, 7, 1), QDate(2028, 6, 30), today),
             (QList<int>{2023, 2024, 2025}));
    QCOMPARE(GrantRules::reportYears(QDate(2026, 1, 1), QDate(2030, 12, 31), today), QList<int>{});
    QCOMPARE(GrantRules::reportYears(QDate(2021, 1, 1), QDate(2024, 3, 31), today),
             (QList<int>{2021, 2022, 2023, 2024}));
}

QTEST_GUILESS_MAIN(TestGrantRules)
#include "tst_grantrules.moc"
