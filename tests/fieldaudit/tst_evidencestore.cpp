// Evidence on one desktop: bytes kept whole, in chunks, inside the encrypted database; their hash
// verified; a photo's EXIF date, place and camera read with libexif; what is not evidence refused
// before anything is written; and nothing of a photo readable anywhere on disk.

#include "app/media/PhotoDownscaler.h"
#include "app/secrets/DatabaseUnlock.h"
#include "models/attachments/AttachmentLimits.h"
#include "models/attachments/AttachmentStore.h"
#include "models/attachments/PhotoMetadata.h"
#include "models/common/Clock.h"
#include "models/fieldaudit/EvidenceRecorder.h"
#include "models/journal/ChangeJournal.h"
#include "tests/support/FieldAuditFixture.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDirIterator>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

using namespace xs;
using namespace xs::test;

namespace {

const AttachmentRef Photo{QStringLiteral("audit_evidence"), QStringLiteral("ev-1")};

QByteArray randomBytes(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

PhotoMetadata changshaVisit()
{
    PhotoMetadata metadata;
    metadata.takenAt = QDateTime(QDate(2026, 11, 30), QTime(10, 15, 42));
    metadata.latitude = 28.194100;
    metadata.longitude = 112.982300;
    metadata.camera = QStringLiteral("XiangshuTestCam Model-7");
    return metadata;
}

} // namespace

class TestEvidenceStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void storesAFileWholeInChunksAndVerifiesIt();
    void verificationFindsDamagedOrMissingBytes();
    void transfersAreRecordedAndNeverDropAFile();
    void readsTheExifDatePlaceAndCameraOfAPhoto();
    void unreadableExifIsEmptyNotACrash();
    void downscalesAPhotoOnRequestKeepingItsExif();
    void downscalingLeavesSmallPhotosAndRefusesTheRest();
    void refusesWhatIsNotEvidenceBeforeWritingAnything();
    void noPhotoLiesReadableOnDisk();
    void theCliRehashesEveryFileAndListsTasks();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    SystemClock m_clock;
    std::unique_ptr<AttachmentStore> m_store;
};

void TestEvidenceStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>(); // under TMPDIR (main())
    m_database = createDatabase(m_dir->filePath(QStringLiteral("field.xsdb")), DatabaseKey::generate());
    QVERIFY(m_database);
    m_store = std::make_unique<AttachmentStore>(m_database->connection(), m_clock);
}

void TestEvidenceStore::cleanup()
{
    m_store.reset();
    m_database.reset();
    m_dir.reset();
}

void TestEvidenceStore::storesAFileWholeInChunksAndVerifiesIt()
{
    const QByteArray bytes = randomBytes(2 * AttachmentLimits::ChunkBytes + 12345);
    QString sha;
    QVERIFY(!m_store->store(Photo, bytes, AttachmentTransfer::Local, &sha).isError());
    QCOMPARE(sha, AttachmentStore::sha256Of(bytes));
    const std::optional<AttachmentFile> file = m_store->file(Photo);
    QVERIFY(file);
    QCOMPARE(file->size, bytes.size());
    QCOMPARE(file->sha256, sha);
    QCOMPARE(file->transfer, AttachmentTransfer::Local);

    QSqlQuery count(m_database->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*), max(length(data)) FROM attachment_chunk")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 3);
    QCOMPARE(count.value(1).toLongLong(), AttachmentLimits::ChunkBytes);

    DatabaseError error;
    QCOMPARE(m_store->chunk(Photo, 2, &error), bytes.mid(2 * AttachmentLimits::ChunkBytes));
    QVERIFY(!error.isError());
    QCOMPARE(m_store->content(Photo, &error).value_or(QByteArray()), bytes);
    QString problem;
    QVERIFY2(m_store->verify(Photo, &problem), qPrintable(problem));

    // Storing again replaces the whole file, never leaving a chunk of the old one behind.
    const QByteArray shorter = randomBytes(100);
    QVERIFY(!m_store->store(Photo, shorter, AttachmentTransfer::Local).isError());
    QCOMPARE(m_store->content(Photo, &error).value_or(QByteArray()), shorter);
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM attachment_chunk")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 1);
}

void TestEvidenceStore::verificationFindsDamagedOrMissingBytes()
{
    const QByteArray bytes = randomBytes(AttachmentLimits::ChunkBytes + 10);
    QVERIFY(!m_store->store(Photo, bytes, AttachmentTransfer::Local).isError());
    QSqlQuery damage(m_database->connection());
    QByteArray other = bytes.mid(AttachmentLimits::ChunkBytes);
    other[3] = char(other[3] ^ 0x55);
    damage.prepare(QStringLiteral("UPDATE attachment_chunk SET data = ? WHERE chunk = 1"));
    damage.addBindValue(other);
    QVERIFY(damage.exec());
    QString problem;
    QVERIFY(!m_store->verify(Photo, &problem));
    QVERIFY2(problem.contains(QStringLiteral("SHA-256")), qPrintable(problem));

    QVERIFY(damage.exec(QStringLiteral("DELETE FROM attachment_chunk WHERE chunk = 1")));
    QVERIFY(!m_store->verify(Photo, &problem));
    QVERIFY(!problem.isEmpty());
    DatabaseError error;
    QVERIFY(!m_store->content(Photo, &error));
    QVERIFY(error.isError());
    QVERIFY(!m_store->verify({Photo.entity, QStringLiteral("nothing")}, &problem));
}

void TestEvidenceStore::transfersAreRecordedAndNeverDropAFile()
{
    QVERIFY(!m_store->store(Photo, randomBytes(500), AttachmentTransfer::Local).isError());
    const AttachmentRef second{Photo.entity, QStringLiteral("ev-2")};
    QVERIFY(!m_store->store(second, randomBytes(700), AttachmentTransfer::Local).isError());
    QVERIFY(
        !m_store->setTransfer(Photo, AttachmentTransfer::Refused, QStringLiteral("hash differs")).isError());
    QCOMPARE(m_store->files(AttachmentTransfer::Local).size(), 1);
    const QList<AttachmentFile> refused = m_store->files(AttachmentTransfer::Refused);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.constFirst().note, QStringLiteral("hash differs"));
    QCOMPARE(m_store->files().size(), 2);
    DatabaseError error;
    QVERIFY(m_store->content(Photo, &error)); // refused, and still here
    QVERIFY(
        m_store->setTransfer({Photo.entity, QStringLiteral("none")}, AttachmentTransfer::Uploaded).isError());
}

void TestEvidenceStore::readsTheExifDatePlaceAndCameraOfAPhoto()
{
    const QByteArray plain = jpegPhoto(640, 480);
    QVERIFY(PhotoMetadataCodec::read(plain).isEmpty());
    const QByteArray photo = PhotoMetadataCodec::write(plain, changshaVisit());
    QVERIFY(photo.size() > plain.size());
    QVERIFY(photo.contains("Exif"));
    QVERIFY(!QImage::fromData(photo).isNull()); // still a photo any viewer opens

    const PhotoMetadata read = PhotoMetadataCodec::read(photo);
    QCOMPARE(read.takenAt, changshaVisit().takenAt);
    QCOMPARE(read.takenAtText(), QStringLiteral("2026-11-30T10:15:42"));
    QVERIFY(read.latitude && read.longitude);
    QVERIFY2(qAbs(*read.latitude - 28.1941) < 1e-5, qPrintable(QString::number(*read.latitude, 'f', 7)));
    QVERIFY2(qAbs(*read.longitude - 112.9823) < 1e-5, qPrintable(QString::number(*read.longitude, 'f', 7)));
    QCOMPARE(read.camera, changshaVisit().camera);

    // South and west are negative.
    PhotoMetadata south = changshaVisit();
    south.latitude = -33.8688;
    south.longitude = -70.6693;
    const PhotoMetadata back = PhotoMetadataCodec::read(PhotoMetadataCodec::write(plain, south));
    QVERIFY(back.latitude && back.longitude);
    QVERIFY(qAbs(*back.latitude + 33.8688) < 1e-5);
    QVERIFY(qAbs(*back.longitude + 70.6693) < 1e-5);
}

void TestEvidenceStore::unreadableExifIsEmptyNotACrash()
{
    QVERIFY(PhotoMetadataCodec::read({}).isEmpty());
    QVERIFY(PhotoMetadataCodec::read("not a photo at all").isEmpty());
    QVERIFY(PhotoMetadataCodec::write("not a photo", changshaVisit()).isEmpty());
    const QByteArray photo = PhotoMetadataCodec::write(jpegPhoto(64, 64), changshaVisit());
    // Cut anywhere in the EXIF block, or with its bytes scrambled: libexif rejects it, no crash.
    const qsizetype exif = photo.indexOf("Exif");
    QVERIFY(exif > 0);
    for (qsizetype cut = exif; cut < exif + 400 && cut < photo.size(); cut += 7)
        PhotoMetadataCodec::read(photo.left(cut));
    QRandomGenerator generator(7);
    for (int round = 0; round < 200; ++round) {
        QByteArray scrambled = photo;
        for (int flip = 0; flip < 8; ++flip)
            scrambled[exif + generator.bounded(300)] = char(generator.bounded(256));
        PhotoMetadataCodec::read(scrambled);
    }
}

void TestEvidenceStore::downscalesAPhotoOnRequestKeepingItsExif()
{
    const QByteArray original = PhotoMetadataCodec::write(jpegPhoto(4000, 3000), changshaVisit());
    const PhotoDownscaler::Result smaller = PhotoDownscaler().downscale(original);
    QVERIFY2(smaller.error.isEmpty(), qPrintable(smaller.error));
    QVERIFY(smaller.changed());
    QCOMPARE(smaller.from, QSize(4000, 3000));
    QCOMPARE(smaller.to, QSize(AttachmentLimits::DownscaleEdge, 1536));
    QCOMPARE(QImage::fromData(smaller.bytes).size(), QSize(AttachmentLimits::DownscaleEdge, 1536));
    QCOMPARE(EvidenceRecorder::mediaTypeOf(smaller.bytes), QStringLiteral("image/jpeg"));
    // Where and when the photo was taken travels with it.
    const PhotoMetadata kept = PhotoMetadataCodec::read(smaller.bytes);
    QCOMPARE(kept.takenAt, changshaVisit().takenAt);
    QVERIFY(kept.latitude && qAbs(*kept.latitude - *changshaVisit().latitude) < 1e-5);
    QCOMPARE(kept.camera, changshaVisit().camera);

    // A PNG stays a PNG; a portrait photo is limited by its height.
    QImage portrait(1200, 5000, QImage::Format_RGB32);
    portrait.fill(QColor(200, 40, 40));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(portrait.save(&buffer, "PNG"));
    const PhotoDownscaler::Result pngResult = PhotoDownscaler().downscale(png);
    QVERIFY2(pngResult.error.isEmpty(), qPrintable(pngResult.error));
    QCOMPARE(EvidenceRecorder::mediaTypeOf(pngResult.bytes), QStringLiteral("image/png"));
    QCOMPARE(QImage::fromData(pngResult.bytes).size(), QSize(491, AttachmentLimits::DownscaleEdge));
}

void TestEvidenceStore::downscalingLeavesSmallPhotosAndRefusesTheRest()
{
    const QByteArray small = jpegPhoto(800, 600);
    const PhotoDownscaler::Result unchanged = PhotoDownscaler().downscale(small);
    QVERIFY(unchanged.error.isEmpty());
    QVERIFY(!unchanged.changed());
    QCOMPARE(unchanged.bytes, small);

    QVERIFY(!PhotoDownscaler().downscale(QByteArray("%PDF-1.7\n%scanned")).error.isEmpty());
    QVERIFY(!PhotoDownscaler::isPhoto(QByteArray("%PDF-1.7\n")));
    QVERIFY(PhotoDownscaler::isPhoto(small.left(16)));
    // A photo cut short after its header: an error, never a crash or an empty "success".
    const QByteArray cut = jpegPhoto(4000, 3000).left(600);
    const PhotoDownscaler::Result broken = PhotoDownscaler().downscale(cut);
    QVERIFY(!broken.error.isEmpty());
    QVERIFY(broken.bytes.isEmpty());
    QVERIFY(!PhotoDownscaler().downscale(QByteArray("\xFF\xD8\xFF\xE0garbage", 11)).error.isEmpty());
}

void TestEvidenceStore::refusesWhatIsNotEvidenceBeforeWritingAnything()
{
    ChangeJournal journal(m_database->connection(), QStringLiteral("demo-auditor"), m_clock);
    EvidenceRecorder recorder(m_database->connection(), journal, *m_store);
    const Principal auditor{QStringLiteral("demo-auditor"), Role::Auditor, {}};
    DatabaseError error;

    QVERIFY(!recorder.add(auditor, {QStringLiteral("task-1"), {}, QStringLiteral("空.jpg"), {}, {}}, &error));
    QCOMPARE(error.kind(), DatabaseError::Kind::Invalid);

    QByteArray huge = jpegPhoto(32, 32);
    huge.append(QByteArray(AttachmentLimits::MaxFileBytes, 'x'));
    QVERIFY(
        !recorder.add(auditor, {QStringLiteral("task-1"), {}, QStringLiteral("大.jpg"), huge, {}}, &error));
    QCOMPARE(error.kind(), DatabaseError::Kind::Invalid);
    QVERIFY2(error.detail().contains(QStringLiteral("25")), qPrintable(error.detail()));

    QVERIFY(!recorder.add(
        auditor, {QStringLiteral("task-1"), {}, QStringLiteral("photo.jpg"), "plain text", {}}, &error));
    QCOMPARE(error.kind(), DatabaseError::Kind::Invalid);

    // A real photo for a task this desktop does not hold: the hub's rules, run here, refuse it.
    QVERIFY(!recorder.add(
        auditor, {QStringLiteral("no-such-task"), {}, QStringLiteral("现场.jpg"), jpegPhoto(64, 64), {}},
        &error));
    QVERIFY(error.isError());

    QCOMPARE(m_store->files().size(), 0);
    QCOMPARE(journal.unsyncedCount(), 0);

    QCOMPARE(EvidenceRecorder::mediaTypeOf(jpegPhoto(8, 8)), QStringLiteral("image/jpeg"));
    QCOMPARE(EvidenceRecorder::mediaTypeOf("%PDF-1.7\n"), QStringLiteral("application/pdf"));
    QCOMPARE(EvidenceRecorder::mediaTypeOf(QByteArray("\x89PNG\r\n\x1A\n....", 12)),
             QStringLiteral("image/png"));
    QCOMPARE(EvidenceRecorder::mediaTypeOf("GIF89a"), QString());
}

void TestEvidenceStore::noPhotoLiesReadableOnDisk()
{
    const QByteArray photo = PhotoMetadataCodec::write(jpegPhoto(1600, 1200), changshaVisit());
    QVERIFY(!m_store->store(Photo, photo, AttachmentTransfer::Local).isError());
    DatabaseError error;
    QCOMPARE(m_store->content(Photo, &error).value_or(QByteArray()), photo);
    QString problem;
    QVERIFY(m_store->verify(Photo, &problem));
    m_store.reset();
    m_database.reset(); // closed: whatever it wrote is on disk now

    // Long enough not to turn up in ciphertext by chance: three bytes (a JPEG's start alone) do, in
    // about one encrypted megabyte in sixteen.
    const QList<QByteArray> markers{photo.left(16), QByteArray("Exif\0\0", 6),
                                    changshaVisit().camera.toLatin1(), photo.mid(photo.size() / 2, 32)};
    int filesSeen = 0;
    for (const QString& directory : {m_dir->path(), QDir::tempPath()}) {
        QDirIterator files(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            const QFileInfo info(path);
            if (directory == QDir::tempPath() &&
                info.lastModified() < QDateTime::currentDateTime().addSecs(-60))
                continue; // only what this test could have written
            if (info.size() > 256 * 1024 * 1024)
                continue;
            const QByteArray content = readFile(path);
            ++filesSeen;
            for (const QByteArray& marker : markers)
                QVERIFY2(!content.contains(marker),
                         qPrintable(path + QStringLiteral(" holds a plaintext marker")));
        }
    }
    QVERIFY(filesSeen >= 1);
}

void TestEvidenceStore::theCliRehashesEveryFileAndListsTasks()
{
    m_store.reset();
    m_database.reset();
    const QString database = m_dir->filePath(QStringLiteral("cli.xsdb"));
    const QString passphraseFile = m_dir->filePath(QStringLiteral("pass.txt"));
    const QString passphrase = QStringLiteral("correct horse 现场 battery");
    QVERIFY(writeFile(passphraseFile, passphrase.toUtf8() + "\n"));
    const QStringList unlock{QStringLiteral("--database"), database, QStringLiteral("--no-keychain"),
                             QStringLiteral("--passphrase-file"), passphraseFile};
    const QString cli = binaryPath("XS_CLI");
    ProcessResult run = runProcess(cli, QStringList{QStringLiteral("init")} + unlock);
    QVERIFY2(run.exitCode == 0, run.standardError.constData());
    {
        DatabaseUnlock::Outcome opened = DatabaseUnlock::openWithPassphrase(database, passphrase, {});
        QVERIFY(opened.database);
        AttachmentStore store(opened.database->connection(), m_clock);
        QVERIFY(!store.store(Photo, randomBytes(AttachmentLimits::ChunkBytes + 3), AttachmentTransfer::Local)
                     .isError());
        QVERIFY(!store
                     .store({Photo.entity, QStringLiteral("ev-2")}, jpegPhoto(100, 100),
                            AttachmentTransfer::Uploaded)
                     .isError());
        ChangeJournal journal(opened.database->connection(), QStringLiteral("demo-auditor"), m_clock);
        QVERIFY(
            !journal
                 .upsert(QStringLiteral("audit_task"), QStringLiteral("task-9"),
                         {{QStringLiteral("title"), QStringLiteral("长沙市数据局目录核查")},
                          {QStringLiteral("kind"), QStringLiteral("catalog_quality")},
                          {QStringLiteral("template_id"), QStringLiteral("tpl")},
                          {QStringLiteral("target_code"), QStringLiteral("430100001")},
                          {QStringLiteral("auditors"), QStringLiteral("[\"demo-auditor\"]")},
                          {QStringLiteral("state"), QStringLiteral("planned")},
                          {QStringLiteral("planned_on"), m_clock.today().addDays(-3).toString(Qt::ISODate)}})
                 .isError());
    }
    run = runProcess(
        cli, QStringList{QStringLiteral("--json"), QStringLiteral("attachments"), QStringLiteral("verify")} +
                 unlock);
    QVERIFY2(run.exitCode == 0, run.standardError.constData());
    QJsonObject result = QJsonDocument::fromJson(run.standardOutput).object();
    QCOMPARE(result.value(QStringLiteral("checked")).toInt(), 2);
    QVERIFY(result.value(QStringLiteral("mismatches")).toArray().isEmpty());

    {
        DatabaseUnlock::Outcome opened = DatabaseUnlock::openWithPassphrase(database, passphrase, {});
        QVERIFY(opened.database);
        QSqlQuery damage(opened.database->connection());
        QVERIFY(damage.exec(QStringLiteral("UPDATE attachment_chunk SET data = zeroblob(length(data)) "
                                           "WHERE record_id = 'ev-1' AND chunk = 0")));
    }
    run = runProcess(
        cli, QStringList{QStringLiteral("--json"), QStringLiteral("attachments"), QStringLiteral("verify")} +
                 unlock);
    QCOMPARE(run.exitCode, 4);
    result = QJsonDocument::fromJson(run.standardOutput).object();
    const QJsonArray mismatches = result.value(QStringLiteral("mismatches")).toArray();
    QCOMPARE(mismatches.size(), 1);
    QCOMPARE(mismatches.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("ev-1"));

    run = runProcess(cli,
                     QStringList{QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("tasks")} +
                         unlock);
    QVERIFY2(run.exitCode == 0, run.standardError.constData());
    const QJsonArray tasks =
        QJsonDocument::fromJson(run.standardOutput).object().value(QStringLiteral("tasks")).toArray();
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("task-9"));
    QVERIFY(tasks.at(0).toObject().value(QStringLiteral("overdue")).toBool());
    QCOMPARE(tasks.at(0).toObject().value(QStringLiteral("auditors")).toArray().at(0).toString(),
             QStringLiteral("demo-auditor"));
    run = runProcess(cli, QStringList{QStringLiteral("audit"), QStringLiteral("nothing")} + unlock);
    QCOMPARE(run.exitCode, 2);

    // The record of a visit, as PDF, with no display (the offscreen platform draws).
    const QString report = m_dir->filePath(QStringLiteral("现场核查记录.pdf"));
    run = runProcess(cli, QStringList{QStringLiteral("--json"), QStringLiteral("audit"),
                                      QStringLiteral("export-report"), QStringLiteral("task-9"), report} +
                              unlock);
    QVERIFY2(run.exitCode == 0, run.standardError.constData());
    QCOMPARE(QJsonDocument::fromJson(run.standardOutput).object().value(QStringLiteral("file")).toString(),
             report);
    QVERIFY(readFile(report).startsWith("%PDF-"));
    run =
        runProcess(cli, QStringList{QStringLiteral("audit"), QStringLiteral("export-report"),
                                    QStringLiteral("task-404"), m_dir->filePath(QStringLiteral("none.pdf"))} +
                            unlock);
    QCOMPARE(run.exitCode, 8);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("none.pdf"))));
    run = runProcess(cli, QStringList{QStringLiteral("audit"), QStringLiteral("export-report"),
                                      QStringLiteral("task-9"),
                                      m_dir->filePath(QStringLiteral("no/such/dir.pdf"))} +
                              unlock);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.standardError.isEmpty());
    run = runProcess(cli, QStringList{QStringLiteral("audit"), QStringLiteral("export-report")} + unlock);
    QCOMPARE(run.exitCode, 2);
}

// Everything this process writes goes under one fresh temporary folder (SQLite and Qt read TMPDIR),
// so the plaintext scan sees all of it and nothing of other processes.
int main(int argc, char** argv)
{
    QByteArray folder = QDir::tempPath().toLocal8Bit() + "/xs-evidence-XXXXXX";
    if (!mkdtemp(folder.data()))
        return 2;
    qputenv("TMPDIR", folder);
    QCoreApplication application(argc, argv);
    TestEvidenceStore test;
    const int failures = QTest::qExec(&test, argc, argv);
    QDir(QString::fromLocal8Bit(folder)).removeRecursively();
    return failures;
}
#include "tst_evidencestore.moc"
