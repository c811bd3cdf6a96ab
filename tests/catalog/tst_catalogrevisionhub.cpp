// Revisions of published catalog entries (修订, SHARE §17) pushed to the real hub as desktops
// would: a published entry no longer changes in place; its department writes a revision with a
// reason and the day the law or its duties changed, the hub counts the 10 (+5) and 2 working-day
// deadlines, the person who submitted never approves (four eyes), and only an approval writes the
// revised fields into the entry, in the same write.

#include "app/areas/CatalogRevisionServices.h"
#include "hub/HubStore.h"
#include "models/common/Clock.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TestDesktop.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;
using namespace xs::test;

namespace {

const QString Entry = QStringLiteral("catalog_entry");
const QString Revision = QStringLiteral("catalog_revision");
const QString Department = QStringLiteral("430000027"); // demo-cataloguer's department

QString changesText(const QJsonObject& changes)
{
    return QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact));
}

QJsonObject revisionOf(const QString& entryId, const QJsonObject& changes, const char* reason = "law")
{
    return {{QStringLiteral("entry_id"), entryId},
            {QStringLiteral("changes"), changesText(changes)},
            {QStringLiteral("reason"), QLatin1String(reason)},
            {QStringLiteral("reason_note"), QStringLiteral("《湖南省公共数据管理办法》修订")},
            {QStringLiteral("cause_on"), QStringLiteral("2026-11-02")}};
}

} // namespace

class TestCatalogRevisionHub : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aPublishedEntryChangesOnlyThroughARevision();
    void aRevisionKeepsTheCatalogRulesAndIsTheOnlyOneOpen();
    void deadlinesRunInWorkingDays();
    void whoeverSubmittedNeverApproves();
    void anApprovalWritesTheRevisionIntoTheEntry();
    void twoDesktopsReviseThroughTheHub();

private:
    QString outcome(const QString& who, const QJsonObject& operation);
    QJsonObject stored(const QString& entity, const QString& id);
    qint64 versionOf(const QString& entity, const QString& id);

    QTemporaryDir m_dir;
    QString m_database;
    std::unique_ptr<HubProcess> m_hub;
    std::unique_ptr<HttpProbe> m_probe;
    QHash<QString, QString> m_tokens;
};

void TestCatalogRevisionHub::initTestCase()
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
    for (const char* role : {"cataloguer", "reviewer", "admin"}) {
        const QString token = m_probe->login(QStringLiteral("demo-") + QLatin1String(role), DemoPassword);
        QVERIFY2(!token.isEmpty(), role);
        m_tokens.insert(QLatin1String(role), token);
    }
    for (const char* id : {"e-law", "e-rules", "e-deadline", "e-four-eyes", "e-holiday", "e-desktops"}) {
        QJsonObject fields =
            validCatalogEntry(QStringLiteral("企业登记信息 ") + QLatin1String(id), Department);
        for (const QJsonObject& operation : HttpProbe::publishedEntry(QLatin1String(id), fields))
            QCOMPARE(outcome(QStringLiteral("admin"), operation), QStringLiteral("applied/"));
    }
}

void TestCatalogRevisionHub::cleanupTestCase()
{
    m_hub.reset();
}

QString TestCatalogRevisionHub::outcome(const QString& who, const QJsonObject& operation)
{
    return HttpProbe::outcome(m_probe->push({operation}, m_tokens.value(who)));
}

QJsonObject TestCatalogRevisionHub::stored(const QString& entity, const QString& id)
{
    SystemClock clock;
    QString error;
    const std::unique_ptr<HubStore> store = HubStore::open(m_database, clock, &error);
    const std::optional<RecordState> record = store ? store->record(entity, id, false) : std::nullopt;
    return record ? record->fields : QJsonObject();
}

qint64 TestCatalogRevisionHub::versionOf(const QString& entity, const QString& id)
{
    SystemClock clock;
    QString error;
    const std::unique_ptr<HubStore> store = HubStore::open(m_database, clock, &error);
    const std::optional<RecordState> record = store ? store->record(entity, id, false) : std::nullopt;
    return record ? record->version : -1;
}

void TestCatalogRevisionHub::aPublishedEntryChangesOnlyThroughARevision()
{
    const QString entry = QStringLiteral("e-law");
    const qint64 version = versionOf(Entry, entry);
    // In place, the department changes only the date of the last data update.
    QCOMPARE(outcome(QStringLiteral("cataloguer"),
                     HttpProbe::upsert(Entry, entry, {{QStringLiteral("abstract"), QStringLiteral("改了")}},
                                       version)),
             QStringLiteral("rejected/invalid_state"));
    QCOMPARE(outcome(QStringLiteral("cataloguer"),
                     HttpProbe::upsert(Entry, entry,
                                       {{QStringLiteral("last_updated_on"), QStringLiteral("2026-11-01")}},
                                       version)),
             QStringLiteral("applied/"));
    // A reviewer does not write the department's revision; the department does.
    const QJsonObject revision = revisionOf(entry, {{QStringLiteral("abstract"), QStringLiteral("新摘要")}});
    QCOMPARE(
        outcome(QStringLiteral("reviewer"), HttpProbe::upsert(Revision, QStringLiteral("r-law"), revision)),
        QStringLiteral("rejected/forbidden"));
    QCOMPARE(
        outcome(QStringLiteral("cataloguer"), HttpProbe::upsert(Revision, QStringLiteral("r-law"), revision)),
        QStringLiteral("applied/"));
    const QJsonObject opened = stored(Revision, QStringLiteral("r-law"));
    QCOMPARE(opened.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
    // The published version stays in use.
    QCOMPARE(stored(Entry, entry).value(QStringLiteral("abstract")).toString(),
             QStringLiteral("湖南省公共数据资源"));
    // The hub's fields are not typed.
    QJsonObject typed = revision;
    typed.insert(QStringLiteral("state"), QStringLiteral("approved"));
    QCOMPARE(
        outcome(QStringLiteral("cataloguer"), HttpProbe::upsert(Revision, QStringLiteral("r-law"), typed, 1)),
        QStringLiteral("rejected/invalid_state"));
}

void TestCatalogRevisionHub::aRevisionKeepsTheCatalogRulesAndIsTheOnlyOneOpen()
{
    const QString entry = QStringLiteral("e-rules");
    const auto open = [&](const char* id, const QJsonObject& changes, const char* reason = "law") {
        return outcome(QStringLiteral("cataloguer"),
                       HttpProbe::upsert(Revision, QLatin1String(id), revisionOf(entry, changes, reason)));
    };
    // Conditional sharing without its scope and purpose breaks the catalog rules.
    QCOMPARE(open("r-bad", {{QStringLiteral("share_attribute"), QStringLiteral("有条件共享")}}),
             QStringLiteral("rejected/invalid"));
    // Only the form's fields: not the status, not nothing.
    QCOMPARE(open("r-status", {{QStringLiteral("status"), QStringLiteral("draft")}}),
             QStringLiteral("rejected/invalid"));
    QCOMPARE(open("r-empty", {}), QStringLiteral("rejected/invalid"));
    // "Other" needs its explanation; a change of law its day.
    QJsonObject other = revisionOf(entry, {{QStringLiteral("abstract"), QStringLiteral("x")}}, "other");
    other.insert(QStringLiteral("reason_note"), QString());
    QCOMPARE(
        outcome(QStringLiteral("cataloguer"), HttpProbe::upsert(Revision, QStringLiteral("r-other"), other)),
        QStringLiteral("rejected/invalid"));
    QCOMPARE(open("r-one", {{QStringLiteral("abstract"), QStringLiteral("第一份修订")}}),
             QStringLiteral("applied/"));
    QCOMPARE(open("r-two", {{QStringLiteral("abstract"), QStringLiteral("第二份修订")}}),
             QStringLiteral("rejected/invalid"));
    // Discarded, it makes room for another.
    QCOMPARE(outcome(QStringLiteral("cataloguer"),
                     HttpProbe::command(Revision, QStringLiteral("r-one"), QStringLiteral("discard"))),
             QStringLiteral("applied/"));
    QCOMPARE(open("r-two", {{QStringLiteral("abstract"), QStringLiteral("第二份修订")}}),
             QStringLiteral("applied/"));
}

void TestCatalogRevisionHub::deadlinesRunInWorkingDays()
{
    // Changed on Monday 2 November 2026: 10 working days run to Monday 16 November, 5 more once to
    // the 23rd; a submission on the 2nd is decided by Wednesday the 4th.
    const QString id = QStringLiteral("r-deadline");
    QCOMPARE(
        outcome(QStringLiteral("cataloguer"),
                HttpProbe::upsert(Revision, id,
                                  revisionOf(QStringLiteral("e-deadline"),
                                             {{QStringLiteral("abstract"), QStringLiteral("按新职责修订")}},
                                             "duties"))),
        QStringLiteral("applied/"));
    QCOMPARE(stored(Revision, id).value(QStringLiteral("due_on")).toString(), QStringLiteral("2026-11-16"));
    const QJsonObject why{{QStringLiteral("reason"), QStringLiteral("需会同业务处室核实")}};
    QCOMPARE(outcome(QStringLiteral("cataloguer"),
                     HttpProbe::command(Revision, id, QStringLiteral("extend"), why)),
             QStringLiteral("applied/"));
    QCOMPARE(stored(Revision, id).value(QStringLiteral("due_on")).toString(), QStringLiteral("2026-11-23"));
    QCOMPARE(outcome(QStringLiteral("cataloguer"),
                     HttpProbe::command(Revision, id, QStringLiteral("extend"), why)),
             QStringLiteral("rejected/invalid_state")); // once only
    QCOMPARE(
        outcome(QStringLiteral("cataloguer"), HttpProbe::command(Revision, id, QStringLiteral("submit"))),
        QStringLiteral("applied/"));
    const QJsonObject submitted = stored(Revision, id);
    QCOMPARE(submitted.value(QStringLiteral("submitted_by")).toString(), QStringLiteral("demo-cataloguer"));
    QCOMPARE(submitted.value(QStringLiteral("review_due_on")).toString(), QStringLiteral("2026-11-04"));
    // Awaiting review, it is not edited; returned, it is a draft again and can be.
    QCOMPARE(
        outcome(QStringLiteral("cataloguer"),
                HttpProbe::upsert(Revision, id, {{QStringLiteral("reason_note"), QStringLiteral("补充")}},
                                  versionOf(Revision, id))),
        QStringLiteral("rejected/invalid_state"));
    QCOMPARE(outcome(QStringLiteral("reviewer"),
                     HttpProbe::command(Revision, id, QStringLiteral("return"),
                                        {{QStringLiteral("reason"), QStringLiteral("摘要未写明数据范围")}})),
             QStringLiteral("applied/"));
    QCOMPARE(stored(Revision, id).value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
    QCOMPARE(
        outcome(QStringLiteral("cataloguer"),
                HttpProbe::upsert(Revision, id, {{QStringLiteral("reason_note"), QStringLiteral("补充")}},
                                  versionOf(Revision, id))),
        QStringLiteral("applied/"));

    // Across the National Day holiday (1–7 October 2026, Saturday 10 October worked): from Monday
    // 28 September, 10 working days run to Friday 16 October, and 15 to Friday 23 October.
    const QString holiday = QStringLiteral("r-holiday");
    QJsonObject acrossHoliday =
        revisionOf(QStringLiteral("e-holiday"),
                   {{QStringLiteral("abstract"), QStringLiteral("节前职责调整")}}, "duties");
    acrossHoliday.insert(QStringLiteral("cause_on"), QStringLiteral("2026-09-28"));
    QCOMPARE(outcome(QStringLiteral("cataloguer"), HttpProbe::upsert(Revision, holiday, acrossHoliday)),
             QStringLiteral("applied/"));
    QCOMPARE(stored(Revision, holiday).value(QStringLiteral("due_on")).toString(),
             QStringLiteral("2026-10-16"));
    QCOMPARE(outcome(QStringLiteral("cataloguer"),
                     HttpProbe::command(Revision, holiday, QStringLiteral("extend"), why)),
             QStringLiteral("applied/"));
    QCOMPARE(stored(Revision, holiday).value(QStringLiteral("due_on")).toString(),
             QStringLiteral("2026-10-23"));
}

void TestCatalogRevisionHub::whoeverSubmittedNeverApproves()
{
    const QString id = QStringLiteral("r-four-eyes");
    QCOMPARE(
        outcome(QStringLiteral("admin"),
                HttpProbe::upsert(Revision, id,
                                  revisionOf(QStringLiteral("e-four-eyes"),
                                             {{QStringLiteral("abstract"), QStringLiteral("管理员修订")}},
                                             "correction"))),
        QStringLiteral("applied/"));
    QCOMPARE(outcome(QStringLiteral("admin"), HttpProbe::command(Revision, id, QStringLiteral("submit"))),
             QStringLiteral("applied/"));
    QCOMPARE(outcome(QStringLiteral("admin"), HttpProbe::command(Revision, id, QStringLiteral("approve"))),
             QStringLiteral("rejected/forbidden"));
    QCOMPARE(
        outcome(QStringLiteral("cataloguer"), HttpProbe::command(Revision, id, QStringLiteral("approve"))),
        QStringLiteral("rejected/forbidden")); // and departments do not decide at all
    QCOMPARE(stored(Entry, QStringLiteral("e-four-eyes")).value(QStringLiteral("abstract")).toString(),
             QStringLiteral("湖南省公共数据资源"));
    QCOMPARE(outcome(QStringLiteral("reviewer"), HttpProbe::command(Revision, id, QStringLiteral("approve"))),
             QStringLiteral("applied/"));
    QCOMPARE(stored(Entry, QStringLiteral("e-four-eyes")).value(QStringLiteral("abstract")).toString(),
             QStringLiteral("管理员修订"));
}

void TestCatalogRevisionHub::anApprovalWritesTheRevisionIntoTheEntry()
{
    const QString id = QStringLiteral("r-law");
    const qint64 entryVersion = versionOf(Entry, QStringLiteral("e-law"));
    QCOMPARE(
        outcome(QStringLiteral("cataloguer"), HttpProbe::command(Revision, id, QStringLiteral("submit"))),
        QStringLiteral("applied/"));
    QCOMPARE(outcome(QStringLiteral("reviewer"), HttpProbe::command(Revision, id, QStringLiteral("approve"))),
             QStringLiteral("applied/"));
    const QJsonObject entry = stored(Entry, QStringLiteral("e-law"));
    QCOMPARE(entry.value(QStringLiteral("abstract")).toString(), QStringLiteral("新摘要"));
    QCOMPARE(entry.value(QStringLiteral("status")).toString(), QStringLiteral("published"));
    QCOMPARE(versionOf(Entry, QStringLiteral("e-law")), entryVersion + 1); // one write, whole
    const QJsonObject approved = stored(Revision, id);
    QCOMPARE(approved.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    QCOMPARE(approved.value(QStringLiteral("decided_by")).toString(), QStringLiteral("demo-reviewer"));
    QVERIFY(!approved.value(QStringLiteral("applied_on")).toString().isEmpty());
    // Approved is final; a later revision is a new one.
    QCOMPARE(outcome(QStringLiteral("reviewer"),
                     HttpProbe::command(Revision, id, QStringLiteral("return"),
                                        {{QStringLiteral("reason"), QStringLiteral("x")}})),
             QStringLiteral("rejected/invalid_state"));
    // A desktop pulling now gets the entry as revised (the next revision writes nothing twice).
    QCOMPARE(outcome(QStringLiteral("cataloguer"),
                     HttpProbe::upsert(Revision, QStringLiteral("r-law-2"),
                                       revisionOf(QStringLiteral("e-law"), {{QStringLiteral("abstract"),
                                                                             QStringLiteral("再次修订")}}))),
             QStringLiteral("applied/"));
    QCOMPARE(versionOf(Entry, QStringLiteral("e-law")), entryVersion + 1);
}

void TestCatalogRevisionHub::twoDesktopsReviseThroughTheHub()
{
    // A department's desktop revises and submits offline; the data department's approves; both
    // end with the entry as revised, written by the hub.
    const QString entry = QStringLiteral("e-desktops");
    TestDesktop department(m_dir.filePath(QStringLiteral("department.db")), *m_hub,
                           QStringLiteral("demo-cataloguer"), DemoPassword);
    TestDesktop bureau(m_dir.filePath(QStringLiteral("bureau.db")), *m_hub, QStringLiteral("demo-reviewer"),
                       DemoPassword);
    QVERIFY2(department.isReady() && bureau.isReady(), qPrintable(department.error() + bureau.error()));
    QVERIFY(!department.sync().error.isError());
    CatalogRevisionServices revising(department.database().connection(), QStringLiteral("demo-cataloguer"),
                                     department.clock());
    const Principal cataloguer{QStringLiteral("demo-cataloguer"), Role::Cataloguer, Department};
    QString id;
    QVERIFY(!revising
                 .save(cataloguer, {},
                       revisionOf(entry, {{QStringLiteral("abstract"), QStringLiteral("两台桌面的修订")}}),
                       &id)
                 .isError());
    QVERIFY(revising.openRevision(entry));
    QCOMPARE(department.sync().pushed, 1);
    // The day of the change corrected: the deadline is counted again, here and on the hub.
    QVERIFY(
        !revising.save(cataloguer, id, {{QStringLiteral("cause_on"), QStringLiteral("2026-10-30")}}, nullptr)
             .isError());
    QVERIFY(!revising.step(cataloguer, id, QStringLiteral("submit"), {}).isError());
    // The department does not decide on its own revision, here as on the hub.
    QVERIFY(revising.step(cataloguer, id, QStringLiteral("approve"), {}).isError());
    const SyncEngine::Summary pushed = department.sync();
    QCOMPARE(pushed.pushed, 2);
    QCOMPARE(pushed.rejected, 0);
    QCOMPARE(stored(Revision, id).value(QStringLiteral("due_on")).toString(), QStringLiteral("2026-11-13"));

    QVERIFY(!bureau.sync().error.isError());
    CatalogRevisionServices reviewing(bureau.database().connection(), QStringLiteral("demo-reviewer"),
                                      bureau.clock());
    const QList<CatalogRevisionQueueModel::Row> queue = reviewing.queue();
    QVERIFY(!queue.isEmpty());
    QCOMPARE(queue.constFirst().revisionId, id); // awaiting review comes first
    QVERIFY(
        !reviewing
             .step({QStringLiteral("demo-reviewer"), Role::Reviewer, {}}, id, QStringLiteral("approve"), {})
             .isError());
    QCOMPARE(bureau.sync().pushed, 1);
    QCOMPARE(bureau.record(Entry, entry)->fields.value(QStringLiteral("abstract")).toString(),
             QStringLiteral("两台桌面的修订"));
    QVERIFY(!department.sync().error.isError());
    QCOMPARE(department.record(Entry, entry)->fields.value(QStringLiteral("abstract")).toString(),
             QStringLiteral("两台桌面的修订"));
    QCOMPARE(department.record(Revision, id)->fields.value(QStringLiteral("state")).toString(),
             QStringLiteral("approved"));
    QVERIFY(!revising.openRevision(entry));
}

QTEST_GUILESS_MAIN(TestCatalogRevisionHub)
#include "tst_catalogrevisionhub.moc"
