// The demo catalog is one a bureau would believe: each department keeps the resources of its duties,
// no resource name is kept by two departments, and the only 一数一源 conflicts are the deliberate
// cases of resources/demo/catalog.json, each of them found.
#include "models/catalog/CatalogRepository.h"
#include "models/catalog/DepartmentRepository.h"
#include "models/common/Clock.h"
#include "models/demo/CatalogDemoData.h"
#include "models/demo/DemoDataGenerator.h"
#include "models/storage/Transaction.h"
#include "tests/support/TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;

namespace {
const QDate Today(2026, 6, 15);
xs::ManualClock TestClock(xs::ManualClock::chinaMorning(Today));
} // namespace

class TestCatalogDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyDepartmentKeepsTheResourcesOfItsDuties();
    void noResourceNameIsKeptByTwoDepartments();
    void theOnlyConflictsAreTheDeliberateCasesAndEachIsFound();

private:
    QStringList column(const QString& sql) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    QList<Department> m_departments;
    std::optional<CatalogDemoPlan> m_plan;
};

void TestCatalogDemo::initTestCase()
{
    m_database = test::createDatabase(m_dir.filePath(QStringLiteral("demo.db")), DatabaseKey::generate());
    m_departments = DemoDataGenerator::departments();
    QString error;
    m_plan = CatalogDemoPlan::load(m_departments, &error);
    QVERIFY2(m_plan, qPrintable(error));
    Transaction transaction(m_database->connection(), QStringLiteral("demo"));
    QVERIFY(!transaction.begin().isError());
    QVERIFY(!DepartmentRepository(m_database->connection()).insert(m_departments).isError());
    // Three entries for each department's each subject: the size of the small demo.
    const qint64 entries = 3 * m_plan->holdings().size();
    QVERIFY(!CatalogDemoData(m_database->connection(), m_departments, Today).write(entries).isError());
    QVERIFY(!transaction.commit().isError());
}

void TestCatalogDemo::cleanupTestCase()
{
    m_database.reset();
}

QStringList TestCatalogDemo::column(const QString& sql) const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(sql))
        qWarning() << query.lastError().text();
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

void TestCatalogDemo::everyDepartmentKeepsTheResourcesOfItsDuties()
{
    // The examples, checked against the departments' names rather than the plan.
    const auto holders = [this](const QString& subject) {
        return column(QStringLiteral("SELECT DISTINCT d.name FROM catalog_entry e JOIN department d ON "
                                     "d.code = e.department_code WHERE e.name LIKE '%%1%'")
                          .arg(subject));
    };
    for (const auto& [subject, duty] :
         {std::pair{"不动产登记", "自然资源"}, std::pair{"公交线路", "交通运输"},
          std::pair{"社会保险参保", "人力资源和社会保障"}, std::pair{"户籍人口", "公安"}}) {
        const QStringList names = holders(QString::fromUtf8(subject));
        QVERIFY2(!names.isEmpty(), subject);
        for (const QString& name : names)
            QVERIFY2(name.contains(QString::fromUtf8(duty)),
                     qPrintable(name + QStringLiteral(" keeps ") + QString::fromUtf8(subject)));
    }
    // Every entry: its department has a duty of the subject it is named after.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT e.name, d.name FROM catalog_entry e JOIN department d ON "
                                      "d.code = e.department_code")));
    int checked = 0;
    while (query.next()) {
        const QString entry = query.value(0).toString();
        const QString department = query.value(1).toString();
        const CatalogDemoPlan::Subject* named = nullptr;
        for (const CatalogDemoPlan::Subject& subject : m_plan->subjects()) {
            if (entry.contains(subject.name) && (!named || subject.name.size() > named->name.size()))
                named = &subject;
        }
        QVERIFY2(named, qPrintable(entry));
        QVERIFY2(std::any_of(named->duties.cbegin(), named->duties.cend(),
                             [&](const QString& duty) { return department.contains(duty); }),
                 qPrintable(department + QStringLiteral(" keeps ") + entry));
        ++checked;
    }
    QCOMPARE(checked, 3 * m_plan->holdings().size());
    // And no department is left without resources.
    QCOMPARE(column(QStringLiteral("SELECT DISTINCT department_code FROM catalog_entry")).size(),
             m_departments.size());
}

void TestCatalogDemo::noResourceNameIsKeptByTwoDepartments()
{
    QCOMPARE(column(QStringLiteral("SELECT name FROM catalog_entry GROUP BY name "
                                   "HAVING count(DISTINCT department_code) > 1")),
             QStringList());
    // At this size, a department's entries all have names of their own.
    QCOMPARE(column(QStringLiteral("SELECT name FROM catalog_entry GROUP BY department_code, name "
                                   "HAVING count(*) > 1")),
             QStringList());
}

void TestCatalogDemo::theOnlyConflictsAreTheDeliberateCasesAndEachIsFound()
{
    QVERIFY(m_plan->oneSourceCases().size() >= 5);
    DatabaseError error;
    const QList<OneSourceConflict> conflicts =
        CatalogRepository(m_database->connection(), QStringLiteral("demo"), TestClock)
            .oneSourceConflicts(&error);
    QVERIFY(!error.isError());
    QCOMPARE(conflicts.size(), m_plan->oneSourceCases().size());
    for (const CatalogDemoPlan::OneSourceCase& deliberate : m_plan->oneSourceCases()) {
        const auto found =
            std::find_if(conflicts.cbegin(), conflicts.cend(),
                         [&](const OneSourceConflict& c) { return c.identifier == deliberate.identifier; });
        QVERIFY2(found != conflicts.cend(), qPrintable(deliberate.identifier));
        // Two claimants: the item's source and the department of the case, with its one entry.
        QCOMPARE(found->departmentCodes.size(), 2);
        QVERIFY(found->departmentCodes.contains(deliberate.departmentCode));
        const QStringList caseEntries = column(
            QStringLiteral("SELECT DISTINCT i.entry_id FROM data_item i JOIN catalog_entry e ON e.id = "
                           "i.entry_id WHERE i.authoritative = 1 AND i.identifier = '%1' AND "
                           "e.department_code = '%2'")
                .arg(deliberate.identifier, deliberate.departmentCode));
        QCOMPARE(caseEntries.size(), 1);
    }
}

QTEST_GUILESS_MAIN(TestCatalogDemo)
#include "tst_catalogdemo.moc"
