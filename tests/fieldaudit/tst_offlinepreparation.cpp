// 准备离线 and the field day it is for, against the real hub over TLS and a real keychain: a laptop
// prepares a task (a sync, then the evidence of the visit fetched and verified, then the mark), the
// network goes, the auditor answers, photographs and records a finding with nothing but the
// laptop, the network comes back, one sync sends it all, and a reviewer on another desktop fetches
// and verifies the photo. Also: a lost network stops a preparation and keeps what arrived, a file
// the hub cannot give is named while the rest come, cancel stops it, and no photo lies readable in
// the laptop's folder afterwards.

#include "app/areas/FieldAuditServices.h"
#include "app/secrets/QtKeychainStore.h"
#include "app/sync/OfflinePreparation.h"
#include "app/sync/SyncService.h"
#include "models/attachments/PhotoMetadata.h"
#include "models/common/Clock.h"
#include "models/fieldaudit/EvidenceListModel.h"
#include "models/fieldaudit/EvidenceRecorder.h"
#include "models/fieldaudit/FieldAuditWorkflow.h"
#include "tests/support/FieldAuditFixture.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/HubProcess.h"
#include "tests/support/TcpProxy.h"
#include "tests/support/TestDesktop.h"
#include "tests/support/TestSupport.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;
using namespace xs::test;

namespace {

const QString Task = QStringLiteral("task-offline");
const QString Template = QStringLiteral("tpl-offline");
const QString AuditorName = QStringLiteral("demo-auditor");
const Principal Auditor{AuditorName, Role::Auditor, {}};
const QString Department = QStringLiteral("430000027"); // where startAuditTask plans the visit
constexpr int CatalogEntries = 3;
constexpr int HubWaitMs = 60000;

QByteArray photo(const QColor& colour, const QString& camera)
{
    PhotoMetadata metadata;
    metadata.takenAt = QDateTime(QDate(2026, 12, 1), QTime(10, 15, 0));
    metadata.latitude = 28.1941;
    metadata.longitude = 112.9823;
    metadata.camera = camera;
    return PhotoMetadataCodec::write(jpegPhoto(640, 480, colour), metadata);
}

} // namespace

class TestOfflinePreparation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void withoutALoginNothingStartsAndTheScreenSaysWhy();
    void preparingBringsTheTaskItsTargetAndItsEvidence();
    void aFileTheHubCannotGiveIsNamedWhileTheRestCome();
    void aLostNetworkStopsItAndKeepsWhatArrived();
    void cancelStopsAPreparationThatWaits();
    void theAuditorWorksOfflineAndAReviewerVerifiesAfterOneSync();
    void nothingOfTheSessionLiesReadableOnTheLaptop();

private:
    OfflinePreparation::Result prepare();
    bool syncLaptop();
    QString addEvidence(TestDesktop& desktop, const QByteArray& bytes, const QString& name);

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<HubProcess> m_hub;
    std::unique_ptr<HttpProbe> m_probe;
    std::unique_ptr<TcpProxy> m_proxy;
    std::unique_ptr<TestDesktop> m_office; // the auditor's office desktop, straight to the hub
    std::unique_ptr<TestDesktop> m_reviewer;
    std::unique_ptr<Database> m_laptop;
    std::unique_ptr<QtKeychainStore> m_keychain;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<FieldAuditServices> m_services;
    std::unique_ptr<OfflinePreparation> m_preparation;
    QByteArray m_officePhoto;
    QString m_officeEvidence;
    QString m_unsentEvidence;
};

void TestOfflinePreparation::initTestCase()
{
    const QString hubDatabase = m_dir.filePath(QStringLiteral("hub.db"));
    QCOMPARE(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), hubDatabase}), 0);
    m_hub = std::make_unique<HubProcess>(m_dir.filePath(QStringLiteral("tls")));
    QVERIFY2(m_hub->start(hubDatabase), m_hub->log().constData());
    m_probe = std::make_unique<HttpProbe>(m_hub->url(), m_hub->caFile());
    QString error;
    QVERIFY2(startAuditTask(*m_probe, Template, Task, &error), qPrintable(error));
    // The laptop reaches the hub through a proxy that can take the network away.
    m_proxy = std::make_unique<TcpProxy>(m_hub->port());
    QVERIFY(m_proxy->listen());

    m_office = std::make_unique<TestDesktop>(m_dir.filePath(QStringLiteral("office.xsdb")), *m_hub,
                                             AuditorName, DemoPassword);
    QVERIFY2(m_office->isReady(), qPrintable(m_office->error()));
    QVERIFY(!m_office->sync().error.isError()); // the task, to work on
    // The audited department's catalog, as its cataloguer keeps it.
    TestDesktop cataloguer(m_dir.filePath(QStringLiteral("cataloguer.xsdb")), *m_hub,
                           QStringLiteral("demo-cataloguer"), DemoPassword);
    QVERIFY2(cataloguer.isReady(), qPrintable(cataloguer.error()));
    for (int entry = 0; entry < CatalogEntries; ++entry)
        QVERIFY(
            !cataloguer.journal()
                 .upsert(QStringLiteral("catalog_entry"), ChangeJournal::newId(m_clock),
                         test::validCatalogEntry(QStringLiteral("企业登记信息 %1").arg(entry), Department))
                 .isError());
    QVERIFY(!cataloguer.sync().error.isError());
    m_reviewer = std::make_unique<TestDesktop>(m_dir.filePath(QStringLiteral("reviewer.xsdb")), *m_hub,
                                               QStringLiteral("demo-reviewer"), DemoPassword);
    QVERIFY2(m_reviewer->isReady(), qPrintable(m_reviewer->error()));

    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("laptop")));
    m_laptop =
        test::createDatabase(m_dir.filePath(QStringLiteral("laptop/field.xsdb")), DatabaseKey::generate());
    QVERIFY(m_laptop);
    m_keychain = std::make_unique<QtKeychainStore>();
    m_sync = std::make_unique<SyncService>(*m_laptop, *m_keychain, m_clock);
    m_sync->setAutomatic(false);
    m_sync->start();
    m_services = std::make_unique<FieldAuditServices>(m_laptop->connection(), AuditorName, m_clock);
    m_preparation =
        std::make_unique<OfflinePreparation>(*m_sync, m_laptop->connection(), AuditorName, m_clock);
}

void TestOfflinePreparation::cleanupTestCase()
{
    m_preparation.reset();
    m_services.reset();
    m_sync.reset();
    m_laptop.reset();
    m_office.reset();
    m_reviewer.reset();
    m_hub.reset();
}

OfflinePreparation::Result TestOfflinePreparation::prepare()
{
    QSignalSpy finished(m_preparation.get(), &OfflinePreparation::finished);
    m_preparation->start(Task);
    if (!finished.wait(HubWaitMs))
        return {Task, HubError(HubError::Kind::Unreachable, QStringLiteral("no answer in time")), {}, {}};
    return finished.constFirst().constFirst().value<OfflinePreparation::Result>();
}

bool TestOfflinePreparation::syncLaptop()
{
    QSignalSpy finished(m_sync.get(), &SyncService::syncFinished);
    m_sync->syncNow();
    return finished.wait(HubWaitMs) &&
           !finished.constFirst().constFirst().value<SyncEngine::Summary>().error.isError();
}

QString TestOfflinePreparation::addEvidence(TestDesktop& desktop, const QByteArray& bytes,
                                            const QString& name)
{
    AttachmentStore store(desktop.database().connection(), desktop.clock());
    EvidenceRecorder recorder(desktop.database().connection(), desktop.journal(), store);
    DatabaseError error;
    const std::optional<QString> id =
        recorder.add(Auditor, {Task, QStringLiteral("C1"), name, bytes, QStringLiteral("机房")}, &error);
    if (!id)
        qWarning() << "evidence not added:" << error.fullText();
    return id.value_or(QString());
}

void TestOfflinePreparation::withoutALoginNothingStartsAndTheScreenSaysWhy()
{
    QCOMPARE(m_sync->state(), SyncService::State::NotConfigured);
    const OfflinePreparation::Result result = prepare();
    QCOMPARE(result.error.kind(), HubError::Kind::Unauthorized);
    QVERIFY(!m_preparation->isRunning());
    QVERIFY(!OfflinePackage(m_laptop->connection(), m_clock).mark(Task));
    // Nothing of the task is here yet, and the gaps say so rather than a count of nothing.
    QVERIFY(!result.contents.taskHere);
    QVERIFY(!result.contents.isComplete());
    QCOMPARE(OfflinePackage::gaps(result.contents),
             QStringList{OfflinePackage::tr("The task is not on this desktop.")});
}

void TestOfflinePreparation::preparingBringsTheTaskItsTargetAndItsEvidence()
{
    // At the office the auditor photographed the site's server room last week and synced.
    m_officePhoto = photo(QColor(30, 90, 140), QStringLiteral("OfficeCam"));
    m_officeEvidence = addEvidence(*m_office, m_officePhoto, QStringLiteral("机房全景.jpg"));
    QVERIFY(!m_officeEvidence.isEmpty());
    QVERIFY(!m_office->sync().error.isError());
    QCOMPARE(m_office->uploadAttachments().uploaded, 1);

    QSignalSpy loggedIn(m_sync.get(), &SyncService::loginFinished);
    QSignalSpy firstSync(m_sync.get(), &SyncService::syncFinished);
    m_sync->login({QUrl(QStringLiteral("https://localhost:%1").arg(m_proxy->port())),
                   m_hub->caFile(),
                   {},
                   AuditorName,
                   {}},
                  DemoPassword);
    QVERIFY(loggedIn.wait(HubWaitMs));
    QVERIFY2(loggedIn.constFirst().constFirst().toBool(), qPrintable(loggedIn.constFirst().at(1).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!firstSync.isEmpty(), HubWaitMs); // logging in syncs the records once

    // The records came with that sync; the photo's bytes did not (they come on demand).
    const OfflineContents before = m_services->offlineContents(Task);
    QVERIFY(before.taskHere && before.templateHere && before.targetHere);
    QCOMPARE(before.toFetch.size(), 1);
    QVERIFY(!before.isComplete());
    QCOMPARE(OfflinePackage::gaps(before),
             QStringList{OfflinePackage::tr("%n evidence file(s) (%1) are only on the hub.", nullptr, 1)
                             .arg(EvidenceListModel::sizeLabel(m_officePhoto.size()))});

    QSignalSpy progress(m_preparation.get(), &OfflinePreparation::progress);
    const QDateTime started = m_clock.now().addSecs(-1);
    const OfflinePreparation::Result result = prepare();
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message() + result.error.detail()));
    QVERIFY(result.filesNotFetched.isEmpty());
    QVERIFY(result.contents.isComplete());
    QCOMPARE(result.contents.evidenceHere, result.contents.evidenceFiles);
    // The catalog visit looks at the department's own entries.
    QCOMPARE(result.contents.catalogEntries, CatalogEntries);
    // It synced first, then fetched the one file, saying so as it went.
    QCOMPARE(progress.constFirst().constFirst().value<OfflinePreparation::Stage>(),
             OfflinePreparation::Stage::Syncing);
    QCOMPARE(progress.constLast().constFirst().value<OfflinePreparation::Stage>(),
             OfflinePreparation::Stage::Fetching);
    QCOMPARE(progress.constLast().at(2).toInt(), 1);

    const std::optional<OfflineMark> mark = m_services->offlineMark(Task);
    QVERIFY(mark);
    QCOMPARE(mark->preparedBy, AuditorName);
    QVERIFY(mark->preparedAt >= started && mark->preparedAt <= m_clock.now().addSecs(1));
    DatabaseError error;
    QCOMPARE(m_services->content(m_officeEvidence, &error).value_or(QByteArray()), m_officePhoto);
    QString problem;
    QVERIFY2(m_services->verify(m_officeEvidence, &problem), qPrintable(problem));
}

void TestOfflinePreparation::aFileTheHubCannotGiveIsNamedWhileTheRestCome()
{
    // A second photo whose record reached the hub, but not its bytes (the office desktop went off
    // before its files were sent).
    m_unsentEvidence = addEvidence(*m_office, photo(QColor(160, 60, 40), QStringLiteral("OfficeCam")),
                                   QStringLiteral("配电柜.jpg"));
    QVERIFY(!m_unsentEvidence.isEmpty());
    QVERIFY(!m_office->sync().error.isError());

    const OfflinePreparation::Result result = prepare();
    QVERIFY2(!result.error.isError(), qPrintable(result.error.message() + result.error.detail()));
    QCOMPARE(result.filesNotFetched.size(), 1);
    QVERIFY2(result.filesNotFetched.constFirst().startsWith(QStringLiteral("配电柜.jpg: ")),
             qPrintable(result.filesNotFetched.constFirst()));
    QCOMPARE(result.contents.toFetch.size(), 1);
    QCOMPARE(result.contents.toFetch.constFirst().id, m_unsentEvidence);
    QVERIFY(!result.contents.isComplete());
    QCOMPARE(OfflinePackage::gaps(result.contents),
             QStringList{OfflinePackage::tr("%n evidence file(s) (%1) are only on the hub.", nullptr, 1)
                             .arg(EvidenceListModel::sizeLabel(result.contents.bytesMissing))});
    QVERIFY(result.contents.bytesMissing > 0);

    // Once the office sends it, the next preparation fetches it and the visit is complete.
    QCOMPARE(m_office->uploadAttachments().uploaded, 1);
    const OfflinePreparation::Result again = prepare();
    QVERIFY(!again.error.isError());
    QVERIFY(again.filesNotFetched.isEmpty());
    QVERIFY(again.contents.isComplete());
    QCOMPARE(again.contents.evidenceHere, 2);
}

void TestOfflinePreparation::aLostNetworkStopsItAndKeepsWhatArrived()
{
    const std::optional<OfflineMark> before = m_services->offlineMark(Task);
    QVERIFY(before);
    m_proxy->cutAfter(0);
    const OfflinePreparation::Result result = prepare();
    m_proxy->restore();
    QVERIFY(result.error.isError());
    QVERIFY2(result.error.isTransport(), qPrintable(result.error.message()));
    // What the earlier preparation brought is all still here, and the mark was not renewed.
    QVERIFY(result.contents.isComplete());
    QCOMPARE(m_services->offlineMark(Task)->preparedAt, before->preparedAt);
}

void TestOfflinePreparation::cancelStopsAPreparationThatWaits()
{
    const std::optional<OfflineMark> before = m_services->offlineMark(Task);
    m_proxy->holdAnswers(true); // the hub seems to think forever
    QSignalSpy finished(m_preparation.get(), &OfflinePreparation::finished);
    QSignalSpy progress(m_preparation.get(), &OfflinePreparation::progress);
    m_preparation->start(Task);
    QVERIFY(progress.wait(HubWaitMs));
    QVERIFY(m_preparation->isRunning());
    m_preparation->cancel();
    QVERIFY(finished.wait(HubWaitMs));
    m_proxy->holdAnswers(false);
    const auto result = finished.constFirst().constFirst().value<OfflinePreparation::Result>();
    QCOMPARE(result.error.kind(), HubError::Kind::Cancelled);
    QVERIFY(!m_preparation->isRunning());
    QCOMPARE(m_services->offlineMark(Task)->preparedAt, before->preparedAt);
    QTRY_VERIFY_WITH_TIMEOUT(m_sync->state() != SyncService::State::Syncing, HubWaitMs);
}

void TestOfflinePreparation::theAuditorWorksOfflineAndAReviewerVerifiesAfterOneSync()
{
    m_proxy->cutAfter(0); // on site: no network at all
    ChecklistRow answer;
    answer.code = QStringLiteral("C1");
    answer.result = QStringLiteral("nonconforming");
    answer.note = QStringLiteral("目录与来源系统不一致");
    QVERIFY(!m_services->answer(Role::Auditor, Task, answer).isError());
    const QByteArray sitePhoto = photo(QColor(20, 140, 60), QStringLiteral("FieldCam"));
    DatabaseError error;
    const std::optional<QString> evidence = m_services->addEvidence(
        Role::Auditor, {Task, QStringLiteral("C1"), QStringLiteral("现场截图.jpg"), sitePhoto, {}}, &error);
    QVERIFY2(evidence, qPrintable(error.fullText()));
    QVERIFY(!m_services
                 ->addFinding(Role::Auditor, Task, QStringLiteral("C1"), QStringLiteral("较重"),
                              QStringLiteral("目录未随来源系统更新"))
                 .isError());
    // What was prepared opens with no network.
    QCOMPARE(m_services->content(m_officeEvidence, &error).value_or(QByteArray()), m_officePhoto);
    QVERIFY(!syncLaptop()); // no network: it fails, and everything stays
    QVERIFY(m_sync->counts().unsynced >= 3);

    m_proxy->restore(); // back at the office
    QVERIFY(syncLaptop());
    QCOMPARE(m_sync->counts().unsynced, 0);
    QCOMPARE(m_sync->lastAttachments().uploaded, 1);

    QVERIFY(!m_reviewer->sync().error.isError());
    QCOMPARE(m_reviewer
                 ->record(FieldAuditWorkflow::AnswerEntity,
                          FieldAuditWorkflow::answerId(Task, QStringLiteral("C1")))
                 ->fields.value(QStringLiteral("result"))
                 .toString(),
             QStringLiteral("nonconforming"));
    const AttachmentRef ref{FieldAuditWorkflow::EvidenceEntity, *evidence};
    const HubError fetched = m_reviewer->downloadAttachment(ref);
    QVERIFY2(!fetched.isError(), qPrintable(fetched.message() + fetched.detail()));
    AttachmentStore reviewerFiles(m_reviewer->database().connection(), m_reviewer->clock());
    QCOMPARE(reviewerFiles.content(ref, &error).value_or(QByteArray()), sitePhoto);
    QString problem;
    QVERIFY2(reviewerFiles.verify(ref, &problem), qPrintable(problem));
}

void TestOfflinePreparation::nothingOfTheSessionLiesReadableOnTheLaptop()
{
    m_preparation.reset();
    m_services.reset();
    m_sync.reset();
    m_laptop.reset(); // closed: whatever it wrote is on disk now
    // Long enough not to turn up in ciphertext by chance (a JPEG's three-byte start does, in about
    // one encrypted megabyte in sixteen: this test's rare failure).
    const QList<QByteArray> markers{m_officePhoto.left(16), QByteArray("Exif\0\0", 6), QByteArray("FieldCam"),
                                    QByteArray("OfficeCam"), m_officePhoto.mid(m_officePhoto.size() / 2, 32)};
    int filesSeen = 0;
    QDirIterator files(m_dir.filePath(QStringLiteral("laptop")), QDir::Files | QDir::Hidden,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QByteArray content = readFile(path);
        ++filesSeen;
        for (const QByteArray& marker : markers)
            QVERIFY2(!content.contains(marker),
                     qPrintable(path + QStringLiteral(" holds a plaintext marker")));
    }
    QVERIFY(filesSeen >= 1);
}

QTEST_MAIN(TestOfflinePreparation)
#include "tst_offlinepreparation.moc"
