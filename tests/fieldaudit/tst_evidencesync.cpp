// Evidence from an auditor's desktop to a reviewer's, through the real hub over TLS: the record
// first, then the bytes in checked chunks; a file whose bytes no longer match its record refused
// by the hub and kept on the desktop; who may send and fetch; and an upload cut at fifty random
// points that resumes each time with at most the one chunk in flight sent again.

#include "app/areas/RegistrationServices.h"
#include "app/sync/AttachmentSync.h"
#include "models/attachments/AttachmentLimits.h"
#include "models/attachments/PhotoMetadata.h"
#include "models/common/Clock.h"
#include "models/fieldaudit/EvidenceRecorder.h"
#include "models/fieldaudit/FieldAuditWorkflow.h"
#include "models/journal/ChangeJournal.h"
#include "models/registration/RegistrationMaterials.h"
#include "tests/support/FieldAuditFixture.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/HubProcess.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TcpProxy.h"
#include "tests/support/TestDesktop.h"
#include "tests/support/TestSupport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;
using namespace xs::test;

namespace {

const QString Task = QStringLiteral("task-evidence");
const QString Template = QStringLiteral("tpl-evidence");
const Principal Auditor{QStringLiteral("demo-auditor"), Role::Auditor, {}};

/// A camera's photo with its EXIF block, padded past `size` bytes with noise after the image (as
/// a large photo would be): still a JPEG by its first bytes.
QByteArray photo(qint64 size, quint32 seed)
{
    const QByteArray jpeg = jpegPhoto(320, 240, QColor::fromRgb(QRandomGenerator(seed).generate()));
    PhotoMetadata metadata;
    metadata.takenAt = QDateTime(QDate(2026, 11, 30), QTime(9, 30, 5));
    metadata.latitude = 27.8274;
    metadata.longitude = 113.1340;
    metadata.camera = QStringLiteral("FieldCam X1");
    QByteArray bytes = PhotoMetadataCodec::write(jpeg, metadata);
    QRandomGenerator noise(seed);
    while (bytes.size() < size)
        bytes.append(char(noise.bounded(256)));
    return bytes;
}

SyncEngine::Summary syncOk(TestDesktop& desktop)
{
    const SyncEngine::Summary summary = desktop.sync();
    if (summary.error.isError())
        qWarning() << "sync failed:" << summary.error.message() << summary.error.detail();
    return summary;
}

} // namespace

class TestEvidenceSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void anAuditorsPhotoReachesAReviewerVerified();
    void anApplicationsMaterialTravelsLikeEvidence();
    void onlyTheAuditorSendsAndCataloguersDoNotFetch();
    void theHubRefusesBytesThatDoNotMatchAndTheDesktopKeepsThem();
    void theHubRefusesAChunkThatArrivesDamaged();
    void aCutUploadResumesWithAtMostTheChunkInFlightSentAgain();
    void evidenceTravelsThroughAHubOnPostgres();

private:
    QString addEvidence(const QByteArray& bytes, const QString& name);
    HubClient::AttachmentStatus hubStatus(const AttachmentRef& ref, HubError* error);

    QTemporaryDir m_dir;
    std::unique_ptr<HubProcess> m_hub;
    std::unique_ptr<HttpProbe> m_probe;
    std::unique_ptr<TestDesktop> m_auditor;
    std::unique_ptr<TestDesktop> m_reviewer;
    std::unique_ptr<AttachmentStore> m_auditorFiles;
    std::unique_ptr<AttachmentStore> m_reviewerFiles;
    QString m_firstEvidence;
};

void TestEvidenceSync::initTestCase()
{
    const QString database = m_dir.filePath(QStringLiteral("hub.db"));
    QCOMPARE(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), database}), 0);
    m_hub = std::make_unique<HubProcess>(m_dir.filePath(QStringLiteral("tls")));
    QVERIFY2(m_hub->start(database), m_hub->log().constData());
    m_probe = std::make_unique<HttpProbe>(m_hub->url(), m_hub->caFile());
    QString error;
    QVERIFY2(startAuditTask(*m_probe, Template, Task, &error), qPrintable(error));

    m_auditor = std::make_unique<TestDesktop>(m_dir.filePath(QStringLiteral("auditor.xsdb")), *m_hub,
                                              QStringLiteral("demo-auditor"), DemoPassword);
    QVERIFY2(m_auditor->isReady(), qPrintable(m_auditor->error()));
    m_reviewer = std::make_unique<TestDesktop>(m_dir.filePath(QStringLiteral("reviewer.xsdb")), *m_hub,
                                               QStringLiteral("demo-reviewer"), DemoPassword);
    QVERIFY2(m_reviewer->isReady(), qPrintable(m_reviewer->error()));
    QVERIFY(!syncOk(*m_auditor).error.isError()); // the task, to work on offline
    QVERIFY(m_auditor->record(QStringLiteral("audit_task"), Task));
    m_auditorFiles =
        std::make_unique<AttachmentStore>(m_auditor->database().connection(), m_auditor->clock());
    m_reviewerFiles =
        std::make_unique<AttachmentStore>(m_reviewer->database().connection(), m_reviewer->clock());
}

void TestEvidenceSync::cleanupTestCase()
{
    m_auditorFiles.reset();
    m_reviewerFiles.reset();
    m_auditor.reset();
    m_reviewer.reset();
    m_hub.reset();
}

QString TestEvidenceSync::addEvidence(const QByteArray& bytes, const QString& name)
{
    EvidenceRecorder recorder(m_auditor->database().connection(), m_auditor->journal(), *m_auditorFiles);
    DatabaseError error;
    const std::optional<QString> id =
        recorder.add(Auditor, {Task, QStringLiteral("C1"), name, bytes, QStringLiteral("机房门牌")}, &error);
    if (!id)
        qWarning() << "evidence not added:" << error.fullText();
    return id.value_or(QString());
}

HubClient::AttachmentStatus TestEvidenceSync::hubStatus(const AttachmentRef& ref, HubError* error)
{
    HubClient::AttachmentStatus result;
    QEventLoop loop;
    m_auditor->client().attachmentStatus(
        ref, [&](const HubError& failure, const HubClient::AttachmentStatus& status) {
            *error = failure;
            result = status;
            loop.quit();
        });
    loop.exec();
    return result;
}

void TestEvidenceSync::anAuditorsPhotoReachesAReviewerVerified()
{
    // Offline: the photo is recorded and stored on the laptop; nothing is sent yet.
    const QByteArray bytes = photo(3 * AttachmentLimits::ChunkBytes + 777, 1);
    m_firstEvidence = addEvidence(bytes, QStringLiteral("机房门牌.jpg"));
    QVERIFY(!m_firstEvidence.isEmpty());
    const AttachmentRef ref{FieldAuditWorkflow::EvidenceEntity, m_firstEvidence};
    const std::optional<RecordState> local = m_auditor->record(ref.entity, ref.id);
    QVERIFY(local);
    QCOMPARE(local->fields.value(QStringLiteral("taken_at")).toString(),
             QStringLiteral("2026-11-30T09:30:05"));
    QVERIFY(qAbs(local->fields.value(QStringLiteral("latitude")).toDouble() - 27.8274) < 1e-5);
    QCOMPARE(local->fields.value(QStringLiteral("sha256")).toString(), AttachmentStore::sha256Of(bytes));

    // Its bytes wait for their record: the hub takes a file only for a record it holds.
    AttachmentSync::Summary early = m_auditor->uploadAttachments();
    QCOMPARE(early.waiting, 1);
    QCOMPARE(early.uploaded, 0);
    QVERIFY(!early.error.isError());

    QVERIFY(!syncOk(*m_auditor).error.isError());
    const AttachmentSync::Summary sent = m_auditor->uploadAttachments();
    QVERIFY2(!sent.error.isError(), qPrintable(sent.error.detail()));
    QCOMPARE(sent.uploaded, 1);
    QCOMPARE(m_auditorFiles->file(ref)->transfer, AttachmentTransfer::Uploaded);
    QCOMPARE(m_auditor->record(ref.entity, ref.id)->fields.value(QStringLiteral("added_by")).toString(),
             QStringLiteral("demo-auditor"));

    // The reviewer's desktop sees the record, fetches the bytes on demand, and they verify.
    QVERIFY(!syncOk(*m_reviewer).error.isError());
    QVERIFY(m_reviewer->record(ref.entity, ref.id));
    QVERIFY(!m_reviewerFiles->file(ref));
    const HubError fetched = m_reviewer->downloadAttachment(ref);
    QVERIFY2(!fetched.isError(), qPrintable(fetched.detail()));
    const std::optional<AttachmentFile> file = m_reviewerFiles->file(ref);
    QVERIFY(file);
    QCOMPARE(file->transfer, AttachmentTransfer::Downloaded);
    DatabaseError error;
    QCOMPARE(m_reviewerFiles->content(ref, &error).value_or(QByteArray()), bytes);
    QString problem;
    QVERIFY2(m_reviewerFiles->verify(ref, &problem), qPrintable(problem));
    QCOMPARE(PhotoMetadataCodec::read(*m_reviewerFiles->content(ref, &error)).camera,
             QStringLiteral("FieldCam X1"));
}

void TestEvidenceSync::anApplicationsMaterialTravelsLikeEvidence()
{
    // Issue 17 item 1: the file of an application's material, filed at the window on a reviewer's
    // desktop, goes to the hub after its record and reaches another desktop verified.
    RegistrationServices window(m_reviewer->database().connection(), QStringLiteral("demo-reviewer"),
                                m_reviewer->clock());
    const QByteArray scan = "%PDF-1.7\n" + QByteArray(2 * AttachmentLimits::ChunkBytes + 99, 'x');
    const QString id = ChangeJournal::newId(m_reviewer->clock());
    const DatabaseError filed = window.fileApplication(
        id,
        {{QStringLiteral("type"), QStringLiteral("first")},
         {QStringLiteral("data_name"), QStringLiteral("全省电力消费数据")},
         {QStringLiteral("applicants"),
          QStringLiteral(
              R"([{"name":"国网湖南省电力有限公司","kind":"utility","credit_code":"91350100M000100Y43"}])")},
         {QStringLiteral("materials"), QStringLiteral(R"({"subject_info":true})")}},
        {{QStringLiteral("subject_info"), QStringLiteral("营业执照.pdf"), scan}}, Role::Reviewer);
    QVERIFY2(!filed.isError(), qPrintable(filed.fullText()));
    const QList<RecordState> files = window.materialFiles(id);
    QCOMPARE(files.size(), 1);
    const AttachmentRef ref{RegistrationMaterials::Entity, files.constFirst().id};

    QVERIFY(!syncOk(*m_reviewer).error.isError());
    const AttachmentSync::Summary sent = m_reviewer->uploadAttachments();
    QVERIFY2(!sent.error.isError(), qPrintable(sent.error.detail()));
    QCOMPARE(sent.uploaded, 1);
    QCOMPARE(m_reviewerFiles->file(ref)->transfer, AttachmentTransfer::Uploaded);
    QCOMPARE(m_reviewer->record(ref.entity, ref.id)->fields.value(QStringLiteral("added_by")).toString(),
             QStringLiteral("demo-reviewer"));

    QVERIFY(!syncOk(*m_auditor).error.isError());
    QVERIFY(m_auditor->record(ref.entity, ref.id));
    const HubError fetched = m_auditor->downloadAttachment(ref);
    QVERIFY2(!fetched.isError(), qPrintable(fetched.detail()));
    DatabaseError error;
    QCOMPARE(m_auditorFiles->content(ref, &error).value_or(QByteArray()), scan);
    QString problem;
    QVERIFY2(m_auditorFiles->verify(ref, &problem), qPrintable(problem));
}

void TestEvidenceSync::onlyTheAuditorSendsAndCataloguersDoNotFetch()
{
    QVERIFY(!m_firstEvidence.isEmpty());
    const AttachmentRef ref{FieldAuditWorkflow::EvidenceEntity, m_firstEvidence};
    const QString reviewer = m_probe->login(QStringLiteral("demo-reviewer"), DemoPassword);
    const QString cataloguer = m_probe->login(QStringLiteral("demo-cataloguer"), DemoPassword);
    const QString path = QStringLiteral("/api/v1/attachments/audit_evidence/%1").arg(ref.id);
    const QByteArray chunk(1000, 'x');
    const QList<std::pair<QByteArray, QByteArray>> stated{
        {"X-Chunk-Sha256", AttachmentStore::sha256Of(chunk).toLatin1()}};
    QCOMPARE(m_probe->send("PUT", path + QStringLiteral("/0"), chunk, reviewer, stated).status, 403);
    QCOMPARE(m_probe->send("GET", path, {}, cataloguer).status, 403);
    QCOMPARE(m_probe->send("GET", path + QStringLiteral("/0"), {}, cataloguer).status, 403);
    QCOMPARE(m_probe->send("GET", path, {}, {}).status, 401);
    QCOMPARE(m_probe->send("GET", path, {}, reviewer).status, 200);
    // Not a type with files, not a record the hub holds, not a chunk of this file.
    QCOMPARE(m_probe->send("GET", QStringLiteral("/api/v1/attachments/catalog_entry/x"), {}, reviewer).status,
             404);
    QCOMPARE(
        m_probe->send("GET", QStringLiteral("/api/v1/attachments/audit_evidence/nope"), {}, reviewer).status,
        404);
    QCOMPARE(m_probe->send("GET", path + QStringLiteral("/99"), {}, reviewer).status, 400);
    QCOMPARE(m_probe->send("GET", path + QStringLiteral("/../../changes"), {}, reviewer).status, 404);
}

void TestEvidenceSync::theHubRefusesBytesThatDoNotMatchAndTheDesktopKeepsThem()
{
    const QByteArray bytes = photo(2 * AttachmentLimits::ChunkBytes + 5, 2);
    const QString id = addEvidence(bytes, QStringLiteral("台账.jpg"));
    QVERIFY(!id.isEmpty());
    const AttachmentRef ref{FieldAuditWorkflow::EvidenceEntity, id};
    QVERIFY(!syncOk(*m_auditor).error.isError());
    // The laptop's copy is damaged after the record was made (a failing disk): same size, other bytes.
    QSqlQuery damage(m_auditor->database().connection());
    damage.prepare(QStringLiteral("UPDATE attachment_chunk SET data = ? WHERE record_id = ? AND chunk = 1"));
    damage.addBindValue(QByteArray(AttachmentLimits::ChunkBytes, '\x5A'));
    damage.addBindValue(id);
    QVERIFY(damage.exec());

    const AttachmentSync::Summary sent = m_auditor->uploadAttachments();
    QCOMPARE(sent.refused, 1);
    QVERIFY(!sent.error.isError());
    const std::optional<AttachmentFile> kept = m_auditorFiles->file(ref);
    QVERIFY(kept);
    QCOMPARE(kept->transfer, AttachmentTransfer::Refused);
    QVERIFY2(kept->note.contains(QStringLiteral("SHA-256")), qPrintable(kept->note));
    DatabaseError error;
    QVERIFY(m_auditorFiles->content(ref, &error)); // nothing lost
    QString problem;
    QVERIFY(!m_auditorFiles->verify(ref, &problem)); // and the desktop's own check agrees

    // The hub kept none of it, and a refused file is not sent again on every sync.
    HubError statusError;
    const HubClient::AttachmentStatus status = hubStatus(ref, &statusError);
    QVERIFY(!statusError.isError());
    QVERIFY(!status.complete);
    QVERIFY(status.received.isEmpty());
    QCOMPARE(m_auditor->uploadAttachments().refused, 0);
    const HubError fetched = m_reviewer->downloadAttachment(ref);
    QVERIFY(fetched.isError());
}

void TestEvidenceSync::theHubRefusesAChunkThatArrivesDamaged()
{
    const QByteArray bytes = photo(AttachmentLimits::ChunkBytes / 2, 3);
    const QString id = addEvidence(bytes, QStringLiteral("签到表.jpg"));
    QVERIFY(!id.isEmpty());
    QVERIFY(!syncOk(*m_auditor).error.isError());
    const QString auditor = m_probe->login(QStringLiteral("demo-auditor"), DemoPassword);
    const QString path = QStringLiteral("/api/v1/attachments/audit_evidence/%1/0").arg(id);
    QByteArray altered = bytes;
    altered[100] = char(altered[100] ^ 1);
    const HttpProbe::Answer damaged = m_probe->send(
        "PUT", path, altered, auditor, {{"X-Chunk-Sha256", AttachmentStore::sha256Of(bytes).toLatin1()}});
    QCOMPARE(damaged.status, 422);
    QCOMPARE(damaged.errorCode(), QStringLiteral("chunk_mismatch"));
    const HttpProbe::Answer shortChunk =
        m_probe->send("PUT", path, bytes.left(10), auditor,
                      {{"X-Chunk-Sha256", AttachmentStore::sha256Of(bytes.left(10)).toLatin1()}});
    QCOMPARE(shortChunk.status, 400);
    QCOMPARE(m_probe
                 ->send("POST", QStringLiteral("/api/v1/attachments/audit_evidence/%1/complete").arg(id), {},
                        auditor)
                 .status,
             409); // nothing whole to check yet
    const AttachmentSync::Summary sent = m_auditor->uploadAttachments();
    QCOMPARE(sent.uploaded, 1);
}

void TestEvidenceSync::aCutUploadResumesWithAtMostTheChunkInFlightSentAgain()
{
    constexpr int Files = 10;
    constexpr int CutPoints = 50;
    QList<AttachmentRef> refs;
    int chunks = 0;
    for (int file = 0; file < Files; ++file) {
        const QByteArray bytes = photo(4 * AttachmentLimits::ChunkBytes + 1000 * file, 10 + file);
        const QString id = addEvidence(bytes, QStringLiteral("现场-%1.jpg").arg(file));
        QVERIFY(!id.isEmpty());
        refs.append({FieldAuditWorkflow::EvidenceEntity, id});
        chunks += AttachmentLimits::chunkCount(bytes.size());
    }
    QVERIFY(!syncOk(*m_auditor).error.isError()); // the records, straight to the hub

    TcpProxy proxy(m_hub->port());
    QVERIFY(proxy.listen());
    m_auditor->useAddress(QUrl(QStringLiteral("https://localhost:%1").arg(proxy.port())));
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo() << "cut points from seed" << seed;
    QRandomGenerator random(seed);
    AttachmentStore store(m_auditor->database().connection(), m_auditor->clock());
    AttachmentSync sync(m_auditor->client(), store, m_auditor->database());
    int runs = 0;
    int uploaded = 0;
    while (uploaded < Files && runs < 4 * CutPoints) {
        ++runs;
        proxy.restore();
        if (proxy.cuts() < CutPoints)
            proxy.cutAfter(random.bounded(4 * 1024, int(AttachmentLimits::ChunkBytes)));
        else
            proxy.cutAfter(-1);
        QEventLoop loop;
        AttachmentSync::Summary summary;
        sync.uploadPending([&](const AttachmentSync::Summary& result) {
            summary = result;
            loop.quit();
        });
        if (sync.isBusy())
            loop.exec();
        uploaded += summary.uploaded;
        QCOMPARE(summary.refused, 0);
        if (summary.error.isError())
            QVERIFY2(summary.error.isTransport(), qPrintable(summary.error.detail()));
    }
    m_auditor->useAddress(m_hub->url());
    qInfo() << "cuts" << proxy.cuts() << "runs" << runs << "chunks" << chunks << "chunk uploads started"
            << sync.chunksStarted();
    QCOMPARE(uploaded, Files);
    QVERIFY2(proxy.cuts() >= CutPoints, qPrintable(QString::number(proxy.cuts())));
    // Each cut costs at most the chunk that was in flight.
    QVERIFY2(sync.chunksStarted() <= chunks + proxy.cuts(),
             qPrintable(QStringLiteral("%1 chunk uploads for %2 chunks and %3 cuts")
                            .arg(sync.chunksStarted())
                            .arg(chunks)
                            .arg(proxy.cuts())));
    for (const AttachmentRef& ref : refs) {
        HubError error;
        const HubClient::AttachmentStatus status = hubStatus(ref, &error);
        QVERIFY(!error.isError());
        QVERIFY(status.complete);
        QCOMPARE(status.sha256, m_auditorFiles->file(ref)->sha256);
        QCOMPARE(m_auditorFiles->file(ref)->transfer, AttachmentTransfer::Uploaded);
    }
}

// The hub's production store: the same upload, download and refusal with chunks in bytea columns.
void TestEvidenceSync::evidenceTravelsThroughAHubOnPostgres()
{
    PostgresServer postgres(m_dir.filePath(QStringLiteral("pg")));
    QString error;
    QVERIFY2(postgres.start(&error), qPrintable(error));
    QByteArray output;
    QVERIFY2(
        HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), postgres.url()}, &output) == 0,
        output.constData());
    HubProcess hub(m_dir.filePath(QStringLiteral("pg-hub")));
    QVERIFY2(hub.start(postgres.url()), hub.log().constData());
    HttpProbe probe(hub.url(), hub.caFile());
    QVERIFY2(startAuditTask(probe, Template, Task, &error), qPrintable(error));
    TestDesktop auditor(m_dir.filePath(QStringLiteral("pg-auditor.xsdb")), hub,
                        QStringLiteral("demo-auditor"), DemoPassword);
    TestDesktop reviewer(m_dir.filePath(QStringLiteral("pg-reviewer.xsdb")), hub,
                         QStringLiteral("demo-reviewer"), DemoPassword);
    QVERIFY(auditor.isReady() && reviewer.isReady());
    QVERIFY(!syncOk(auditor).error.isError());

    AttachmentStore files(auditor.database().connection(), auditor.clock());
    EvidenceRecorder recorder(auditor.database().connection(), auditor.journal(), files);
    const QByteArray kept = photo(2 * AttachmentLimits::ChunkBytes + 99, 40);
    const QByteArray damaged = photo(AttachmentLimits::ChunkBytes + 5, 41);
    DatabaseError added;
    const std::optional<QString> keptId =
        recorder.add(Auditor, {Task, QStringLiteral("C1"), QStringLiteral("a.jpg"), kept, {}}, &added);
    const std::optional<QString> damagedId =
        recorder.add(Auditor, {Task, QStringLiteral("C1"), QStringLiteral("b.jpg"), damaged, {}}, &added);
    QVERIFY2(keptId && damagedId, qPrintable(added.fullText()));
    QVERIFY(!syncOk(auditor).error.isError());
    QSqlQuery damage(auditor.database().connection());
    damage.prepare(
        QStringLiteral("UPDATE attachment_chunk SET data = zeroblob(length(data)) WHERE record_id = ?"));
    damage.addBindValue(*damagedId);
    QVERIFY(damage.exec());

    const AttachmentSync::Summary sent = auditor.uploadAttachments();
    QVERIFY2(!sent.error.isError(), qPrintable(sent.error.detail()));
    QCOMPARE(sent.uploaded, 1);
    QCOMPARE(sent.refused, 1);
    QVERIFY(!syncOk(reviewer).error.isError());
    const AttachmentRef ref{FieldAuditWorkflow::EvidenceEntity, *keptId};
    const HubError fetched = reviewer.downloadAttachment(ref);
    QVERIFY2(!fetched.isError(), qPrintable(fetched.detail()));
    DatabaseError error2;
    QCOMPARE(AttachmentStore(reviewer.database().connection(), reviewer.clock())
                 .content(ref, &error2)
                 .value_or(QByteArray()),
             kept);
    QVERIFY(reviewer.downloadAttachment({FieldAuditWorkflow::EvidenceEntity, *damagedId}).isError());
}

QTEST_GUILESS_MAIN(TestEvidenceSync)
#include "tst_evidencesync.moc"
