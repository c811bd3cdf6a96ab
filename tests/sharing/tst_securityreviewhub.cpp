// Security reviews (安全风险评估 and 应用业务规范性审查, HN25 item 20) pushed to the real hub as a
// desktop would: a reviewer opens one on a published review checklist for a conditional sharing
// request or an agreement, answers it item by item and concludes; the hub refuses what breaks the
// rules, and data is used only after a passing review: a conditional request is approved, and an
// agreement starts operating, only then.

#include "hub/HubStore.h"
#include "models/common/Clock.h"
#include "models/common/StructuredField.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/HubProcess.h"
#include "tests/support/SecurityReviewFixture.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;
using namespace xs::test;

namespace {

const QString Review = QStringLiteral("security_review");
const QString Request = QStringLiteral("sharing_request");
const QString Agreement = QStringLiteral("grant_agreement");
const QString Checklist = QStringLiteral("review-checklist");
const QString Requester = QStringLiteral("430000027"); // demo-cataloguer's department
const QString Provider = QStringLiteral("430000001");

QJsonObject answer(const char* code, const char* result)
{
    return {{QStringLiteral("code"), QLatin1String(code)}, {QStringLiteral("result"), QLatin1String(result)}};
}

} // namespace

class TestSecurityReviewHub : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aReviewNamesARealSubjectAndAPublishedReviewChecklist();
    void onlyReviewersReview();
    void concludingNeedsEveryItemAndAFittingConclusion();
    void anAgreementOperatesOnlyAfterAPassingReview();

private:
    QJsonArray push(const QString& who, const QJsonObject& operation);
    QJsonObject stored(const QString& entity, const QString& id);
    QString publishEntry(const QString& id, const QString& attribute);
    QString ask(const QString& id, const QString& entryId);
    QJsonObject opening(const QString& subjectEntity, const QString& subjectId,
                        const QString& templateId = Checklist) const;

    QTemporaryDir m_dir;
    QString m_database;
    std::unique_ptr<HubProcess> m_hub;
    std::unique_ptr<HttpProbe> m_probe;
    QHash<QString, QString> m_tokens;
    QString m_conditionalRequest;
    QString m_unconditionalRequest;
};

void TestSecurityReviewHub::initTestCase()
{
    const ManualClock monday(ManualClock::chinaMorning(QDate(2026, 11, 2)));
    m_database = m_dir.filePath(QStringLiteral("hub.db"));
    QCOMPARE(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), m_database}, nullptr,
                             monday.now()),
             0);
    m_hub = std::make_unique<HubProcess>(m_dir.filePath(QStringLiteral("tls")));
    m_hub->setClockStart(monday.now());
    QVERIFY2(m_hub->start(m_database), m_hub->log().constData());
    m_probe = std::make_unique<HttpProbe>(m_hub->url(), m_hub->caFile());
    for (const char* role : {"cataloguer", "reviewer", "manager", "admin"}) {
        const QString token = m_probe->login(QStringLiteral("demo-") + QLatin1String(role), DemoPassword);
        QVERIFY2(!token.isEmpty(), role);
        m_tokens.insert(QLatin1String(role), token);
    }
    QString error;
    QVERIFY2(publishReviewChecklist(*m_probe, Checklist, &error), qPrintable(error));
    QVERIFY2(m_probe->publishAuthorizedEntry(QStringLiteral("entry-1"),
                                             m_tokens.value(QStringLiteral("admin")), &error),
             qPrintable(error));
    m_conditionalRequest = ask(QStringLiteral("r-conditional"),
                               publishEntry(QStringLiteral("e-conditional"), QStringLiteral("有条件共享")));
    m_unconditionalRequest =
        ask(QStringLiteral("r-unconditional"),
            publishEntry(QStringLiteral("e-unconditional"), QStringLiteral("无条件共享")));
    QVERIFY(!m_conditionalRequest.isEmpty() && !m_unconditionalRequest.isEmpty());
}

void TestSecurityReviewHub::cleanupTestCase()
{
    m_hub.reset();
}

QJsonArray TestSecurityReviewHub::push(const QString& who, const QJsonObject& operation)
{
    return m_probe->push({operation}, m_tokens.value(who));
}

QJsonObject TestSecurityReviewHub::stored(const QString& entity, const QString& id)
{
    SystemClock clock;
    QString error;
    const std::unique_ptr<HubStore> store = HubStore::open(m_database, clock, &error);
    const std::optional<RecordState> record = store ? store->record(entity, id, false) : std::nullopt;
    return record ? record->fields : QJsonObject();
}

QString TestSecurityReviewHub::publishEntry(const QString& id, const QString& attribute)
{
    QJsonObject entry = validCatalogEntry(QStringLiteral("社会保险参保信息") + id, Provider);
    entry.insert(QStringLiteral("in_share_catalog"), true);
    entry.insert(QStringLiteral("share_attribute"), attribute);
    if (attribute == QStringLiteral("有条件共享")) {
        entry.insert(QStringLiteral("share_scope"), QStringLiteral("省直部门"));
        entry.insert(QStringLiteral("share_purpose"), QStringLiteral("社保待遇核验"));
    }
    QString error;
    const QString admin = m_tokens.value(QStringLiteral("admin"));
    QList<std::pair<QString, QJsonObject>> publication;
    for (const QJsonObject& operation : HttpProbe::publishedEntry(id, entry))
        publication.append({admin, operation});
    if (!m_probe->pushEachApplied(publication, &error)) {
        qWarning() << error;
        return {};
    }
    return id;
}

QString TestSecurityReviewHub::ask(const QString& id, const QString& entryId)
{
    const QJsonObject request{
        {QStringLiteral("entry_id"), entryId},
        {QStringLiteral("requester_code"), Requester},
        {QStringLiteral("purpose"), QStringLiteral("核验参保状态")},
        {QStringLiteral("scope"), QStringLiteral("本单位审批业务")},
        {QStringLiteral("legal_basis"), QStringLiteral("《政务数据共享条例》第二十一条")},
        {QStringLiteral("share_method"), QStringLiteral("服务接口")}};
    return HttpProbe::outcome(push(QStringLiteral("cataloguer"), HttpProbe::upsert(Request, id, request))) ==
                   QLatin1String("applied/")
               ? id
               : QString();
}

QJsonObject TestSecurityReviewHub::opening(const QString& subjectEntity, const QString& subjectId,
                                           const QString& templateId) const
{
    return {{QStringLiteral("subject_entity"), subjectEntity},
            {QStringLiteral("subject_id"), subjectId},
            {QStringLiteral("template_id"), templateId}};
}

void TestSecurityReviewHub::aReviewNamesARealSubjectAndAPublishedReviewChecklist()
{
    const QString reviewer = QStringLiteral("reviewer");
    QCOMPARE(HttpProbe::outcome(
                 push(reviewer, HttpProbe::upsert(Review, QStringLiteral("v-nothing"),
                                                  opening(Request, QStringLiteral("no-such-request"))))),
             QStringLiteral("rejected/invalid"));
    // Unconditionally shared data needs no review.
    QCOMPARE(HttpProbe::outcome(push(reviewer, HttpProbe::upsert(Review, QStringLiteral("v-unconditional"),
                                                                 opening(Request, m_unconditionalRequest)))),
             QStringLiteral("rejected/invalid"));
    // A draft review checklist, or one that does not exist, is no checklist to review on.
    QString error;
    QJsonObject draft = reviewChecklist();
    QVERIFY(m_probe->pushEachApplied(
        {{m_tokens.value(QStringLiteral("admin")),
          HttpProbe::upsert(QStringLiteral("audit_template"), QStringLiteral("draft-checklist"), draft)}},
        &error));
    QCOMPARE(
        HttpProbe::outcome(push(reviewer, HttpProbe::upsert(Review, QStringLiteral("v-draft"),
                                                            opening(Request, m_conditionalRequest,
                                                                    QStringLiteral("draft-checklist"))))),
        QStringLiteral("rejected/invalid"));
    QCOMPARE(HttpProbe::outcome(push(reviewer, HttpProbe::upsert(Review, QStringLiteral("v-other"),
                                                                 opening(Request, m_conditionalRequest,
                                                                         QStringLiteral("no-such"))))),
             QStringLiteral("rejected/invalid"));
    // The hub starts a review in progress, by whom and when, on the checklist's version.
    QJsonObject forged = opening(Request, m_conditionalRequest);
    forged.insert(QStringLiteral("state"), QStringLiteral("concluded"));
    forged.insert(QStringLiteral("conclusion"), QStringLiteral("passed"));
    QCOMPARE(HttpProbe::outcome(push(reviewer, HttpProbe::upsert(Review, QStringLiteral("v-1"), forged))),
             QStringLiteral("applied/"));
    const QJsonObject review = stored(Review, QStringLiteral("v-1"));
    QCOMPARE(review.value(QStringLiteral("state")).toString(), QStringLiteral("in_progress"));
    QVERIFY(review.value(QStringLiteral("conclusion")).isNull());
    QCOMPARE(review.value(QStringLiteral("opened_by")).toString(), QStringLiteral("demo-reviewer"));
    QCOMPARE(review.value(QStringLiteral("opened_on")).toString(), QStringLiteral("2026-11-02"));
    QCOMPARE(review.value(QStringLiteral("template_version")).toInt(), 1);
    // What it reviews, and on which checklist, stays.
    QJsonObject moved = opening(Request, m_unconditionalRequest);
    QCOMPARE(HttpProbe::outcome(push(reviewer, HttpProbe::upsert(Review, QStringLiteral("v-1"), moved, 1))),
             QStringLiteral("rejected/invalid"));
}

void TestSecurityReviewHub::onlyReviewersReview()
{
    for (const char* role : {"cataloguer", "manager"})
        QCOMPARE(HttpProbe::outcome(
                     push(QLatin1String(role), HttpProbe::upsert(Review, QStringLiteral("v-role"),
                                                                 opening(Request, m_conditionalRequest)))),
                 QStringLiteral("rejected/forbidden"));
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("reviewer"), HttpProbe::upsert(Review, QStringLiteral("v-role"),
                                                                    opening(Request, m_conditionalRequest)))),
             QStringLiteral("applied/"));
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("cataloguer"),
                      HttpProbe::command(Review, QStringLiteral("v-role"), QStringLiteral("conclude_failed"),
                                         {{QStringLiteral("opinion"), QStringLiteral("不符合")}}))),
             QStringLiteral("rejected/forbidden"));
    QCOMPARE(HttpProbe::outcome(
                 push(QStringLiteral("reviewer"), {{QStringLiteral("entity"), Review},
                                                   {QStringLiteral("id"), QStringLiteral("v-role")},
                                                   {QStringLiteral("kind"), QStringLiteral("delete")},
                                                   {QStringLiteral("base_version"), 1}})),
             QStringLiteral("rejected/forbidden"));
}

void TestSecurityReviewHub::concludingNeedsEveryItemAndAFittingConclusion()
{
    const QString reviewer = QStringLiteral("reviewer");
    const QString id = QStringLiteral("v-conclude");
    QJsonObject review = opening(Request, m_conditionalRequest);
    QCOMPARE(HttpProbe::outcome(push(reviewer, HttpProbe::upsert(Review, id, review))),
             QStringLiteral("applied/"));
    const auto conclude = [&](const char* command, const QString& opinion = QStringLiteral("意见")) {
        return HttpProbe::outcome(push(reviewer, HttpProbe::command(Review, id, QLatin1String(command),
                                                                    {{QStringLiteral("opinion"), opinion}})));
    };
    QCOMPARE(conclude("conclude_conditional"), QStringLiteral("rejected/invalid_state")); // nothing answered
    // Answers name the checklist's items once each, with one of its three results.
    qint64 version = 1;
    for (const QJsonArray& wrong : {QJsonArray{answer("X9", "conforms")},
                                    QJsonArray{answer("S1", "conforms"), answer("S1", "conforms")},
                                    QJsonArray{answer("S1", "maybe")}}) {
        review.insert(QStringLiteral("answers"), structuredText(wrong));
        QCOMPARE(HttpProbe::outcome(push(reviewer, HttpProbe::upsert(Review, id, review, version))),
                 QStringLiteral("rejected/invalid"));
    }
    review.insert(QStringLiteral("answers"), structuredText({answer("S1", "nonconforming")}));
    QCOMPARE(HttpProbe::outcome(push(reviewer, HttpProbe::upsert(Review, id, review, version++))),
             QStringLiteral("applied/"));
    QCOMPARE(conclude("conclude_failed"), QStringLiteral("rejected/invalid_state")); // B1 unanswered
    review.insert(QStringLiteral("answers"),
                  structuredText({answer("S1", "nonconforming"), answer("B1", "not_applicable")}));
    QCOMPARE(HttpProbe::outcome(push(reviewer, HttpProbe::upsert(Review, id, review, version++))),
             QStringLiteral("applied/"));
    // An item found wanting allows only conditions or a failure; conditions must be stated.
    QCOMPARE(conclude("conclude_passed"), QStringLiteral("rejected/invalid_state"));
    QCOMPARE(conclude("conclude_conditional", QString()), QStringLiteral("rejected/invalid"));
    QCOMPARE(conclude("conclude_conditional", QStringLiteral("脱敏后使用")), QStringLiteral("applied/"));
    const QJsonObject concluded = stored(Review, id);
    QCOMPARE(concluded.value(QStringLiteral("state")).toString(), QStringLiteral("concluded"));
    QCOMPARE(concluded.value(QStringLiteral("conclusion")).toString(), QStringLiteral("conditional"));
    QCOMPARE(concluded.value(QStringLiteral("opinion")).toString(), QStringLiteral("脱敏后使用"));
    QCOMPARE(concluded.value(QStringLiteral("concluded_by")).toString(), QStringLiteral("demo-reviewer"));
    QCOMPARE(concluded.value(QStringLiteral("concluded_on")).toString(), QStringLiteral("2026-11-02"));
    // Concluded is final: neither answered again nor concluded again.
    review.insert(QStringLiteral("answers"),
                  structuredText({answer("S1", "conforms"), answer("B1", "conforms")}));
    QCOMPARE(HttpProbe::outcome(push(reviewer, HttpProbe::upsert(Review, id, review, version))),
             QStringLiteral("rejected/invalid_state"));
    QCOMPARE(conclude("conclude_failed"), QStringLiteral("rejected/invalid_state"));
}

void TestSecurityReviewHub::anAgreementOperatesOnlyAfterAPassingReview()
{
    const QString reviewer = m_tokens.value(QStringLiteral("reviewer"));
    const QString operatorId = QStringLiteral("op-review");
    const QString id = QStringLiteral("agreement-review");
    const QJsonObject agreement{
        {QStringLiteral("title"), QStringLiteral("交通领域授权运营协议")},
        {QStringLiteral("operator_id"), operatorId},
        {QStringLiteral("mode"), QStringLiteral("domain")},
        {QStringLiteral("selection_method"), QStringLiteral("open_tender")},
        {QStringLiteral("resources"), QStringLiteral("[\"entry-1\"]")},
        {QStringLiteral("starts_on"), QStringLiteral("2026-12-01")},
        {QStringLiteral("ends_on"), QStringLiteral("2030-11-30")},
        {QStringLiteral("revenue_shares"), QStringLiteral(R"([{"party":"数据提供单位","share_bp":4000},)"
                                                          R"({"party":"运营主体","share_bp":6000}])")},
        {QStringLiteral("state"), QStringLiteral("operating")}}; // forged: a new one is only signed
    QString error;
    QVERIFY2(m_probe->pushEachApplied(
                 {{reviewer, HttpProbe::upsert(
                                 QStringLiteral("grant_operator"), operatorId,
                                 {{QStringLiteral("name"), QStringLiteral("湖南数据运营有限公司")},
                                  {QStringLiteral("credit_code"), QStringLiteral("91350100M000100Y43")}})},
                  {reviewer, HttpProbe::upsert(Agreement, id, agreement)}},
                 &error),
             qPrintable(error));
    QCOMPARE(stored(Agreement, id).value(QStringLiteral("state")).toString(), QStringLiteral("signed"));
    const QJsonObject start = HttpProbe::command(Agreement, id, QStringLiteral("start_operation"));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("manager"), start)),
             QStringLiteral("rejected/invalid_state"));
    QVERIFY2(concludeReview(*m_probe, Checklist, QStringLiteral("v-agreement-failed"), Agreement, id,
                            QStringLiteral("conclude_failed"), &error),
             qPrintable(error));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("manager"), start)),
             QStringLiteral("rejected/invalid_state"));
    QVERIFY2(concludeReview(*m_probe, Checklist, QStringLiteral("v-agreement-passed"), Agreement, id,
                            QStringLiteral("conclude_passed"), &error),
             qPrintable(error));
    // A reviewer may not sign the start off; the manager may, now.
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("reviewer"), start)),
             QStringLiteral("rejected/forbidden"));
    QCOMPARE(HttpProbe::outcome(push(QStringLiteral("manager"), start)), QStringLiteral("applied/"));
    QCOMPARE(stored(Agreement, id).value(QStringLiteral("state")).toString(), QStringLiteral("operating"));
}

QTEST_GUILESS_MAIN(TestSecurityReviewHub)
#include "tst_securityreviewhub.moc"
