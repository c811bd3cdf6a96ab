// The registration procedure of DOMAIN.md §2, step by step: who may take which step in which
// state, deadlines in working days across the long holidays, the paused and restarted clocks,
// objections, coding, validity and renewal.
#include "models/calendar/CalendarRepository.h"
#include "models/registration/RegistrationVocabulary.h"
#include "models/registration/RegistrationWorkflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace xs;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QString text(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString text(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject allMaterials(bool except = false)
{
    QJsonObject materials;
    for (const QString& material : RegistrationVocabulary::materialsFor(QStringLiteral("first")))
        materials.insert(material, !(except && material == QLatin1String("security_assessment")));
    return materials;
}

// Which states each step applies in, typed from DOMAIN.md §2 rather than read from the workflow.
const QHash<QString, QStringList>& allowedStates()
{
    static const QHash<QString, QStringList> table{
        {QStringLiteral("accept"), {QStringLiteral("submitted")}},
        {QStringLiteral("request_materials"), {QStringLiteral("submitted")}},
        {QStringLiteral("refuse"), {QStringLiteral("submitted")}},
        {QStringLiteral("resubmit"), {QStringLiteral("awaiting_materials")}},
        {QStringLiteral("pause_review"), {QStringLiteral("under_review")}},
        {QStringLiteral("resume_review"), {QStringLiteral("review_paused")}},
        {QStringLiteral("approve"), {QStringLiteral("under_review")}},
        {QStringLiteral("reject"), {QStringLiteral("under_review")}},
        {QStringLiteral("object"), {QStringLiteral("in_public_notice")}},
        {QStringLiteral("dismiss_objection"), {QStringLiteral("objection_review")}},
        {QStringLiteral("uphold_objection"), {QStringLiteral("objection_review")}},
        {QStringLiteral("close_notice"), {QStringLiteral("in_public_notice")}},
        {QStringLiteral("issue_code"), {QStringLiteral("awaiting_code")}},
        {QStringLiteral("renew"), {QStringLiteral("registered")}},
        {QStringLiteral("lapse"), {QStringLiteral("registered"), QStringLiteral("expired")}},
        {QStringLiteral("cancel"), {QStringLiteral("registered"), QStringLiteral("expired")}},
        {QStringLiteral("revoke"), {QStringLiteral("registered")}},
        {QStringLiteral("amend"), {QStringLiteral("registered")}},
    };
    return table;
}

} // namespace

class TestRegistrationWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newApplicationsStartTheAcceptanceClock();
    void incompleteApplicationsAreRefused_data();
    void incompleteApplicationsAreRefused();
    void onlyReviewersTakeSteps_data();
    void onlyReviewersTakeSteps();
    void stepsApplyOnlyInTheirStates();
    void requiredArgumentsAreChecked();
    void missingMaterialsNoticeRestartsTheClock();
    void formalReviewCrossesNationalDay();
    void overrunMustBeExplained();
    void pausedReviewResumesWithTheDaysLeft();
    void publicNoticeRunsTenWorkdays();
    void upheldObjectionTerminates();
    void dismissedObjectionReturnsToTheNotice();
    void onlyTheHubAllocatesCodes();
    void validityIsCappedByTheOperatingTerm();
    void renewalWindow();
    void renewalWindowInWorkingDays();
    void renewalEndsWithTheOperatingTerm();
    void unrenewedRegistrationLapsesAfterExpiry();
    void amendmentsAreWrittenInByTheHubOnly();
    void cancellingEndsValidityThatDay();
    void cancellationSkipsThePublicNotice();
    void deadlinesBeyondKnownYearsAreProvisionalNeverRefused();
    void publishedYearSettlesAProvisionalDeadline();
    void deadlineRulesAreConfigurable();
    void timelineRecordsEveryStep();

private:
    RegistrationContext context(const QDate& today, Role role = Role::Reviewer) const;
    QJsonObject run(QJsonObject record, const QString& command, const QJsonObject& arguments,
                    const QDate& today, Refusal* refusal = nullptr) const;
    QJsonObject submitted(const QDate& on, bool complete = true) const;
    QJsonObject atState(const QString& state) const;

    WorkingCalendar m_calendar;
    DeadlineRules m_rules = DeadlineRules::defaults();
    qint64 m_codes = 0;
};

void TestRegistrationWorkflow::initTestCase()
{
    m_calendar = CalendarRepository::bundled();
}

RegistrationContext TestRegistrationWorkflow::context(const QDate& today, Role role) const
{
    RegistrationContext result;
    result.role = role;
    result.user = QStringLiteral("wang.wu");
    result.today = today;
    result.now = today.toString(Qt::ISODate) + QStringLiteral("T09:00:00.000Z");
    result.calendar = &m_calendar;
    result.rules = &m_rules;
    return result;
}

QJsonObject TestRegistrationWorkflow::run(QJsonObject record, const QString& command,
                                          const QJsonObject& arguments, const QDate& today,
                                          Refusal* refusal) const
{
    const RegistrationStep step = RegistrationWorkflow::apply(record, command, arguments, context(today));
    if (refusal)
        *refusal = step.refusal;
    if (step.isRefused())
        return {};
    for (auto it = step.effect.constBegin(); it != step.effect.constEnd(); ++it)
        record.insert(it.key(), it.value());
    return record;
}

QJsonObject TestRegistrationWorkflow::submitted(const QDate& on, bool complete) const
{
    QJsonObject application{
        {QStringLiteral("type"), QStringLiteral("first")},
        {QStringLiteral("data_name"), QStringLiteral("全省企业登记信息")},
        {QStringLiteral("applicants"),
         text(QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("department")},
                                     {QStringLiteral("name"), QStringLiteral("湖南省市场监督管理局")}},
                         QJsonObject{{QStringLiteral("kind"), QStringLiteral("operator")},
                                     {QStringLiteral("name"), QStringLiteral("湖南数据运营有限公司")}}})},
        {QStringLiteral("materials"), text(allMaterials(!complete))},
        {QStringLiteral("submitted_on"), on.toString(Qt::ISODate)}};
    const RegistrationStep start = RegistrationWorkflow::initialize(application, context(on));
    for (auto it = start.effect.constBegin(); it != start.effect.constEnd(); ++it)
        application.insert(it.key(), it.value());
    return application;
}

QJsonObject TestRegistrationWorkflow::atState(const QString& state) const
{
    QJsonObject record = submitted(day("2026-03-02"));
    record.insert(QStringLiteral("state"), state);
    record.insert(QStringLiteral("step_deadline"), QStringLiteral("2026-03-20"));
    record.insert(QStringLiteral("expires_on"), QStringLiteral("2029-03-01"));
    record.insert(QStringLiteral("objection"),
                  text(QJsonObject{{QStringLiteral("name"), QStringLiteral("赵六")}}));
    return record;
}

void TestRegistrationWorkflow::newApplicationsStartTheAcceptanceClock()
{
    // Friday before the 2026 Spring Festival: Saturday 02-14 is worked, 02-15…23 are off.
    const QJsonObject record = submitted(day("2026-02-13"));
    QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("submitted"));
    QCOMPARE(record.value(QStringLiteral("step_deadline")).toString(), QStringLiteral("2026-02-25"));
    QCOMPARE(record.value(QStringLiteral("materials_notice_sent")).toBool(true), false);
}

void TestRegistrationWorkflow::incompleteApplicationsAreRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("no type") << QStringLiteral("type") << QJsonValue(QStringLiteral("登记"));
    QTest::newRow("no data name") << QStringLiteral("data_name") << QJsonValue(QStringLiteral("  "));
    QTest::newRow("no applicant") << QStringLiteral("applicants") << QJsonValue(QStringLiteral("[]"));
    QTest::newRow("applicant without kind")
        << QStringLiteral("applicants") << QJsonValue(QStringLiteral(R"([{"name":"某单位"}])"));
}

void TestRegistrationWorkflow::incompleteApplicationsAreRefused()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject application = submitted(day("2026-03-02"));
    application.insert(field, value);
    const RegistrationStep start = RegistrationWorkflow::initialize(application, context(day("2026-03-02")));
    QCOMPARE(start.refusal.code, QStringLiteral("invalid"));
    QVERIFY(!start.refusal.reason().isEmpty());
}

void TestRegistrationWorkflow::onlyReviewersTakeSteps_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("cataloguer") << int(Role::Cataloguer) << false;
    QTest::newRow("reviewer") << int(Role::Reviewer) << true;
    QTest::newRow("manager") << int(Role::Manager) << false;
    QTest::newRow("auditor") << int(Role::Auditor) << false;
    QTest::newRow("admin") << int(Role::Admin) << true;
}

void TestRegistrationWorkflow::onlyReviewersTakeSteps()
{
    QFETCH(int, role);
    QFETCH(bool, allowed);
    const QJsonObject record = submitted(day("2026-03-02"));
    for (const QString& command : RegistrationWorkflow::commands()) {
        const RegistrationStep step =
            RegistrationWorkflow::apply(record, command, {{QStringLiteral("reason"), QStringLiteral("理由")}},
                                        context(day("2026-03-03"), Role(role)));
        if (!allowed)
            QCOMPARE(step.refusal.code, QStringLiteral("forbidden"));
        else
            QVERIFY2(step.refusal.code != QLatin1String("forbidden"), qPrintable(command));
    }
    QCOMPARE(
        RegistrationWorkflow::availableCommands(record, Role(role), day("2026-03-03"), m_rules, m_calendar)
            .isEmpty(),
        !allowed);
}

void TestRegistrationWorkflow::stepsApplyOnlyInTheirStates()
{
    const QJsonObject arguments{{QStringLiteral("reason"), QStringLiteral("理由")},
                                {QStringLiteral("missing"), QJsonArray{QStringLiteral("scenarios")}},
                                {QStringLiteral("objector_name"), QStringLiteral("赵六")},
                                {QStringLiteral("objector_id"), QStringLiteral("430102199001011234")},
                                {QStringLiteral("evidence"), QStringLiteral("数据来源不合法的证明")},
                                {QStringLiteral("overrun_explanation"), QStringLiteral("专家论证")},
                                {QStringLiteral("amendment"), QStringLiteral("a-1")},
                                {QStringLiteral("number"), QStringLiteral("湘数登〔2026〕000002号")},
                                {QStringLiteral("changes"), QStringLiteral("{\"summary\":\"新摘要\"}")}};
    int checked = 0;
    for (auto it = allowedStates().cbegin(); it != allowedStates().cend(); ++it) {
        for (const QString& state : RegistrationVocabulary::states()) {
            Refusal refusal;
            run(atState(state), it.key(), arguments, day("2026-03-10"), &refusal);
            const bool stateRefused = refusal.code == QLatin1String("invalid_state") &&
                                      refusal.reason().contains(RegistrationVocabulary::stateLabel(state));
            QVERIFY2(
                stateRefused == !it.value().contains(state),
                qPrintable(
                    QStringLiteral("%1 in %2: %3 %4").arg(it.key(), state, refusal.code, refusal.reason())));
            ++checked;
        }
    }
    QCOMPARE(checked, 18 * 15);
    // the 18 above, assign, comment and recompute_deadline
    QCOMPARE(RegistrationWorkflow::commands().size(), 21);
}

void TestRegistrationWorkflow::requiredArgumentsAreChecked()
{
    Refusal refusal;
    run(atState(QStringLiteral("submitted")), QStringLiteral("refuse"),
        {{QStringLiteral("reason"), QStringLiteral(" ")}}, day("2026-03-03"), &refusal);
    QCOMPARE(refusal.code, QStringLiteral("invalid"));
    // A real-name objection names the objector and an identity number, with evidence.
    run(atState(QStringLiteral("in_public_notice")), QStringLiteral("object"),
        {{QStringLiteral("objector_name"), QStringLiteral("赵六")},
         {QStringLiteral("evidence"), QStringLiteral("证据")}},
        day("2026-03-03"), &refusal);
    QCOMPARE(refusal.code, QStringLiteral("invalid"));
    // Named as the step dialog asks for it.
    QVERIFY2(refusal.reason().contains(QStringLiteral("Identity document number")),
             qPrintable(refusal.reason()));
    QCOMPARE(RegistrationWorkflow::requiredArguments(QStringLiteral("object")).size(), 3);
}

void TestRegistrationWorkflow::missingMaterialsNoticeRestartsTheClock()
{
    QJsonObject record = submitted(day("2026-02-13"), false);
    Refusal refusal;
    // Acceptance needs every material: the missing one blocks it.
    run(record, QStringLiteral("accept"), {}, day("2026-02-24"), &refusal);
    QCOMPARE(refusal.code, QStringLiteral("materials_missing"));
    QVERIFY(refusal.reason().contains(
        RegistrationVocabulary::materialLabel(QStringLiteral("security_assessment"))));

    record = run(record, QStringLiteral("request_materials"),
                 {{QStringLiteral("missing"), QJsonArray{QStringLiteral("security_assessment")}}},
                 day("2026-02-24"));
    QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("awaiting_materials"));
    QVERIFY(record.value(QStringLiteral("step_deadline")).isNull()); // the applicant's move: no clock
    QVERIFY(record.value(QStringLiteral("materials_notice_sent")).toBool());

    // Weeks later the materials arrive: a full 3 WD from that Monday, not the days left before.
    record = run(record, QStringLiteral("resubmit"),
                 {{QStringLiteral("materials"), QJsonObject{{QStringLiteral("security_assessment"), true}}}},
                 day("2026-03-30"));
    QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("submitted"));
    QCOMPARE(record.value(QStringLiteral("step_started_on")).toString(), QStringLiteral("2026-03-30"));
    QCOMPARE(record.value(QStringLiteral("step_deadline")).toString(), QStringLiteral("2026-04-02"));

    // One notice lists everything: a second one is refused.
    run(record, QStringLiteral("request_materials"),
        {{QStringLiteral("missing"), QJsonArray{QStringLiteral("scenarios")}}}, day("2026-03-31"), &refusal);
    QCOMPARE(refusal.code, QStringLiteral("notice_already_sent"));
    record = run(record, QStringLiteral("accept"), {}, day("2026-03-31"));
    QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("under_review"));
}

void TestRegistrationWorkflow::formalReviewCrossesNationalDay()
{
    QJsonObject record = submitted(day("2025-09-26"));
    record = run(record, QStringLiteral("accept"), {}, day("2025-09-30"));
    // 10-01…08 off, Saturday 10-11 worked: 20 WD end on 11-04.
    QCOMPARE(record.value(QStringLiteral("step_deadline")).toString(), QStringLiteral("2025-11-04"));
}

void TestRegistrationWorkflow::overrunMustBeExplained()
{
    QJsonObject record = run(submitted(day("2026-03-02")), QStringLiteral("accept"), {}, day("2026-03-02"));
    QCOMPARE(record.value(QStringLiteral("step_deadline")).toString(), QStringLiteral("2026-03-30"));
    Refusal refusal;
    run(record, QStringLiteral("approve"), {}, day("2026-03-31"), &refusal);
    QCOMPARE(refusal.code, QStringLiteral("explanation_required"));
    run(record, QStringLiteral("approve"), {}, day("2026-03-30"), &refusal); // on the last day: fine
    QVERIFY(!refusal.isRefused());
    record = run(record, QStringLiteral("approve"),
                 {{QStringLiteral("overrun_explanation"), QStringLiteral("需要专家论证数据来源")}},
                 day("2026-03-31"));
    QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("in_public_notice"));
}

void TestRegistrationWorkflow::pausedReviewResumesWithTheDaysLeft()
{
    QJsonObject record = run(submitted(day("2026-03-02")), QStringLiteral("accept"), {}, day("2026-03-02"));
    // Paused on 03-09 with the deadline 03-30: 15 working days are left.
    record = run(record, QStringLiteral("pause_review"),
                 {{QStringLiteral("reason"), QStringLiteral("等待申请人说明")}}, day("2026-03-09"));
    QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("review_paused"));
    QCOMPARE(record.value(QStringLiteral("remaining_workdays")).toInt(), 15);
    QVERIFY(record.value(QStringLiteral("step_deadline")).isNull());
    // Resumed on 04-27 (after 清明 and before 劳动节): 15 WD cross 05-01…05 and the worked 05-09.
    record = run(record, QStringLiteral("resume_review"), {}, day("2026-04-27"));
    QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("under_review"));
    QCOMPARE(record.value(QStringLiteral("step_deadline")).toString(), QStringLiteral("2026-05-20"));
}

void TestRegistrationWorkflow::publicNoticeRunsTenWorkdays()
{
    QJsonObject record = run(submitted(day("2026-09-14")), QStringLiteral("accept"), {}, day("2026-09-14"));
    record = run(record, QStringLiteral("approve"), {}, day("2026-09-18"));
    QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("in_public_notice"));
    QCOMPARE(record.value(QStringLiteral("step_deadline")).toString(), QStringLiteral("2026-10-09"));
    Refusal refusal;
    run(record, QStringLiteral("close_notice"), {}, day("2026-10-09"), &refusal);
    QCOMPARE(refusal.code, QStringLiteral("invalid_state"));
    QVERIFY(!RegistrationWorkflow::availableCommands(record, Role::Reviewer, day("2026-10-09"), m_rules,
                                                     m_calendar)
                 .contains(QStringLiteral("close_notice")));
    record = run(record, QStringLiteral("close_notice"), {}, day("2026-10-10"));
    QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("awaiting_code"));
}

void TestRegistrationWorkflow::upheldObjectionTerminates()
{
    QJsonObject record = run(submitted(day("2026-03-02")), QStringLiteral("accept"), {}, day("2026-03-02"));
    record = run(record, QStringLiteral("approve"), {}, day("2026-03-10"));
    record = run(record, QStringLiteral("object"),
                 {{QStringLiteral("objector_name"), QStringLiteral("赵六")},
                  {QStringLiteral("objector_id"), QStringLiteral("430102199001011234")},
                  {QStringLiteral("evidence"), QStringLiteral("该数据含未授权的个人信息")}},
                 day("2026-03-12"));
    QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("objection_review"));
    record = run(record, QStringLiteral("uphold_objection"),
                 {{QStringLiteral("reason"), QStringLiteral("异议成立")}}, day("2026-03-16"));
    QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("terminated"));
    const QJsonObject objection =
        QJsonDocument::fromJson(record.value(QStringLiteral("objection")).toString().toUtf8()).object();
    QCOMPARE(objection.value(QStringLiteral("name")).toString(), QStringLiteral("赵六"));
    QCOMPARE(objection.value(QStringLiteral("outcome")).toString(), QStringLiteral("upheld"));
    QVERIFY(RegistrationWorkflow::availableCommands(record, Role::Reviewer, day("2026-03-16"), m_rules,
                                                    m_calendar) == QStringList{QStringLiteral("comment")});
}

void TestRegistrationWorkflow::dismissedObjectionReturnsToTheNotice()
{
    QJsonObject record = atState(QStringLiteral("objection_review"));
    record = run(record, QStringLiteral("dismiss_objection"),
                 {{QStringLiteral("reason"), QStringLiteral("异议不成立")}}, day("2026-03-16"));
    QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("in_public_notice"));
    QCOMPARE(record.value(QStringLiteral("step_deadline")).toString(), QStringLiteral("2026-03-20"));
}

void TestRegistrationWorkflow::onlyTheHubAllocatesCodes()
{
    QJsonObject record = atState(QStringLiteral("awaiting_code"));
    record.remove(QStringLiteral("expires_on"));
    // On a desktop the step is a request: no code, no state change.
    QJsonObject proposal = run(record, QStringLiteral("issue_code"), {}, day("2026-04-01"));
    QCOMPARE(proposal.value(QStringLiteral("state")).toString(), QStringLiteral("awaiting_code"));
    QVERIFY(proposal.value(QStringLiteral("registration_code")).isNull());
    // On the hub the code comes from its counter.
    RegistrationContext hub = context(day("2026-04-01"));
    hub.allocateCode = [this] {
        return QStringLiteral("CODE-%1").arg(++m_codes);
    };
    const RegistrationStep step = RegistrationWorkflow::apply(record, QStringLiteral("issue_code"), {}, hub);
    QCOMPARE(step.effect.value(QStringLiteral("state")).toString(), QStringLiteral("registered"));
    QCOMPARE(step.effect.value(QStringLiteral("registration_code")).toString(), QStringLiteral("CODE-1"));
    QCOMPARE(step.effect.value(QStringLiteral("coded_on")).toString(), QStringLiteral("2026-04-01"));
    QCOMPARE(step.effect.value(QStringLiteral("expires_on")).toString(), QStringLiteral("2029-03-31"));
}

void TestRegistrationWorkflow::validityIsCappedByTheOperatingTerm()
{
    QJsonObject record = atState(QStringLiteral("awaiting_code"));
    record.insert(QStringLiteral("operating_term_end"), QStringLiteral("2027-12-31"));
    RegistrationContext hub = context(day("2026-04-01"));
    hub.allocateCode = [] {
        return QStringLiteral("CODE");
    };
    const RegistrationStep step = RegistrationWorkflow::apply(record, QStringLiteral("issue_code"), {}, hub);
    QCOMPARE(step.effect.value(QStringLiteral("expires_on")).toString(), QStringLiteral("2027-12-31"));
}

void TestRegistrationWorkflow::renewalWindow()
{
    const QJsonObject record = atState(QStringLiteral("registered")); // expires 2029-03-01
    QCOMPARE(RegistrationWorkflow::renewalWindowStart(day("2029-03-01"), m_rules, m_calendar),
             day("2029-01-01"));
    Refusal refusal;
    run(record, QStringLiteral("renew"), {}, day("2028-12-31"), &refusal);
    QCOMPARE(refusal.code, QStringLiteral("outside_renewal_window"));
    QVERIFY(refusal.reason().contains(QStringLiteral("2029-01-01")));
    QJsonObject renewed = run(record, QStringLiteral("renew"), {}, day("2029-01-01")); // the first day
    QCOMPARE(renewed.value(QStringLiteral("expires_on")).toString(), QStringLiteral("2032-03-01"));
    renewed = run(record, QStringLiteral("renew"), {}, day("2029-03-01")); // the expiry day still counts
    QCOMPARE(renewed.value(QStringLiteral("state")).toString(), QStringLiteral("registered"));
    run(record, QStringLiteral("renew"), {}, day("2029-03-02"), &refusal);
    QCOMPARE(refusal.code, QStringLiteral("outside_renewal_window"));
    // Offered exactly while the window is open; the queue's 即将到期 view ends where it does.
    QVERIFY(!RegistrationWorkflow::availableCommands(record, Role::Reviewer, day("2028-12-31"), m_rules,
                                                     m_calendar)
                 .contains(QStringLiteral("renew")));
    QVERIFY(RegistrationWorkflow::availableCommands(record, Role::Reviewer, day("2029-01-01"), m_rules,
                                                    m_calendar)
                .contains(QStringLiteral("renew")));
    QVERIFY(!RegistrationWorkflow::availableCommands(record, Role::Reviewer, day("2029-03-02"), m_rules,
                                                     m_calendar)
                 .contains(QStringLiteral("renew")));
    QCOMPARE(RegistrationWorkflow::latestExpiryInRenewalWindow(day("2029-01-01"), m_rules, m_calendar),
             day("2029-03-01"));
}

void TestRegistrationWorkflow::renewalWindowInWorkingDays()
{
    // The bureau may publish the window as working days: 10 of them before Monday 2026-10-12 reach
    // back over National Day (10-01..07 off, Saturday 10-10 worked) and the Mid-Autumn weekend.
    Message problem;
    const std::optional<DeadlineRule> workdays =
        DeadlineRule::fromRecordFields({{QStringLiteral("step"), DeadlineRules::RenewalWindow},
                                        {QStringLiteral("value"), 10},
                                        {QStringLiteral("unit"), QStringLiteral("working_days")}},
                                       &problem);
    QVERIFY(workdays);
    m_rules.set(*workdays);
    QJsonObject record = atState(QStringLiteral("registered"));
    record.insert(QStringLiteral("expires_on"), QStringLiteral("2026-10-12"));
    const QDate start = RegistrationWorkflow::renewalWindowStart(day("2026-10-12"), m_rules, m_calendar);
    const QDate latest =
        RegistrationWorkflow::latestExpiryInRenewalWindow(day("2026-09-22"), m_rules, m_calendar);
    Refusal early;
    run(record, QStringLiteral("renew"), {}, day("2026-09-21"), &early);
    const QJsonObject renewed = run(record, QStringLiteral("renew"), {}, day("2026-09-22"));
    m_rules = DeadlineRules::defaults();
    QCOMPARE(start, day("2026-09-22"));
    QCOMPARE(latest, day("2026-10-12"));
    QCOMPARE(early.code, QStringLiteral("outside_renewal_window"));
    QCOMPARE(renewed.value(QStringLiteral("expires_on")).toString(), QStringLiteral("2029-10-12"));
    // A validity is years, a window days: a rule in the wrong unit is refused.
    QVERIFY(!DeadlineRule::fromRecordFields({{QStringLiteral("step"), DeadlineRules::RenewalWindow},
                                             {QStringLiteral("value"), 1},
                                             {QStringLiteral("unit"), QStringLiteral("years")}},
                                            &problem));
    QVERIFY(!DeadlineRule::fromRecordFields({{QStringLiteral("step"), DeadlineRules::Validity},
                                             {QStringLiteral("value"), 30},
                                             {QStringLiteral("unit"), QStringLiteral("calendar_days")}},
                                            &problem));
    // The shipped reading is marked as unverified where administrators read it.
    QVERIFY(DeadlineRules::defaults()
                .rule(DeadlineRules::RenewalWindow)
                .source.contains(QStringLiteral("待核实")));
}

void TestRegistrationWorkflow::renewalEndsWithTheOperatingTerm()
{
    QJsonObject record = atState(QStringLiteral("registered")); // expires 2029-03-01
    record.insert(QStringLiteral("operating_term_end"), QStringLiteral("2030-06-30"));
    const QJsonObject renewed = run(record, QStringLiteral("renew"), {}, day("2029-02-01"));
    QCOMPARE(renewed.value(QStringLiteral("expires_on")).toString(), QStringLiteral("2030-06-30"));
    record.insert(QStringLiteral("operating_term_end"), QStringLiteral("2029-03-01"));
    Refusal refusal;
    run(record, QStringLiteral("renew"), {}, day("2029-02-01"), &refusal);
    QCOMPARE(refusal.code, QStringLiteral("invalid_state"));
    QVERIFY(refusal.reason().contains(QStringLiteral("2029-03-01")));
}

void TestRegistrationWorkflow::unrenewedRegistrationLapsesAfterExpiry()
{
    const QJsonObject record = atState(QStringLiteral("registered")); // expires 2029-03-01
    Refusal refusal;
    run(record, RegistrationWorkflow::Lapse, {}, day("2029-03-01"), &refusal); // the expiry day: still valid
    QCOMPARE(refusal.code, QStringLiteral("invalid_state"));
    const QJsonObject lapsed = run(record, RegistrationWorkflow::Lapse, {}, day("2029-03-02"));
    QCOMPARE(lapsed.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    QVERIFY(
        lapsed.value(QStringLiteral("decision_reason")).toString().contains(QStringLiteral("2029-03-01")));
    const QJsonArray events =
        QJsonDocument::fromJson(lapsed.value(QStringLiteral("events")).toString().toUtf8()).array();
    QCOMPARE(events.last().toObject().value(QStringLiteral("action")).toString(),
             RegistrationWorkflow::Lapse);
    // Nobody is offered the step: the hub takes it.
    QVERIFY(
        !RegistrationWorkflow::availableCommands(record, Role::Admin, day("2029-03-02"), m_rules, m_calendar)
             .contains(RegistrationWorkflow::Lapse));
    // A registration once marked 已过期 by hand lapses the same way.
    QJsonObject expired = record;
    expired.insert(QStringLiteral("state"), QStringLiteral("expired"));
    QCOMPARE(run(expired, RegistrationWorkflow::Lapse, {}, day("2029-03-05"))
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("cancelled"));
}

void TestRegistrationWorkflow::amendmentsAreWrittenInByTheHubOnly()
{
    // Coding a change registration completes it: on the hub it is applied (the hub then writes its
    // changes into the registration); a desktop only asks.
    QJsonObject change = atState(QStringLiteral("awaiting_code"));
    change.insert(QStringLiteral("type"), QStringLiteral("change"));
    QVERIFY(!RegistrationWorkflow::apply(change, QStringLiteral("issue_code"), {}, context(day("2026-04-01")))
                 .effect.contains(QStringLiteral("state")));
    RegistrationContext hub = context(day("2026-04-01"));
    hub.allocateCode = [] {
        return QStringLiteral("NEVER");
    };
    const RegistrationStep coded = RegistrationWorkflow::apply(change, QStringLiteral("issue_code"), {}, hub);
    QCOMPARE(coded.effect.value(QStringLiteral("state")).toString(), QStringLiteral("applied"));
    QCOMPARE(coded.effect.value(QStringLiteral("amendment_pending")).toBool(), true);
    QVERIFY(!coded.effect.contains(QStringLiteral("registration_code"))); // the registration's stays

    // The step that writes the changes keeps the old values in the timeline and shortens the
    // validity with a shorter operating term.
    const QJsonObject registration = atState(QStringLiteral("registered")); // expires 2029-03-01
    const QJsonObject amended = run(
        registration, RegistrationWorkflow::Amend,
        {{QStringLiteral("amendment"), QStringLiteral("a-1")},
         {QStringLiteral("number"), QStringLiteral("湘数登〔2026〕000002号")},
         {QStringLiteral("changes"),
          text(QJsonObject{{QStringLiteral("data_name"), QStringLiteral("全省企业登记信息（含分支机构）")},
                           {QStringLiteral("operating_term_end"), QStringLiteral("2028-12-31")}})}},
        day("2026-04-01"));
    QCOMPARE(amended.value(QStringLiteral("data_name")).toString(),
             QStringLiteral("全省企业登记信息（含分支机构）"));
    QCOMPARE(amended.value(QStringLiteral("expires_on")).toString(), QStringLiteral("2028-12-31"));
    const QJsonObject event =
        QJsonDocument::fromJson(amended.value(QStringLiteral("events")).toString().toUtf8())
            .array()
            .last()
            .toObject();
    QCOMPARE(event.value(QStringLiteral("action")).toString(), RegistrationWorkflow::Amend);
    QCOMPARE(event.value(QStringLiteral("arguments"))
                 .toObject()
                 .value(QStringLiteral("before"))
                 .toObject()
                 .value(QStringLiteral("data_name"))
                 .toString(),
             QStringLiteral("全省企业登记信息"));
    // Only the fields a change may touch.
    Refusal refusal;
    run(registration, RegistrationWorkflow::Amend,
        {{QStringLiteral("amendment"), QStringLiteral("a-1")},
         {QStringLiteral("number"), QStringLiteral("1")},
         {QStringLiteral("changes"),
          text(QJsonObject{{QStringLiteral("registration_code"), QStringLiteral("X")}})}},
        day("2026-04-01"), &refusal);
    QCOMPARE(refusal.code, QStringLiteral("invalid"));
    QVERIFY(!RegistrationWorkflow::availableCommands(registration, Role::Admin, day("2026-04-01"), m_rules,
                                                     m_calendar)
                 .contains(RegistrationWorkflow::Amend));
}

void TestRegistrationWorkflow::cancellingEndsValidityThatDay()
{
    const QJsonObject registration = atState(QStringLiteral("registered")); // expires 2029-03-01
    const QJsonObject cancelled =
        run(registration, QStringLiteral("cancel"), {{QStringLiteral("reason"), QStringLiteral("主体注销")}},
            day("2027-05-06"));
    QCOMPARE(cancelled.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(cancelled.value(QStringLiteral("expires_on")).toString(), QStringLiteral("2027-05-06"));
    // An approved cancellation registration marks itself for the hub to end the registration it names.
    QJsonObject application = atState(QStringLiteral("under_review"));
    application.insert(QStringLiteral("type"), QStringLiteral("cancellation"));
    application.insert(QStringLiteral("related_registration_id"), QStringLiteral("r-1"));
    const QJsonObject approved = run(application, QStringLiteral("approve"), {}, day("2026-03-10"));
    QCOMPARE(approved.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(approved.value(QStringLiteral("amendment_pending")).toBool(), true);
}

void TestRegistrationWorkflow::cancellationSkipsThePublicNotice()
{
    QJsonObject record = submitted(day("2026-03-02"));
    record.insert(QStringLiteral("type"), QStringLiteral("cancellation"));
    record.insert(QStringLiteral("materials"),
                  text(QJsonObject{{QStringLiteral("subject_info"), true},
                                   {QStringLiteral("cancellation_statement"), true}}));
    record = run(record, QStringLiteral("accept"), {}, day("2026-03-02"));
    QCOMPARE(record.value(QStringLiteral("step_deadline")).toString(), QStringLiteral("2026-03-16")); // 10 WD
    record = run(record, QStringLiteral("approve"), {}, day("2026-03-05"));
    QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
}

void TestRegistrationWorkflow::deadlinesBeyondKnownYearsAreProvisionalNeverRefused()
{
    const QJsonObject record = submitted(day("2026-12-14"));
    QCOMPARE(record.value(QStringLiteral("step_deadline")).toString(), QStringLiteral("2026-12-17"));
    QCOMPARE(record.value(QStringLiteral("deadline_provisional")).toBool(true), false);
    // 20 WD from 2026-12-15 reach into 2027, whose schedule is not loaded: counted Monday to Friday.
    Refusal refusal;
    QJsonObject accepted = run(record, QStringLiteral("accept"), {}, day("2026-12-15"), &refusal);
    QVERIFY2(!refusal.isRefused(), qPrintable(refusal.reason()));
    QCOMPARE(accepted.value(QStringLiteral("state")).toString(), QStringLiteral("under_review"));
    QCOMPARE(accepted.value(QStringLiteral("step_deadline")).toString(), QStringLiteral("2027-01-12"));
    QCOMPARE(accepted.value(QStringLiteral("deadline_provisional")).toBool(), true);
    QCOMPARE(accepted.value(QStringLiteral("deadline_from")).toString(), QStringLiteral("2026-12-15"));
    QCOMPARE(accepted.value(QStringLiteral("deadline_workdays")).toInt(), 20);
    // Pausing and resuming in the unknown year is never refused either.
    QJsonObject paused =
        run(accepted, QStringLiteral("pause_review"),
            {{QStringLiteral("reason"), QStringLiteral("待补充说明")}}, day("2027-01-05"), &refusal);
    QVERIFY(!refusal.isRefused());
    QCOMPARE(paused.value(QStringLiteral("remaining_workdays")).toInt(), 5);
    QJsonObject resumed = run(paused, QStringLiteral("resume_review"), {}, day("2027-02-01"), &refusal);
    QVERIFY(!refusal.isRefused());
    QCOMPARE(resumed.value(QStringLiteral("step_deadline")).toString(), QStringLiteral("2027-02-08"));
    QCOMPARE(resumed.value(QStringLiteral("deadline_provisional")).toBool(), true);
    // The public notice after it, too.
    QJsonObject notice = run(accepted, QStringLiteral("approve"), {}, day("2026-12-28"), &refusal);
    QVERIFY(!refusal.isRefused());
    QCOMPARE(notice.value(QStringLiteral("step_deadline")).toString(), QStringLiteral("2027-01-11"));
    QCOMPARE(notice.value(QStringLiteral("deadline_provisional")).toBool(), true);
}

void TestRegistrationWorkflow::publishedYearSettlesAProvisionalDeadline()
{
    const QJsonObject accepted =
        run(submitted(day("2026-12-14")), QStringLiteral("accept"), {}, day("2026-12-15"));
    QCOMPARE(accepted.value(QStringLiteral("step_deadline")).toString(), QStringLiteral("2027-01-12"));
    // Nothing to do while the calendar still does not know 2027: no change, and no event.
    const RegistrationStep unchanged = RegistrationWorkflow::apply(
        accepted, RegistrationWorkflow::RecomputeDeadline, {}, context(day("2026-12-20")));
    QVERIFY(!unchanged.isRefused());
    QVERIFY(unchanged.effect.isEmpty());

    // 2027 is published with 元旦 on 1–3 January: one working day fewer in the span, so the
    // deadline moves a day later and stops being provisional.
    WorkingCalendar published = m_calendar;
    QString error;
    published.addYear(
        *CalendarYear::fromJson(QJsonDocument::fromJson(R"({"year": 2027, "source": "测试通知", "holidays":
            [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}], "workdays": []})")
                                    .object(),
                                &error));
    RegistrationContext later = context(day("2026-12-20"));
    later.calendar = &published;
    const RegistrationStep moved =
        RegistrationWorkflow::apply(accepted, RegistrationWorkflow::RecomputeDeadline, {}, later);
    QVERIFY(!moved.isRefused());
    QCOMPARE(moved.effect.value(QStringLiteral("step_deadline")).toString(), QStringLiteral("2027-01-13"));
    QCOMPARE(moved.effect.value(QStringLiteral("deadline_provisional")).toBool(true), false);
    QCOMPARE(moved.effect.value(QStringLiteral("deadline_moved_from")).toString(),
             QStringLiteral("2027-01-12"));
    const QJsonObject event =
        QJsonDocument::fromJson(moved.effect.value(QStringLiteral("events")).toString().toUtf8())
            .array()
            .last()
            .toObject();
    QCOMPARE(event.value(QStringLiteral("action")).toString(), RegistrationWorkflow::RecomputeDeadline);
    QCOMPARE(
        event.value(QStringLiteral("arguments")).toObject().value(QStringLiteral("old_deadline")).toString(),
        QStringLiteral("2027-01-12"));
    QCOMPARE(
        event.value(QStringLiteral("arguments")).toObject().value(QStringLiteral("new_deadline")).toString(),
        QStringLiteral("2027-01-13"));

    // Once settled it is not counted again, and a reviewer never sees the step as a button.
    QJsonObject settled = accepted;
    for (auto it = moved.effect.constBegin(); it != moved.effect.constEnd(); ++it)
        settled.insert(it.key(), it.value());
    QVERIFY(RegistrationWorkflow::apply(settled, RegistrationWorkflow::RecomputeDeadline, {}, later)
                .effect.isEmpty());
    QVERIFY(!RegistrationWorkflow::availableCommands(accepted, Role::Reviewer, day("2026-12-20"), m_rules,
                                                     m_calendar)
                 .contains(RegistrationWorkflow::RecomputeDeadline));
    // A later step starts a new deadline and forgets the move.
    const QJsonObject approved = run(settled, QStringLiteral("approve"), {}, day("2027-01-05"));
    QVERIFY(approved.value(QStringLiteral("deadline_moved_from")).isNull());
}

void TestRegistrationWorkflow::deadlineRulesAreConfigurable()
{
    Message error;
    const std::optional<DeadlineRule> fifteen =
        DeadlineRule::fromRecordFields({{QStringLiteral("step"), DeadlineRules::FormalReview},
                                        {QStringLiteral("value"), 15},
                                        {QStringLiteral("unit"), QStringLiteral("working_days")},
                                        {QStringLiteral("source"), QStringLiteral("湖南省实施细则")}},
                                       &error);
    QVERIFY(fifteen);
    m_rules.set(*fifteen);
    const QJsonObject record =
        run(submitted(day("2026-03-02")), QStringLiteral("accept"), {}, day("2026-03-02"));
    m_rules = DeadlineRules::defaults();
    QCOMPARE(record.value(QStringLiteral("step_deadline")).toString(), QStringLiteral("2026-03-23"));
    QVERIFY(!DeadlineRule::fromRecordFields({{QStringLiteral("step"), DeadlineRules::FormalReview},
                                             {QStringLiteral("value"), 0},
                                             {QStringLiteral("unit"), QStringLiteral("working_days")}},
                                            &error));
    QVERIFY(!DeadlineRule::fromRecordFields({{QStringLiteral("step"), QStringLiteral("coffee_break")},
                                             {QStringLiteral("value"), 3},
                                             {QStringLiteral("unit"), QStringLiteral("working_days")}},
                                            &error));
}

void TestRegistrationWorkflow::timelineRecordsEveryStep()
{
    QJsonObject record = run(submitted(day("2026-03-02")), QStringLiteral("accept"), {}, day("2026-03-02"));
    record = run(record, QStringLiteral("comment"), {{QStringLiteral("text"), QStringLiteral("材料已核对")}},
                 day("2026-03-03"));
    record = run(record, QStringLiteral("assign"), {{QStringLiteral("assignee"), QStringLiteral("li.si")}},
                 day("2026-03-03"));
    QCOMPARE(record.value(QStringLiteral("assignee")).toString(), QStringLiteral("li.si"));
    const QJsonArray events =
        QJsonDocument::fromJson(record.value(QStringLiteral("events")).toString().toUtf8()).array();
    QCOMPARE(events.size(), 4);
    QCOMPARE(events.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("submit"));
    QCOMPARE(events.at(1).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("accept"));
    QCOMPARE(events.at(2)
                 .toObject()
                 .value(QStringLiteral("arguments"))
                 .toObject()
                 .value(QStringLiteral("text"))
                 .toString(),
             QStringLiteral("材料已核对"));
    QCOMPARE(events.at(3).toObject().value(QStringLiteral("by")).toString(), QStringLiteral("wang.wu"));
}

QTEST_GUILESS_MAIN(TestRegistrationWorkflow)
#include "tst_registrationworkflow.moc"
