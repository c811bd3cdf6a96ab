// Desktops syncing through a real hub process over TLS: merges, conflicts, resolutions, and an
// answer lost on the way back.
#include "models/common/Clock.h"
#include "models/demo/DemoDataGenerator.h"
#include "models/journal/SyncLedger.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TcpProxy.h"
#include "tests/support/TestDesktop.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
// What every change here is stamped with: these tests hold on any date.
xs::ManualClock TestClock(xs::ManualClock::chinaMorning(QDate(2026, 6, 15)));
} // namespace

using namespace xs;
using namespace xs::test;

namespace {

const QString Password = xs::test::DemoPassword;
const QString Cataloguer = QStringLiteral("demo-cataloguer");
const QString CataloguerDepartment = QStringLiteral("430000027");
const QString Entity = QStringLiteral("catalog_entry");

QString text(const std::optional<RecordState>& record, const char* field)
{
    return record ? record->fields.value(QLatin1String(field)).toString() : QStringLiteral("<missing>");
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstSyncBringsEverything();
    void differentFieldsMergeByThemselves();
    void sameFieldBecomesAConflict();
    void deleteAgainstEditBecomesAConflict();
    void resolutionPropagatesToTheOthers();
    void commandsAreProposalsUntilTheHubDecides();
    void lostAnswerIsNotAppliedTwice();
    void incrementalSyncTakesFewRoundTrips();

private:
    std::unique_ptr<TestDesktop> desktop(const QString& name, const QString& login = Cataloguer);
    QString createEntry(TestDesktop& author, const QString& name);
    /// The department head signs off a synced entry from a desktop of their own (a submission
    /// needs it).
    void signOff(const QString& id);

    QTemporaryDir m_dir;
    std::unique_ptr<HubProcess> m_hub;
    int m_desktops = 0;
};

void TestSync::init()
{
    const QString hubDatabase = m_dir.filePath(QStringLiteral("hub-%1.db").arg(QTest::currentTestFunction()));
    QByteArray output;
    QCOMPARE(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), hubDatabase}, &output),
             0);
    m_hub = std::make_unique<HubProcess>(m_dir.path());
    QVERIFY2(m_hub->start(hubDatabase), m_hub->log().constData());
}

void TestSync::cleanup()
{
    m_hub.reset();
}

std::unique_ptr<TestDesktop> TestSync::desktop(const QString& name, const QString& login)
{
    auto result = std::make_unique<TestDesktop>(
        m_dir.filePath(
            QStringLiteral("%1-%2-%3.db").arg(name).arg(++m_desktops).arg(QTest::currentTestFunction())),
        *m_hub, login, Password);
    if (!result->isReady())
        qWarning("desktop %s: %s", qPrintable(name), qPrintable(result->error()));
    return result;
}

QString TestSync::createEntry(TestDesktop& author, const QString& name)
{
    const QString id = ChangeJournal::newId(TestClock);
    QJsonObject fields = test::validCatalogEntry(name, CataloguerDepartment);
    fields.insert(QStringLiteral("abstract"), QStringLiteral("原始摘要"));
    author.journal().upsert(Entity, id, fields);
    return id;
}

void TestSync::signOff(const QString& id)
{
    auto head = desktop(QStringLiteral("head"), QStringLiteral("demo-manager"));
    QVERIFY(!head->sync().error.isError());
    QVERIFY(!head->journal().command(Entity, id, QStringLiteral("sign_off"), {}, {}).isError());
    const SyncEngine::Summary signedOff = head->sync();
    QCOMPARE(signedOff.pushed, 1);
    QCOMPARE(signedOff.rejected, 0);
}

void TestSync::firstSyncBringsEverything()
{
    auto a = desktop(QStringLiteral("a"));
    QVERIFY(a->isReady());
    const SyncEngine::Summary summary = a->sync();
    QVERIFY2(!summary.error.isError(), qPrintable(summary.error.detail()));
    // The hub's demo: 142 departments, 300 registration applications and the grant records.
    // The hub made its demo for China's date, which differs from this machine's between 16:00 and
    // midnight UTC on a UTC machine: the same clock here, not the machine's date.
    const qint64 grants = GrantDemoData(SystemClock().today()).records(DemoDataGenerator::hubGrants()).size();
    QVERIFY(grants > 0);
    QCOMPARE(summary.pulled, 442 + grants);
    QCOMPARE(summary.cursor, 442 + grants);
    QCOMPARE(a->sync().pulled, 0); // nothing new the second time
}

void TestSync::differentFieldsMergeByThemselves()
{
    auto a = desktop(QStringLiteral("a"));
    auto b = desktop(QStringLiteral("b"));
    const QString id = createEntry(*a, QStringLiteral("企业信用信息"));
    QCOMPARE(a->sync().pushed, 1);
    QVERIFY(!b->sync().error.isError());
    QCOMPARE(text(b->record(Entity, id), "name"), QStringLiteral("企业信用信息"));

    // Both offline: a renames, b regrades.
    QVERIFY(!a->journal()
                 .upsert(Entity, id, {{QStringLiteral("name"), QStringLiteral("企业信用信息目录")}})
                 .isError());
    QVERIFY(
        !b->journal().upsert(Entity, id, {{QStringLiteral("grade"), QStringLiteral("重要数据")}}).isError());
    QCOMPARE(a->sync().pushed, 1);
    const SyncEngine::Summary merged = b->sync();
    QVERIFY(!merged.error.isError());
    QCOMPARE(merged.conflicts, 0);
    QVERIFY(merged.merged >= 1);
    QVERIFY(!a->sync().error.isError());
    for (TestDesktop* desktop : {a.get(), b.get()}) {
        QCOMPARE(text(desktop->record(Entity, id), "name"), QStringLiteral("企业信用信息目录"));
        QCOMPARE(text(desktop->record(Entity, id), "grade"), QStringLiteral("重要数据"));
        QCOMPARE(desktop->record(Entity, id)->version, 3);
        QCOMPARE(desktop->journal().unsyncedCount(), 0);
    }
}

void TestSync::sameFieldBecomesAConflict()
{
    auto a = desktop(QStringLiteral("a"));
    auto b = desktop(QStringLiteral("b"));
    const QString id = createEntry(*a, QStringLiteral("学籍信息"));
    a->sync();
    b->sync();
    QVERIFY(!a->journal()
                 .upsert(Entity, id, {{QStringLiteral("name"), QStringLiteral("学籍信息（长沙）")}})
                 .isError());
    QVERIFY(!b->journal()
                 .upsert(Entity, id, {{QStringLiteral("name"), QStringLiteral("学籍信息（全省）")}})
                 .isError());
    a->sync();
    const SyncEngine::Summary summary = b->sync();
    QCOMPARE(summary.conflicts, 1);
    // b keeps its own value until a person decides, and its change is held, not pushed.
    QCOMPARE(text(b->record(Entity, id), "name"), QStringLiteral("学籍信息（全省）"));
    const QList<ConflictRecord> conflicts = SyncLedger(b->database().connection()).openConflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.constFirst().fields, QStringList{QStringLiteral("name")});
    QCOMPARE(text(conflicts.constFirst().hub, "name"), QStringLiteral("学籍信息（长沙）"));
    QCOMPARE(text(conflicts.constFirst().base, "name"), QStringLiteral("学籍信息"));
    QCOMPARE(b->sync().conflicts, 1); // still there on the next sync
}

void TestSync::deleteAgainstEditBecomesAConflict()
{
    auto a = desktop(QStringLiteral("a"));
    auto b = desktop(QStringLiteral("b"));
    const QString id = createEntry(*a, QStringLiteral("道路运输许可"));
    a->sync();
    b->sync();
    QVERIFY(!a->journal().remove(Entity, id).isError());
    QVERIFY(!b->journal()
                 .upsert(Entity, id, {{QStringLiteral("abstract"), QStringLiteral("补充了摘要")}})
                 .isError());
    QCOMPARE(a->sync().pushed, 1);
    const SyncEngine::Summary summary = b->sync();
    QCOMPARE(summary.conflicts, 1);
    QVERIFY(SyncLedger(b->database().connection()).openConflicts().constFirst().deleteConflict);
    QVERIFY(!b->record(Entity, id)->deleted);
}

void TestSync::resolutionPropagatesToTheOthers()
{
    auto a = desktop(QStringLiteral("a"));
    auto b = desktop(QStringLiteral("b"));
    auto c = desktop(QStringLiteral("c"));
    const QString id = createEntry(*a, QStringLiteral("医疗机构名录"));
    for (TestDesktop* desktop : {a.get(), b.get(), c.get()})
        desktop->sync();
    QVERIFY(
        !a->journal().upsert(Entity, id, {{QStringLiteral("grade"), QStringLiteral("核心数据")}}).isError());
    QVERIFY(!b->journal()
                 .upsert(Entity, id,
                         {{QStringLiteral("grade"), QStringLiteral("重要数据")},
                          {QStringLiteral("abstract"), QStringLiteral("b 的摘要")}})
                 .isError());
    a->sync();
    QCOMPARE(b->sync().conflicts, 1);

    const qint64 conflictId = SyncLedger(b->database().connection()).openConflicts().constFirst().id;
    SyncApplier applier(b->database().connection(), Cataloguer, TestClock);
    QVERIFY(!applier
                 .resolveConflict(conflictId, {{QStringLiteral("grade"), SyncApplier::Take::Local}},
                                  SyncApplier::Take::Hub)
                 .isError());
    const SyncEngine::Summary resolved = b->sync();
    QCOMPARE(resolved.conflicts, 0);
    QCOMPARE(resolved.pushed, 1);
    for (TestDesktop* desktop : {a.get(), c.get()})
        QVERIFY(!desktop->sync().error.isError());
    for (TestDesktop* desktop : {a.get(), b.get(), c.get()}) {
        QCOMPARE(text(desktop->record(Entity, id), "grade"), QStringLiteral("重要数据"));
        QCOMPARE(text(desktop->record(Entity, id), "abstract"), QStringLiteral("b 的摘要"));
        QCOMPARE(desktop->record(Entity, id)->version, 3);
    }
}

void TestSync::commandsAreProposalsUntilTheHubDecides()
{
    auto a = desktop(QStringLiteral("a"));
    const QString id = createEntry(*a, QStringLiteral("气象观测数据"));
    a->sync();
    // Offline, the cataloguer "publishes": a proposal that the hub refuses (cataloguers submit,
    // reviewers publish). The desktop shows it at once, then reverts and keeps the reason.
    QVERIFY(!a->journal()
                 .command(Entity, id, QStringLiteral("publish"), {},
                          {{QStringLiteral("status"), QStringLiteral("published")}})
                 .isError());
    QCOMPARE(text(a->record(Entity, id), "status"), QStringLiteral("published"));
    const SyncEngine::Summary refused = a->sync();
    QCOMPARE(refused.rejected, 1);
    QCOMPARE(text(a->record(Entity, id), "status"), QStringLiteral("draft"));
    const QList<QueuedOperation> rejected =
        SyncLedger(a->database().connection()).operations(QStringLiteral("rejected"));
    QCOMPARE(rejected.constFirst().reasonCode, QStringLiteral("forbidden"));
    // Submitting is the cataloguer's step, once the department head has signed off: before, the
    // hub refuses it.
    const auto submit = [&] {
        return a->journal().command(Entity, id, QStringLiteral("submit"), {},
                                    {{QStringLiteral("status"), QStringLiteral("submitted")}});
    };
    QVERIFY(!submit().isError());
    QCOMPARE(a->sync().rejected, 2); // the publish and the submit, both kept for the user
    QCOMPARE(text(a->record(Entity, id), "status"), QStringLiteral("draft"));
    QCOMPARE(
        SyncLedger(a->database().connection()).operations(QStringLiteral("rejected")).constLast().reasonCode,
        QStringLiteral("invalid_state"));
    signOff(id);
    QVERIFY(!submit().isError());
    QCOMPARE(a->sync().pushed, 1);
    QCOMPARE(text(a->record(Entity, id), "status"), QStringLiteral("submitted"));
    // The hub wrote who signed and when, by its own date.
    QCOMPARE(text(a->record(Entity, id), "signed_off_by"), QStringLiteral("demo-manager"));
    QCOMPARE(text(a->record(Entity, id), "signed_off_on"), SystemClock().today().toString(Qt::ISODate));
}

void TestSync::lostAnswerIsNotAppliedTwice()
{
    auto a = desktop(QStringLiteral("a"));
    auto observer = desktop(QStringLiteral("observer"));
    const QString id = createEntry(*a, QStringLiteral("食品经营许可"));
    QCOMPARE(a->sync().pushed, 1);
    signOff(id);
    TcpProxy proxy(m_hub->port());
    QVERIFY(proxy.listen());
    a->useAddress(QUrl(QStringLiteral("https://localhost:%1").arg(proxy.port())));

    // "submit" is the operation that must never apply twice: a second one would be refused as
    // "already submitted". Its comment makes the request big enough for the proxy to tell it
    // from the TLS handshake.
    QVERIFY(!a->journal()
                 .command(Entity, id, QStringLiteral("submit"),
                          {{QStringLiteral("comment"), QString(1000, QChar(0x6e58))}},
                          {{QStringLiteral("status"), QStringLiteral("submitted")}})
                 .isError());
    proxy.dropAnswers(2000, 50);
    const SyncEngine::Summary lost = a->sync();
    QCOMPARE(lost.error.kind(), HubError::Kind::Unreachable);
    QVERIFY(proxy.droppedAnswers() >= 1);
    QCOMPARE(a->journal().unsyncedCount(), 1); // as far as the desktop knows, nothing arrived
    proxy.dropAnswers(0, 0);

    // The retry sends the same op_id; the hub answers from what it stored ("applied"), instead of
    // applying it again (which would be refused: the entry is no longer a draft).
    const SyncEngine::Summary retried = a->sync();
    QVERIFY2(!retried.error.isError(), qPrintable(retried.error.detail()));
    QCOMPARE(retried.pushed, 1);
    QCOMPARE(retried.rejected, 0);
    QCOMPARE(a->journal().unsyncedCount(), 0);
    QCOMPARE(text(a->record(Entity, id), "status"), QStringLiteral("submitted"));
    QVERIFY(!observer->sync().error.isError());
    QCOMPARE(observer->record(Entity, id)->version, 3); // created, signed off and submitted once each
}

void TestSync::incrementalSyncTakesFewRoundTrips()
{
    auto a = desktop(QStringLiteral("a"));
    a->sync();
    for (int i = 0; i < 100; ++i)
        createEntry(*a, QStringLiteral("资源 %1").arg(i));
    const SyncEngine::Summary summary = a->sync();
    QCOMPARE(summary.pushed, 100);
    QVERIFY2(summary.roundTrips <= 3, qPrintable(QString::number(summary.roundTrips)));
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
