// A Message is translated where it is read: the hub makes it in no language, the wire carries its
// source and arguments, and the desktop shows it in its user's language. A peer may send anything
// in its place; what cannot be a message is refused whole.

#include "models/calendar/CalendarYear.h"
#include "models/catalog/CatalogRules.h"
#include "models/common/Message.h"
#include "models/journal/AccessPolicy.h"
#include "models/journal/FieldLabels.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTranslator>

using namespace xs;

class TestMessage : public QObject
{
    Q_OBJECT

private slots:
    void argumentsFillAsQStringArgDoes();
    void anArgumentIsNeverFilledAgain();
    void travelsAsItsSourceAndArguments();
    void whatCannotBeAMessageIsRefusedWhole();
    void readsInTheLanguageOfWhereItIsRead(); // last: installs the Chinese translation
};

void TestMessage::argumentsFillAsQStringArgDoes()
{
    const Message twice =
        Message::plain(QStringLiteral("graded %1, so at least %1")).arg(QStringLiteral("A"));
    QCOMPARE(twice.text(), QStringLiteral("graded A, so at least A"));
    // The first argument takes the lowest number wherever it stands, as a translation may reorder.
    const Message reordered =
        Message::plain(QStringLiteral("%2 before %1")).arg(QStringLiteral("one")).arg(2);
    QCOMPARE(reordered.text(), QStringLiteral("2 before one"));
    QCOMPARE(Message::plain(QStringLiteral("%1 and %3")).arg(QStringLiteral("a"), QStringLiteral("b")).text(),
             QStringLiteral("a and b"));
    // Missing arguments leave their placeholders; extra ones are ignored; "%" alone stays.
    QCOMPARE(Message::plain(QStringLiteral("%1 of %2, 100%")).arg(QStringLiteral("x")).text(),
             QStringLiteral("x of %2, 100%"));
    QCOMPARE(Message::plain(QStringLiteral("none")).arg(QStringLiteral("x")).text(), QStringLiteral("none"));
    QVERIFY(Message().isEmpty());
    QVERIFY(!Message::plain(QStringLiteral("x")).isEmpty());
}

void TestMessage::anArgumentIsNeverFilledAgain()
{
    // A chain of QString::arg would fill the "%2" inside the first argument with the second.
    const Message message = Message::plain(QStringLiteral("%1 is not %2"))
                                .arg(QStringLiteral("a name with %2 in it"))
                                .arg(QStringLiteral("allowed"));
    QCOMPARE(message.text(), QStringLiteral("a name with %2 in it is not allowed"));
}

void TestMessage::travelsAsItsSourceAndArguments()
{
    const Message sent =
        Message("xs::AccessPolicy", "a %1 may not edit catalog entries").arg(roleArgument(Role::Auditor));
    const std::optional<Message> received = Message::fromJson(sent.toJson());
    QVERIFY(received);
    QCOMPARE(*received, sent);
    QCOMPARE(received->sourceText(), QStringLiteral("a Field auditor may not edit catalog entries"));
    // A term the vocabulary does not know is shown as its code.
    QCOMPARE(Message::plain(QStringLiteral("role %1"))
                 .argTerm("xs::FieldLabels", nullptr, QStringLiteral("x"))
                 .text(),
             QStringLiteral("role x"));
}

void TestMessage::whatCannotBeAMessageIsRefusedWhole()
{
    const QString huge(Message::MaxTextLength + 1, QLatin1Char('x'));
    QJsonArray tooMany;
    for (int i = 0; i <= Message::MaxArguments; ++i)
        tooMany.append(QJsonObject{{QStringLiteral("value"), QString::number(i)}});
    const QList<QJsonObject> hostile{
        {},
        {{QStringLiteral("source"), 42}},
        {{QStringLiteral("source"), QString()}},
        {{QStringLiteral("source"), huge}},
        {{QStringLiteral("source"), QStringLiteral("%1")}, {QStringLiteral("context"), huge}},
        {{QStringLiteral("source"), QStringLiteral("%1")}, {QStringLiteral("args"), QStringLiteral("x")}},
        {{QStringLiteral("source"), QStringLiteral("%1")}, {QStringLiteral("args"), tooMany}},
        {{QStringLiteral("source"), QStringLiteral("%1")},
         {QStringLiteral("args"), QJsonArray{QJsonObject{{QStringLiteral("value"), huge}}}}},
        {{QStringLiteral("source"), QStringLiteral("%1")},
         {QStringLiteral("args"), QJsonArray{QJsonObject{{QStringLiteral("value"), 1}}}}},
        {{QStringLiteral("source"), QStringLiteral("%1")},
         {QStringLiteral("args"), QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("v")},
                                                         {QStringLiteral("context"), 1}}}}},
    };
    for (const QJsonObject& object : hostile)
        QVERIFY2(!Message::fromJson(object), QJsonDocument(object).toJson(QJsonDocument::Compact).left(200));
    // A source no translation knows, from a newer or a hostile hub, is shown as it came.
    const std::optional<Message> unknown = Message::fromJson(
        {{QStringLiteral("context"), QStringLiteral("xs::Nowhere")},
         {QStringLiteral("source"), QStringLiteral("new reason %1")},
         {QStringLiteral("args"), QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("x")}}}}});
    QVERIFY(unknown);
    QCOMPARE(unknown->text(), QStringLiteral("new reason x"));
}

void TestMessage::readsInTheLanguageOfWhereItIsRead()
{
    const Message role =
        Message("xs::AccessPolicy", "a %1 may not edit catalog entries").arg(roleArgument(Role::Auditor));
    QList<FieldProblem> problems =
        CatalogRules().checkEntry({{QStringLiteral("share_attribute"), QStringLiteral("有条件共享")}}, {});
    const auto scope = std::find_if(problems.cbegin(), problems.cend(), [](const FieldProblem& problem) {
        return problem.field == QLatin1String("share_scope");
    });
    QVERIFY(scope != problems.cend());
    QCOMPARE(scope->message.text(), QStringLiteral("Conditional sharing needs the sharing scope."));
    // A schedule the hub refuses: the parse problem is a Message too, not English text.
    Message calendar;
    QVERIFY(!CalendarYear::fromRecordFields({{QStringLiteral("year"), 1999}}, &calendar));
    QCOMPARE(calendar.sourceText(), QStringLiteral("the calendar names no valid year"));

    auto* chinese = new QTranslator(qApp);
    QVERIFY(chinese->load(QStringLiteral(":/i18n/xiangshu_zh_CN")));
    QVERIFY(QCoreApplication::installTranslator(chinese));
    // The same objects, read after the language is loaded: the role as DOMAIN.md names it.
    QCOMPARE(role.text(), QStringLiteral("现场核查员无权编辑目录条目"));
    QCOMPARE(role.sourceText(), QStringLiteral("a Field auditor may not edit catalog entries"));
    QCOMPARE(withFieldLabel(QStringLiteral("catalog_entry"), scope->field, scope->message.text()),
             QStringLiteral("共享范围：有条件共享须填写共享范围。"));
    QCOMPARE(calendar.text(), QStringLiteral("日历未标明有效年份"));
}

QTEST_GUILESS_MAIN(TestMessage)
#include "tst_message.moc"
