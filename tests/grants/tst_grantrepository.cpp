// The desktop's grant records: every save is checked by the hub's own rules before it is written,
// a refusal writes nothing (no row, no outbox entry, no audit row), and steps show their effect.
#include "models/common/Clock.h"
#include "models/demo/GrantDemoData.h"
#include "models/grants/GrantRepository.h"
#include "models/grants/GrantVocabulary.h"
#include "models/journal/LocalRecordStore.h"
#include "models/pricing/PricingRecords.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
// What every change here is stamped with: these tests hold on any date.
xs::ManualClock TestClock(xs::ManualClock::chinaMorning(QDate(2026, 6, 15)));
} // namespace

using namespace xs;

namespace {

QJsonObject validAgreement()
{
    return {{QStringLiteral("title"), QStringLiteral("长沙市交通数据授权运营协议")},
            {QStringLiteral("operator_id"), QStringLiteral("op-1")},
            {QStringLiteral("mode"), QStringLiteral("domain")},
            {QStringLiteral("selection_method"), QStringLiteral("open_tender")},
            {QStringLiteral("resources"), QStringLiteral(R"(["r1"])")},
            {QStringLiteral("starts_on"), QStringLiteral("2026-01-01")},
            {QStringLiteral("ends_on"), QStringLiteral("2030-12-31")},
            {QStringLiteral("revenue_shares"),
             QStringLiteral(
                 R"([{"party":"数据提供单位","share_bp":4000},{"party":"运营机构","share_bp":6000}])")},
            {QStringLiteral("state"), QStringLiteral("terminated")}}; // forged: a new one starts signed
}

} // namespace

class TestGrantRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void refusedSaveWritesNothing_data();
    void refusedSaveWritesNothing();
    void newRecordsStartWhereTheHubStartsThem();
    void managersSignOffButDoNotEdit();
    void planStepsNeedTheirSections();
    void childrenAndChoicesAreListed();
    void childrenNeedTheirParentAndOnlyGrantsAreSaved();

private:
    qint64 rows(const char* table) const;
    qint64 outbox() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<GrantRepository> m_repository;
};

void TestGrantRepository::init()
{
    m_repository.reset();
    m_database.reset();
    m_database = test::createDatabase(
        m_dir.filePath(QStringLiteral("r%1.db").arg(QDateTime::currentMSecsSinceEpoch())),
        DatabaseKey::generate());
    m_repository =
        std::make_unique<GrantRepository>(m_database->connection(), QStringLiteral("reviewer"), TestClock);
    // The operator every agreement here names, as a sync brings it: a record must name parents
    // that exist, here as on the hub.
    RecordState op{QStringLiteral("grant_operator"), QStringLiteral("op-1"), 1, false, {}, {}, {}, 1};
    op.fields = {{QStringLiteral("name"), QStringLiteral("湖南数据运营有限公司")},
                 {QStringLiteral("credit_code"), GrantDemoData::creditCode(1)}};
    const DatabaseError error = LocalRecordStore(m_database->connection()).write(*findEntity(op.entity), op);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    test::plantAuthorizedEntry(m_database->connection(), QStringLiteral("r1")); // the scope it names
}

qint64 TestGrantRepository::rows(const char* table) const
{
    QSqlQuery query(m_database->connection());
    query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    return query.next() ? query.value(0).toLongLong() : -1;
}

qint64 TestGrantRepository::outbox() const
{
    return ChangeJournal(m_database->connection(), QStringLiteral("reviewer"), TestClock).unsyncedCount();
}

void TestGrantRepository::refusedSaveWritesNothing_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<QString>("table");

    QJsonObject shares = validAgreement();
    shares.insert(QStringLiteral("revenue_shares"),
                  QStringLiteral(R"([{"party":"运营机构","share_bp":9000}])"));
    QTest::newRow("shares of 90%") << "grant_agreement" << shares << "grant_agreement";
    QJsonObject backwards = validAgreement();
    backwards.insert(QStringLiteral("ends_on"), QStringLiteral("2025-12-31"));
    QTest::newRow("term ends before it starts") << "grant_agreement" << backwards << "grant_agreement";
    QTest::newRow("bad credit code") << "grant_operator"
                                     << QJsonObject{{QStringLiteral("name"), QStringLiteral("某公司")},
                                                    {QStringLiteral("credit_code"),
                                                     QStringLiteral("91430100000000001X")}}
                                     << "grant_operator";
    QTest::newRow("price above cap") << "grant_product"
                                     << QJsonObject{{QStringLiteral("name"), QStringLiteral("接口")},
                                                    {QStringLiteral("use_class"), QStringLiteral("industry")},
                                                    {QStringLiteral("billing_unit"),
                                                     QStringLiteral("per_call")},
                                                    {QStringLiteral("cap_fen"), 100},
                                                    {QStringLiteral("price_fen"), 101}}
                                     << "grant_product";
    QTest::newRow("tier above cap")
        << "grant_product"
        << QJsonObject{{QStringLiteral("name"), QStringLiteral("接口")},
                       {QStringLiteral("use_class"), QStringLiteral("industry")},
                       {QStringLiteral("billing_unit"), QStringLiteral("per_call")},
                       {QStringLiteral("cap_fen"), 100},
                       {QStringLiteral("price_fen"), 90},
                       {QStringLiteral("tiers"), PricingRecords::tiersToJson({{0, 120}})}}
        << "grant_product";
    QTest::newRow("monthly price above cap")
        << "grant_price"
        << QJsonObject{{QStringLiteral("product_id"), QStringLiteral("p")},
                       {QStringLiteral("month"), QStringLiteral("2026-10")},
                       {QStringLiteral("cap_fen"), 100},
                       {QStringLiteral("price_fen"), 150}}
        << "grant_price";
    QTest::newRow("report not following from its inputs")
        << "grant_report"
        << QJsonObject{{QStringLiteral("agreement_id"), QStringLiteral("a")},
                       {QStringLiteral("year"), 2025},
                       {QStringLiteral("cost_fen"), 1000},
                       {QStringLiteral("rate_bp"), 0},
                       {QStringLiteral("taxes_fen"), 0},
                       {QStringLiteral("yield_year"), 2024},
                       {QStringLiteral("cost_survey_year"), 2025},
                       {QStringLiteral("max_revenue_fen"), 5000},
                       {QStringLiteral("actual_revenue_fen"), 100}}
        << "grant_report";
}

void TestGrantRepository::refusedSaveWritesNothing()
{
    QFETCH(QString, entity);
    QFETCH(QJsonObject, fields);
    QFETCH(QString, table);
    const qint64 audit = rows("audit_log");
    const qint64 before = rows(table.toLatin1().constData());
    const DatabaseError error =
        m_repository->save(entity, ChangeJournal::newId(TestClock), fields, Role::Reviewer);
    QCOMPARE(error.kind(), DatabaseError::Kind::Invalid);
    QVERIFY(!error.message().isEmpty());
    QCOMPARE(rows(table.toLatin1().constData()), before);
    QCOMPARE(outbox(), 0);
    QCOMPARE(rows("audit_log"), audit);
}

void TestGrantRepository::newRecordsStartWhereTheHubStartsThem()
{
    const QString id = ChangeJournal::newId(TestClock);
    const DatabaseError error =
        m_repository->save(QStringLiteral("grant_agreement"), id, validAgreement(), Role::Admin);
    QVERIFY2(!error.isError(), qPrintable(error.fullText()));
    const std::optional<RecordState> saved = m_repository->record(QStringLiteral("grant_agreement"), id);
    QVERIFY(saved);
    QCOMPARE(saved->fields.value(QStringLiteral("state")).toString(), QStringLiteral("signed"));
    QCOMPARE(outbox(), 1);

    // An edit may not move the state; only a step does.
    QJsonObject edit{{QStringLiteral("state"), QStringLiteral("exited")}};
    QCOMPARE(m_repository->save(QStringLiteral("grant_agreement"), id, edit, Role::Admin).kind(),
             DatabaseError::Kind::Invalid);
    QCOMPARE(outbox(), 1);
    // Signed, not yet operating: there are no services to hand over, but it may be ended.
    QCOMPARE(m_repository
                 ->step(QStringLiteral("grant_agreement"), id, QStringLiteral("exit"),
                        {{QStringLiteral("handover"), QStringLiteral("服务由市数据局平台承接")}},
                        Role::Manager)
                 .kind(),
             DatabaseError::Kind::Invalid);
    QVERIFY(!m_repository
                 ->step(QStringLiteral("grant_agreement"), id, QStringLiteral("terminate"),
                        {{QStringLiteral("reason"), QStringLiteral("运营机构放弃")}}, Role::Manager)
                 .isError());
    QCOMPARE(m_repository->record(QStringLiteral("grant_agreement"), id)
                 ->fields.value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("terminated"));
    QCOMPARE(outbox(), 2);
}

void TestGrantRepository::managersSignOffButDoNotEdit()
{
    const DatabaseError error = m_repository->save(
        QStringLiteral("grant_agreement"), ChangeJournal::newId(TestClock), validAgreement(), Role::Manager);
    QCOMPARE(error.kind(), DatabaseError::Kind::Invalid);
    QCOMPARE(rows("grant_agreement"), 0);
    const QString id = ChangeJournal::newId(TestClock);
    QVERIFY(!m_repository->save(QStringLiteral("grant_agreement"), id, validAgreement(), Role::Reviewer)
                 .isError());
    // It operates only after a passing security review, which this desktop checks as the hub
    // does: refused until one arrives by sync.
    QCOMPARE(m_repository
                 ->step(QStringLiteral("grant_agreement"), id, QStringLiteral("start_operation"), {},
                        Role::Manager)
                 .kind(),
             DatabaseError::Kind::Invalid);
    RecordState review{QStringLiteral("security_review"),          QStringLiteral("review-1"),      1,  false,
                       QStringLiteral("2026-06-14T02:00:00.000Z"), QStringLiteral("demo-reviewer"), {}, 1};
    review.fields = {{QStringLiteral("subject_entity"), QStringLiteral("grant_agreement")},
                     {QStringLiteral("subject_id"), id},
                     {QStringLiteral("template_id"), QStringLiteral("checklist")},
                     {QStringLiteral("state"), QStringLiteral("concluded")},
                     {QStringLiteral("conclusion"), QStringLiteral("passed")},
                     {QStringLiteral("concluded_on"), QStringLiteral("2026-06-14")}};
    QVERIFY(!LocalRecordStore(m_database->connection()).write(*findEntity(review.entity), review).isError());
    QVERIFY(!m_repository
                 ->step(QStringLiteral("grant_agreement"), id, QStringLiteral("start_operation"), {},
                        Role::Manager)
                 .isError());
    // Renewing is a manager's sign-off; a reviewer may not.
    const QJsonObject renew{{QStringLiteral("ends_on"), QStringLiteral("2033-12-31")},
                            {QStringLiteral("reason"), QStringLiteral("评估合格")}};
    QCOMPARE(m_repository
                 ->step(QStringLiteral("grant_agreement"), id, QStringLiteral("renew"), renew, Role::Reviewer)
                 .kind(),
             DatabaseError::Kind::Invalid);
    QVERIFY(!m_repository
                 ->step(QStringLiteral("grant_agreement"), id, QStringLiteral("start_evaluation"), {},
                        Role::Reviewer)
                 .isError());
    QVERIFY(!m_repository
                 ->step(QStringLiteral("grant_agreement"), id, QStringLiteral("renew"), renew, Role::Manager)
                 .isError());
    const RecordState renewed = *m_repository->record(QStringLiteral("grant_agreement"), id);
    QCOMPARE(renewed.fields.value(QStringLiteral("state")).toString(), QStringLiteral("renewed"));
    QCOMPARE(renewed.fields.value(QStringLiteral("ends_on")).toString(), QStringLiteral("2033-12-31"));
}

void TestGrantRepository::planStepsNeedTheirSections()
{
    const QString id = ChangeJournal::newId(TestClock);
    QJsonObject plan{{QStringLiteral("title"), QStringLiteral("实施方案")}};
    QVERIFY(!m_repository->save(QStringLiteral("grant_plan"), id, plan, Role::Reviewer).isError());
    QCOMPARE(
        m_repository->step(QStringLiteral("grant_plan"), id, QStringLiteral("submit"), {}, Role::Reviewer)
            .kind(),
        DatabaseError::Kind::Invalid);
    QJsonObject sections;
    for (const QString& section : GrantVocabulary::planSections())
        sections.insert(section, QStringLiteral("内容"));
    plan.insert(QStringLiteral("sections"), QString::fromUtf8(QJsonDocument(sections).toJson()));
    QVERIFY(!m_repository->save(QStringLiteral("grant_plan"), id, plan, Role::Reviewer).isError());
    QVERIFY(
        !m_repository->step(QStringLiteral("grant_plan"), id, QStringLiteral("submit"), {}, Role::Reviewer)
             .isError());
    QCOMPARE(m_repository->record(QStringLiteral("grant_plan"), id)
                 ->fields.value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("collective_decision"));
}

void TestGrantRepository::childrenAndChoicesAreListed()
{
    const QString agreement = ChangeJournal::newId(TestClock);
    QVERIFY(
        !m_repository->save(QStringLiteral("grant_agreement"), agreement, validAgreement(), Role::Reviewer)
             .isError());
    const QString product = ChangeJournal::newId(TestClock);
    QVERIFY(!m_repository
                 ->save(QStringLiteral("grant_product"), product,
                        {{QStringLiteral("agreement_id"), agreement},
                         {QStringLiteral("name"), QStringLiteral("查询接口")},
                         {QStringLiteral("use_class"), QStringLiteral("public_welfare")}},
                        Role::Reviewer)
                 .isError());
    for (const char* month : {"2026-09", "2026-10"})
        QVERIFY(!m_repository
                     ->save(QStringLiteral("grant_price"), ChangeJournal::newId(TestClock),
                            {{QStringLiteral("product_id"), product},
                             {QStringLiteral("month"), QLatin1String(month)},
                             {QStringLiteral("cap_fen"), 100},
                             {QStringLiteral("price_fen"), 90}},
                            Role::Reviewer)
                     .isError());
    QCOMPARE(
        m_repository->children(QStringLiteral("grant_product"), QStringLiteral("agreement_id"), agreement),
        QStringList{product});
    const QStringList prices =
        m_repository->children(QStringLiteral("grant_price"), QStringLiteral("product_id"), product);
    QCOMPARE(prices.size(), 2);
    QCOMPARE(m_repository->record(QStringLiteral("grant_price"), prices.first())
                 ->fields.value(QStringLiteral("month")),
             QJsonValue(QStringLiteral("2026-10"))); // newest first
    QCOMPARE(m_repository->choices(QStringLiteral("grant_agreement")).size(), 1);
    QCOMPARE(m_repository->choices(QStringLiteral("grant_agreement")).first().label,
             QStringLiteral("长沙市交通数据授权运营协议"));
    // Unknown entities and columns are never spliced into SQL.
    QVERIFY(m_repository->choices(QStringLiteral("catalog_entry")).isEmpty());
    QVERIFY(m_repository->children(QStringLiteral("grant_price"), QStringLiteral("id; DROP TABLE x"), product)
                .isEmpty());
}

void TestGrantRepository::childrenNeedTheirParentAndOnlyGrantsAreSaved()
{
    const QJsonObject product{{QStringLiteral("agreement_id"), QStringLiteral("never-saved")},
                              {QStringLiteral("name"), QStringLiteral("查询接口")},
                              {QStringLiteral("use_class"), QStringLiteral("public_welfare")}};
    QCOMPARE(
        m_repository
            ->save(QStringLiteral("grant_product"), ChangeJournal::newId(TestClock), product, Role::Reviewer)
            .kind(),
        DatabaseError::Kind::Invalid);
    QCOMPARE(rows("grant_product"), 0);
    // Not a grant record: refused before any rule is looked at, nothing written.
    QCOMPARE(m_repository
                 ->save(QStringLiteral("catalog_entry"), ChangeJournal::newId(TestClock),
                        {{QStringLiteral("name"), QStringLiteral("x")}}, Role::Admin)
                 .kind(),
             DatabaseError::Kind::Invalid);
    QCOMPARE(m_repository
                 ->step(QStringLiteral("registration"), QStringLiteral("r"), QStringLiteral("submit"), {},
                        Role::Admin)
                 .kind(),
             DatabaseError::Kind::Invalid);
    QCOMPARE(rows("catalog_entry"), 1); // the one init planted
    QCOMPARE(outbox(), 0);
}

QTEST_GUILESS_MAIN(TestGrantRepository)
#include "tst_grantrepository.moc"
