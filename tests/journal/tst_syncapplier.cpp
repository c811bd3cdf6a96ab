// The desktop side of sync without a network: journal writes, the hub's answers and pages applied,
// merges, conflicts and their resolution, rejections and retries.
#include "models/common/Clock.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"
#include "models/journal/SyncApplier.h"
#include "models/journal/SyncLedger.h"
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

const QString Entity = QStringLiteral("catalog_entry");

RecordState hubCopy(const QString& id, qint64 version, const QJsonObject& fields, bool deleted = false)
{
    return {Entity,
            id,
            version,
            deleted,
            QStringLiteral("2026-11-28T00:00:00Z"),
            QStringLiteral("hub"),
            normaliseFields(*findEntity(Entity), fields),
            version * 10};
}

} // namespace

class TestSyncApplier : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void journalWritesRowAndOperationTogether();
    void appliedOperationConvergesOnHubCopy();
    void differentFieldsMergeAndQueueTheDifference();
    void sameFieldBecomesAConflictAndHoldsTheRecord();
    void resolutionBecomesANewOperation();
    void rejectionRevertsAndKeepsTheReason();
    void failedDeliveryBacksOff();
    void ownChangesComingBackChangeNothing();
    void laterEditsRebaseOnTheNewVersion();
    void newIdsAreTimeOrderedVersion7();
    void pageMixesBatchWritesWithMerges();
    void definitionsHoldWhatTheTablesRequire();
    void recordsThatCannotBeStoredAreSetAside();

private:
    RecordState local(const QString& id) const;
    QString createPushed(const QJsonObject& fields); // a record the hub has at version 1

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ChangeJournal> m_journal;
    std::unique_ptr<SyncLedger> m_ledger;
    std::unique_ptr<SyncApplier> m_applier;
};

void TestSyncApplier::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = test::createDatabase(m_dir->filePath(QStringLiteral("a.db")), DatabaseKey::generate());
    m_journal = std::make_unique<ChangeJournal>(m_database->connection(), QStringLiteral("li"), TestClock);
    m_ledger = std::make_unique<SyncLedger>(m_database->connection());
    m_applier = std::make_unique<SyncApplier>(m_database->connection(), QStringLiteral("li"), TestClock);
}

void TestSyncApplier::cleanup()
{
    m_applier.reset(); // they hold the connection: release it before the database closes
    m_ledger.reset();
    m_journal.reset();
    m_database.reset();
}

RecordState TestSyncApplier::local(const QString& id) const
{
    return LocalRecordStore(m_database->connection()).read(*findEntity(Entity), id).value_or(RecordState{});
}

QString TestSyncApplier::createPushed(const QJsonObject& fields)
{
    const QString id = ChangeJournal::newId(TestClock);
    if (m_journal->upsert(Entity, id, fields).isError())
        return {};
    const QList<QueuedOperation> due = m_ledger->dueOperations(QDateTime::currentDateTimeUtc(), 100);
    SyncApplier::Counts counts;
    const RecordState hub = hubCopy(id, 1, fields);
    m_applier->applyPushResults(
        due, {{due.constFirst().operation.opId, OperationResult::Status::Applied, 1, hub, {}, {}}}, &counts);
    return id;
}

void TestSyncApplier::journalWritesRowAndOperationTogether()
{
    const QString id = ChangeJournal::newId(TestClock);
    QVERIFY(!m_journal->upsert(Entity, id, {{QStringLiteral("name"), QStringLiteral("学籍信息")}}).isError());
    QCOMPARE(local(id).fields.value(QStringLiteral("name")).toString(), QStringLiteral("学籍信息"));
    QCOMPARE(m_journal->unsyncedCount(), 1);
    // Setting the same value again changes nothing and queues nothing.
    QVERIFY(!m_journal->upsert(Entity, id, {{QStringLiteral("name"), QStringLiteral("学籍信息")}}).isError());
    QCOMPARE(m_journal->unsyncedCount(), 1);
    QVERIFY(
        !m_journal->upsert(Entity, id, {{QStringLiteral("grade"), QStringLiteral("重要数据")}}).isError());
    const QList<QueuedOperation> all = m_ledger->operations(QStringLiteral("pending"));
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(1).operation.fields,
             QJsonObject({{QStringLiteral("grade"), QStringLiteral("重要数据")}}));
    // Only the first operation of a record is due at a time.
    QCOMPARE(m_ledger->dueOperations(QDateTime::currentDateTimeUtc(), 100).size(), 1);
    // A failing write leaves neither the row nor the operation.
    QVERIFY(m_journal->upsert(Entity, id, {{QStringLiteral("no_such_field"), 1}}).isError());
    QCOMPARE(m_journal->unsyncedCount(), 2);
}

void TestSyncApplier::appliedOperationConvergesOnHubCopy()
{
    const QString id = createPushed({{QStringLiteral("name"), QStringLiteral("A")}});
    QCOMPARE(m_journal->unsyncedCount(), 0);
    const RecordState record = local(id);
    QCOMPARE(record.version, 1);
    QCOMPARE(record.updatedBy, QStringLiteral("hub"));
    QCOMPARE(m_ledger->base(Entity, id)->version, 1);
}

void TestSyncApplier::differentFieldsMergeAndQueueTheDifference()
{
    const QString id = createPushed({{QStringLiteral("name"), QStringLiteral("A")},
                                     {QStringLiteral("grade"), QStringLiteral("一般数据")}});
    QVERIFY(!m_journal->upsert(Entity, id, {{QStringLiteral("name"), QStringLiteral("B")}}).isError());
    ChangePage page;
    page.cursor = 20;
    page.changes = {hubCopy(id, 2,
                            {{QStringLiteral("name"), QStringLiteral("A")},
                             {QStringLiteral("grade"), QStringLiteral("重要数据")}})};
    SyncApplier::Counts counts;
    QVERIFY(!m_applier->applyPage(page, &counts).isError());
    QCOMPARE(counts.merged, 1);
    QCOMPARE(m_ledger->cursor(), 20);
    const RecordState merged = local(id);
    QCOMPARE(merged.fields.value(QStringLiteral("name")).toString(), QStringLiteral("B"));
    QCOMPARE(merged.fields.value(QStringLiteral("grade")).toString(), QStringLiteral("重要数据"));
    QCOMPARE(merged.version, 2);
    const QList<QueuedOperation> pending = m_ledger->operations(QStringLiteral("pending"));
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.constFirst().operation.baseVersion, 2);
    QCOMPARE(pending.constFirst().operation.fields,
             QJsonObject({{QStringLiteral("name"), QStringLiteral("B")}}));
}

void TestSyncApplier::sameFieldBecomesAConflictAndHoldsTheRecord()
{
    const QString id = createPushed({{QStringLiteral("name"), QStringLiteral("A")}});
    QVERIFY(!m_journal->upsert(Entity, id, {{QStringLiteral("name"), QStringLiteral("local")}}).isError());
    ChangePage page;
    page.cursor = 30;
    page.changes = {hubCopy(id, 3, {{QStringLiteral("name"), QStringLiteral("hub")}})};
    SyncApplier::Counts counts;
    QVERIFY(!m_applier->applyPage(page, &counts).isError());
    QCOMPARE(counts.conflicts, 1);
    QCOMPARE(local(id).fields.value(QStringLiteral("name")).toString(), QStringLiteral("local"));
    QVERIFY(m_ledger->dueOperations(QDateTime::currentDateTimeUtc(), 10).isEmpty());
    const QList<ConflictRecord> conflicts = m_ledger->openConflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.constFirst().fields, QStringList{QStringLiteral("name")});
    QCOMPARE(conflicts.constFirst().base.fields.value(QStringLiteral("name")).toString(),
             QStringLiteral("A"));
    QCOMPARE(conflicts.constFirst().hub.version, 3);
}

void TestSyncApplier::resolutionBecomesANewOperation()
{
    const QString id = createPushed(
        {{QStringLiteral("name"), QStringLiteral("A")}, {QStringLiteral("abstract"), QStringLiteral("x")}});
    QVERIFY(!m_journal
                 ->upsert(Entity, id,
                          {{QStringLiteral("name"), QStringLiteral("local")},
                           {QStringLiteral("abstract"), QStringLiteral("mine")}})
                 .isError());
    ChangePage page;
    page.cursor = 40;
    page.changes = {hubCopy(id, 4,
                            {{QStringLiteral("name"), QStringLiteral("hub")},
                             {QStringLiteral("abstract"), QStringLiteral("theirs")}})};
    SyncApplier::Counts counts;
    QVERIFY(!m_applier->applyPage(page, &counts).isError());
    const qint64 conflictId = m_ledger->openConflicts().constFirst().id;
    QVERIFY(!m_applier
                 ->resolveConflict(conflictId, {{QStringLiteral("name"), SyncApplier::Take::Hub}},
                                   SyncApplier::Take::Local)
                 .isError());
    QVERIFY(m_ledger->openConflicts().isEmpty());
    const RecordState resolved = local(id);
    QCOMPARE(resolved.fields.value(QStringLiteral("name")).toString(), QStringLiteral("hub"));
    QCOMPARE(resolved.fields.value(QStringLiteral("abstract")).toString(), QStringLiteral("mine"));
    const QList<QueuedOperation> due = m_ledger->dueOperations(QDateTime::currentDateTimeUtc(), 10);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.constFirst().operation.baseVersion, 4);
    QCOMPARE(due.constFirst().operation.fields,
             QJsonObject({{QStringLiteral("abstract"), QStringLiteral("mine")}}));
}

void TestSyncApplier::rejectionRevertsAndKeepsTheReason()
{
    const QString id = createPushed({{QStringLiteral("name"), QStringLiteral("A")}});
    QVERIFY(!m_journal->upsert(Entity, id, {{QStringLiteral("name"), QStringLiteral("B")}}).isError());
    QVERIFY(
        !m_journal->upsert(Entity, id, {{QStringLiteral("abstract"), QStringLiteral("on top")}}).isError());
    const QList<QueuedOperation> due = m_ledger->dueOperations(QDateTime::currentDateTimeUtc(), 10);
    SyncApplier::Counts counts;
    QVERIFY(!m_applier
                 ->applyPushResults(
                     due,
                     {{due.constFirst().operation.opId, OperationResult::Status::Rejected, 0,
                       hubCopy(id, 1, {{QStringLiteral("name"), QStringLiteral("A")}}),
                       QStringLiteral("forbidden"), Message::plain(QStringLiteral("another department")),
                       QStringLiteral("name")}},
                     &counts)
                 .isError());
    QCOMPARE(counts.rejected, 1);
    QCOMPARE(local(id).fields.value(QStringLiteral("name")).toString(), QStringLiteral("A"));
    const QList<QueuedOperation> rejected = m_ledger->operations(QStringLiteral("rejected"));
    QCOMPARE(rejected.size(), 2); // the edit made on top of it cannot stand either
    QCOMPARE(rejected.at(0).reasonCode, QStringLiteral("forbidden"));
    // The hub's reason, after the label of the field it names, in this desktop's language.
    QCOMPARE(rejected.at(0).lastError, QStringLiteral("Resource name: another department"));
    QCOMPARE(rejected.at(1).reasonCode, QStringLiteral("depends_on_rejected"));
    QCOMPARE(m_journal->unsyncedCount(), 0);
    QVERIFY(!m_applier->discardRejected(rejected.at(0).operation.opId).isError());
    QCOMPARE(m_ledger->operations(QStringLiteral("rejected")).size(), 1);
}

void TestSyncApplier::failedDeliveryBacksOff()
{
    const QString id = ChangeJournal::newId(TestClock);
    QVERIFY(!m_journal->upsert(Entity, id, {{QStringLiteral("name"), QStringLiteral("A")}}).isError());
    const QDateTime now = TestClock.now(); // the applier's clock: retries are due from its "now"
    QList<QueuedOperation> due = m_ledger->dueOperations(now, 10);
    for (int attempt = 1; attempt <= 3; ++attempt) {
        QVERIFY(!m_applier->deferOperations(due, QStringLiteral("connection refused")).isError());
        QVERIFY(m_ledger->dueOperations(now, 10).isEmpty());
        const QDateTime next = now.addMSecs(RetryPolicy::delayMs(attempt));
        QCOMPARE(m_ledger->nextAttemptTime().toMSecsSinceEpoch(), next.toMSecsSinceEpoch());
        due = m_ledger->dueOperations(next, 10);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.constFirst().attempts, attempt);
    }
    QCOMPARE(RetryPolicy::delayMs(1), 2000);
    QCOMPARE(RetryPolicy::delayMs(2), 4000);
    QCOMPARE(RetryPolicy::delayMs(30), RetryPolicy::MaximumDelayMs);
}

void TestSyncApplier::ownChangesComingBackChangeNothing()
{
    const QString id = createPushed({{QStringLiteral("name"), QStringLiteral("A")}});
    ChangePage page;
    page.cursor = 10;
    page.changes = {hubCopy(id, 1, {{QStringLiteral("name"), QStringLiteral("A")}})};
    const RecordState before = local(id);
    SyncApplier::Counts counts;
    QVERIFY(!m_applier->applyPage(page, &counts).isError());
    QCOMPARE(local(id), before); // written again as it was: nothing changes, nothing is queued
    QCOMPARE(m_journal->unsyncedCount(), 0);
    QCOMPARE(counts.conflicts + counts.merged, 0);
}

void TestSyncApplier::laterEditsRebaseOnTheNewVersion()
{
    const QString id = createPushed({{QStringLiteral("name"), QStringLiteral("A")}});
    QVERIFY(!m_journal->upsert(Entity, id, {{QStringLiteral("name"), QStringLiteral("B")}}).isError());
    QVERIFY(!m_journal->upsert(Entity, id, {{QStringLiteral("abstract"), QStringLiteral("C")}}).isError());
    const QList<QueuedOperation> due = m_ledger->dueOperations(QDateTime::currentDateTimeUtc(), 10);
    QCOMPARE(due.size(), 1);
    SyncApplier::Counts counts;
    QVERIFY(!m_applier
                 ->applyPushResults(due,
                                    {{due.constFirst().operation.opId,
                                      OperationResult::Status::Applied,
                                      2,
                                      hubCopy(id, 2, {{QStringLiteral("name"), QStringLiteral("B")}}),
                                      {},
                                      {}}},
                                    &counts)
                 .isError());
    const QList<QueuedOperation> next = m_ledger->dueOperations(QDateTime::currentDateTimeUtc(), 10);
    QCOMPARE(next.size(), 1);
    QCOMPARE(next.constFirst().operation.baseVersion, 2);
    const RecordState record = local(id);
    QCOMPARE(record.version, 2);
    QCOMPARE(record.fields.value(QStringLiteral("abstract")).toString(), QStringLiteral("C")); // kept on top
}

void TestSyncApplier::definitionsHoldWhatTheTablesRequire()
{
    // What a desktop's tables refuse (NOT NULL, UNIQUE, CHECK, REFERENCES) the shared definitions
    // must say too, or the hub stores records that stop every desktop's sync.
    const QSet<QString> bookkeeping{QStringLiteral("id"), QStringLiteral("version"),
                                    QStringLiteral("deleted"), QStringLiteral("updated_at"),
                                    QStringLiteral("updated_by")};
    for (const EntitySchema& entity : syncedEntities()) {
        QSqlQuery columns(m_database->connection());
        QVERIFY(columns.exec(
            QStringLiteral("SELECT name, \"notnull\" FROM pragma_table_info('%1')").arg(entity.table)));
        int seen = 0;
        while (columns.next()) {
            const QString name = columns.value(0).toString();
            if (bookkeeping.contains(name))
                continue;
            ++seen;
            const auto field =
                std::find_if(entity.fields.cbegin(), entity.fields.cend(),
                             [&](const FieldSchema& candidate) { return candidate.name == name; });
            QVERIFY2(field != entity.fields.cend(), qPrintable(entity.name + QLatin1Char('.') + name));
            // A definition may be stricter than its table (a data item always has an entry), never looser.
            QVERIFY2(!columns.value(1).toBool() || field->required,
                     qPrintable(entity.name + QLatin1Char('.') + name));
        }
        QCOMPARE(seen, entity.fields.size());
        QSqlQuery indexes(m_database->connection());
        QVERIFY(indexes.exec(QStringLiteral("SELECT ii.name FROM pragma_index_list('%1') AS il, "
                                            "pragma_index_info(il.name) AS ii WHERE il.\"unique\" = 1")
                                 .arg(entity.table)));
        QStringList uniqueColumns;
        while (indexes.next())
            uniqueColumns << indexes.value(0).toString();
        for (const FieldSchema& field : entity.fields) {
            if (field.name != QLatin1String("id"))
                QVERIFY2(uniqueColumns.contains(field.name) == field.unique,
                         qPrintable(entity.name + QLatin1Char('.') + field.name));
        }
    }
    // A department's kind has a CHECK; the definition lists the same values.
    const FieldSchema& kind =
        *std::find_if(findEntity(QStringLiteral("department"))->fields.cbegin(),
                      findEntity(QStringLiteral("department"))->fields.cend(),
                      [](const FieldSchema& field) { return field.name == QLatin1String("kind"); });
    for (const QString& value : kind.allowed) {
        QSqlQuery insert(m_database->connection());
        QVERIFY2(insert.exec(QStringLiteral(
                                 "INSERT INTO department (id, code, name, kind, division_code, updated_at, "
                                 "updated_by) VALUES ('k-%1', 'K-%1', 'n', '%1', '430000', 'now', 'me')")
                                 .arg(value)),
                 qPrintable(value));
    }
    QSqlQuery other(m_database->connection());
    QVERIFY(!other.exec(
        QStringLiteral("INSERT INTO department (id, code, name, kind, division_code, updated_at, "
                       "updated_by) VALUES ('k-x', 'K-x', 'n', 'bureau', '430000', 'now', 'me')")));
}

void TestSyncApplier::recordsThatCannotBeStoredAreSetAside()
{
    const auto department = [](const QString& id, qint64 version, const QString& code) {
        return RecordState{QStringLiteral("department"),
                           id,
                           version,
                           false,
                           QStringLiteral("2026-11-28T00:00:00Z"),
                           QStringLiteral("hub"),
                           {{QStringLiteral("code"), code},
                            {QStringLiteral("name"), QStringLiteral("部门")},
                            {QStringLiteral("kind"), QStringLiteral("provincial")},
                            {QStringLiteral("division_code"), QStringLiteral("430000")},
                            {QStringLiteral("sort_order"), 1}},
                           version};
    };
    ChangePage page;
    page.cursor = 40;
    page.changes << department(QStringLiteral("d-1"), 1, QStringLiteral("A1"))
                 << department(QStringLiteral("d-2"), 1, QStringLiteral("A1")) // the same code
                 << hubCopy(QStringLiteral("e-1"), 1, {{QStringLiteral("name"), QStringLiteral("条目")}});
    RecordState nameless = department(QStringLiteral("d-3"), 1, QStringLiteral("A3"));
    nameless.fields.remove(QStringLiteral("name"));
    page.changes << nameless;
    page.quarantined << QuarantinedRecord{QStringLiteral("catalog_entry"),
                                          QStringLiteral("e-2"),
                                          4,
                                          30,
                                          QStringLiteral("name is longer than 300 characters"),
                                          "{}"};
    SyncApplier::Counts counts;
    const DatabaseError applied = m_applier->applyPage(page, &counts);
    QVERIFY2(!applied.isError(), qPrintable(applied.fullText()));
    QCOMPARE(counts.applied, 2);
    QCOMPARE(counts.quarantined, 3);
    QCOMPARE(m_ledger->cursor(), 40); // past them: the next pull does not meet them again
    const QList<SyncLedger::Quarantined> aside = m_ledger->quarantined();
    QCOMPARE(aside.size(), 3);
    QStringList ids;
    for (const SyncLedger::Quarantined& item : aside)
        ids << item.record.recordId;
    QCOMPARE(ids, (QStringList{QStringLiteral("e-2"), QStringLiteral("d-2"), QStringLiteral("d-3")}));
    QVERIFY(aside.at(1).record.reason.contains(QLatin1String("code")));
    QVERIFY(aside.at(2).record.reason.contains(QLatin1String("name")));
    QVERIFY(!QJsonDocument::fromJson(aside.at(1).record.payload).isNull());
    QCOMPARE(m_ledger->quarantined(true).size(), 3);
    QVERIFY(!m_ledger->markReported({aside.at(0).id}).isError());
    QCOMPARE(m_ledger->quarantined(true).size(), 2);

    // A copy that can be stored replaces the quarantined one; a deletion of a record this desktop
    // never stored has nothing to do; a deletion of a stored one applies whatever the copy held.
    ChangePage repair;
    repair.cursor = 50;
    repair.changes << department(QStringLiteral("d-2"), 2, QStringLiteral("A2"));
    RecordState gone = nameless;
    gone.deleted = true;
    gone.version = 2;
    RecordState firstGone = department(QStringLiteral("d-1"), 2, QStringLiteral("A1"));
    firstGone.deleted = true;
    firstGone.fields = {};
    repair.changes << gone << firstGone;
    SyncApplier::Counts repaired;
    QVERIFY(!m_applier->applyPage(repair, &repaired).isError());
    QCOMPARE(repaired.quarantined, 0);
    QCOMPARE(m_ledger->quarantined().size(), 1); // e-2 waits for its own good copy
    const LocalRecordStore store(m_database->connection());
    QCOMPARE(store.read(*findEntity(QStringLiteral("department")), QStringLiteral("d-2"))
                 ->fields.value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("A2"));
    QVERIFY(!store.read(*findEntity(QStringLiteral("department")), QStringLiteral("d-3")));
    const std::optional<RecordState> deleted =
        store.read(*findEntity(QStringLiteral("department")), QStringLiteral("d-1"));
    QVERIFY(deleted && deleted->deleted);
    QCOMPARE(deleted->fields.value(QStringLiteral("code")).toString(), QStringLiteral("A1"));
}

QTEST_GUILESS_MAIN(TestSyncApplier)
void TestSyncApplier::pageMixesBatchWritesWithMerges()
{
    const QString edited = createPushed({{QStringLiteral("name"), QStringLiteral("A")}});
    QVERIFY(!m_journal->upsert(Entity, edited, {{QStringLiteral("grade"), QStringLiteral("一般数据")}})
                 .isError());
    ChangePage page;
    page.cursor = 500;
    QStringList fresh;
    for (int i = 0; i < 300; ++i) {
        fresh.append(ChangeJournal::newId(TestClock));
        page.changes.append(hubCopy(fresh.constLast(), 1 + i,
                                    {{QStringLiteral("name"), QStringLiteral("条目 %1").arg(i)},
                                     {QStringLiteral("in_open_catalog"), i % 2 == 0}}));
        if (i == 150)
            page.changes.append(hubCopy(edited, 2, {{QStringLiteral("name"), QStringLiteral("hub")}}));
    }
    RecordState item{
        QStringLiteral("data_item"),
        ChangeJournal::newId(TestClock),
        7,
        false,
        QStringLiteral("2026-11-28T00:00:00Z"),
        QStringLiteral("hub"),
        normaliseFields(*findEntity(QStringLiteral("data_item")),
                        {{QStringLiteral("entry_id"), fresh.constFirst()}, {QStringLiteral("position"), 3}}),
        70};
    page.changes.append(item);

    SyncApplier::Counts counts;
    QVERIFY(!m_applier->applyPage(page, &counts).isError());
    QCOMPARE(counts.applied, 301);
    QCOMPARE(counts.merged, 1);
    QCOMPARE(m_ledger->cursor(), 500);
    for (int i = 0; i < 300; i += 37) {
        const RecordState written = local(fresh.at(i));
        QCOMPARE(written.fields.value(QStringLiteral("name")).toString(), QStringLiteral("条目 %1").arg(i));
        QCOMPARE(written.fields.value(QStringLiteral("in_open_catalog")).toBool(), i % 2 == 0);
        QVERIFY(written.fields.value(QStringLiteral("grade")).isNull());
        QCOMPARE(written.version, 1 + i);
    }
    const RecordState merged = local(edited);
    QCOMPARE(merged.fields.value(QStringLiteral("name")).toString(), QStringLiteral("hub"));
    QCOMPARE(merged.fields.value(QStringLiteral("grade")).toString(), QStringLiteral("一般数据"));
    const std::optional<RecordState> storedItem =
        LocalRecordStore(m_database->connection()).read(*findEntity(QStringLiteral("data_item")), item.id);
    QVERIFY(storedItem);
    QCOMPARE(storedItem->fields.value(QStringLiteral("position")).toInteger(), 3);
}

void TestSyncApplier::newIdsAreTimeOrderedVersion7()
{
    QSet<QString> seen;
    QString previous = ChangeJournal::newId(TestClock);
    for (int i = 0; i < 2000; ++i) {
        const QString id = ChangeJournal::newId(TestClock);
        const QUuid uuid(id);
        QVERIFY2(!uuid.isNull(), qPrintable(id));
        QCOMPARE(id.at(14), QLatin1Char('7')); // the version nibble (Qt 6.4's QUuid predates version 7)
        QCOMPARE(uuid.variant(), QUuid::DCE);
        QVERIFY(!seen.contains(id));
        seen.insert(id);
        // The first 48 bits are the time in milliseconds: never earlier than the previous id's.
        QVERIFY2(id.left(13) >= previous.left(13), qPrintable(previous + QStringLiteral(" > ") + id));
        previous = id;
    }
    const qint64 stamp = previous.left(8).append(previous.mid(9, 4)).toLongLong(nullptr, 16);
    QCOMPARE(stamp, TestClock.now().toMSecsSinceEpoch()); // the journal's clock, not the machine's
}

#include "tst_syncapplier.moc"
