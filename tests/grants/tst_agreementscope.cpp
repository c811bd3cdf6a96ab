// An agreement's scope names entries of the 授权运营 catalog (AgreementScope): each entry an edit
// adds must be published there, on the desktop as on the hub (the hub's side: tst_hubrules); the
// ones it named stay when withdrawn, and the dashboard counts the agreements naming them.
#include "models/common/Clock.h"
#include "models/common/StructuredField.h"
#include "models/demo/GrantDemoData.h"
#include "models/grants/AgreementScope.h"
#include "models/grants/GrantKpis.h"
#include "models/grants/GrantQuery.h"
#include "models/grants/GrantRepository.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;

namespace {

xs::ManualClock TestClock(xs::ManualClock::chinaMorning(QDate(2026, 6, 15)));
const QString Department = QStringLiteral("430000027");

QString list(const QStringList& ids)
{
    return structuredText(QJsonArray::fromStringList(ids));
}

QJsonObject agreement(const QStringList& resources,
                      const QString& title = QStringLiteral("长沙市交通数据授权运营协议"))
{
    return {{QStringLiteral("title"), title},
            {QStringLiteral("operator_id"), QStringLiteral("op-1")},
            {QStringLiteral("mode"), QStringLiteral("domain")},
            {QStringLiteral("selection_method"), QStringLiteral("open_tender")},
            {QStringLiteral("resources"), list(resources)},
            {QStringLiteral("starts_on"), QStringLiteral("2026-01-01")},
            {QStringLiteral("ends_on"), QStringLiteral("2030-12-31")},
            {QStringLiteral("revenue_shares"),
             QStringLiteral(
                 R"([{"party":"数据提供单位","share_bp":4000},{"party":"运营机构","share_bp":6000}])")}};
}

} // namespace

class TestAgreementScope : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void resourceIdsAreReadWhateverTheText();
    void onlyAuthorizedEntriesAreNamedAnew_data();
    void onlyAuthorizedEntriesAreNamedAnew();
    void namedEntriesStayAfterTheyAreWithdrawn();
    void agreementsNamingAWithdrawnEntryAreCounted();
    void choicesOfferAuthorizedEntriesAndLabelTheRest();

private:
    void plantEntry(const QString& id, const QString& name, const QString& status, bool authorized,
                    bool deleted = false);
    QStringList flagged() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<GrantRepository> m_repository;
};

void TestAgreementScope::init()
{
    m_repository.reset();
    m_database.reset();
    m_database = test::createDatabase(
        m_dir.filePath(QStringLiteral("s%1.db").arg(QDateTime::currentMSecsSinceEpoch())),
        DatabaseKey::generate());
    m_repository =
        std::make_unique<GrantRepository>(m_database->connection(), QStringLiteral("reviewer"), TestClock);
    QSqlDatabase db = m_database->connection();
    test::plantRecord(db, QStringLiteral("department"), QStringLiteral("dept-1"),
                      {{QStringLiteral("code"), Department},
                       {QStringLiteral("name"), QStringLiteral("湖南省数据局")},
                       {QStringLiteral("kind"), QStringLiteral("provincial")},
                       {QStringLiteral("division_code"), QStringLiteral("430000")},
                       {QStringLiteral("sort_order"), 1}});
    test::plantRecord(db, QStringLiteral("grant_operator"), QStringLiteral("op-1"),
                      {{QStringLiteral("name"), QStringLiteral("湖南数据运营有限公司")},
                       {QStringLiteral("credit_code"), GrantDemoData::creditCode(1)}});
    plantEntry(QStringLiteral("ce-traffic"), QStringLiteral("全省交通运输数据"), QStringLiteral("published"),
               true);
    plantEntry(QStringLiteral("ce-weather"), QStringLiteral("气象观测数据"), QStringLiteral("published"),
               true);
    plantEntry(QStringLiteral("ce-draft"), QStringLiteral("在编目录数据"), QStringLiteral("draft"), true);
    plantEntry(QStringLiteral("ce-withdrawn"), QStringLiteral("已撤回的数据"), QStringLiteral("withdrawn"),
               true);
    plantEntry(QStringLiteral("ce-shared"), QStringLiteral("仅共享目录数据"), QStringLiteral("published"),
               false);
    plantEntry(QStringLiteral("ce-deleted"), QStringLiteral("已删除的数据"), QStringLiteral("published"),
               true, true);
}

void TestAgreementScope::plantEntry(const QString& id, const QString& name, const QString& status,
                                    bool authorized, bool deleted)
{
    QJsonObject entry = test::validCatalogEntry(name, Department);
    entry.insert(QStringLiteral("code"), QStringLiteral("101001001/") + id);
    entry.insert(QStringLiteral("status"), status);
    entry.insert(QStringLiteral("in_authorized_catalog"), authorized);
    entry.insert(QStringLiteral("data_scope"), QStringLiteral("2020年以来全省数据"));
    entry.insert(QStringLiteral("quality_statement"), QStringLiteral("每日校验"));
    test::plantRecord(m_database->connection(), QStringLiteral("catalog_entry"), id, entry, deleted);
}

QStringList TestAgreementScope::flagged() const
{
    GrantFilter filter;
    filter.today = TestClock.today();
    filter.withdrawnResource = true;
    const SqlCondition where = GrantQuery::where(filter);
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT a.id FROM grant_agreement a WHERE %1 ORDER BY a.id").arg(where.sql));
    for (const QVariant& binding : where.bindings)
        query.addBindValue(binding);
    QStringList ids;
    if (!query.exec())
        qWarning() << query.lastError().text();
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

void TestAgreementScope::resourceIdsAreReadWhateverTheText()
{
    const auto ids = [](const QJsonValue& resources) {
        return AgreementScope::resourceIds({{QStringLiteral("resources"), resources}});
    };
    QCOMPARE(ids(QStringLiteral(R"(["a"," b ","","a","c"])")),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(ids(QJsonArray{QStringLiteral("x")}), QStringList{QStringLiteral("x")}); // parsed in memory
    QCOMPARE(ids(QStringLiteral("not json")), QStringList());
    QCOMPARE(ids(QStringLiteral(R"({"a":1})")), QStringList());
    QCOMPARE(ids(QJsonValue()), QStringList());
}

void TestAgreementScope::onlyAuthorizedEntriesAreNamedAnew_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<bool>("saved");
    QTest::newRow("published, authorized") << QStringLiteral("ce-traffic") << true;
    QTest::newRow("no such entry") << QStringLiteral("全省企业登记数据") << false;
    QTest::newRow("a draft") << QStringLiteral("ce-draft") << false;
    QTest::newRow("withdrawn") << QStringLiteral("ce-withdrawn") << false;
    QTest::newRow("only in the sharing catalog") << QStringLiteral("ce-shared") << false;
    QTest::newRow("deleted") << QStringLiteral("ce-deleted") << false;
}

void TestAgreementScope::onlyAuthorizedEntriesAreNamedAnew()
{
    QFETCH(QString, entry);
    QFETCH(bool, saved);
    const DatabaseError error = m_repository->save(QStringLiteral("grant_agreement"), QStringLiteral("a-1"),
                                                   agreement({entry}), Role::Reviewer);
    QCOMPARE(!error.isError(), saved);
    QCOMPARE(bool(m_repository->record(QStringLiteral("grant_agreement"), QStringLiteral("a-1"))), saved);
    if (!saved) {
        QCOMPARE(error.kind(), DatabaseError::Kind::Invalid);
        QVERIFY2(error.detailOrMessage().contains(QStringLiteral("authorized-operation")),
                 qPrintable(error.detailOrMessage()));
    }
}

void TestAgreementScope::namedEntriesStayAfterTheyAreWithdrawn()
{
    const QString entity = QStringLiteral("grant_agreement");
    const QString id = QStringLiteral("a-1");
    QVERIFY(
        !m_repository->save(entity, id, agreement({QStringLiteral("ce-traffic")}), Role::Reviewer).isError());
    // The catalog withdraws the entry (a sync brings it): the agreement keeps it and can be edited.
    plantEntry(QStringLiteral("ce-traffic"), QStringLiteral("全省交通运输数据"), QStringLiteral("withdrawn"),
               true);
    QVERIFY(!m_repository
                 ->save(entity, id, agreement({QStringLiteral("ce-traffic")}, QStringLiteral("改名后的协议")),
                        Role::Reviewer)
                 .isError());
    // Another withdrawn entry is not added with it; an authorized one is.
    QVERIFY(m_repository
                ->save(entity, id, agreement({QStringLiteral("ce-traffic"), QStringLiteral("ce-withdrawn")}),
                       Role::Reviewer)
                .isError());
    QVERIFY(!m_repository
                 ->save(entity, id, agreement({QStringLiteral("ce-traffic"), QStringLiteral("ce-weather")}),
                        Role::Reviewer)
                 .isError());
    // Once removed, the withdrawn entry is not named again.
    QVERIFY(
        !m_repository->save(entity, id, agreement({QStringLiteral("ce-weather")}), Role::Reviewer).isError());
    QVERIFY(m_repository
                ->save(entity, id, agreement({QStringLiteral("ce-weather"), QStringLiteral("ce-traffic")}),
                       Role::Reviewer)
                .isError());
    QCOMPARE(AgreementScope::resourceIds(m_repository->record(entity, id)->fields),
             QStringList{QStringLiteral("ce-weather")});
}

void TestAgreementScope::agreementsNamingAWithdrawnEntryAreCounted()
{
    QSqlDatabase db = m_database->connection();
    const auto plant = [&db](const QString& id, const QStringList& resources, const QString& state,
                             bool deleted = false) {
        QJsonObject fields = agreement(resources);
        fields.insert(QStringLiteral("state"), state);
        test::plantRecord(db, QStringLiteral("grant_agreement"), id, fields, deleted);
    };
    plant(QStringLiteral("a-fine"), {QStringLiteral("ce-traffic"), QStringLiteral("ce-weather")},
          QStringLiteral("operating"));
    plant(QStringLiteral("a-withdrawn"), {QStringLiteral("ce-traffic"), QStringLiteral("ce-withdrawn")},
          QStringLiteral("operating"));
    plant(QStringLiteral("a-shared"), {QStringLiteral("ce-shared")}, QStringLiteral("signed"));
    plant(QStringLiteral("a-deleted-entry"), {QStringLiteral("ce-deleted")}, QStringLiteral("renewed"));
    plant(QStringLiteral("a-draft"), {QStringLiteral("ce-draft")}, QStringLiteral("evaluation"));
    // Not flagged: typed names that match no entry, text that is not a list, an agreement that
    // ended, a deleted agreement.
    plant(QStringLiteral("a-typed"), {QStringLiteral("全省企业登记数据")}, QStringLiteral("operating"));
    QJsonObject malformed = agreement({});
    malformed.insert(QStringLiteral("resources"), QStringLiteral("[\"ce-withdrawn\""));
    malformed.insert(QStringLiteral("state"), QStringLiteral("operating"));
    test::plantRecord(db, QStringLiteral("grant_agreement"), QStringLiteral("a-malformed"), malformed);
    plant(QStringLiteral("a-ended"), {QStringLiteral("ce-withdrawn")}, QStringLiteral("terminated"));
    plant(QStringLiteral("a-gone"), {QStringLiteral("ce-withdrawn")}, QStringLiteral("operating"), true);

    const QStringList expected{QStringLiteral("a-deleted-entry"), QStringLiteral("a-draft"),
                               QStringLiteral("a-shared"), QStringLiteral("a-withdrawn")};
    QCOMPARE(flagged(), expected);
    const GrantKpis kpis = GrantKpis::compute(db, TestClock.today());
    QVERIFY2(!kpis.error.isError(), qPrintable(kpis.error.message()));
    QCOMPARE(kpis.withdrawnResources, qint64(expected.size()));
    // Published again, the entry no longer flags its agreement.
    plantEntry(QStringLiteral("ce-draft"), QStringLiteral("在编目录数据"), QStringLiteral("published"), true);
    QCOMPARE(flagged().size(), expected.size() - 1);
    QVERIFY(!flagged().contains(QStringLiteral("a-draft")));
}

void TestAgreementScope::choicesOfferAuthorizedEntriesAndLabelTheRest()
{
    const QList<LabelledValue> choices = m_repository->resourceChoices(
        agreement({QStringLiteral("ce-withdrawn"), QStringLiteral("ce-deleted"), QStringLiteral("ce-traffic"),
                   QStringLiteral("ce-shared"), QStringLiteral("全省企业登记数据")}));
    QStringList offered;
    QHash<QString, QString> kept;
    for (const LabelledValue& choice : choices) {
        if (choice.offered)
            offered << choice.value;
        else
            kept.insert(choice.value, choice.label);
    }
    // Offered: what may be named, in name order, with the department that provides it.
    QCOMPARE(offered, (QStringList{QStringLiteral("ce-traffic"), QStringLiteral("ce-weather")}));
    for (const LabelledValue& choice : choices) {
        if (choice.value == QLatin1String("ce-traffic"))
            QCOMPARE(choice.label, QStringLiteral("全省交通运输数据 — 湖南省数据局"));
    }
    // Named but not offered: each with what became of it; a typed name is not a choice at all.
    QCOMPARE(kept.size(), 3);
    QVERIFY(kept.value(QStringLiteral("ce-withdrawn")).contains(QStringLiteral("withdrawn")));
    QVERIFY(kept.value(QStringLiteral("ce-deleted")).contains(QStringLiteral("deleted")));
    QVERIFY(kept.value(QStringLiteral("ce-shared")).contains(QStringLiteral("no longer in")));
}

QTEST_GUILESS_MAIN(TestAgreementScope)
#include "tst_agreementscope.moc"
