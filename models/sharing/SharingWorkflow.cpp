#include "models/sharing/SharingWorkflow.h"

#include "models/catalog/CatalogVocabulary.h"
#include "models/journal/Roles.h"

namespace xs::SharingWorkflow {

namespace {

constexpr VocabularyTerm States[] = {
    {"submitted", QT_TRANSLATE_NOOP("xs::SharingWorkflow", "Awaiting reply")},
    {"material_requested", QT_TRANSLATE_NOOP("xs::SharingWorkflow", "Material requested")},
    {"approved", QT_TRANSLATE_NOOP("xs::SharingWorkflow", "Approved, awaiting delivery")},
    {"refused", QT_TRANSLATE_NOOP("xs::SharingWorkflow", "Refused")},
    {"delivered", QT_TRANSLATE_NOOP("xs::SharingWorkflow", "Delivered")},
    {"withdrawn", QT_TRANSLATE_NOOP("xs::SharingWorkflow", "Withdrawn")},
};

// Departments' own staff ask and answer; which side of the request they are on is SharingAccess's
// check. Administrators act for either side.
bool departmentStaff(Role role)
{
    return role == Role::Cataloguer || role == Role::Admin;
}

const QString Submitted = QStringLiteral("submitted");
const QString MaterialRequested = QStringLiteral("material_requested");
const QString Approved = QStringLiteral("approved");

} // namespace

std::span<const VocabularyTerm> states()
{
    return States;
}

QString initialState()
{
    return Submitted;
}

QString stateLabel(const QString& state)
{
    return vocabularyLabel("xs::SharingWorkflow", States, state);
}

const StepTable& steps()
{
    static const StepTable table({
        {QStringLiteral("request_material"),
         {Submitted},
         MaterialRequested,
         departmentStaff,
         {needArgument("material", 4000)
              .asked(QT_TRANSLATE_NOOP("xs::StepTable", "Every missing material, in this one notice"))},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Request missing material")},
        {QStringLiteral("resubmit"),
         {MaterialRequested},
         Submitted,
         departmentStaff,
         {needArgument("supplement", 4000)
              .asked(QT_TRANSLATE_NOOP("xs::StepTable", "The material supplied"))},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Supply the material")},
        {QStringLiteral("extend"),
         {Submitted},
         {},
         departmentStaff,
         {needArgument("working_days", 2)
              .asked(QT_TRANSLATE_NOOP("xs::StepTable", "Extension in working days (at most 10)"),
                     ArgumentInput::Line),
          needArgument("reason").asked(QT_TRANSLATE_NOOP("xs::StepTable", "Why more time is needed"))},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Extend the reply period")},
        {QStringLiteral("approve"),
         {Submitted},
         Approved,
         departmentStaff,
         {mayArgument("note").asked(QT_TRANSLATE_NOOP("xs::StepTable", "Note"))},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Approve sharing")},
        {QStringLiteral("refuse"),
         {Submitted},
         QStringLiteral("refused"),
         departmentStaff,
         {needArgument("reason").asked(QT_TRANSLATE_NOOP("xs::StepTable", "Reasons for refusal"))},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Refuse sharing")},
        {QStringLiteral("deliver"),
         {Approved},
         QStringLiteral("delivered"),
         departmentStaff,
         {needArgument("note").asked(QT_TRANSLATE_NOOP("xs::StepTable", "How and what was delivered"))},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Record delivery")},
        {QStringLiteral("withdraw"),
         {Submitted, MaterialRequested},
         QStringLiteral("withdrawn"),
         departmentStaff,
         {mayArgument("reason").asked(QT_TRANSLATE_NOOP("xs::StepTable", "Reason"))},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Withdraw the request")},
    });
    return table;
}

bool providerGives(const QString& command)
{
    return command != QLatin1String("resubmit") && command != QLatin1String("withdraw");
}

int replyDays(const QString& shareAttribute)
{
    return shareAttribute == CatalogVocabulary::unconditionalShare() ? UnconditionalReplyDays
                                                                     : ConditionalReplyDays;
}

Message checkExtension(const QJsonObject& request)
{
    if (request.value(QStringLiteral("share_attribute")).toString() != CatalogVocabulary::conditionalShare())
        return XS_MESSAGE("xs::SharingWorkflow",
                          "only a request for conditionally shared data has its reply period extended");
    if (request.value(QStringLiteral("extension_days")).toInt() > 0)
        return XS_MESSAGE("xs::SharingWorkflow", "the reply period has been extended once already");
    return {};
}

Message checkExtensionDays(qint64 workingDays)
{
    if (workingDays >= 1 && workingDays <= MaxExtensionDays)
        return {};
    return XS_MESSAGE("xs::SharingWorkflow", "an extension is between 1 and %1 working days")
        .arg(MaxExtensionDays);
}

Message checkMaterialNotice(const QJsonObject& request)
{
    if (!request.value(QStringLiteral("material_noticed_on")).toString().isEmpty())
        return XS_MESSAGE("xs::SharingWorkflow",
                          "missing material is listed once, in one notice: this request already had it");
    return {};
}

bool fits(const QString& command, const QJsonObject& request)
{
    if (command == QLatin1String("extend"))
        return checkExtension(request).isEmpty();
    if (command == QLatin1String("request_material"))
        return checkMaterialNotice(request).isEmpty();
    return true;
}

QString runningDeadlineField(const QJsonObject& request)
{
    const QString state = request.value(StateField).toString();
    if (state == Submitted)
        return QStringLiteral("reply_due_on");
    if (state == Approved)
        return QStringLiteral("delivery_due_on");
    return {};
}

bool isOverdue(const QJsonObject& request, const QDate& today)
{
    const QString field = runningDeadlineField(request);
    if (field.isEmpty())
        return false;
    const QDate due = QDate::fromString(request.value(field).toString(), Qt::ISODate);
    return due.isValid() && due < today;
}

QStringList stepFields()
{
    return {StateField,
            QStringLiteral("provider_code"),
            QStringLiteral("share_attribute"),
            QStringLiteral("requested_by"),
            QStringLiteral("submitted_on"),
            QStringLiteral("reply_due_on"),
            QStringLiteral("reply_due_provisional"),
            QStringLiteral("extension_days"),
            QStringLiteral("extension_reason"),
            QStringLiteral("material_notice"),
            QStringLiteral("material_noticed_on"),
            QStringLiteral("supplement"),
            QStringLiteral("decision_reason"),
            QStringLiteral("decided_by"),
            QStringLiteral("decided_on"),
            QStringLiteral("delivery_due_on"),
            QStringLiteral("delivery_due_provisional"),
            QStringLiteral("delivered_on"),
            QStringLiteral("delivery_note")};
}

} // namespace xs::SharingWorkflow
