// The desktop's one write path (RecordWriter) runs the checks the hub runs (OperationCheck), on
// the desktop's own tables: what the hub would refuse never enters the outbox, and what it allows
// shows the hub's decision at once, except what only the hub hands out (codes).
#include "models/common/Clock.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/LocalRecordStore.h"
#include "models/journal/RecordWriter.h"
#include "models/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;

namespace {

const ManualClock TestClock(ManualClock::chinaMorning(QDate(2026, 6, 15)));

QJsonObject application()
{
    const QJsonArray applicants{
        QJsonObject{{QStringLiteral("kind"), QStringLiteral("department")},
                    {QStringLiteral("name"), QStringLiteral("湖南省市场监督管理局")}}};
    return {{QStringLiteral("type"), QStringLiteral("first")},
            {QStringLiteral("data_name"), QStringLiteral("全省企业登记信息")},
            {QStringLiteral("applicants"),
             QString::fromUtf8(QJsonDocument(applicants).toJson(QJsonDocument::Compact))}};
}

Operation upsert(const QString& entity, const QString& id, const QJsonObject& fields)
{
    Operation operation;
    operation.kind = Operation::Kind::Upsert;
    operation.entity = entity;
    operation.recordId = id;
    operation.fields = fields;
    return operation;
}

} // namespace

class TestRecordWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void refusesWhatTheHubRefuses_data();
    void refusesWhatTheHubRefuses();
    void aNewApplicationStartsWhereTheHubStartsIt();
    void theDesktopAllocatesNoCode();

private:
    qint64 outbox() const { return m_journal->unsyncedCount(); }
    std::optional<RecordState> stored(const QString& entity, const QString& id) const
    {
        return LocalRecordStore(m_database->connection()).read(*findEntity(entity), id);
    }

    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ChangeJournal> m_journal;
    std::unique_ptr<RecordWriter> m_writer;
};

void TestRecordWriter::init()
{
    m_writer.reset();
    m_journal.reset();
    m_database.reset();
    m_database =
        test::createDatabase(m_dir.filePath(QStringLiteral("w%1.db").arg(++m_run)), DatabaseKey::generate());
    QVERIFY(m_database);
    m_journal = std::make_unique<ChangeJournal>(m_database->connection(), QStringLiteral("admin"), TestClock);
    m_writer = std::make_unique<RecordWriter>(m_database->connection(), *m_journal);
}

void TestRecordWriter::refusesWhatTheHubRefuses_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("code");
    QJsonObject conditional =
        test::validCatalogEntry(QStringLiteral("有条件共享无范围"), QStringLiteral("430000027"));
    conditional.insert(QStringLiteral("share_attribute"), QStringLiteral("有条件共享"));
    QTest::newRow("catalog rule") << "catalog_entry" << conditional << Role::Admin << "invalid";
    QTest::newRow("field definition") << "calendar_year"
                                      << QJsonObject{{QStringLiteral("year"), 2031},
                                                     {QStringLiteral("holidays"), QStringLiteral("不是列表")}}
                                      << Role::Admin << "invalid";
    QTest::newRow("grant rule") << "grant_operator"
                                << QJsonObject{{QStringLiteral("name"), QStringLiteral("运营方")},
                                               {QStringLiteral("credit_code"), QStringLiteral("123")}}
                                << Role::Admin << "invalid";
    QTest::newRow("missing parent") << "data_item"
                                    << test::validDataItem(QStringLiteral("姓名"), QStringLiteral("xm"),
                                                           QStringLiteral("no-such-entry"))
                                    << Role::Admin << "not_found";
    QTest::newRow("incomplete application")
        << "registration" << QJsonObject{{QStringLiteral("type"), QStringLiteral("first")}} << Role::Reviewer
        << "invalid";
    QTest::newRow("manager edits") << "registration" << application() << Role::Manager << "forbidden";
    QTest::newRow("auditor edits") << "catalog_entry"
                                   << test::validCatalogEntry(QStringLiteral("目录"),
                                                              QStringLiteral("430000027"))
                                   << Role::Auditor << "forbidden";
    QTest::newRow("unknown type") << "no_such_type" << QJsonObject{} << Role::Admin << "unknown_entity";
}

void TestRecordWriter::refusesWhatTheHubRefuses()
{
    QFETCH(QString, entity);
    QFETCH(QJsonObject, fields);
    QFETCH(Role, role);
    QFETCH(QString, code);
    const QString id = ChangeJournal::newId(TestClock);
    const DatabaseError error =
        m_writer->write(Principal{QStringLiteral("someone"), role, {}}, upsert(entity, id, fields));
    QCOMPARE(error.kind(), DatabaseError::Kind::Invalid);
    QVERIFY(!error.message().isEmpty());
    QCOMPARE(m_writer->refusal().code, code);
    QCOMPARE(outbox(), 0);
    if (findEntity(entity))
        QVERIFY(!stored(entity, id));
}

void TestRecordWriter::aNewApplicationStartsWhereTheHubStartsIt()
{
    const QString id = ChangeJournal::newId(TestClock);
    QJsonObject sent = application();
    sent.insert(QStringLiteral("registration_code"),
                QStringLiteral("43202600000001")); // not the sender's to set
    const DatabaseError error = m_writer->write(Principal{QStringLiteral("reviewer"), Role::Reviewer, {}},
                                                upsert(QStringLiteral("registration"), id, sent));
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QVERIFY(!m_writer->refusal().isRefused());
    const std::optional<RecordState> record = stored(QStringLiteral("registration"), id);
    QVERIFY(record);
    QCOMPARE(record->fields.value(QStringLiteral("state")).toString(), QStringLiteral("submitted"));
    // 3 working days to accept from Monday 15 June 2026.
    QCOMPARE(record->fields.value(QStringLiteral("step_deadline")).toString(), QStringLiteral("2026-06-18"));
    QVERIFY(record->fields.value(QStringLiteral("registration_code")).isNull());
    QCOMPARE(outbox(), 1);
}

void TestRecordWriter::theDesktopAllocatesNoCode()
{
    // A registration waiting for its code, as a sync brings it.
    RecordState waiting{QStringLiteral("registration"), QStringLiteral("reg-1"), 3, false, {}, {}, {}, 3};
    waiting.fields = application();
    waiting.fields.insert(QStringLiteral("state"), QStringLiteral("awaiting_code"));
    QVERIFY(
        !LocalRecordStore(m_database->connection()).write(*findEntity(waiting.entity), waiting).isError());
    Operation issue;
    issue.kind = Operation::Kind::Command;
    issue.entity = waiting.entity;
    issue.recordId = waiting.id;
    issue.command = QStringLiteral("issue_code");
    const DatabaseError error =
        m_writer->write(Principal{QStringLiteral("reviewer"), Role::Reviewer, {}}, issue);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    const std::optional<RecordState> record = stored(waiting.entity, waiting.id);
    QVERIFY(record);
    // Sent for the hub to decide; nothing made up here in the meantime.
    QCOMPARE(record->fields.value(QStringLiteral("state")).toString(), QStringLiteral("awaiting_code"));
    QVERIFY(record->fields.value(QStringLiteral("registration_code")).isNull());
    QCOMPARE(outbox(), 1);
    // A step that does not apply in the state is refused here as there.
    issue.command = QStringLiteral("accept");
    QCOMPARE(m_writer->write(Principal{QStringLiteral("reviewer"), Role::Reviewer, {}}, issue).kind(),
             DatabaseError::Kind::Invalid);
    QCOMPARE(m_writer->refusal().code, QStringLiteral("invalid_state"));
    QCOMPARE(outbox(), 1);
}

QTEST_GUILESS_MAIN(TestRecordWriter)
#include "tst_recordwriter.moc"
