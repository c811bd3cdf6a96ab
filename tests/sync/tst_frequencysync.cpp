// The update frequencies as a synced vocabulary (issue 16 item 4): administrators add one, change
// a default's limit and retire one through the real hub; the hub refuses an entry whose frequency
// is not offered (but lets an entry keep one retired since), and a desktop's list and overdue
// marks follow after a sync.

#include "models/catalog/UpdateFrequencies.h"
#include "models/common/Clock.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TestDesktop.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;
using namespace xs::test;

namespace {

const QString Frequency = QStringLiteral("update_frequency");
const QString Entry = QStringLiteral("catalog_entry");

QString field(const QJsonArray& results)
{
    return results.isEmpty() ? QString()
                             : results.at(0).toObject().value(QStringLiteral("reason_field")).toString();
}

QJsonObject frequency(const char* name, const QJsonValue& days, int order, bool retired = false)
{
    return {{QStringLiteral("name"), QString::fromUtf8(name)},
            {QStringLiteral("max_age_days"), days},
            {QStringLiteral("sort_order"), order},
            {QStringLiteral("retired"), retired}};
}

QJsonObject entryUnder(const char* name, const char* frequencyName)
{
    QJsonObject entry = validCatalogEntry(QString::fromUtf8(name), QStringLiteral("430000027"));
    entry.insert(QStringLiteral("update_frequency"), QString::fromUtf8(frequencyName));
    return entry;
}

} // namespace

class TestFrequencySync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void onlyAdministratorsMaintainThemAndNoneIsDeleted();
    void anEntryTakesAnOfferedFrequencyAndKeepsARetiredOne();
    void aDesktopListsAndCountsByTheSyncedOnes();

private:
    QJsonArray push(const QString& token, const QJsonObject& operation)
    {
        return m_probe->push({operation}, token);
    }

    QTemporaryDir m_dir;
    const ManualClock m_clock{ManualClock::chinaMorning(QDate(2026, 11, 16))};
    std::unique_ptr<HubProcess> m_hub;
    std::unique_ptr<HttpProbe> m_probe;
    QString m_admin;
    QString m_cataloguer;
};

void TestFrequencySync::initTestCase()
{
    const QString database = m_dir.filePath(QStringLiteral("hub.db"));
    QCOMPARE(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), database}, nullptr,
                             m_clock.now()),
             0);
    m_hub = std::make_unique<HubProcess>(m_dir.filePath(QStringLiteral("tls")));
    m_hub->setClockStart(m_clock.now());
    QVERIFY2(m_hub->start(database), m_hub->log().constData());
    m_probe = std::make_unique<HttpProbe>(m_hub->url(), m_hub->caFile());
    m_admin = m_probe->login(QStringLiteral("demo-admin"), DemoPassword);
    m_cataloguer = m_probe->login(QStringLiteral("demo-cataloguer"), DemoPassword);
    QVERIFY(!m_admin.isEmpty() && !m_cataloguer.isEmpty());
}

void TestFrequencySync::cleanupTestCase()
{
    m_probe.reset();
    m_hub.reset();
}

void TestFrequencySync::onlyAdministratorsMaintainThemAndNoneIsDeleted()
{
    QCOMPARE(HttpProbe::outcome(push(m_cataloguer, HttpProbe::upsert(Frequency, QStringLiteral("f-fortnight"),
                                                                     frequency("每两周", 14, 9)))),
             QStringLiteral("rejected/forbidden"));
    // A default's name is taken under its fixed id, on a hub that holds no record of it too.
    QCOMPARE(HttpProbe::outcome(push(
                 m_admin, HttpProbe::upsert(Frequency, QStringLiteral("f-weekly"), frequency("每周", 7, 9)))),
             QStringLiteral("rejected/invalid"));
    const QJsonArray zero =
        push(m_admin, HttpProbe::upsert(Frequency, QStringLiteral("f-fortnight"), frequency("每两周", 0, 9)));
    QCOMPARE(HttpProbe::outcome(zero), QStringLiteral("rejected/invalid"));
    QCOMPARE(field(zero), QStringLiteral("max_age_days"));
    QCOMPARE(HttpProbe::outcome(push(m_admin, HttpProbe::upsert(Frequency, QStringLiteral("f-fortnight"),
                                                                frequency("每两周", 14, 9)))),
             QStringLiteral("applied/"));
    QCOMPARE(HttpProbe::outcome(push(m_admin, HttpProbe::upsert(Frequency, QStringLiteral("f-again"),
                                                                frequency("每两周", 15, 10)))),
             QStringLiteral("rejected/invalid"));
    // A default changed: 每月 overdue after 30 days, under its fixed id.
    QCOMPARE(UpdateFrequencies::defaultId(QStringLiteral("每月")), QStringLiteral("update-frequency-4"));
    QCOMPARE(
        HttpProbe::outcome(push(m_admin, HttpProbe::upsert(Frequency, QStringLiteral("update-frequency-4"),
                                                           frequency("每月", 30, 4)))),
        QStringLiteral("applied/"));
    const QJsonObject deletion{{QStringLiteral("entity"), Frequency},
                               {QStringLiteral("id"), QStringLiteral("f-fortnight")},
                               {QStringLiteral("kind"), QStringLiteral("delete")},
                               {QStringLiteral("base_version"), 1}};
    QCOMPARE(HttpProbe::outcome(push(m_admin, deletion)), QStringLiteral("rejected/forbidden"));
}

void TestFrequencySync::anEntryTakesAnOfferedFrequencyAndKeepsARetiredOne()
{
    const QJsonArray unknown = push(
        m_cataloguer, HttpProbe::upsert(Entry, QStringLiteral("e-unknown"), entryUnder("某数据", "每十天")));
    QCOMPARE(HttpProbe::outcome(unknown), QStringLiteral("rejected/invalid"));
    QCOMPARE(field(unknown), QStringLiteral("update_frequency"));
    QCOMPARE(HttpProbe::outcome(push(m_cataloguer, HttpProbe::upsert(Entry, QStringLiteral("e-fortnight"),
                                                                     entryUnder("道路养护数据", "每两周")))),
             QStringLiteral("applied/"));
    QCOMPARE(HttpProbe::outcome(push(m_admin, HttpProbe::upsert(Frequency, QStringLiteral("f-fortnight"),
                                                                frequency("每两周", 14, 9, true), 1))),
             QStringLiteral("applied/"));
    // Retired: no new entry takes it, the one that has it keeps it through an edit.
    QCOMPARE(HttpProbe::outcome(push(m_cataloguer, HttpProbe::upsert(Entry, QStringLiteral("e-late"),
                                                                     entryUnder("桥梁检测数据", "每两周")))),
             QStringLiteral("rejected/invalid"));
    QJsonObject edited = entryUnder("道路养护数据（修订）", "每两周");
    QCOMPARE(HttpProbe::outcome(
                 push(m_cataloguer, HttpProbe::upsert(Entry, QStringLiteral("e-fortnight"), edited, 1))),
             QStringLiteral("applied/"));
    // A default retired is not offered either.
    QCOMPARE(
        HttpProbe::outcome(push(m_admin, HttpProbe::upsert(Frequency, QStringLiteral("update-frequency-6"),
                                                           frequency("每半年", 183, 6, true)))),
        QStringLiteral("applied/"));
    QCOMPARE(HttpProbe::outcome(push(m_cataloguer, HttpProbe::upsert(Entry, QStringLiteral("e-halfyear"),
                                                                     entryUnder("半年报数据", "每半年")))),
             QStringLiteral("rejected/invalid"));
}

void TestFrequencySync::aDesktopListsAndCountsByTheSyncedOnes()
{
    TestDesktop desktop(m_dir.filePath(QStringLiteral("desktop.db")), *m_hub, QStringLiteral("demo-admin"),
                        DemoPassword, &m_clock);
    QVERIFY2(desktop.isReady(), qPrintable(desktop.error()));
    // Before a sync: the defaults the migration seeded.
    QCOMPARE(UpdateFrequencies::load(desktop.database().connection()).names().size(), 8);
    const SyncEngine::Summary summary = desktop.sync();
    QVERIFY(!summary.error.isError());
    const UpdateFrequencies synced = UpdateFrequencies::load(desktop.database().connection());
    QCOMPARE(synced.maxAgeDays(QStringLiteral("每月")), std::optional<int>(30));
    QCOMPARE(synced.maxAgeDays(QStringLiteral("每两周")), std::optional<int>(14));
    QVERIFY(!synced.names().contains(QStringLiteral("每两周"))); // retired: not offered
    QVERIFY(!synced.names().contains(QStringLiteral("每半年")));
    QVERIFY(synced.allNames().contains(QStringLiteral("每两周")));
    QCOMPARE(synced.names().size(), 7); // 8 defaults less 每半年
    // Overdue by the synced limit: last updated 20 days before today under 每两周 (14 days).
    QVERIFY(synced.isOverdue(QStringLiteral("每两周"), m_clock.today().addDays(-20), m_clock.today()));
    QVERIFY(!synced.isOverdue(QStringLiteral("每月"), m_clock.today().addDays(-30), m_clock.today()));
    QVERIFY(synced.isOverdue(QStringLiteral("每月"), m_clock.today().addDays(-31), m_clock.today()));
}

QTEST_GUILESS_MAIN(TestFrequencySync)
#include "tst_frequencysync.moc"
