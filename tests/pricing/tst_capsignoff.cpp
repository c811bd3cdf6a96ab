// A product's cap under four eyes (CapSignOff), as the desktop and the hub both decide it: when a
// cap waits for its sign-off, who may sign it off, what signing off and returning do, what the
// hub sets when a product is written, and which prices a product may charge before and after.
#include "models/journal/Roles.h"
#include "models/pricing/CapSignOff.h"

#include <QTest>

using namespace xs;

namespace {

QJsonObject product(qint64 cap, qint64 inForce, qint64 price = 0)
{
    QJsonObject fields{{QStringLiteral("use_class"), QStringLiteral("industry")},
                       {QStringLiteral("cap_proposed_by"), QStringLiteral("li.reviewer")}};
    if (cap > 0)
        fields.insert(QStringLiteral("cap_fen"), cap);
    if (inForce > 0) {
        fields.insert(QStringLiteral("cap_in_force_fen"), inForce);
        fields.insert(QStringLiteral("cap_signed_off_by"), QStringLiteral("wang.manager"));
    }
    if (price > 0)
        fields.insert(QStringLiteral("price_fen"), price);
    return fields;
}

} // namespace

class TestCapSignOff : public QObject
{
    Q_OBJECT

private slots:
    void aCapWaitsUntilSignedOff();
    void onlyAnotherManagerSignsOff();
    void returningKeepsTheCapInForce();
    void theHubRecordsWhoProposed();
    void pricesNeedACapInForceOrATrial();
    void aTrialPriceEndsWithTheTrialPeriod();
};

void TestCapSignOff::aCapWaitsUntilSignedOff()
{
    QCOMPARE(CapSignOff::stateOf(product(500, 0)), CapSignOff::Pending);
    QCOMPARE(CapSignOff::stateOf(product(500, 500)), CapSignOff::InForce);
    QCOMPARE(CapSignOff::stateOf(product(700, 500)), CapSignOff::Pending);
    QCOMPARE(CapSignOff::stateOf(product(0, 0)), CapSignOff::InForce);   // no cap, none proposed
    QCOMPARE(CapSignOff::stateOf(product(0, 500)), CapSignOff::Pending); // its removal proposed
    const QString waiting = CapSignOff::describe(product(700, 500));
    QVERIFY2(waiting.contains(QStringLiteral("5.00")) && waiting.contains(QStringLiteral("7.00")) &&
                 waiting.contains(QStringLiteral("li.reviewer")),
             qPrintable(waiting));
}

void TestCapSignOff::onlyAnotherManagerSignsOff()
{
    const QJsonObject waiting = product(700, 500);
    QCOMPARE(
        CapSignOff::step(waiting, QStringLiteral("sign_off_cap"), {}, Role::Reviewer, QStringLiteral("zhao"))
            .code,
        QStringLiteral("forbidden"));
    QCOMPARE(CapSignOff::step(waiting, QStringLiteral("sign_off_cap"), {}, Role::Admin,
                              QStringLiteral("LI.reviewer"))
                 .code,
             QStringLiteral("forbidden")); // the proposer, however the name is written
    const GrantRules::Step signedOff = CapSignOff::step(waiting, QStringLiteral("sign_off_cap"), {},
                                                        Role::Manager, QStringLiteral("wang.manager"));
    QVERIFY2(!signedOff.isRefused(), qPrintable(signedOff.problem.text()));
    QCOMPARE(signedOff.effect.value(QStringLiteral("cap_in_force_fen")).toInteger(), 700);
    QCOMPARE(signedOff.effect.value(QStringLiteral("cap_signed_off_by")).toString(),
             QStringLiteral("wang.manager"));
    QCOMPARE(CapSignOff::step(product(500, 500), QStringLiteral("sign_off_cap"), {}, Role::Manager,
                              QStringLiteral("wang.manager"))
                 .code,
             QStringLiteral("invalid_state"));
    QCOMPARE(CapSignOff::step(waiting, QStringLiteral("raise_cap"), {}, Role::Manager, QStringLiteral("wang"))
                 .code,
             QStringLiteral("unknown_command"));
}

void TestCapSignOff::returningKeepsTheCapInForce()
{
    const QJsonObject reason{{QStringLiteral("reason"), QStringLiteral("成本依据不足")}};
    QCOMPARE(CapSignOff::step(product(700, 500), QStringLiteral("return_cap"), {}, Role::Manager,
                              QStringLiteral("w"))
                 .code,
             QStringLiteral("invalid")); // a reason is required
    const GrantRules::Step returned = CapSignOff::step(product(700, 500), QStringLiteral("return_cap"),
                                                       reason, Role::Manager, QStringLiteral("w"));
    QCOMPARE(returned.effect.value(QStringLiteral("cap_fen")).toInteger(), 500);
    // A price already above the cap in force must come down first.
    QCOMPARE(CapSignOff::step(product(700, 500, 600), QStringLiteral("return_cap"), reason, Role::Manager,
                              QStringLiteral("w"))
                 .code,
             QStringLiteral("invalid"));
    // With no cap in force, returning leaves none.
    QVERIFY(CapSignOff::step(product(700, 0), QStringLiteral("return_cap"), reason, Role::Manager,
                             QStringLiteral("w"))
                .effect.value(QStringLiteral("cap_fen"))
                .isNull());
}

void TestCapSignOff::theHubRecordsWhoProposed()
{
    // A new product: nothing of a sign-off survives from the client; its cap is proposed by the writer.
    const QJsonObject created =
        CapSignOff::upsertEffect(nullptr, product(500, 500), QStringLiteral("zhao.reviewer"));
    QVERIFY(created.value(QStringLiteral("cap_in_force_fen")).isNull());
    QVERIFY(created.value(QStringLiteral("cap_signed_off_by")).isNull());
    QCOMPARE(created.value(QStringLiteral("cap_proposed_by")).toString(), QStringLiteral("zhao.reviewer"));
    // An edit of another field leaves the proposer; a new cap names its own.
    const QJsonObject before = product(500, 500);
    QVERIFY(CapSignOff::upsertEffect(&before, product(500, 500, 300), QStringLiteral("zhao")).isEmpty());
    QCOMPARE(CapSignOff::upsertEffect(&before, product(600, 500), QStringLiteral("zhao"))
                 .value(QStringLiteral("cap_proposed_by"))
                 .toString(),
             QStringLiteral("zhao"));
}

void TestCapSignOff::pricesNeedACapInForceOrATrial()
{
    QCOMPARE(CapSignOff::checkPrice(product(500, 0, 400)).size(), 1); // proposed only
    QJsonObject trial = product(0, 0, 400);
    trial.insert(QStringLiteral("trial"), true);
    QVERIFY(CapSignOff::checkPrice(trial).isEmpty());
    QVERIFY(CapSignOff::checkPrice(product(500, 500, 500)).isEmpty());
    QCOMPARE(CapSignOff::checkPrice(product(700, 500, 600)).size(), 1); // above the cap in force
    QVERIFY(CapSignOff::checkPrice(product(500, 0)).isEmpty());         // no price: nothing to check
    QJsonObject welfare = product(0, 0, 0);
    welfare.insert(QStringLiteral("use_class"), QStringLiteral("public_welfare"));
    QVERIFY(CapSignOff::checkPrice(welfare).isEmpty());
}

void TestCapSignOff::aTrialPriceEndsWithTheTrialPeriod()
{
    // Operation started 2026-01-15: a trial price (试行) is charged without a cap until 2027-01-15.
    const QDate start(2026, 1, 15);
    const DeadlineRules rules = DeadlineRules::defaults();
    QJsonObject trial = product(0, 0, 400);
    trial.insert(QStringLiteral("trial"), true);
    QVERIFY(CapSignOff::checkTrial(trial, start, QDate(2027, 1, 15), rules).isEmpty());
    const QList<GrantRules::FieldMessage> ended =
        CapSignOff::checkTrial(trial, start, QDate(2027, 1, 16), rules);
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.constFirst().field, QStringLiteral("trial"));
    QVERIFY(ended.constFirst().message.sourceText().contains(QStringLiteral("trial period")));
    QVERIFY(ended.constFirst().message.text().contains(QStringLiteral("2027-01-15")));
    // Not a trial any more once a cap is in force; no price, no start known, or free: nothing to say.
    QJsonObject signedOff = trial;
    signedOff.insert(QStringLiteral("cap_in_force_fen"), 500);
    QVERIFY(CapSignOff::checkTrial(signedOff, start, QDate(2028, 1, 1), rules).isEmpty());
    QVERIFY(CapSignOff::checkTrial(product(0, 0), start, QDate(2028, 1, 1), rules).isEmpty());
    QVERIFY(CapSignOff::checkTrial(trial, QDate(), QDate(2028, 1, 1), rules).isEmpty());
    QJsonObject welfare = trial;
    welfare.insert(QStringLiteral("use_class"), QStringLiteral("public_welfare"));
    QVERIFY(CapSignOff::checkTrial(welfare, start, QDate(2028, 1, 1), rules).isEmpty());
    // A published two-year period.
    DeadlineRules longer = rules;
    longer.set({DeadlineRules::TrialPeriod, 2, DeadlineRule::Unit::Years, QStringLiteral("test")});
    QVERIFY(CapSignOff::checkTrial(trial, start, QDate(2027, 6, 1), longer).isEmpty());
    QCOMPARE(CapSignOff::checkTrial(trial, start, QDate(2028, 1, 16), longer).size(), 1);
}

QTEST_GUILESS_MAIN(TestCapSignOff)
#include "tst_capsignoff.moc"
