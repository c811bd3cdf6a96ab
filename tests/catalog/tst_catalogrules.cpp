// The catalog rules of DOMAIN.md §1, each with the message shown beside its field.
#include "models/catalog/CatalogRules.h"
#include "models/catalog/CatalogVocabulary.h"
#include "models/catalog/CatalogWorkflow.h"
#include "models/catalog/UpdateFrequencies.h"

#include <QTest>

using namespace xs;

namespace {

QJsonObject validEntry()
{
    return {{QStringLiteral("name"), QStringLiteral("企业登记信息")},
            {QStringLiteral("code"), QStringLiteral("101001001/000001")},
            {QStringLiteral("department_code"), QStringLiteral("430000001")},
            {QStringLiteral("abstract"), QStringLiteral("全省企业设立、变更、注销登记信息")},
            {QStringLiteral("format_class"), QStringLiteral("数据库")},
            {QStringLiteral("format_type"), QStringLiteral("MySQL")},
            {QStringLiteral("update_frequency"), QStringLiteral("每日")},
            {QStringLiteral("share_attribute"), QStringLiteral("无条件共享")},
            {QStringLiteral("share_method"), QStringLiteral("服务接口")},
            {QStringLiteral("open_attribute"), QStringLiteral("不予开放")},
            {QStringLiteral("grade"), QStringLiteral("一般数据")},
            {QStringLiteral("last_updated_on"), QStringLiteral("2026-11-27")}};
}

QJsonObject item(const QString& grade)
{
    return {{QStringLiteral("name"), QStringLiteral("统一社会信用代码")},
            {QStringLiteral("identifier"), QStringLiteral("tyshxydm")},
            {QStringLiteral("data_type"), QStringLiteral("字符型")},
            {QStringLiteral("length"), 18},
            {QStringLiteral("min_grade"), grade}};
}

QStringList fields(const QList<FieldProblem>& problems)
{
    QStringList names;
    for (const FieldProblem& problem : problems)
        names.append(problem.field);
    return names;
}

QString messageFor(const QList<FieldProblem>& problems, const QString& field)
{
    for (const FieldProblem& problem : problems) {
        if (problem.field == field)
            return problem.message.text();
    }
    return {};
}

} // namespace

class TestCatalogRules : public QObject
{
    Q_OBJECT

private slots:
    void vocabularyHasTheExactTerms();
    void validEntryPasses();
    void requiredFieldsAreNamed();
    void conditionalSharingNeedsScopeAndPurpose();
    void notSharingNeedsReasonAndBasis();
    void conditionalOpeningNeedsConditions();
    void gradeIsAtLeastTheHighestItemGrade();
    void coreAndImportantDataAreNeverOpenedUnconditionally();
    void resourceCodeFollowsThePattern();
    void authorizedCatalogNeedsScopeAndQualityStatement();
    void itemRules();
    void publishedChangesNeedAReason();
    void overdueFollowsTheFrequency();
    void qualityScores();

private:
    CatalogRules m_rules;
};

void TestCatalogRules::vocabularyHasTheExactTerms()
{
    QCOMPARE(CatalogVocabulary::shareAttributes(), QStringList({"无条件共享", "有条件共享", "不予共享"}));
    QCOMPARE(CatalogVocabulary::shareMethods(), QStringList({"服务接口", "批量交换", "文件下载"}));
    QCOMPARE(CatalogVocabulary::openAttributes(), QStringList({"无条件开放", "有条件开放", "不予开放"}));
    QCOMPARE(CatalogVocabulary::grades(), QStringList({"核心数据", "重要数据", "一般数据"}));
    QCOMPARE(CatalogVocabulary::defaultUpdateFrequencies(),
             QStringList({"实时", "每日", "每周", "每月", "每季度", "每半年", "每年", "不定期"}));
    QCOMPARE(CatalogVocabulary::priorityOpenDomains(),
             QStringList({"医疗健康", "文化教育", "交通出行", "气象服务", "社会保障"}));
    QCOMPARE(CatalogVocabulary::gradeRank(QStringLiteral("核心数据")), 3);
    QCOMPARE(CatalogVocabulary::gradeRank(QStringLiteral("一般数据")), 1);
    QCOMPARE(CatalogVocabulary::gradeRank(QString()), 0);
    // Without a translator the label is the English source; unknown values pass through.
    QCOMPARE(CatalogVocabulary::label(QStringLiteral("重要数据")), QStringLiteral("Important data"));
    QCOMPARE(CatalogVocabulary::label(QStringLiteral("自定义")), QStringLiteral("自定义"));
}

void TestCatalogRules::validEntryPasses()
{
    QCOMPARE(m_rules.checkEntry(validEntry(), {item(QStringLiteral("一般数据"))}), QList<FieldProblem>());
}

void TestCatalogRules::requiredFieldsAreNamed()
{
    const QList<FieldProblem> problems = m_rules.checkEntry({}, {});
    QCOMPARE(fields(problems), QStringList({"name", "code", "department_code", "share_attribute", "grade",
                                            "update_frequency"}));
    QCOMPARE(messageFor(problems, QStringLiteral("name")), QStringLiteral("Enter the catalog name."));
    QCOMPARE(messageFor(problems, QStringLiteral("share_attribute")),
             QStringLiteral("Choose the sharing attribute."));

    QJsonObject unknown = validEntry();
    unknown.insert(QStringLiteral("share_attribute"), QStringLiteral("随便共享"));
    QCOMPARE(messageFor(m_rules.checkEntry(unknown, {}), QStringLiteral("share_attribute")),
             QStringLiteral("「随便共享」 is not one of: 无条件共享、有条件共享、不予共享."));
}

void TestCatalogRules::conditionalSharingNeedsScopeAndPurpose()
{
    QJsonObject entry = validEntry();
    entry.insert(QStringLiteral("share_attribute"), CatalogVocabulary::conditionalShare());
    QList<FieldProblem> problems = m_rules.checkEntry(entry, {});
    QCOMPARE(fields(problems), QStringList({"share_scope", "share_purpose"}));
    QCOMPARE(messageFor(problems, QStringLiteral("share_scope")),
             QStringLiteral("Conditional sharing needs the sharing scope."));
    QCOMPARE(messageFor(problems, QStringLiteral("share_purpose")),
             QStringLiteral("Conditional sharing needs the purpose of use."));

    entry.insert(QStringLiteral("share_scope"), QStringLiteral("省直部门"));
    entry.insert(QStringLiteral("share_purpose"), QStringLiteral("   ")); // blank is not a purpose
    QCOMPARE(fields(m_rules.checkEntry(entry, {})), QStringList({"share_purpose"}));
    entry.insert(QStringLiteral("share_purpose"), QStringLiteral("行政审批核验"));
    QVERIFY(m_rules.checkEntry(entry, {}).isEmpty());
}

void TestCatalogRules::notSharingNeedsReasonAndBasis()
{
    QJsonObject entry = validEntry();
    entry.insert(QStringLiteral("share_attribute"), CatalogVocabulary::noShare());
    entry.remove(QStringLiteral("share_method")); // nothing is shared, so no method is needed
    QList<FieldProblem> problems = m_rules.checkEntry(entry, {});
    QCOMPARE(fields(problems), QStringList({"no_share_reason", "no_share_basis"}));
    QCOMPARE(messageFor(problems, QStringLiteral("no_share_reason")),
             QStringLiteral("Not sharing needs a reason."));
    QVERIFY(messageFor(problems, QStringLiteral("no_share_basis")).contains(QLatin1String("legal basis")));

    entry.insert(QStringLiteral("no_share_reason"), QStringLiteral("涉及国家秘密"));
    entry.insert(QStringLiteral("no_share_basis"), QStringLiteral("《中华人民共和国保守国家秘密法》"));
    QVERIFY(m_rules.checkEntry(entry, {}).isEmpty());

    QJsonObject shared = validEntry();
    shared.remove(QStringLiteral("share_method"));
    QCOMPARE(fields(m_rules.checkEntry(shared, {})), QStringList({"share_method"}));
}

void TestCatalogRules::conditionalOpeningNeedsConditions()
{
    QJsonObject entry = validEntry();
    entry.insert(QStringLiteral("open_attribute"), CatalogVocabulary::conditionalOpen());
    const QList<FieldProblem> problems = m_rules.checkEntry(entry, {});
    QCOMPARE(fields(problems), QStringList({"open_conditions"}));
    QCOMPARE(problems.constFirst().message.text(),
             QStringLiteral("Conditional opening needs the open conditions."));
}

void TestCatalogRules::gradeIsAtLeastTheHighestItemGrade()
{
    const QList<QJsonObject> items{item(QStringLiteral("一般数据")), item(QStringLiteral("重要数据"))};
    QCOMPARE(CatalogRules::requiredGrade(items), QStringLiteral("重要数据"));
    const QList<FieldProblem> problems = m_rules.checkEntry(validEntry(), items);
    QCOMPARE(fields(problems), QStringList({"grade"}));
    QCOMPARE(problems.constFirst().message.text(),
             QStringLiteral("A data item is graded Important data, so the resource must be graded at least "
                            "Important data."));

    QJsonObject higher = validEntry();
    higher.insert(QStringLiteral("grade"), QStringLiteral("核心数据")); // higher than needed is fine
    QVERIFY(m_rules.checkEntry(higher, items).isEmpty());
    higher.insert(QStringLiteral("grade"), QStringLiteral("重要数据"));
    QVERIFY(m_rules.checkEntry(higher, items).isEmpty());
}

void TestCatalogRules::coreAndImportantDataAreNeverOpenedUnconditionally()
{
    QJsonObject entry = validEntry();
    entry.insert(QStringLiteral("open_attribute"), QStringLiteral("无条件开放"));
    QVERIFY(m_rules.checkEntry(entry, {}).isEmpty()); // 一般数据 may be
    for (const QString& grade : {QStringLiteral("重要数据"), QStringLiteral("核心数据")}) {
        entry.insert(QStringLiteral("grade"), grade);
        const QList<FieldProblem> problems = m_rules.checkEntry(entry, {});
        QCOMPARE(fields(problems), QStringList({"open_attribute"}));
        QVERIFY2(
            messageFor(problems, QStringLiteral("open_attribute"))
                .startsWith(QStringLiteral("Data graded %1 is never opened unconditionally")
                                .arg(grade == QStringLiteral("核心数据") ? QStringLiteral("Core data")
                                                                         : QStringLiteral("Important data"))),
            qPrintable(messageFor(problems, QStringLiteral("open_attribute"))));
    }
    // Under conditions, or not at all, is allowed.
    entry.insert(QStringLiteral("open_attribute"), QStringLiteral("有条件开放"));
    entry.insert(QStringLiteral("open_conditions"), QStringLiteral("经审核后以接口方式开放"));
    QVERIFY(m_rules.checkEntry(entry, {}).isEmpty());
    entry.insert(QStringLiteral("open_attribute"), QStringLiteral("不予开放"));
    QVERIFY(m_rules.checkEntry(entry, {}).isEmpty());
    // A data item graded 重要 raises the resource to 重要 and so closes unconditional opening too.
    QJsonObject general = validEntry();
    general.insert(QStringLiteral("open_attribute"), QStringLiteral("无条件开放"));
    general.insert(QStringLiteral("grade"), QStringLiteral("重要数据"));
    QVERIFY(fields(m_rules.checkEntry(general, {item(QStringLiteral("重要数据"))}))
                .contains(QStringLiteral("open_attribute")));
}

void TestCatalogRules::resourceCodeFollowsThePattern()
{
    QJsonObject entry = validEntry();
    for (const char* bad : {"101001001", "1010010/000001", "001001001/000001", "101001001/00001x"}) {
        entry.insert(QStringLiteral("code"), QString::fromLatin1(bad));
        QCOMPARE(fields(m_rules.checkEntry(entry, {})), QStringList({"code"}));
    }
    // The pattern is a setting: a province may use another layout.
    const CatalogRules custom(CatalogRuleSettings{QStringLiteral("^HN-\\d+$")});
    entry.insert(QStringLiteral("code"), QStringLiteral("HN-42"));
    QVERIFY(custom.checkEntry(entry, {}).isEmpty());
}

void TestCatalogRules::authorizedCatalogNeedsScopeAndQualityStatement()
{
    QJsonObject entry = validEntry();
    entry.insert(QStringLiteral("in_authorized_catalog"), true);
    QCOMPARE(fields(m_rules.checkEntry(entry, {})), QStringList({"data_scope", "quality_statement"}));
    entry.insert(QStringLiteral("data_scope"), QStringLiteral("2020年以来全省企业"));
    entry.insert(QStringLiteral("quality_statement"), QStringLiteral("每日校验，准确率99%"));
    QVERIFY(m_rules.checkEntry(entry, {}).isEmpty());
}

void TestCatalogRules::itemRules()
{
    QVERIFY(m_rules.checkItem(item(QStringLiteral("一般数据"))).isEmpty());
    QJsonObject bad = item(QStringLiteral("顶级数据"));
    bad.insert(QStringLiteral("identifier"), QStringLiteral("1abc"));
    bad.insert(QStringLiteral("length"), 0);
    bad.remove(QStringLiteral("name"));
    const QList<FieldProblem> problems = m_rules.checkItem(bad);
    QCOMPARE(fields(problems), QStringList({"name", "identifier", "length", "min_grade"}));
    QCOMPARE(messageFor(problems, QStringLiteral("length")),
             QStringLiteral("The length must be a positive number."));
}

void TestCatalogRules::publishedChangesNeedAReason()
{
    QCOMPARE(CatalogWorkflow::pathTo(QStringLiteral("draft"), QStringLiteral("published")),
             QStringList({"submit", "publish"}));
    QCOMPARE(CatalogWorkflow::pathTo(QStringLiteral("draft"), QStringLiteral("withdrawn")),
             QStringList({"submit", "publish", "withdraw"}));
    QCOMPARE(CatalogWorkflow::pathTo(QStringLiteral("published"), QStringLiteral("published")),
             QStringList());
    // Back to draft only by withdrawing, resubmitting and returning; without "return" there is no way.
    QCOMPARE(CatalogWorkflow::pathTo(QStringLiteral("published"), QStringLiteral("draft")),
             QStringList({"withdraw", "submit", "return"}));
    QCOMPARE(CatalogWorkflow::pathTo(
                 QStringLiteral("published"), QStringLiteral("draft"),
                 {QStringLiteral("submit"), QStringLiteral("publish"), QStringLiteral("withdraw")}),
             std::nullopt);
    QVERIFY(CatalogRules::changeNeedsReason(QStringLiteral("published")));
    QVERIFY(!CatalogRules::changeNeedsReason(QStringLiteral("draft")));
    QVERIFY(!CatalogRules::changeNeedsReason(QStringLiteral("submitted")));
}

void TestCatalogRules::overdueFollowsTheFrequency()
{
    UpdateFrequencies frequencies = UpdateFrequencies::defaults();
    const QDate today(2026, 11, 28);
    QVERIFY(!frequencies.isOverdue(QStringLiteral("每月"), QDate(2026, 10, 28), today)); // 31 days
    QVERIFY(frequencies.isOverdue(QStringLiteral("每月"), QDate(2026, 10, 27), today));  // 32 days
    QVERIFY(!frequencies.isOverdue(QStringLiteral("每日"), QDate(2026, 11, 27), today));
    QVERIFY(frequencies.isOverdue(QStringLiteral("每日"), QDate(2026, 11, 26), today));
    QVERIFY(!frequencies.isOverdue(QStringLiteral("不定期"), QDate(2000, 1, 1), today));
    QVERIFY(frequencies.isOverdue(QStringLiteral("每年"), QDate(), today)); // never updated
    QCOMPARE(frequencies.dueDate(QStringLiteral("每周"), QDate(2026, 11, 1)), QDate(2026, 11, 8));
    // The list is editable: a bureau may allow 40 days for monthly data.
    frequencies.set(QStringLiteral("每月"), 40);
    QVERIFY(!frequencies.isOverdue(QStringLiteral("每月"), QDate(2026, 10, 27), today));
    frequencies.set(QStringLiteral("每两年"), 731);
    QVERIFY(frequencies.names().contains(QStringLiteral("每两年")));
}

void TestCatalogRules::qualityScores()
{
    const UpdateFrequencies frequencies = UpdateFrequencies::defaults();
    const QDate today(2026, 11, 28);
    QJsonObject entry = validEntry();
    const QList<QJsonObject> items{item(QStringLiteral("一般数据")), item(QStringLiteral("一般数据"))};
    QualityScores scores = CatalogRules::quality({}, entry, items, 0, frequencies, today);
    QCOMPARE(scores, (QualityScores{100, 100, 100, 100}));

    // Two broken rules, three of 13 expected things missing, 10 days late on daily data
    // (1 day allowed of 11 elapsed), one of two items in a 一数一源 conflict.
    entry.remove(QStringLiteral("abstract"));
    entry.remove(QStringLiteral("format_type"));
    entry.insert(QStringLiteral("last_updated_on"), QStringLiteral("2026-11-17"));
    const QList<FieldProblem> problems{{QStringLiteral("a"), {}}, {QStringLiteral("b"), {}}};
    scores = CatalogRules::quality(problems, entry, {}, 0, frequencies, today);
    QCOMPARE(scores.accuracy, 50);
    QCOMPARE(scores.completeness, 100 * 10 / 13);
    QCOMPARE(scores.timeliness, 100 * 1 / 11);
    scores = CatalogRules::quality({}, validEntry(), items, 1, frequencies, today);
    QCOMPARE(scores.consistency, 50);
}

QTEST_GUILESS_MAIN(TestCatalogRules)
#include "tst_catalogrules.moc"
