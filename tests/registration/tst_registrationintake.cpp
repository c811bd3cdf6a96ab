// What a new application must bring (RegistrationIntake): its subjects with valid 统一社会信用代码
// and one lead, scenarios in words, and which of the type's materials are missing; the hub's
// first step refuses what the intake form refuses, except a code left out (an application filed
// before codes were recorded may still wait in an outbox).
#include "models/calendar/CalendarRepository.h"
#include "models/common/CreditCode.h"
#include "models/common/StructuredField.h"
#include "models/demo/GrantDemoData.h"
#include "models/registration/DeadlineRules.h"
#include "models/registration/RegistrationIntake.h"
#include "models/registration/RegistrationVocabulary.h"
#include "models/registration/RegistrationWorkflow.h"

#include <QJsonArray>
#include <QTest>

using namespace xs;

namespace {

QJsonObject applicant(const QString& name, const QString& code, const QString& role = {})
{
    QJsonObject object{{QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("operator")}};
    if (!code.isEmpty())
        object.insert(QStringLiteral("credit_code"), code);
    if (!role.isEmpty())
        object.insert(QStringLiteral("role"), role);
    return object;
}

QJsonObject application(const QJsonArray& applicants)
{
    return {{QStringLiteral("type"), QStringLiteral("first")},
            {QStringLiteral("data_name"), QStringLiteral("企业信用数据")},
            {QStringLiteral("applicants"), structuredText(applicants)}};
}

QStringList messages(const QList<FieldProblem>& problems)
{
    QStringList texts;
    for (const FieldProblem& problem : problems)
        texts << problem.field + QLatin1Char(':') + problem.message.sourceText();
    return texts;
}

} // namespace

class TestRegistrationIntake : public QObject
{
    Q_OBJECT

private slots:
    void creditCodesCheckTheirLastCharacter();
    void subjectsAreCheckedAsFiled_data();
    void subjectsAreCheckedAsFiled();
    void scenariosAreWords();
    void missingMaterialsFollowTheType();
    void theFirstStepRefusesWhatTheFormRefuses();
};

void TestRegistrationIntake::creditCodesCheckTheirLastCharacter()
{
    QVERIFY(CreditCode::isValid(QStringLiteral("91350100M000100Y43")));
    QVERIFY(!CreditCode::isValid(QStringLiteral("91350100M000100Y44")));
    QVERIFY(!CreditCode::isValid(QStringLiteral("91350100M000100Y4")));   // 17 characters
    QVERIFY(!CreditCode::isValid(QStringLiteral("91350100M000100Y433"))); // 19
    QVERIFY(!CreditCode::isValid(QStringLiteral("9135O100M000100Y43")));  // O is not in the alphabet
    QVERIFY(CreditCode::checkCharacter(QStringLiteral("9135I100M000100Y4")).isNull());
    for (qint64 n : {0, 1, 7, 999999999})
        QVERIFY2(CreditCode::isValid(GrantDemoData::creditCode(n)), qPrintable(GrantDemoData::creditCode(n)));
}

void TestRegistrationIntake::subjectsAreCheckedAsFiled_data()
{
    const QString a = QStringLiteral("91350100M000100Y43");
    const QString b = GrantDemoData::creditCode(7);
    QTest::addColumn<QJsonArray>("applicants");
    QTest::addColumn<bool>("requireCodes");
    QTest::addColumn<QString>("problem"); // part of the first problem's source; empty: none
    QTest::newRow("one subject, no role")
        << QJsonArray{applicant(QStringLiteral("甲"), a)} << true << QString();
    QTest::newRow("joint, one lead") << QJsonArray{applicant(QStringLiteral("甲"), a,
                                                             QStringLiteral("joint")),
                                                   applicant(QStringLiteral("乙"), b, QStringLiteral("lead"))}
                                     << true << QString();
    QTest::newRow("joint, two leads")
        << QJsonArray{applicant(QStringLiteral("甲"), a, QStringLiteral("lead")),
                      applicant(QStringLiteral("乙"), b, QStringLiteral("lead"))}
        << true << QStringLiteral("exactly one lead");
    QTest::newRow("joint, no lead") << QJsonArray{applicant(QStringLiteral("甲"), a),
                                                  applicant(QStringLiteral("乙"), b, QStringLiteral("joint"))}
                                    << true << QStringLiteral("exactly one lead");
    QTest::newRow("joint, filed before roles")
        << QJsonArray{applicant(QStringLiteral("甲"), a), applicant(QStringLiteral("乙"), b)} << false
        << QString();
    QTest::newRow("a code that does not check out")
        << QJsonArray{applicant(QStringLiteral("甲"), QStringLiteral("91350100M000100Y44"))} << false
        << QStringLiteral("unified social credit code");
    QTest::newRow("no code, the form") << QJsonArray{applicant(QStringLiteral("甲"), {})} << true
                                       << QStringLiteral("unified social credit code");
    QTest::newRow("no code, the hub")
        << QJsonArray{applicant(QStringLiteral("甲"), {})} << false << QString();
    QTest::newRow("lower case is the same code")
        << QJsonArray{applicant(QStringLiteral("甲"), a.toLower())} << true << QString();
    QTest::newRow("the same subject twice")
        << QJsonArray{applicant(QStringLiteral("甲"), a, QStringLiteral("lead")),
                      applicant(QStringLiteral("甲公司"), a, QStringLiteral("joint"))}
        << true << QStringLiteral("named twice");
    QTest::newRow("an unknown role") << QJsonArray{applicant(QStringLiteral("甲"), a, QStringLiteral("boss"))}
                                     << true << QStringLiteral("either the lead");
    QTest::newRow("nobody") << QJsonArray{} << true << QStringLiteral("at least one applicant");
}

void TestRegistrationIntake::subjectsAreCheckedAsFiled()
{
    QFETCH(QJsonArray, applicants);
    QFETCH(bool, requireCodes);
    QFETCH(QString, problem);
    const QList<FieldProblem> problems = RegistrationIntake::check(application(applicants), requireCodes);
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(messages(problems).join(QLatin1Char('\n'))));
        return;
    }
    QVERIFY(!problems.isEmpty());
    QCOMPARE(problems.constFirst().field, QStringLiteral("applicants"));
    QVERIFY2(problems.constFirst().message.sourceText().contains(problem),
             qPrintable(messages(problems).join(QLatin1Char('\n'))));
}

void TestRegistrationIntake::scenariosAreWords()
{
    QJsonObject filed = application({applicant(QStringLiteral("甲"), QStringLiteral("91350100M000100Y43"))});
    filed.insert(QStringLiteral("scenarios"), structuredText({QStringLiteral("企业信用评价")}));
    QVERIFY(RegistrationIntake::check(filed, true).isEmpty());
    filed.insert(QStringLiteral("scenarios"),
                 structuredText({QStringLiteral("企业信用评价"), QStringLiteral(" ")}));
    QCOMPARE(messages(RegistrationIntake::check(filed, true)).size(), 1);
    QCOMPARE(RegistrationIntake::check(filed, true).constFirst().field, QStringLiteral("scenarios"));
    filed.insert(QStringLiteral("scenarios"), QStringLiteral("[1]"));
    QCOMPARE(RegistrationIntake::check(filed, true).size(), 1);
}

void TestRegistrationIntake::missingMaterialsFollowTheType()
{
    QJsonObject filed{{QStringLiteral("type"), QStringLiteral("first")}};
    QCOMPARE(RegistrationIntake::missingMaterials(filed).size(), 7); // REG §9: all seven
    QJsonObject materials;
    for (const QString& material : RegistrationVocabulary::materialsFor(QStringLiteral("first")))
        materials.insert(material, material != QLatin1String("lawful_source"));
    materials.insert(QStringLiteral("evidence_record"), false);
    filed.insert(QStringLiteral("materials"), materials); // in memory, or as text: the same
    QCOMPARE(RegistrationIntake::missingMaterials(filed),
             (QStringList{QStringLiteral("lawful_source"), QStringLiteral("evidence_record")}));
    filed.insert(QStringLiteral("materials"), QStringLiteral("not json"));
    QCOMPARE(RegistrationIntake::missingMaterials(filed).size(), 7);
    QCOMPARE(RegistrationIntake::missingMaterials({{QStringLiteral("type"), QStringLiteral("renewal")}}),
             (QStringList{QStringLiteral("subject_info"), QStringLiteral("security_assessment")}));
}

void TestRegistrationIntake::theFirstStepRefusesWhatTheFormRefuses()
{
    const WorkingCalendar calendar = CalendarRepository::bundled();
    const DeadlineRules rules = DeadlineRules::defaults();
    RegistrationContext context;
    context.today = QDate(2026, 6, 15);
    context.role = Role::Reviewer;
    context.calendar = &calendar;
    context.rules = &rules;
    const QJsonObject twoLeads = application(
        {applicant(QStringLiteral("甲"), QStringLiteral("91350100M000100Y43"), QStringLiteral("lead")),
         applicant(QStringLiteral("乙"), GrantDemoData::creditCode(7), QStringLiteral("lead"))});
    const RegistrationStep refused = RegistrationWorkflow::initialize(twoLeads, context);
    QVERIFY(refused.isRefused());
    QVERIFY(refused.refusal.message.sourceText().contains(QStringLiteral("exactly one lead")));
    const QJsonObject noCode = application({applicant(QStringLiteral("甲"), {})});
    const RegistrationStep started = RegistrationWorkflow::initialize(noCode, context);
    QVERIFY(!started.isRefused());
    QCOMPARE(started.effect.value(QStringLiteral("state")).toString(), QStringLiteral("submitted"));
}

QTEST_GUILESS_MAIN(TestRegistrationIntake)
#include "tst_registrationintake.moc"
