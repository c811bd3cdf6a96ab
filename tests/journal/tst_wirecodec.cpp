// The wire codec: round trips, and refusal of everything that is not exactly the protocol.
#include "models/journal/AccessPolicy.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/WireCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace xs;

class TestWireCodec : public QObject
{
    Q_OBJECT

private slots:
    void operationsRoundTrip();
    void resultsRoundTrip();
    void pagesRoundTrip();
    void aNewerHubsFieldIsLeftOutNotQuarantined();
    void badPushesAreRefused_data();
    void badPushesAreRefused();
    void oversizedBodiesAreRefused();
    void conflictWithoutRecordIsRefused();
    void errorBodies();
};

void TestWireCodec::operationsRoundTrip()
{
    Operation upsert;
    upsert.opId = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    upsert.kind = Operation::Kind::Upsert;
    upsert.entity = QStringLiteral("catalog_entry");
    upsert.recordId = QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    upsert.baseVersion = 41;
    upsert.fields = {{QStringLiteral("name"), QStringLiteral("不动产登记信息")},
                     {QStringLiteral("in_open_catalog"), true},
                     {QStringLiteral("published_on"), QStringLiteral("2026-10-08")},
                     {QStringLiteral("abstract"), QJsonValue::Null}};
    Operation command = upsert;
    command.opId = QStringLiteral("op-2");
    command.kind = Operation::Kind::Command;
    command.fields = {};
    command.command = QStringLiteral("publish");
    command.arguments = {{QStringLiteral("comment"), QStringLiteral("同意发布")}};
    Operation remove = upsert;
    remove.opId = QStringLiteral("op-3");
    remove.kind = Operation::Kind::Delete;
    remove.fields = {};

    QString error;
    const std::optional<QList<Operation>> decoded =
        WireCodec::decodePush(WireCodec::encodePush({upsert, command, remove}), &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(decoded->size(), 3);
    QCOMPARE(decoded->at(0).fields, upsert.fields);
    QCOMPARE(decoded->at(0).baseVersion, 41);
    QCOMPARE(decoded->at(1).command, QStringLiteral("publish"));
    QCOMPARE(decoded->at(1).arguments, command.arguments);
    QCOMPARE(decoded->at(2).kind, Operation::Kind::Delete);
}

void TestWireCodec::resultsRoundTrip()
{
    RecordState record{
        QStringLiteral("data_item"),
        QStringLiteral("item-1"),
        7,
        false,
        QStringLiteral("2026-11-28T10:00:00Z"),
        QStringLiteral("zhang"),
        {{QStringLiteral("name"), QStringLiteral("统一社会信用代码")}, {QStringLiteral("length"), 18}},
        1234};
    const QList<OperationResult> results{
        {QStringLiteral("a"), OperationResult::Status::Applied, 7, record, {}, {}},
        {QStringLiteral("b"), OperationResult::Status::Conflict, 7, record, {}, {}},
        {QStringLiteral("c"), OperationResult::Status::Rejected, 0, std::nullopt, QStringLiteral("forbidden"),
         Message("xs::AccessPolicy", "a %1 may not edit catalog entries").arg(roleArgument(Role::Auditor)),
         QStringLiteral("name")}};
    QString error;
    const auto decoded = WireCodec::decodePushResponse(WireCodec::encodePushResponse(results), &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(decoded->size(), 3);
    QCOMPARE(*decoded->at(1).hubRecord, record);
    QCOMPARE(decoded->at(2).reasonCode, QStringLiteral("forbidden"));
    QCOMPARE(decoded->at(2).reason, results.at(2).reason);
    QCOMPARE(decoded->at(2).reasonField, QStringLiteral("name"));

    // An older hub sends only the English text; a hostile one a message that is no message. Both
    // arrive as the plain text, never as a failed push.
    QJsonObject older = WireCodec::encodeResult(results.at(2));
    older.remove(QStringLiteral("reason_message"));
    QCOMPARE(WireCodec::decodeResult(older, &error)->reason.text(),
             QStringLiteral("a Field auditor may not edit catalog entries"));
    QJsonObject hostile = WireCodec::encodeResult(results.at(2));
    hostile.insert(QStringLiteral("reason_message"), QJsonObject{{QStringLiteral("source"), 7}});
    hostile.insert(QStringLiteral("reason_field"), QString(500, QLatin1Char('f')));
    const std::optional<OperationResult> fallback = WireCodec::decodeResult(hostile, &error);
    QVERIFY2(fallback, qPrintable(error));
    QCOMPARE(fallback->reason.text(), QStringLiteral("a Field auditor may not edit catalog entries"));
    QCOMPARE(fallback->reasonField.size(), WireLimits::MaxIdLength);
}

void TestWireCodec::pagesRoundTrip()
{
    ChangePage page;
    page.cursor = 500;
    page.more = true;
    page.changes.append({QStringLiteral("department"),
                         QStringLiteral("d-1"),
                         3,
                         true,
                         QStringLiteral("t"),
                         QStringLiteral("u"),
                         {{QStringLiteral("code"), QStringLiteral("430100001")}},
                         499});
    QString error;
    const auto decoded = WireCodec::decodeChangePage(WireCodec::encodeChangePage(page), &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(decoded->cursor, 500);
    QVERIFY(decoded->more);
    QCOMPARE(decoded->changes.constFirst(), page.changes.constFirst());
}

void TestWireCodec::aNewerHubsFieldIsLeftOutNotQuarantined()
{
    // A hub one version ahead sends a field this desktop does not know yet: the record arrives
    // without it. A known field of the wrong type still sets the record aside.
    ChangePage page;
    page.cursor = 2;
    page.changes.append({QStringLiteral("department"),
                         QStringLiteral("d-1"),
                         1,
                         false,
                         QStringLiteral("t"),
                         QStringLiteral("u"),
                         {{QStringLiteral("code"), QStringLiteral("430100001")},
                          {QStringLiteral("field_of_a_later_version"), QStringLiteral("x")}},
                         1});
    page.changes.append({QStringLiteral("department"),
                         QStringLiteral("d-2"),
                         1,
                         false,
                         QStringLiteral("t"),
                         QStringLiteral("u"),
                         {{QStringLiteral("code"), 42}},
                         2});
    QString error;
    const auto decoded = WireCodec::decodeChangePage(WireCodec::encodeChangePage(page), &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(decoded->changes.size(), 1);
    QCOMPARE(decoded->changes.constFirst().fields,
             QJsonObject({{QStringLiteral("code"), QStringLiteral("430100001")}}));
    QCOMPARE(decoded->quarantined.size(), 1);
    QCOMPARE(decoded->quarantined.constFirst().recordId, QStringLiteral("d-2"));
}

void TestWireCodec::badPushesAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray valid =
        R"({"op_id":"o1","kind":"upsert","entity":"catalog_entry","id":"r1","base_version":0,"fields":{"name":"x"}})";
    QTest::newRow("not json") << QByteArray("{ops:");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no ops") << QByteArray("{}");
    QTest::newRow("empty ops") << QByteArray(R"({"ops":[]})");
    QTest::newRow("op not object") << QByteArray(R"({"ops":[1]})");
    QTest::newRow("unknown kind")
        << QByteArray(valid).replace("upsert", "merge").prepend("{\"ops\":[").append("]}");
    QTest::newRow("unknown entity")
        << QByteArray(valid).replace("catalog_entry", "users").prepend("{\"ops\":[").append("]}");
    QTest::newRow("unknown field")
        << QByteArray(valid).replace("\"name\"", "\"password\"").prepend("{\"ops\":[").append("]}");
    QTest::newRow("wrong type")
        << QByteArray(valid).replace("\"x\"", "42").prepend("{\"ops\":[").append("]}");
    QTest::newRow("negative version")
        << QByteArray(valid).replace(":0,", ":-1,").prepend("{\"ops\":[").append("]}");
    QTest::newRow("fractional version")
        << QByteArray(valid).replace(":0,", ":1.5,").prepend("{\"ops\":[").append("]}");
    QTest::newRow("string version")
        << QByteArray(valid).replace(":0,", ":\"0\",").prepend("{\"ops\":[").append("]}");
    QTest::newRow("hostile id")
        << QByteArray(valid).replace("\"r1\"", "\"../../etc\\u0000\"").prepend("{\"ops\":[").append("]}");
    QTest::newRow("upsert without fields") << QByteArray(
        R"({"ops":[{"op_id":"o","kind":"upsert","entity":"data_item","id":"i","base_version":0}]})");
    QTest::newRow("command without name") << QByteArray(
        R"({"ops":[{"op_id":"o","kind":"command","entity":"catalog_entry","id":"i","base_version":0}]})");
    QTest::newRow("command argument not text") << QByteArray(
        R"({"ops":[{"op_id":"o","kind":"command","entity":"catalog_entry","id":"i","base_version":0,"command":"publish","arguments":{"n":1}}]})");
    QTest::newRow("bad date") << QByteArray(valid)
                                     .replace("\"name\":\"x\"", "\"published_on\":\"2026-13-45\"")
                                     .prepend("{\"ops\":[")
                                     .append("]}");
    QByteArray tooLong = valid;
    tooLong.replace("\"x\"", "\"" + QByteArray(400, 'x') + "\"");
    QTest::newRow("name too long") << tooLong.prepend("{\"ops\":[").append("]}");
    QByteArray many = "{\"ops\":[";
    for (int i = 0; i <= WireLimits::MaxOperationsPerPush; ++i)
        many += (i ? "," : "") + valid;
    QTest::newRow("too many ops") << many + "]}";
}

void TestWireCodec::badPushesAreRefused()
{
    QFETCH(QByteArray, body);
    QString error;
    QVERIFY(!WireCodec::decodePush(body, &error));
    QVERIFY(!error.isEmpty());
}

void TestWireCodec::oversizedBodiesAreRefused()
{
    QString error;
    QVERIFY(!WireCodec::decodePush(QByteArray(WireLimits::MaxBodyBytes + 1, ' '), &error));
    QVERIFY(error.contains(QStringLiteral("larger")));
}

void TestWireCodec::conflictWithoutRecordIsRefused()
{
    QString error;
    QVERIFY(!WireCodec::decodePushResponse(R"({"results":[{"op_id":"a","status":"conflict","version":3}]})",
                                           &error));
}

void TestWireCodec::errorBodies()
{
    QString code;
    QCOMPARE(WireCodec::decodeErrorMessage(
                 WireCodec::encodeError(QStringLiteral("forbidden"), QStringLiteral("不允许")), &code),
             QStringLiteral("不允许"));
    QCOMPARE(code, QStringLiteral("forbidden"));
    QVERIFY(WireCodec::decodeErrorMessage("not json").isEmpty());
}

QTEST_GUILESS_MAIN(TestWireCodec)
#include "tst_wirecodec.moc"
