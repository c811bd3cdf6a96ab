// 一数一源 from maintained claim counts (migration 0036, one_source_claim): after every kind of
// write the database takes, through the path both local edits and changes received from the hub
// use (LocalRecordStore), the maintained counts equal a rebuild from the base rows; the conflict
// list and each entry's count of conflicting items read from them equal the statements that read
// every claim; the migration counts the claims already there.
#include "models/catalog/CatalogRepository.h"
#include "models/common/Clock.h"
#include "models/demo/DemoDataGenerator.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"
#include "models/storage/Migrator.h"
#include "models/storage/SqlCipherDriver.h"
#include "models/storage/Transaction.h"
#include "tests/support/TestSupport.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;

namespace {

const QDate Today(2026, 6, 15);
const ManualClock TestClock(ManualClock::chinaMorning(Today));
const QString Entry = QStringLiteral("catalog_entry");
const QString Item = QStringLiteral("data_item");

QStringList column(const QSqlDatabase& database, const QString& sql)
{
    QSqlQuery query(database);
    if (!query.exec(sql))
        qFatal("%s", qPrintable(query.lastError().text()));
    QStringList values;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields.append(query.value(i).toString());
        values.append(fields.join(QLatin1Char('|')));
    }
    return values;
}

/// The maintained counts against a rebuild from the base rows: empty when they agree.
QString difference(const QSqlDatabase& database)
{
    const QString order = QStringLiteral(" ORDER BY identifier, department_code");
    const QStringList kept = column(
        database, QStringLiteral("SELECT identifier, department_code, claims FROM one_source_claim") + order);
    const QStringList rebuilt = column(
        database,
        QStringLiteral("SELECT identifier, department_code, claims FROM one_source_claim_from_base") + order);
    if (kept == rebuilt)
        return {};
    for (qsizetype i = 0; i < std::min(kept.size(), rebuilt.size()); ++i) {
        if (kept.at(i) != rebuilt.at(i))
            return QStringLiteral("kept %1, rebuilt %2").arg(kept.at(i), rebuilt.at(i));
    }
    return QStringLiteral("%1 rows kept, %2 rebuilt").arg(kept.size()).arg(rebuilt.size());
}

/// The conflicts as read from every claim (the statement 0036 replaced), as text to compare.
QStringList conflictsFromEveryClaim(const QSqlDatabase& database)
{
    return column(
        database,
        QStringLiteral("SELECT lower(i.identifier), e.department_code, e.id, i.id FROM data_item i "
                       "JOIN catalog_entry e ON e.id = i.entry_id AND e.deleted = 0 "
                       "AND e.department_code IS NOT NULL WHERE i.authoritative = 1 AND i.deleted = 0 "
                       "AND lower(i.identifier) IN (SELECT lower(i2.identifier) FROM data_item i2 "
                       "JOIN catalog_entry e2 ON e2.id = i2.entry_id AND e2.deleted = 0 "
                       "WHERE i2.authoritative = 1 AND i2.deleted = 0 AND i2.identifier <> '' "
                       "GROUP BY lower(i2.identifier) HAVING count(DISTINCT e2.department_code) > 1) "
                       "ORDER BY 1, 2, 3"));
}

QStringList conflictsAsText(const QList<OneSourceConflict>& conflicts, const QSqlDatabase& database)
{
    // The repository groups the rows by identifier; spread them out again, with each item's
    // department, in the order of the statement above.
    QStringList rows;
    for (const OneSourceConflict& conflict : conflicts) {
        for (qsizetype i = 0; i < conflict.itemIds.size(); ++i) {
            const QString department =
                column(database, QStringLiteral("SELECT department_code FROM catalog_entry WHERE id = '%1'")
                                     .arg(conflict.entryIds.at(i)))
                    .value(0);
            rows.append(
                QStringList{conflict.identifier, department, conflict.entryIds.at(i), conflict.itemIds.at(i)}
                    .join(QLatin1Char('|')));
        }
    }
    return rows;
}

/// How many of an entry's items another department claims, read from every claim.
int conflictingItemsFromEveryClaim(const QSqlDatabase& database, const QString& entryId)
{
    return column(database,
                  QStringLiteral("SELECT count(*) FROM data_item i JOIN catalog_entry e ON e.id = i.entry_id "
                                 "WHERE i.entry_id = '%1' AND i.authoritative = 1 AND i.deleted = 0 "
                                 "AND i.identifier <> '' AND EXISTS (SELECT 1 FROM data_item i2 "
                                 "JOIN catalog_entry e2 ON e2.id = i2.entry_id WHERE lower(i2.identifier) = "
                                 "lower(i.identifier) AND i2.authoritative = 1 AND i2.deleted = 0 "
                                 "AND e2.deleted = 0 AND e2.department_code IS NOT NULL "
                                 "AND e2.department_code IS NOT e.department_code)")
                      .arg(entryId))
        .value(0)
        .toInt();
}

} // namespace

class TestOneSourceClaims : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theDemoIsCountedAsItIsWritten();
    void everyKindOfWriteKeepsTheCountsExact();
    void conflictsAndCountsReadTheSameAsFromEveryClaim();
    void theMigrationCountsClaimsAlreadyThere();

private:
    QSqlDatabase connection() const { return m_database->connection(); }
    std::optional<RecordState> record(const QString& entity, const QString& id) const;
    void write(const QString& entity, const RecordState& record);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

void TestOneSourceClaims::initTestCase()
{
    m_database = test::createDatabase(m_dir.filePath(QStringLiteral("claims.db")), DatabaseKey::generate());
    QVERIFY(!DemoDataGenerator(connection(), Today).generate(DemoDataGenerator::Scale::Small).isError());
}

void TestOneSourceClaims::cleanupTestCase()
{
    m_database.reset();
}

std::optional<RecordState> TestOneSourceClaims::record(const QString& entity, const QString& id) const
{
    DatabaseError error;
    return LocalRecordStore(connection()).read(*findEntity(entity), id, &error);
}

void TestOneSourceClaims::write(const QString& entity, const RecordState& record)
{
    const DatabaseError error = LocalRecordStore(connection()).write(*findEntity(entity), record);
    QVERIFY2(!error.isError(), qPrintable(error.fullText()));
}

void TestOneSourceClaims::theDemoIsCountedAsItIsWritten()
{
    QVERIFY(column(connection(), QStringLiteral("SELECT 1 FROM one_source_claim")).size() > 50);
    QCOMPARE(difference(connection()), QString());
    // The demo's deliberate conflicts are there (tst_catalogdemo checks which).
    QVERIFY(
        !column(connection(), QStringLiteral("SELECT identifier FROM one_source_claim GROUP BY identifier "
                                             "HAVING count(*) > 1"))
             .isEmpty());
}

void TestOneSourceClaims::everyKindOfWriteKeepsTheCountsExact()
{
    QRandomGenerator random(36);
    QStringList entries =
        column(connection(), QStringLiteral("SELECT id FROM catalog_entry ORDER BY rowid LIMIT 400"));
    QStringList items =
        column(connection(), QStringLiteral("SELECT id FROM data_item WHERE entry_id IN (SELECT id "
                                            "FROM catalog_entry ORDER BY rowid LIMIT 400)"));
    const QStringList departments =
        column(connection(), QStringLiteral("SELECT code FROM department LIMIT 12"));
    // A few identifiers, in two spellings: claims meet (and conflict) often.
    const QStringList identifiers = {QStringLiteral("sfzh"), QStringLiteral("SFZH"),
                                     QStringLiteral("tyshxydm"), QStringLiteral("bdcdyh"), QString()};
    QVERIFY(!entries.isEmpty() && !items.isEmpty() && departments.size() == 12);
    const auto pick = [&random](const QStringList& from) {
        return from.at(random.bounded(int(from.size())));
    };
    const auto newRecord = [](const QString& id, const QJsonObject& fields) {
        RecordState state;
        state.id = id;
        state.updatedAt = QStringLiteral("2026-06-15T00:00:00.000Z");
        state.updatedBy = QStringLiteral("test");
        state.fields = fields;
        return state;
    };
    QSet<int> done;
    for (int step = 0; step < 600; ++step) {
        const int kind = random.bounded(10);
        if (kind == 0) { // a new item, claiming or not, sometimes without an identifier
            const QString id = QStringLiteral("item-new-%1").arg(step);
            write(Item, newRecord(id, {{QStringLiteral("entry_id"), pick(entries)},
                                       {QStringLiteral("identifier"), pick(identifiers)},
                                       {QStringLiteral("name"), QStringLiteral("新数据项")},
                                       {QStringLiteral("authoritative"), random.bounded(3) != 0}}));
            items.append(id);
        } else if (kind <= 2) { // an item's identifier, claim or entry changed
            std::optional<RecordState> item = record(Item, pick(items));
            QVERIFY(item);
            const int change = random.bounded(4);
            if (change == 0)
                item->fields.insert(QStringLiteral("identifier"), pick(identifiers));
            else if (change == 1)
                item->fields.insert(QStringLiteral("authoritative"),
                                    !item->fields.value(QStringLiteral("authoritative")).toBool());
            else if (change == 2)
                item->fields.insert(QStringLiteral("entry_id"), pick(entries));
            else
                item->fields.insert(QStringLiteral("name"),
                                    QStringLiteral("改名 %1").arg(step)); // claims nothing new
            write(Item, *item);
        } else if (kind == 3) { // an item removed or restored
            std::optional<RecordState> item = record(Item, pick(items));
            item->deleted = !item->deleted;
            write(Item, *item);
        } else if (kind == 4) { // an item gone from the table (a purge)
            QSqlQuery query(connection());
            query.prepare(QStringLiteral("DELETE FROM data_item WHERE id = ?"));
            query.addBindValue(items.takeAt(random.bounded(int(items.size()))));
            QVERIFY(query.exec());
        } else if (kind == 5) { // an entry moved to another department, or to none
            std::optional<RecordState> entry = record(Entry, pick(entries));
            entry->fields.insert(QStringLiteral("department_code"),
                                 random.bounded(8) == 0 ? QJsonValue() : QJsonValue(pick(departments)));
            write(Entry, *entry);
        } else if (kind == 6) { // an entry removed or restored
            std::optional<RecordState> entry = record(Entry, pick(entries));
            entry->deleted = !entry->deleted;
            write(Entry, *entry);
        } else if (kind == 7) { // items received before their entry, then the entry
            const QString entryId = QStringLiteral("entry-late-%1").arg(step);
            for (int i = 0; i < 3; ++i) {
                const QString id = QStringLiteral("item-late-%1-%2").arg(step).arg(i);
                write(Item, newRecord(id, {{QStringLiteral("entry_id"), entryId},
                                           {QStringLiteral("identifier"), pick(identifiers)},
                                           {QStringLiteral("authoritative"), true}}));
                items.append(id);
            }
            QCOMPARE(difference(connection()), QString()); // no entry yet: claimed by nobody
            write(Entry, newRecord(entryId, {{QStringLiteral("name"), QStringLiteral("后到的目录")},
                                             {QStringLiteral("department_code"), pick(departments)}}));
            entries.append(entryId);
        } else if (kind == 8) { // an entry gone from the table, its items left behind
            QSqlQuery query(connection());
            query.prepare(QStringLiteral("DELETE FROM catalog_entry WHERE id = ?"));
            query.addBindValue(entries.takeAt(random.bounded(int(entries.size()))));
            QVERIFY(query.exec());
        } else { // a batch in one transaction, rolled back: the counts go back with it
            Transaction transaction(connection(), QStringLiteral("test"));
            QVERIFY(!transaction.begin().isError());
            QSqlQuery query(connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE data_item SET authoritative = 1 - authoritative")));
            QVERIFY(query.exec(QStringLiteral("UPDATE catalog_entry SET department_code = NULL")));
            // not committed: the transaction rolls back as it goes out of scope
        }
        done.insert(kind);
        const QString wrong = difference(connection());
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(QStringLiteral("after step %1 (kind %2): %3").arg(step).arg(kind).arg(wrong)));
    }
    QCOMPARE(done.size(), 10);
}

void TestOneSourceClaims::conflictsAndCountsReadTheSameAsFromEveryClaim()
{
    // Make conflicts of every shape: a claim by a second department, by a removed entry (not a
    // conflict), and one that differs in case only.
    QSqlQuery query(connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE data_item SET authoritative = 1, identifier = 'SFZH' WHERE "
                                      "rowid IN (SELECT rowid FROM data_item "
                                      "WHERE rowid % 97 = 0)")));
    QVERIFY(query.exec(QStringLiteral("UPDATE catalog_entry SET deleted = 1 WHERE rowid IN (SELECT rowid "
                                      "FROM catalog_entry WHERE rowid % 53 = 0)")));
    QCOMPARE(difference(connection()), QString());
    CatalogRepository repository(connection(), QStringLiteral("test"), TestClock);
    DatabaseError error;
    const QList<OneSourceConflict> conflicts = repository.oneSourceConflicts(&error);
    QVERIFY(!error.isError());
    QVERIFY(conflicts.size() > 1);
    // Compared as sets: both statements order by identifier, department and entry, not by item.
    QStringList kept = conflictsAsText(conflicts, connection());
    QStringList fromEveryClaim = conflictsFromEveryClaim(connection());
    kept.sort();
    fromEveryClaim.sort();
    QCOMPARE(kept, fromEveryClaim);
    int withConflicts = 0;
    const QStringList sample =
        column(connection(), QStringLiteral("SELECT id FROM catalog_entry WHERE rowid % 7 = 0 OR id IN "
                                            "(SELECT entry_id FROM data_item WHERE identifier = 'SFZH')"));
    for (const QString& entryId : sample) {
        const int expected = conflictingItemsFromEveryClaim(connection(), entryId);
        QCOMPARE(repository.conflictingItemCount(entryId), expected);
        withConflicts += expected > 0;
    }
    QVERIFY(withConflicts > 10);
}

void TestOneSourceClaims::theMigrationCountsClaimsAlreadyThere()
{
    auto* owned = new SqlCipherDriver; // the connection below owns it
    SqlCipherDriver& driver = *owned;
    QVERIFY(driver.openFile(m_dir.filePath(QStringLiteral("before.db")), {}, false, true));
    QVERIFY(driver.registerSqlExtensions());
    const QList<Migrator::Migration> migrations = Migrator::bundled();
    const int version = 36;
    QCOMPARE(migrations.at(version - 1).version, version);
    QVERIFY(!Migrator(migrations.mid(0, version - 1)).migrate(driver).isError());
    QSqlDatabase before = QSqlDatabase::addDatabase(owned, QStringLiteral("before"));
    {
        QSqlQuery query(before);
        const QStringList setup = {
            QStringLiteral(
                "INSERT INTO catalog_entry (id, department_code, updated_at, updated_by, deleted) "
                "VALUES ('e1', 'd1', '', '', 0), ('e2', 'd2', '', '', 0), ('e3', 'd3', '', '', 1), "
                "('e4', NULL, '', '', 0)"),
            QStringLiteral(
                "INSERT INTO data_item (id, entry_id, identifier, authoritative, updated_at, updated_by, "
                "deleted) VALUES ('i1', 'e1', 'SFZH', 1, '', '', 0), ('i2', 'e1', 'sfzh', 1, '', '', 0), "
                "('i3', 'e2', 'sfzh', 1, '', '', 0), ('i4', 'e2', 'xm', 0, '', '', 0), "
                "('i5', 'e3', 'sfzh', 1, '', '', 0), ('i6', 'e4', 'sfzh', 1, '', '', 0), "
                "('i7', 'e2', '', 1, '', '', 0), ('i8', 'e2', 'xm', 1, '', '', 1)")};
        for (const QString& sql : setup)
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        QVERIFY(!Migrator(migrations).migrate(driver).isError());
        // Removed entries and items, entries without a department, items that do not claim and
        // empty identifiers claim nothing; case does not matter.
        QCOMPARE(
            column(before, QStringLiteral("SELECT identifier, department_code, claims FROM one_source_claim "
                                          "ORDER BY 1, 2")),
            QStringList({QStringLiteral("sfzh|d1|2"), QStringLiteral("sfzh|d2|1")}));
    }
    before = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("before"));
}

QTEST_GUILESS_MAIN(TestOneSourceClaims)
#include "tst_onesourceclaims.moc"
