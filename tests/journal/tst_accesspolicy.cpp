// Who may do what: the rules the hub enforces and the desktop shows.
#include "models/catalog/CatalogSignOff.h"
#include "models/catalog/CatalogWorkflow.h"
#include "models/journal/AccessPolicy.h"

#include <QTest>

using namespace xs;

namespace {

RecordState entry(const QString& department, const QString& status)
{
    return {QStringLiteral("catalog_entry"),
            QStringLiteral("e1"),
            3,
            false,
            {},
            {},
            {{QStringLiteral("department_code"), department},
             {QStringLiteral("status"), status},
             {QStringLiteral("impact_confidentiality"), QStringLiteral("不涉密")},
             {QStringLiteral("impact_personal_info"), QStringLiteral("不含个人信息")},
             {QStringLiteral("impact_conclusion"), QStringLiteral("acceptable")},
             {QStringLiteral("signed_off_by"), QStringLiteral("head")},
             {QStringLiteral("signed_off_on"), QStringLiteral("2026-12-01")}},
            0};
}

QJsonObject withoutFields(QJsonObject fields, const QStringList& names)
{
    for (const QString& name : names)
        fields.remove(name);
    return fields;
}

Operation upsert(const QString& entity, QJsonObject fields)
{
    Operation operation;
    operation.opId = QStringLiteral("o");
    operation.kind = Operation::Kind::Upsert;
    operation.entity = entity;
    operation.recordId = QStringLiteral("e1");
    operation.fields = std::move(fields);
    return operation;
}

Operation command(const QString& name,
                  const QJsonObject& arguments = {{QStringLiteral("reason"), QStringLiteral("依职责调整")}})
{
    Operation operation = upsert(QStringLiteral("catalog_entry"), {});
    operation.kind = Operation::Kind::Command;
    operation.command = name;
    operation.arguments = arguments;
    return operation;
}

} // namespace

class TestAccessPolicy : public QObject
{
    Q_OBJECT

private slots:
    void endpointsByRole();
    void aDecidedAmendmentKeepsWhatItDid();
    void workflowSteps();
    void commandsByRoleAndState_data();
    void commandsByRoleAndState();
    void sendingBackOrWithdrawingNeedsAReason();
    void headSignsOffBeforeFirstSubmission();
    void signOffIsNeverTyped();
    void cataloguersStayInTheirDepartment();
    void statusChangesOnlyThroughCommands();
    void dataItemsFollowTheirEntry();
    void departmentsAreForAdministrators();
};

void TestAccessPolicy::aDecidedAmendmentKeepsWhatItDid()
{
    const Principal reviewer{QStringLiteral("li"), Role::Reviewer, {}};
    const QJsonObject amendment{{QStringLiteral("type"), QStringLiteral("change")},
                                {QStringLiteral("related_registration_id"), QStringLiteral("r1")},
                                {QStringLiteral("changes"), QStringLiteral("{\"summary\":\"新摘要\"}")},
                                {QStringLiteral("summary"), QStringLiteral("申请说明")}};
    for (const char* state : {"under_review", "applied"}) {
        QJsonObject fields = amendment;
        fields.insert(QStringLiteral("state"), QLatin1String(state));
        const RecordState current{
            QStringLiteral("registration"), QStringLiteral("e1"), 3, false, {}, {}, fields, 0};
        const bool open = QLatin1String(state) == QLatin1String("under_review");
        QJsonObject edited = fields;
        edited.insert(QStringLiteral("changes"), QStringLiteral("{\"summary\":\"另一个摘要\"}"));
        QCOMPARE(
            checkOperation(reviewer, upsert(QStringLiteral("registration"), edited), &current, nullptr).code,
            open ? QString() : QStringLiteral("invalid_state"));
        edited = fields;
        edited.insert(QStringLiteral("related_registration_id"), QStringLiteral("r2"));
        QCOMPARE(
            checkOperation(reviewer, upsert(QStringLiteral("registration"), edited), &current, nullptr).code,
            open ? QString() : QStringLiteral("invalid_state"));
        // Its other fields stay editable, as any application's.
        edited = fields;
        edited.insert(QStringLiteral("summary"), QStringLiteral("补充说明"));
        QCOMPARE(
            checkOperation(reviewer, upsert(QStringLiteral("registration"), edited), &current, nullptr).code,
            QString());
    }
}

void TestAccessPolicy::endpointsByRole()
{
    for (const Role role : {Role::Cataloguer, Role::Reviewer, Role::Manager, Role::Auditor, Role::Admin}) {
        QVERIFY(mayUse(role, Endpoint::Health));
        QVERIFY(mayUse(role, Endpoint::Pull));
        QVERIFY(mayUse(role, Endpoint::Push)); // what each role may push is checked per operation
        QCOMPARE(mayUse(role, Endpoint::Users), role == Role::Admin);
        QCOMPARE(roleFromName(roleName(role)), role);
    }
    QVERIFY(!roleFromName(QStringLiteral("root")));
}

void TestAccessPolicy::workflowSteps()
{
    QCOMPARE(CatalogWorkflow::next(QStringLiteral("draft"), QStringLiteral("submit")),
             QStringLiteral("submitted"));
    QCOMPARE(CatalogWorkflow::next(QStringLiteral("submitted"), QStringLiteral("publish")),
             QStringLiteral("published"));
    QCOMPARE(CatalogWorkflow::next(QStringLiteral("submitted"), QStringLiteral("return")),
             QStringLiteral("draft"));
    QCOMPARE(CatalogWorkflow::next(QStringLiteral("published"), QStringLiteral("withdraw")),
             QStringLiteral("withdrawn"));
    QCOMPARE(CatalogWorkflow::next(QStringLiteral("withdrawn"), QStringLiteral("submit")),
             QStringLiteral("submitted"));
    QVERIFY(!CatalogWorkflow::next(QStringLiteral("draft"), QStringLiteral("publish")));
    QVERIFY(!CatalogWorkflow::next(QStringLiteral("published"), QStringLiteral("submit")));
}

void TestAccessPolicy::commandsByRoleAndState_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("expected"); // refusal code, empty = allowed
    const int cataloguer = int(Role::Cataloguer), reviewer = int(Role::Reviewer),
              manager = int(Role::Manager), auditor = int(Role::Auditor), admin = int(Role::Admin);
    QTest::newRow("cataloguer submits draft") << cataloguer << "submit"
                                              << "draft"
                                              << "";
    QTest::newRow("cataloguer publishes") << cataloguer << "publish"
                                          << "submitted"
                                          << "forbidden";
    QTest::newRow("reviewer publishes submitted") << reviewer << "publish"
                                                  << "submitted"
                                                  << "";
    QTest::newRow("reviewer publishes draft") << reviewer << "publish"
                                              << "draft"
                                              << "invalid_state";
    QTest::newRow("reviewer submits") << reviewer << "submit"
                                      << "draft"
                                      << "forbidden";
    QTest::newRow("reviewer returns") << reviewer << "return"
                                      << "submitted"
                                      << "";
    QTest::newRow("reviewer withdraws") << reviewer << "withdraw"
                                        << "published"
                                        << "";
    QTest::newRow("manager anything") << manager << "publish"
                                      << "submitted"
                                      << "forbidden";
    QTest::newRow("auditor anything") << auditor << "submit"
                                      << "draft"
                                      << "forbidden";
    QTest::newRow("manager signs off") << manager << "sign_off"
                                       << "draft"
                                       << "";
    QTest::newRow("manager signs off submitted") << manager << "sign_off"
                                                 << "submitted"
                                                 << "invalid_state";
    QTest::newRow("cataloguer signs off") << cataloguer << "sign_off"
                                          << "draft"
                                          << "forbidden";
    QTest::newRow("reviewer signs off") << reviewer << "sign_off"
                                        << "draft"
                                        << "forbidden";
    QTest::newRow("admin publishes") << admin << "publish"
                                     << "submitted"
                                     << "";
    QTest::newRow("unknown command") << admin << "approve"
                                     << "submitted"
                                     << "unknown_command";
}

void TestAccessPolicy::commandsByRoleAndState()
{
    QFETCH(int, role);
    QFETCH(QString, command);
    QFETCH(QString, state);
    QFETCH(QString, expected);
    const Principal principal{QStringLiteral("u"), Role(role), QStringLiteral("430100001")};
    const RecordState current = entry(QStringLiteral("430100001"), state);
    QCOMPARE(checkOperation(principal, ::command(command), &current, nullptr).code, expected);
}

void TestAccessPolicy::headSignsOffBeforeFirstSubmission()
{
    const Principal cataloguer{QStringLiteral("c"), Role::Cataloguer, QStringLiteral("430100001")};
    const Principal head{QStringLiteral("h"), Role::Manager, QStringLiteral("430100001")};
    const Principal otherHead{QStringLiteral("o"), Role::Manager, QStringLiteral("430200001")};
    const Principal bureauHead{QStringLiteral("b"), Role::Manager, {}};
    const RecordState signedDraft = entry(QStringLiteral("430100001"), QStringLiteral("draft"));
    RecordState unsignedDraft = signedDraft;
    unsignedDraft.fields = withoutFields(signedDraft.fields, CatalogSignOff::signOffFields());
    RecordState unassessed = signedDraft;
    unassessed.fields =
        withoutFields(signedDraft.fields,
                      CatalogSignOff::signOffFields() + QStringList{QStringLiteral("impact_personal_info")});
    RecordState needsChanges = unsignedDraft;
    needsChanges.fields.insert(QStringLiteral("impact_conclusion"), QStringLiteral("needs_changes"));
    const Operation submit = command(QStringLiteral("submit"), {});
    const Operation signOff =
        command(QStringLiteral("sign_off"), {{QStringLiteral("comment"), QStringLiteral("同意")}});

    QCOMPARE(checkOperation(cataloguer, submit, &signedDraft, nullptr).code, QString());
    QCOMPARE(checkOperation(cataloguer, submit, &unsignedDraft, nullptr).code,
             QStringLiteral("invalid_state"));
    QVERIFY(checkOperation(cataloguer, submit, &unsignedDraft, nullptr)
                .reason()
                .contains(QStringLiteral("signed off")));
    QCOMPARE(checkOperation(cataloguer, submit, &unassessed, nullptr).code, QStringLiteral("invalid_state"));
    // The head signs an assessment that is complete and acceptable, of their own department.
    QCOMPARE(checkOperation(head, signOff, &unsignedDraft, nullptr).code, QString());
    QCOMPARE(checkOperation(bureauHead, signOff, &unsignedDraft, nullptr).code, QString());
    QCOMPARE(checkOperation(otherHead, signOff, &unsignedDraft, nullptr).code, QStringLiteral("forbidden"));
    QCOMPARE(checkOperation(head, signOff, &unassessed, nullptr).code, QStringLiteral("invalid_state"));
    QCOMPARE(checkOperation(head, signOff, &needsChanges, nullptr).code, QStringLiteral("invalid_state"));
    QCOMPARE(checkOperation(
                 head,
                 upsert(QStringLiteral("catalog_entry"), {{QStringLiteral("name"), QStringLiteral("x")}}),
                 &unsignedDraft, nullptr)
                 .code,
             QStringLiteral("forbidden")); // the head signs; editing is the cataloguer's

    // Changing the assessment of a signed entry withdraws the sign-off; other changes keep it.
    const QJsonObject withdrawn = CatalogSignOff::withdrawnBy(
        signedDraft.fields, {{QStringLiteral("impact_personal_info"), QStringLiteral("含身份证号")}});
    QCOMPARE(withdrawn.keys(), QStringList({"sign_off_comment", "signed_off_by", "signed_off_on"}));
    QVERIFY(withdrawn.value(QStringLiteral("signed_off_by")).isNull());
    QVERIFY(CatalogSignOff::withdrawnBy(signedDraft.fields,
                                        {{QStringLiteral("abstract"), QStringLiteral("新摘要")}})
                .isEmpty());
    QVERIFY(CatalogSignOff::withdrawnBy(signedDraft.fields,
                                        {{QStringLiteral("impact_conclusion"), QStringLiteral("acceptable")}})
                .isEmpty()); // sent again unchanged
    QVERIFY(CatalogSignOff::withdrawnBy(unsignedDraft.fields, {{QStringLiteral("impact_conclusion"),
                                                                QStringLiteral("needs_changes")}})
                .isEmpty());
}

void TestAccessPolicy::signOffIsNeverTyped()
{
    const Principal cataloguer{QStringLiteral("c"), Role::Cataloguer, QStringLiteral("430100001")};
    const RecordState draft = entry(QStringLiteral("430100001"), QStringLiteral("draft"));
    for (const QString& field : CatalogSignOff::signOffFields()) {
        const Refusal typed = checkOperation(
            cataloguer, upsert(QStringLiteral("catalog_entry"), {{field, QStringLiteral("2026-12-05")}}),
            &draft, nullptr);
        QCOMPARE(typed.code, QStringLiteral("forbidden"));
        QCOMPARE(typed.field, field);
        // Clearing only withdraws it; sending it back unchanged is not typing it.
        QCOMPARE(checkOperation(cataloguer,
                                upsert(QStringLiteral("catalog_entry"), {{field, QJsonValue::Null}}), &draft,
                                nullptr)
                     .code,
                 QString());
        QCOMPARE(checkOperation(cataloguer,
                                upsert(QStringLiteral("catalog_entry"), {{field, draft.fields.value(field)}}),
                                &draft, nullptr)
                     .code,
                 QString());
    }
    // An administrator records a sign-off given outside the system (a migrated catalog).
    const Principal admin{QStringLiteral("a"), Role::Admin, {}};
    QCOMPARE(checkOperation(admin,
                            upsert(QStringLiteral("catalog_entry"),
                                   {{QStringLiteral("signed_off_by"), QStringLiteral("局长")}}),
                            &draft, nullptr)
                 .code,
             QString());
    // A new entry cannot arrive signed.
    QCOMPARE(checkOperation(cataloguer,
                            upsert(QStringLiteral("catalog_entry"),
                                   {{QStringLiteral("department_code"), QStringLiteral("430100001")},
                                    {QStringLiteral("signed_off_by"), QStringLiteral("c")}}),
                            nullptr, nullptr)
                 .code,
             QStringLiteral("forbidden"));
}

void TestAccessPolicy::sendingBackOrWithdrawingNeedsAReason()
{
    // The step table says so; the desktop's dialog asks for it, and the hub refuses without one.
    const Principal reviewer{QStringLiteral("u"), Role::Reviewer, {}};
    const RecordState submitted = entry(QStringLiteral("430100001"), QStringLiteral("submitted"));
    const RecordState published = entry(QStringLiteral("430100001"), QStringLiteral("published"));
    QCOMPARE(checkOperation(reviewer, ::command(QStringLiteral("return"), {}), &submitted, nullptr).code,
             QStringLiteral("invalid"));
    QCOMPARE(checkOperation(
                 reviewer,
                 ::command(QStringLiteral("withdraw"), {{QStringLiteral("reason"), QStringLiteral("  ")}}),
                 &published, nullptr)
                 .code,
             QStringLiteral("invalid"));
    // A publication needs none; one sent anyway (an import gives every step its file's) is passed over.
    QCOMPARE(checkOperation(reviewer, ::command(QStringLiteral("publish"), {}), &submitted, nullptr).code,
             QString());
}

void TestAccessPolicy::cataloguersStayInTheirDepartment()
{
    const Principal principal{QStringLiteral("u"), Role::Cataloguer, QStringLiteral("430100001")};
    const RecordState mine = entry(QStringLiteral("430100001"), QStringLiteral("draft"));
    const RecordState theirs = entry(QStringLiteral("430200001"), QStringLiteral("draft"));
    QVERIFY(!checkOperation(
                 principal,
                 upsert(QStringLiteral("catalog_entry"), {{QStringLiteral("name"), QStringLiteral("x")}}),
                 &mine, nullptr)
                 .isRefused());
    QCOMPARE(checkOperation(
                 principal,
                 upsert(QStringLiteral("catalog_entry"), {{QStringLiteral("name"), QStringLiteral("x")}}),
                 &theirs, nullptr)
                 .code,
             QStringLiteral("forbidden"));
    // New entries must be for their department, and cannot be moved out of it.
    QVERIFY(!checkOperation(principal,
                            upsert(QStringLiteral("catalog_entry"),
                                   {{QStringLiteral("department_code"), QStringLiteral("430100001")}}),
                            nullptr, nullptr)
                 .isRefused());
    QVERIFY(checkOperation(principal,
                           upsert(QStringLiteral("catalog_entry"),
                                  {{QStringLiteral("department_code"), QStringLiteral("430200001")}}),
                           nullptr, nullptr)
                .isRefused());
    QVERIFY(checkOperation(
                principal,
                upsert(QStringLiteral("catalog_entry"), {{QStringLiteral("name"), QStringLiteral("x")}}),
                nullptr, nullptr)
                .isRefused());
    QVERIFY(checkOperation(principal,
                           upsert(QStringLiteral("catalog_entry"),
                                  {{QStringLiteral("department_code"), QStringLiteral("430200001")}}),
                           &mine, nullptr)
                .isRefused());
    Operation removal = upsert(QStringLiteral("catalog_entry"), {});
    removal.kind = Operation::Kind::Delete;
    QVERIFY(checkOperation(principal, removal, &theirs, nullptr).isRefused());
    QVERIFY(!checkOperation(principal, removal, &mine, nullptr).isRefused());
}

void TestAccessPolicy::statusChangesOnlyThroughCommands()
{
    const Principal admin{QStringLiteral("a"), Role::Admin, {}};
    const RecordState current = entry(QStringLiteral("430100001"), QStringLiteral("draft"));
    QCOMPARE(checkOperation(admin,
                            upsert(QStringLiteral("catalog_entry"),
                                   {{QStringLiteral("status"), QStringLiteral("published")}}),
                            &current, nullptr)
                 .code,
             QStringLiteral("invalid_state"));
    QVERIFY(!checkOperation(admin,
                            upsert(QStringLiteral("catalog_entry"),
                                   {{QStringLiteral("status"), QStringLiteral("draft")}}),
                            nullptr, nullptr)
                 .isRefused());
}

void TestAccessPolicy::dataItemsFollowTheirEntry()
{
    const Principal principal{QStringLiteral("u"), Role::Cataloguer, QStringLiteral("430100001")};
    const RecordState mine = entry(QStringLiteral("430100001"), QStringLiteral("draft"));
    const RecordState theirs = entry(QStringLiteral("430200001"), QStringLiteral("draft"));
    const Operation item =
        upsert(QStringLiteral("data_item"), {{QStringLiteral("name"), QStringLiteral("姓名")}});
    QVERIFY(!checkOperation(principal, item, nullptr, &mine).isRefused());
    QCOMPARE(checkOperation(principal, item, nullptr, &theirs).code, QStringLiteral("forbidden"));
    QCOMPARE(checkOperation(principal, item, nullptr, nullptr).code, QStringLiteral("not_found"));
    QCOMPARE(checkOperation({QStringLiteral("r"), Role::Reviewer, {}}, item, nullptr, &mine).code,
             QStringLiteral("forbidden"));
}

void TestAccessPolicy::departmentsAreForAdministrators()
{
    const Operation department =
        upsert(QStringLiteral("department"), {{QStringLiteral("name"), QStringLiteral("x")}});
    QVERIFY(
        !checkOperation({QStringLiteral("a"), Role::Admin, {}}, department, nullptr, nullptr).isRefused());
    for (const Role role : {Role::Cataloguer, Role::Reviewer, Role::Manager, Role::Auditor})
        QCOMPARE(checkOperation({QStringLiteral("u"), role, {}}, department, nullptr, nullptr).code,
                 QStringLiteral("forbidden"));
}

QTEST_GUILESS_MAIN(TestAccessPolicy)
#include "tst_accesspolicy.moc"
