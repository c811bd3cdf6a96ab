// A sharing request end to end across two desktops and the real hub, as the two departments work
// it on their 共享申请 pages: the requesting department asks, the provider finds it in its queue
// to answer and asks for missing material once, the requester corrects and supplies it, the
// data department reviews the use (安全风险评估 and 规范性审查) on its 安全审查 page before the
// provider may approve, and the provider approves and delivers. What a side may not do is refused on its own
// desktop first, with the hub's reason, and the queues count and mark the deadlines the hub set.

#include "app/areas/SecurityReviewServices.h"
#include "app/areas/SharingServices.h"
#include "models/common/Clock.h"
#include "models/securityreview/SecurityReviewListModel.h"
#include "models/sharing/SharingQueueModel.h"
#include "models/sharing/SharingWorkflow.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/HubProcess.h"
#include "tests/support/SecurityReviewFixture.h"
#include "tests/support/TestDesktop.h"
#include "tests/support/TestSupport.h"
#include "ui/common/RecordForm.h"
#include "ui/sharing/SecurityReviewDialog.h"
#include "ui/sharing/SecurityReviewPanel.h"
#include "ui/sharing/SharingRequestDialog.h"
#include "ui/sharing/SharingRequestsPanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace xs;
using namespace xs::test;

namespace {

const QString Requester = QStringLiteral("430000027"); // demo-cataloguer's department
const QString Provider = QStringLiteral("430000001");

} // namespace

class TestSharingFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theRequesterAsksFromItsPage();
    void theProviderAsksForMaterialOnceFromItsQueue();
    void theRequesterCorrectsAndSuppliesIt();
    void theDataDepartmentReviewsTheUseFirst();
    void theProviderApprovesAndDelivers();

private:
    SharingRequestsPanel& page(const QString& side) { return *m_pages.value(side); }
    const RecordState* request(const QString& side) { return page(side).queue().request(m_requestId); }

    QTemporaryDir m_dir;
    const ManualClock m_clock{ManualClock::chinaMorning(QDate(2026, 9, 30))};
    std::unique_ptr<HubProcess> m_hub;
    std::unique_ptr<TestDesktop> m_requester;
    std::unique_ptr<TestDesktop> m_provider;
    std::unique_ptr<TestDesktop> m_reviewer;
    std::unique_ptr<SecurityReviewServices> m_reviewServices;
    std::unique_ptr<SecurityReviewPanel> m_reviews;
    std::unique_ptr<QAbstractItemModelTester> m_reviewsTester;
    QHash<QString, SharingRequestsPanel*> m_pages;
    std::unique_ptr<QAbstractItemModelTester> m_requesterTester;
    std::unique_ptr<QAbstractItemModelTester> m_providerTester;
    QString m_entry = QStringLiteral("entry-shebao");
    QString m_requestId;
};

void TestSharingFlow::initTestCase()
{
    const QString database = m_dir.filePath(QStringLiteral("hub.db"));
    QCOMPARE(HubProcess::run({QStringLiteral("demo"), QStringLiteral("--database"), database}, nullptr,
                             m_clock.now()),
             0);
    const QString passwordFile = m_dir.filePath(QStringLiteral("password.txt"));
    QVERIFY(writeFile(passwordFile, DemoPassword.toUtf8()));
    QCOMPARE(
        HubProcess::run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("provider-cataloguer"),
                         QStringLiteral("--role"), QStringLiteral("cataloguer"),
                         QStringLiteral("--department"), Provider, QStringLiteral("--password-file"),
                         passwordFile, QStringLiteral("--database"), database},
                        nullptr, m_clock.now()),
        0);
    m_hub = std::make_unique<HubProcess>(m_dir.filePath(QStringLiteral("tls")));
    m_hub->setClockStart(m_clock.now());
    QVERIFY2(m_hub->start(database), m_hub->log().constData());

    // The provider's resource, published in the sharing catalog on conditions.
    HttpProbe probe(m_hub->url(), m_hub->caFile());
    const QString admin = probe.login(QStringLiteral("demo-admin"), DemoPassword);
    QJsonObject entry = validCatalogEntry(QStringLiteral("社会保险参保信息"), Provider);
    entry.insert(QStringLiteral("in_share_catalog"), true);
    entry.insert(QStringLiteral("share_attribute"), QStringLiteral("有条件共享"));
    entry.insert(QStringLiteral("share_scope"), QStringLiteral("省直部门"));
    entry.insert(QStringLiteral("share_purpose"), QStringLiteral("社保待遇核验"));
    for (const QJsonObject& operation : HttpProbe::publishedEntry(m_entry, entry)) {
        const QJsonArray results = probe.push({operation}, admin);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("applied"));
    }

    QString error;
    QVERIFY2(publishReviewChecklist(probe, QStringLiteral("review-checklist"), &error), qPrintable(error));

    m_requester = std::make_unique<TestDesktop>(m_dir.filePath(QStringLiteral("requester.db")), *m_hub,
                                                QStringLiteral("demo-cataloguer"), DemoPassword, &m_clock);
    m_provider = std::make_unique<TestDesktop>(m_dir.filePath(QStringLiteral("provider.db")), *m_hub,
                                               QStringLiteral("provider-cataloguer"), DemoPassword, &m_clock);
    QVERIFY2(m_requester->isReady(), qPrintable(m_requester->error()));
    QVERIFY2(m_provider->isReady(), qPrintable(m_provider->error()));
    for (auto [side, desktop, department] :
         {std::tuple(QStringLiteral("requester"), m_requester.get(), Requester),
          std::tuple(QStringLiteral("provider"), m_provider.get(), Provider)}) {
        QVERIFY(!desktop->sync().error.isError());
        auto services = std::make_unique<SharingServices>(desktop->database().connection(),
                                                          side == QLatin1String("requester")
                                                              ? QStringLiteral("demo-cataloguer")
                                                              : QStringLiteral("provider-cataloguer"),
                                                          m_clock);
        services->setDepartment(department);
        auto* sharingPage = new SharingRequestsPanel(std::move(services), Role::Cataloguer);
        sharingPage->setRole(Role::Cataloguer, department);
        m_pages.insert(side, sharingPage);
    }
    m_reviewer = std::make_unique<TestDesktop>(m_dir.filePath(QStringLiteral("reviewer.db")), *m_hub,
                                               QStringLiteral("demo-reviewer"), DemoPassword, &m_clock);
    QVERIFY2(m_reviewer->isReady(), qPrintable(m_reviewer->error()));
    m_reviewServices = std::make_unique<SecurityReviewServices>(m_reviewer->database().connection(),
                                                                QStringLiteral("demo-reviewer"), m_clock);
    m_reviews = std::make_unique<SecurityReviewPanel>(*m_reviewServices, Role::Reviewer);
    // Alive for the whole test, through every reload.
    m_requesterTester = std::make_unique<QAbstractItemModelTester>(
        &page(QStringLiteral("requester")).queue(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_providerTester = std::make_unique<QAbstractItemModelTester>(
        &page(QStringLiteral("provider")).queue(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_reviewsTester = std::make_unique<QAbstractItemModelTester>(
        &m_reviews->list(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestSharingFlow::cleanupTestCase()
{
    m_requesterTester.reset();
    m_providerTester.reset();
    m_reviewsTester.reset();
    m_reviews.reset();
    m_reviewServices.reset();
    m_reviewer.reset();
    qDeleteAll(m_pages);
    m_pages.clear();
    m_requester.reset();
    m_provider.reset();
    m_hub.reset();
}

void TestSharingFlow::theRequesterAsksFromItsPage()
{
    SharingRequestsPanel& requester = page(QStringLiteral("requester"));
    // The form offers the provider's published resource, not one of the requester's own, and fixes
    // the requesting department to its own.
    SharingRequestDialog dialog(requester.services(), Role::Cataloguer, {});
    auto* resource = qobject_cast<QComboBox*>(dialog.form().editorFor(QStringLiteral("entry_id")));
    QVERIFY(resource);
    QCOMPARE(resource->findData(m_entry) >= 0, true);
    QVERIFY(!dialog.form().editorFor(QStringLiteral("requester_code"))->isEnabled());
    // Without purpose, scope and basis nothing is saved, and the dialog says why.
    resource->setCurrentIndex(resource->findData(m_entry));
    QVERIFY(!dialog.save());
    QVERIFY(!dialog.problem().isEmpty());
    QJsonObject values = dialog.form().values();
    values.insert(QStringLiteral("purpose"), QStringLiteral("社会救助对象家庭经济状况核对"));
    values.insert(QStringLiteral("scope"), QStringLiteral("本单位社会救助核对业务"));
    values.insert(QStringLiteral("legal_basis"), QStringLiteral("《社会救助暂行办法》第十一条"));
    dialog.form().setValues(values);
    QVERIFY2(dialog.save(), qPrintable(dialog.problem()));
    m_requestId = dialog.savedRequest();
    requester.reload();
    requester.showSide(false);
    QCOMPARE(requester.queue().rowCount(), 1);
    QCOMPARE(m_requester->sync().pushed, 1);
    requester.reload();
    // The hub's deadline: ten working days after 国庆节, 20 October.
    QCOMPARE(request(QStringLiteral("requester"))->fields.value(QStringLiteral("reply_due_on")).toString(),
             QStringLiteral("2026-10-20"));
    requester.select(m_requestId);
    QCOMPARE(requester.offeredSteps(), QStringList{QStringLiteral("withdraw")});
    // The requester does not answer its own request: refused here, with the hub's reason.
    QVERIFY(!requester.takeStep(QStringLiteral("approve"), {}));
    QVERIFY2(requester.message().contains(QStringLiteral("department holding the data")),
             qPrintable(requester.message()));
}

void TestSharingFlow::theProviderAsksForMaterialOnceFromItsQueue()
{
    SharingRequestsPanel& provider = page(QStringLiteral("provider"));
    QCOMPARE(m_provider->sync().pulled > 0, true);
    provider.reload();
    provider.showSide(true);
    QCOMPARE(provider.queue().rowCount(), 1);
    const QModelIndex left = provider.queue().index(0, SharingQueueModel::LeftColumn);
    QCOMPARE(left.data().toString(), QStringLiteral("10 working day(s)"));
    QCOMPARE(left.data(SharingQueueModel::UrgencyRole).toInt(), int(DeadlineUrgency::Normal));
    provider.showSide(false);
    QCOMPARE(provider.queue().rowCount(), 0); // it asked nothing itself
    provider.showSide(true);
    provider.select(m_requestId);
    QCOMPARE(provider.offeredSteps(),
             (QStringList{QStringLiteral("request_material"), QStringLiteral("extend"),
                          QStringLiteral("approve"), QStringLiteral("refuse")}));
    QVERIFY(provider.findChild<QPushButton*>(QStringLiteral("sharing-request_material")));
    QVERIFY(provider.takeStep(QStringLiteral("request_material"),
                              {{QStringLiteral("material"), QStringLiteral("1. 数据安全保护措施说明")}}));
    QCOMPARE(m_provider->sync().pushed, 1);
    provider.reload();
    QVERIFY(provider.detailText().contains(QStringLiteral("数据安全保护措施说明")));
    QCOMPARE(provider.queue().index(0, SharingQueueModel::LeftColumn).data().toString(), QString());
}

void TestSharingFlow::theRequesterCorrectsAndSuppliesIt()
{
    SharingRequestsPanel& requester = page(QStringLiteral("requester"));
    m_requester->sync();
    requester.reload();
    requester.select(m_requestId);
    QVERIFY(requester.findChild<QPushButton*>(QStringLiteral("sharing-correct")));
    SharingRequestDialog correction(requester.services(), Role::Cataloguer, m_requestId);
    QVERIFY(!correction.form().editorFor(QStringLiteral("entry_id"))->isEnabled());
    QJsonObject values = correction.form().values();
    values.insert(QStringLiteral("scope"), QStringLiteral("本单位社会救助核对业务，限两名经办人"));
    correction.form().setValues(values);
    QVERIFY2(correction.save(), qPrintable(correction.problem()));
    QVERIFY(requester.takeStep(QStringLiteral("resubmit"),
                               {{QStringLiteral("supplement"), QStringLiteral("已补充安全保护措施说明")}}));
    const SyncEngine::Summary summary = m_requester->sync();
    QCOMPARE(summary.pushed, 2);
    QCOMPARE(summary.rejected, 0);
}

void TestSharingFlow::theDataDepartmentReviewsTheUseFirst()
{
    // The provider may not approve conditionally shared data before a review passes: refused on
    // its own desktop, with the reason.
    SharingRequestsPanel& provider = page(QStringLiteral("provider"));
    m_provider->sync();
    provider.reload();
    provider.select(m_requestId);
    QVERIFY(!provider.takeStep(QStringLiteral("approve"), {}));
    QVERIFY2(provider.message().contains(QStringLiteral("review")), qPrintable(provider.message()));
    // The request's detail says so before anyone tries.
    QVERIFY2(provider.detailText().contains(QStringLiteral("must pass first")),
             qPrintable(provider.detailText()));

    // The data department opens the review on the request, answers the checklist item by item and
    // concludes it; a failed item allows no plain pass.
    QVERIFY(!m_reviewer->sync().error.isError());
    m_reviews->reload();
    QCOMPARE(m_reviews->list().rowCount(), 0);
    SecurityReviewDialog opening(*m_reviewServices, Role::Reviewer, nullptr);
    auto* subject = opening.findChild<QComboBox*>(QStringLiteral("securityReviewSubject"));
    QVERIFY(subject && subject->count() >= 1);
    QVERIFY(subject->currentText().contains(QStringLiteral("社会保险参保信息")));
    opening.answer(QStringLiteral("S1"), QStringLiteral("nonconforming"), QStringLiteral("需脱敏身份证号"));
    QCOMPARE(opening.answers().size(), 1);
    QVERIFY2(opening.save(), qPrintable(opening.problem()));
    m_reviews->reload();
    m_reviews->select(opening.savedId());
    QCOMPARE(m_reviews->list().rowCount(), 1);
    QVERIFY(m_reviews->detailText().contains(QStringLiteral("需脱敏身份证号")));
    // Not every item is answered yet.
    QVERIFY(!m_reviews->takeStep(QStringLiteral("conclude_conditional"),
                                 {{QStringLiteral("opinion"), QStringLiteral("脱敏后提供")}}));
    SecurityReviewDialog answering(*m_reviewServices, Role::Reviewer,
                                   m_reviews->list().review(opening.savedId()));
    QCOMPARE(answering.answers().size(), 1); // what was answered before is shown again
    answering.answer(QStringLiteral("B1"), QStringLiteral("conforms"));
    QVERIFY2(answering.save(), qPrintable(answering.problem()));
    m_reviews->reload();
    m_reviews->select(opening.savedId());
    QVERIFY(!m_reviews->takeStep(QStringLiteral("conclude_passed"), {}));
    QVERIFY(m_reviews->takeStep(QStringLiteral("conclude_conditional"),
                                {{QStringLiteral("opinion"), QStringLiteral("身份证号脱敏后提供")}}));
    QVERIFY(m_reviews->offeredSteps().isEmpty()); // concluded is final
    const SyncEngine::Summary summary = m_reviewer->sync();
    QCOMPARE(summary.rejected, 0);
    QCOMPARE(summary.pushed, 3);
}

void TestSharingFlow::theProviderApprovesAndDelivers()
{
    SharingRequestsPanel& provider = page(QStringLiteral("provider"));
    m_provider->sync();
    provider.reload();
    provider.select(m_requestId);
    const RecordState* resubmitted = request(QStringLiteral("provider"));
    QCOMPARE(resubmitted->fields.value(QStringLiteral("scope")).toString(),
             QStringLiteral("本单位社会救助核对业务，限两名经办人"));
    // Asked once: a second notice is not offered, and refused here with the hub's reason.
    QVERIFY2(provider.detailText().contains(QStringLiteral("passed; the request may be approved")),
             qPrintable(provider.detailText()));
    QVERIFY(!provider.offeredSteps().contains(QStringLiteral("request_material")));
    QVERIFY(provider.offeredSteps().contains(QStringLiteral("extend"))); // conditional, not yet extended
    QVERIFY(!provider.takeStep(QStringLiteral("request_material"),
                               {{QStringLiteral("material"), QStringLiteral("再补")}}));
    QVERIFY(provider.takeStep(QStringLiteral("approve"), {}));
    QCOMPARE(m_provider->sync().pushed, 1);
    provider.reload();
    provider.select(m_requestId);
    QCOMPARE(request(QStringLiteral("provider"))->fields.value(QStringLiteral("delivery_due_on")).toString(),
             QStringLiteral("2026-11-03"));
    QCOMPARE(provider.offeredSteps(), QStringList{QStringLiteral("deliver")});
    QVERIFY(provider.takeStep(QStringLiteral("deliver"),
                              {{QStringLiteral("note"), QStringLiteral("已开通服务接口")}}));
    QCOMPARE(m_provider->sync().pushed, 1);
    m_requester->sync();
    page(QStringLiteral("requester")).reload();
    QCOMPARE(request(QStringLiteral("requester"))->fields.value(QStringLiteral("state")).toString(),
             QStringLiteral("delivered"));
    // The requester records its uses of the data: on its own desktop, checked there, then on the hub.
    SharingServices& requesterServices = page(QStringLiteral("requester")).services();
    QString useId;
    QVERIFY(requesterServices
                .recordUsage(Role::Cataloguer, m_requestId,
                             {{QStringLiteral("used_on"), QStringLiteral("2026-09-29")}, // before delivery
                              {QStringLiteral("used_by"), QStringLiteral("核对系统")},
                              {QStringLiteral("purpose"), QStringLiteral("低保核对")}},
                             &useId)
                .isError());
    QVERIFY(!requesterServices
                 .recordUsage(Role::Cataloguer, m_requestId,
                              {{QStringLiteral("used_on"), QStringLiteral("2026-09-30")},
                               {QStringLiteral("used_by"), QStringLiteral("核对系统")},
                               {QStringLiteral("purpose"), QStringLiteral("低保核对")},
                               {QStringLiteral("record_count"), 42}},
                              &useId)
                 .isError());
    QCOMPARE(m_requester->sync().pushed, 1);
    QCOMPARE(requesterServices.usage(m_requestId).size(), 1);
    // Closed requests leave the open queue, and come back with "include closed".
    QCOMPARE(page(QStringLiteral("requester")).queue().rowCount(), 0);
}

QTEST_MAIN(TestSharingFlow)
#include "tst_sharingflow.moc"
