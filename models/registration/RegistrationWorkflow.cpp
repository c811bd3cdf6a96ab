#include "models/registration/RegistrationWorkflow.h"

#include "models/calendar/DateSearch.h"
#include "models/common/Logging.h"
#include "models/common/StructuredField.h"
#include "models/journal/StepArguments.h"
#include "models/registration/RegistrationAmendment.h"
#include "models/registration/RegistrationIntake.h"
#include "models/registration/RegistrationVocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace xs::RegistrationWorkflow {

namespace {

const QString State = QStringLiteral("state");
const QString Deadline = QStringLiteral("step_deadline");
const QString StepStarted = QStringLiteral("step_started_on");
constexpr int MaxEvents = 60;       // the timeline field's size bound; older events stay in the audit trail
constexpr int EventsLength = 16000; // the events field's length (EntitySchema)

Refusal refuse(const char* code, Message message)
{
    return {QString::fromLatin1(code), std::move(message)};
}

RegistrationStep refused(const char* code, Message message)
{
    return {refuse(code, std::move(message)), {}};
}

QDate dateOf(const QJsonObject& record, const QString& field)
{
    return QDate::fromString(record.value(field).toString(), Qt::ISODate);
}

QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString jsonText(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

struct Input
{
    const QJsonObject& record;
    const QJsonObject& arguments;
    const RegistrationContext& context;
    QString text(const char* name) const { return arguments.value(QLatin1String(name)).toString().trimmed(); }
};

const QString Provisional = QStringLiteral("deadline_provisional");
const QString DeadlineFrom = QStringLiteral("deadline_from");
const QString DeadlineWorkdays = QStringLiteral("deadline_workdays");
const QString MovedFrom = QStringLiteral("deadline_moved_from");
const QString AmendmentPending = QStringLiteral("amendment_pending");

/// The fields of a deadline N working days after `start`, with what it was counted from, so it can
/// be counted again when a missing year's schedule is published. Never refused: past the loaded
/// schedules it is provisional (暂定).
QJsonObject workdayDeadline(const QDate& start, int workdays, const WorkingCalendar& calendar)
{
    const WorkdayDate end = calendar.addWorkdays(start, workdays);
    return {{Deadline, iso(end.date)},
            {Provisional, end.provisional},
            {DeadlineFrom, iso(start)},
            {DeadlineWorkdays, workdays},
            {MovedFrom, QJsonValue::Null}};
}

/// The deadline of a step that starts on `start`, by its rule.
QJsonObject stepDeadline(const QString& step, const QDate& start, const RegistrationContext& context)
{
    const DeadlineRule rule = context.rules->rule(step);
    if (rule.unit == DeadlineRule::Unit::WorkingDays)
        return workdayDeadline(start, rule.value, *context.calendar);
    return {{Deadline, iso(context.rules->deadline(step, start, *context.calendar).date)},
            {Provisional, false},
            {DeadlineFrom, QJsonValue::Null},
            {DeadlineWorkdays, QJsonValue::Null},
            {MovedFrom, QJsonValue::Null}};
}

/// No deadline runs (the applicant or nobody has the next move).
QJsonObject noDeadline()
{
    return {{Deadline, QJsonValue::Null},
            {Provisional, QJsonValue::Null},
            {DeadlineFrom, QJsonValue::Null},
            {DeadlineWorkdays, QJsonValue::Null},
            {MovedFrom, QJsonValue::Null}};
}

QJsonObject merged(QJsonObject effect, const QJsonObject& more)
{
    for (auto it = more.constBegin(); it != more.constEnd(); ++it)
        effect.insert(it.key(), it.value());
    return effect;
}

// Formal review that ran past its deadline must be explained to the applicant (REG).
std::optional<Refusal> overrunUnexplained(const Input& in)
{
    const QDate deadline = dateOf(in.record, Deadline);
    if (deadline.isValid() && in.context.today > deadline && in.text("overrun_explanation").isEmpty())
        return refuse(
            "explanation_required",
            XS_MESSAGE("xs::RegistrationWorkflow",
                       "The formal review ran past its deadline (%1): explain the delay to the applicant.")
                .arg(iso(deadline)));
    return std::nullopt;
}

RegistrationStep accept(const Input& in)
{
    if (const QStringList missing = RegistrationIntake::missingMaterials(in.record); !missing.isEmpty()) {
        QStringList labels;
        for (const QString& material : missing)
            labels << RegistrationVocabulary::materialLabel(material);
        return refused("materials_missing",
                       XS_MESSAGE("xs::RegistrationWorkflow",
                                  "Materials are missing (%1): send the one-time notice instead.")
                           .arg(labels.join(QStringLiteral("、"))));
    }
    const bool cancellation =
        in.record.value(QStringLiteral("type")).toString() == QLatin1String("cancellation");
    return {
        {},
        merged({{State, QStringLiteral("under_review")}, {StepStarted, iso(in.context.today)}},
               stepDeadline(cancellation ? DeadlineRules::CancellationReview : DeadlineRules::FormalReview,
                            in.context.today, in.context))};
}

RegistrationStep requestMaterials(const Input& in)
{
    if (in.record.value(QStringLiteral("materials_notice_sent")).toBool())
        return refused("notice_already_sent",
                       XS_MESSAGE("xs::RegistrationWorkflow",
                                  "The one-time notice of missing materials was already sent; it must list "
                                  "everything at once and cannot be sent again."));
    const QJsonArray missing = structuredValue(in.arguments.value(QStringLiteral("missing"))).toArray();
    const QStringList known =
        RegistrationVocabulary::materialsFor(in.record.value(QStringLiteral("type")).toString());
    if (missing.isEmpty())
        return refused("invalid",
                       XS_MESSAGE("xs::RegistrationWorkflow", "List every missing material in the notice."));
    for (const QJsonValue& material : missing) {
        if (!known.contains(material.toString()))
            return refused("invalid", XS_MESSAGE("xs::RegistrationWorkflow",
                                                 "\"%1\" is not a material of this application.")
                                          .arg(material.toString().left(64)));
    }
    // The applicant has the next move: the acceptance clock stops until the materials arrive.
    return {{},
            merged({{State, QStringLiteral("awaiting_materials")},
                    {QStringLiteral("missing_materials"), jsonText(missing)},
                    {QStringLiteral("materials_notice_sent"), true}},
                   noDeadline())};
}

RegistrationStep resubmit(const Input& in)
{
    QJsonObject materials = structuredValue(in.record.value(QStringLiteral("materials"))).toObject();
    // What was delivered: a list of materials, or (as earlier desktops send it) {material: true}.
    const QJsonValue given = in.arguments.value(QStringLiteral("materials"));
    const QJsonArray list = structuredValue(given).toArray();
    for (const QJsonValue& material : list)
        materials.insert(material.toString(), true);
    const QJsonObject delivered = list.isEmpty() ? structuredValue(given).toObject() : QJsonObject();
    for (auto it = delivered.constBegin(); it != delivered.constEnd(); ++it)
        materials.insert(it.key(), it.value().toBool());
    // The clock restarts in full on resubmission (一次性告知).
    return {{},
            merged({{State, QStringLiteral("submitted")},
                    {QStringLiteral("materials"), jsonText(materials)},
                    {QStringLiteral("missing_materials"), QJsonValue::Null},
                    {StepStarted, iso(in.context.today)}},
                   stepDeadline(DeadlineRules::Acceptance, in.context.today, in.context))};
}

RegistrationStep decide(const Input& in, const QString& nextState)
{
    return {
        {},
        merged({{State, nextState}, {QStringLiteral("decision_reason"), in.text("reason")}}, noDeadline())};
}

// A registration cancelled or revoked is valid until that day, no longer.
RegistrationStep endValidity(const Input& in, const QString& nextState)
{
    RegistrationStep step = decide(in, nextState);
    const QDate expires = dateOf(in.record, QStringLiteral("expires_on"));
    if (!expires.isValid() || in.context.today < expires)
        step.effect.insert(QStringLiteral("expires_on"), iso(in.context.today));
    return step;
}

RegistrationStep pauseReview(const Input& in)
{
    // Past the loaded schedules the count is provisional like the deadline itself; resuming counts
    // it forward again on whatever schedule is known by then.
    const WorkdayCount remaining =
        in.context.calendar->workdaysBetween(in.context.today, dateOf(in.record, Deadline));
    return {{},
            merged({{State, QStringLiteral("review_paused")},
                    {QStringLiteral("remaining_workdays"), qMax(0, remaining.days)}},
                   noDeadline())};
}

RegistrationStep resumeReview(const Input& in)
{
    const int remaining = in.record.value(QStringLiteral("remaining_workdays")).toInt();
    return {{},
            merged({{State, QStringLiteral("under_review")},
                    {QStringLiteral("remaining_workdays"), QJsonValue::Null}},
                   workdayDeadline(in.context.today, remaining, *in.context.calendar))};
}

RegistrationStep approve(const Input& in)
{
    if (const std::optional<Refusal> unexplained = overrunUnexplained(in))
        return {*unexplained, {}};
    const QString type = in.record.value(QStringLiteral("type")).toString();
    // Cancellation, revocation and termination end the registration; they have nothing to notify.
    if (type == QLatin1String("cancellation") || type == QLatin1String("revocation") ||
        type == QLatin1String("termination")) {
        RegistrationStep ended{
            {},
            merged({{State, type == QLatin1String("cancellation") ? QStringLiteral("cancelled")
                            : type == QLatin1String("revocation") ? QStringLiteral("revoked")
                                                                  : QStringLiteral("terminated")}},
                   noDeadline())};
        // The registration it names ends with it, in the hub's write (RegistrationAmendment).
        if (RegistrationAmendment::actsOnARegistration(type))
            ended.effect.insert(AmendmentPending, true);
        return ended;
    }
    return {{},
            merged({{State, QStringLiteral("in_public_notice")}, {StepStarted, iso(in.context.today)}},
                   stepDeadline(DeadlineRules::PublicNotice, in.context.today, in.context))};
}

RegistrationStep reject(const Input& in)
{
    if (const std::optional<Refusal> unexplained = overrunUnexplained(in))
        return {*unexplained, {}};
    return decide(in, QStringLiteral("review_failed"));
}

RegistrationStep object(const Input& in)
{
    if (in.context.today > dateOf(in.record, Deadline))
        return refused("invalid_state",
                       XS_MESSAGE("xs::RegistrationWorkflow", "The public notice ended on %1.")
                           .arg(in.record.value(Deadline).toString()));
    // Objections are real-name and come with evidence.
    const QJsonObject objection{{QStringLiteral("name"), in.text("objector_name")},
                                {QStringLiteral("id_number"), in.text("objector_id")},
                                {QStringLiteral("evidence"), in.text("evidence")},
                                {QStringLiteral("filed_on"), iso(in.context.today)}};
    return {
        {},
        {{State, QStringLiteral("objection_review")}, {QStringLiteral("objection"), jsonText(objection)}}};
}

RegistrationStep dismissObjection(const Input& in)
{
    QJsonObject objection = structuredValue(in.record.value(QStringLiteral("objection"))).toObject();
    objection.insert(QStringLiteral("outcome"), QStringLiteral("dismissed"));
    objection.insert(QStringLiteral("outcome_reason"), in.text("reason"));
    return {
        {},
        {{State, QStringLiteral("in_public_notice")}, {QStringLiteral("objection"), jsonText(objection)}}};
}

RegistrationStep upholdObjection(const Input& in)
{
    QJsonObject objection = structuredValue(in.record.value(QStringLiteral("objection"))).toObject();
    objection.insert(QStringLiteral("outcome"), QStringLiteral("upheld"));
    objection.insert(QStringLiteral("outcome_reason"), in.text("reason"));
    RegistrationStep step = decide(in, QStringLiteral("terminated"));
    step.effect.insert(QStringLiteral("objection"), jsonText(objection));
    return step;
}

RegistrationStep closeNotice(const Input& in)
{
    const QDate end = dateOf(in.record, Deadline);
    if (!end.isValid() || in.context.today <= end)
        return refused("invalid_state",
                       XS_MESSAGE("xs::RegistrationWorkflow", "The public notice runs until %1 inclusive.")
                           .arg(iso(end)));
    return {{}, merged({{State, QStringLiteral("awaiting_code")}}, noDeadline())};
}

RegistrationStep issueCode(const Input& in)
{
    if (!in.context.allocateCode)
        return {}; // a desktop only asks: the hub allocates the code when the step reaches it
    // A change or correction keeps the code of the registration it amends: it is done, and the
    // hub writes its changes into that registration in the same write (RegistrationAmendment).
    if (RegistrationAmendment::changesFields(in.record.value(QStringLiteral("type")).toString()))
        return {{},
                {{State, QStringLiteral("applied")},
                 {QStringLiteral("coded_on"), iso(in.context.today)},
                 {AmendmentPending, true}}};
    const QDate coded = in.context.today;
    QDate expires = coded.addYears(in.context.rules->rule(DeadlineRules::Validity).value).addDays(-1);
    // Valid for three years, or the operating term if that is shorter.
    const QDate termEnd = dateOf(in.record, QStringLiteral("operating_term_end"));
    if (termEnd.isValid() && termEnd < expires)
        expires = termEnd;
    return {{},
            {{State, QStringLiteral("registered")},
             {QStringLiteral("registration_code"), in.context.allocateCode()},
             {QStringLiteral("coded_on"), iso(coded)},
             {QStringLiteral("expires_on"), iso(expires)}}};
}

RegistrationStep renew(const Input& in)
{
    const QDate expires = dateOf(in.record, QStringLiteral("expires_on"));
    const QDate windowStart = renewalWindowStart(expires, *in.context.rules, *in.context.calendar);
    if (!expires.isValid() || in.context.today < windowStart || in.context.today > expires)
        return refused("outside_renewal_window",
                       XS_MESSAGE("xs::RegistrationWorkflow", "Renewal is possible from %1 to %2.")
                           .arg(iso(windowStart), iso(expires)));
    // Each renewal runs from the day after expiry, and never past the end of the operating term.
    const QDate termEnd = dateOf(in.record, QStringLiteral("operating_term_end"));
    if (termEnd.isValid() && termEnd <= expires)
        return refused("invalid_state",
                       XS_MESSAGE("xs::RegistrationWorkflow",
                                  "The operating term ends on %1: there is nothing to renew.")
                           .arg(iso(termEnd)));
    const int years = in.context.rules->rule(DeadlineRules::RenewalTerm).value;
    QDate renewed = expires.addDays(1).addYears(years).addDays(-1);
    if (termEnd.isValid() && termEnd < renewed)
        renewed = termEnd;
    return {{}, {{QStringLiteral("expires_on"), iso(renewed)}}};
}

// A registration not renewed by its expiry is cancelled; the hub takes this step itself on the
// first day after expiry (RegistrationAuthority::lapseExpired), so nobody has to remember it.
RegistrationStep lapse(const Input& in)
{
    const QDate expires = dateOf(in.record, QStringLiteral("expires_on"));
    if (!expires.isValid() || in.context.today <= expires)
        return refused(
            "invalid_state",
            XS_MESSAGE("xs::RegistrationWorkflow", "The registration is valid until %1.").arg(iso(expires)));
    return {{},
            merged({{State, QStringLiteral("cancelled")},
                    {QStringLiteral("decision_reason"),
                     QStringLiteral("有效期于 %1 届满，未在期满前续展，依规自动注销。").arg(iso(expires))}},
                   noDeadline())};
}

// The hub writes a completed change or correction into the registration it amends; the timeline
// keeps the values it replaced. Nobody else takes this step (RegistrationAccess refuses it).
RegistrationStep amend(const Input& in)
{
    const QJsonObject changes = structuredValue(in.arguments.value(QStringLiteral("changes"))).toObject();
    const QStringList amendable = RegistrationAmendment::amendableFields();
    QJsonObject before;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (!amendable.contains(it.key()))
            return refused("invalid", XS_MESSAGE("xs::RegistrationWorkflow",
                                                 "\"%1\" is not changed by a change registration.")
                                          .arg(it.key().left(64)));
        before.insert(it.key(), in.record.value(it.key()));
    }
    RegistrationStep step{{}, changes};
    // A shorter operating term shortens the validity with it, as at coding.
    const QDate termEnd = dateOf(changes, QStringLiteral("operating_term_end"));
    if (termEnd.isValid() && termEnd < dateOf(in.record, QStringLiteral("expires_on")))
        step.effect.insert(QStringLiteral("expires_on"), iso(termEnd));
    step.eventDetails = {{QStringLiteral("before"), before}};
    return step;
}

RegistrationStep assign(const Input& in)
{
    const QString assignee = in.text("assignee");
    return {{},
            {{QStringLiteral("assignee"),
              assignee.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(assignee)}}};
}

RegistrationStep noEffect(const Input&)
{
    return {};
}

// A provisional deadline counted again on the schedules known now (a missing year was published).
// Nothing to do, and no event, when it is not provisional or comes out the same.
RegistrationStep recomputeDeadline(const Input& in)
{
    const QDate start = dateOf(in.record, DeadlineFrom);
    const QJsonValue workdays = in.record.value(DeadlineWorkdays);
    const QDate old = dateOf(in.record, Deadline);
    if (!in.record.value(Provisional).toBool() || !start.isValid() || !workdays.isDouble() || !old.isValid())
        return {};
    QJsonObject effect = workdayDeadline(start, workdays.toInt(), *in.context.calendar);
    const bool moved = effect.value(Deadline).toString() != iso(old);
    if (!moved && effect.value(Provisional).toBool())
        return {};
    // Where it was before, for the queue's "moved" mark; an earlier move is kept if this one only
    // confirms the date.
    effect.insert(MovedFrom, moved ? QJsonValue(iso(old)) : in.record.value(MovedFrom));
    RegistrationStep step{{}, effect};
    step.eventDetails = {{QStringLiteral("old_deadline"), iso(old)},
                         {QStringLiteral("new_deadline"), effect.value(Deadline)},
                         {QStringLiteral("provisional"), effect.value(Provisional)}};
    return step;
}

/// One row of the step table with the code that decides it: its checks of timing and arguments,
/// and the fields it changes.
struct CommandRule
{
    StepDefinition step;
    RegistrationStep (*run)(const Input&);
};

// What each argument may be: no longer than the field it is copied into (decision_reason 4000,
// assignee 128, objection 4000 as a whole), and every one also lands in the timeline.
ArgumentSpec need(const char* name, int maxLength = 2000)
{
    return needArgument(name, maxLength);
}

ArgumentSpec may(const char* name, int maxLength = 2000)
{
    return mayArgument(name, maxLength);
}

bool reviewersAct(Role role)
{
    return role == Role::Reviewer || role == Role::Admin;
}

/// A step of the table: command, from-states, to-state (empty: the state stays), its arguments,
/// and what reviewers call it.
StepDefinition step(const char* command, QStringList from, const char* to, const char* label,
                    QList<ArgumentSpec> arguments = {}, QStringList otherOutcomes = {})
{
    return {QString::fromLatin1(command),
            std::move(from),
            QString::fromLatin1(to),
            &reviewersAct,
            std::move(arguments),
            std::move(otherOutcomes),
            label};
}

// How the step dialog asks for the materials and the explanation of a late review.

/// The notice lists every material the type requires; those not delivered are ticked.
QList<ChecklistOption> noticeOptions(const QJsonObject& record)
{
    const QStringList missing = RegistrationIntake::missingMaterials(record);
    QList<ChecklistOption> options;
    for (const QString& material :
         RegistrationVocabulary::materialsFor(record.value(QStringLiteral("type")).toString()))
        options.append(
            {material, RegistrationVocabulary::materialLabel(material), missing.contains(material)});
    return options;
}

/// A resubmission offers the materials still missing, all ticked.
QList<ChecklistOption> deliveryOptions(const QJsonObject& record)
{
    QList<ChecklistOption> options;
    for (const QString& material : RegistrationIntake::missingMaterials(record))
        options.append({material, RegistrationVocabulary::materialLabel(material), true});
    return options;
}

QString noticeHint(const QJsonObject&)
{
    return QCoreApplication::translate(
        "xs::StepTable", "One notice lists every missing material (一次性告知); it cannot be sent "
                         "twice. The acceptance clock stops until the materials arrive.");
}

bool reviewOverdue(const QJsonObject& record, const QDate& today)
{
    const QDate deadline = dateOf(record, Deadline);
    return deadline.isValid() && today > deadline;
}

QString overrunHint(const QJsonObject& record)
{
    return QCoreApplication::translate(
               "xs::StepTable",
               "The formal review passed its deadline (%1). The delay must be explained to the applicant.")
        .arg(record.value(Deadline).toString());
}

const QList<CommandRule>& commandRules()
{
    static const QList<CommandRule> table = [] {
        const QString submitted = QStringLiteral("submitted");
        const QString underReview = QStringLiteral("under_review");
        const QString notice = QStringLiteral("in_public_notice");
        const QString objectionReview = QStringLiteral("objection_review");
        const QString registered = QStringLiteral("registered");
        const QStringList open{submitted,
                               QStringLiteral("awaiting_materials"),
                               underReview,
                               QStringLiteral("review_paused"),
                               notice,
                               objectionReview,
                               QStringLiteral("awaiting_code")};
        const ArgumentSpec reason = need("reason").asked(QT_TRANSLATE_NOOP("xs::StepTable", "Reason"));
        const ArgumentSpec explanation =
            may("overrun_explanation")
                .asked(QT_TRANSLATE_NOOP("xs::StepTable", "Explanation of the delay"))
                .neededWhen(&reviewOverdue)
                .explainedBy(&overrunHint);
        const auto line = ArgumentInput::Line;
        return QList<CommandRule>{
            {step("accept", {submitted}, "under_review", QT_TRANSLATE_NOOP("xs::StepTable", "Accept")),
             &accept},
            {step("request_materials", {submitted}, "awaiting_materials",
                  QT_TRANSLATE_NOOP("xs::StepTable", "Send missing-materials notice"),
                  {need("missing", 1000)
                       .asked(QT_TRANSLATE_NOOP("xs::StepTable", "Missing materials"))
                       .offering(&noticeOptions)
                       .explainedBy(&noticeHint)}),
             &requestMaterials},
            {step("resubmit", {QStringLiteral("awaiting_materials")}, "submitted",
                  QT_TRANSLATE_NOOP("xs::StepTable", "Record resubmitted materials"),
                  {need("materials", 1000)
                       .asked(QT_TRANSLATE_NOOP("xs::StepTable", "Materials now delivered"))
                       .offering(&deliveryOptions)}),
             &resubmit},
            {step("refuse", {submitted}, "not_accepted",
                  QT_TRANSLATE_NOOP("xs::StepTable", "Refuse to accept"),
                  {need("reason").asked(QT_TRANSLATE_NOOP("xs::StepTable", "Reasons for refusal"))}),
             [](const Input& in) {
                 return decide(in, QStringLiteral("not_accepted"));
             }},
            {step("pause_review", {underReview}, "review_paused",
                  QT_TRANSLATE_NOOP("xs::StepTable", "Pause review"), {reason}),
             &pauseReview},
            {step("resume_review", {QStringLiteral("review_paused")}, "under_review",
                  QT_TRANSLATE_NOOP("xs::StepTable", "Resume review")),
             &resumeReview},
            // A cancellation, revocation or termination ends at once: nothing to notify.
            {step("approve", {underReview}, "in_public_notice",
                  QT_TRANSLATE_NOOP("xs::StepTable", "Pass formal review"), {explanation},
                  {QStringLiteral("cancelled"), QStringLiteral("revoked"), QStringLiteral("terminated")}),
             &approve},
            {step("reject", {underReview}, "review_failed",
                  QT_TRANSLATE_NOOP("xs::StepTable", "Fail formal review"), {reason, explanation}),
             &reject},
            {step("object", {notice}, "objection_review",
                  QT_TRANSLATE_NOOP("xs::StepTable", "Record objection"),
                  {need("objector_name", 100)
                       .asked(QT_TRANSLATE_NOOP("xs::StepTable", "Objector's real name"), line),
                   need("objector_id", 64)
                       .asked(QT_TRANSLATE_NOOP("xs::StepTable", "Identity document number"), line),
                   need("evidence", 1500).asked(QT_TRANSLATE_NOOP("xs::StepTable", "Evidence"))}),
             &object},
            {step("dismiss_objection", {objectionReview}, "in_public_notice",
                  QT_TRANSLATE_NOOP("xs::StepTable", "Dismiss objection"), {reason}),
             &dismissObjection},
            {step("uphold_objection", {objectionReview}, "terminated",
                  QT_TRANSLATE_NOOP("xs::StepTable", "Uphold objection"), {reason}),
             &upholdObjection},
            {step("close_notice", {notice}, "awaiting_code",
                  QT_TRANSLATE_NOOP("xs::StepTable", "Close public notice")),
             &closeNotice},
            {step("issue_code", {QStringLiteral("awaiting_code")}, "registered",
                  QT_TRANSLATE_NOOP("xs::StepTable", "Request code"), {}, {QStringLiteral("applied")}),
             &issueCode},
            {step("amend", {registered}, "",
                  QT_TRANSLATE_NOOP("xs::StepTable", "Changed by a change or correction registration"),
                  {need("amendment", 64)
                       .asked(QT_TRANSLATE_NOOP("xs::StepTable", "Amending registration"), line),
                   need("number", 64).asked(QT_TRANSLATE_NOOP("xs::StepTable", "Application number"), line),
                   need("changes", 4000).asked(QT_TRANSLATE_NOOP("xs::StepTable", "Changes"))}),
             &amend},
            {step("renew", {registered}, "", QT_TRANSLATE_NOOP("xs::StepTable", "Renew")), &renew},
            // Old records may still be 已过期 (desktops once marked expiry by hand): they lapse too.
            {step("lapse", {registered, QStringLiteral("expired")}, "cancelled",
                  QT_TRANSLATE_NOOP("xs::StepTable", "Cancelled: not renewed by expiry")),
             &lapse},
            {step("cancel", {registered, QStringLiteral("expired")}, "cancelled",
                  QT_TRANSLATE_NOOP("xs::StepTable", "Cancel registration"), {reason}),
             [](const Input& in) {
                 return endValidity(in, QStringLiteral("cancelled"));
             }},
            {step("revoke", {registered}, "revoked",
                  QT_TRANSLATE_NOOP("xs::StepTable", "Revoke registration"), {reason}),
             [](const Input& in) {
                 return endValidity(in, QStringLiteral("revoked"));
             }},
            {step("assign", open, "", QT_TRANSLATE_NOOP("xs::StepTable", "Assign"),
                  {may("assignee", 128)
                       .asked(QT_TRANSLATE_NOOP("xs::StepTable", "Reviewer (empty: unassigned)"), line)
                       .startingFrom("assignee")}),
             &assign},
            {step("recompute_deadline", {submitted, underReview, notice}, "",
                  QT_TRANSLATE_NOOP("xs::StepTable", "Deadline counted again on the published schedule")),
             &recomputeDeadline},
            {step("comment", RegistrationVocabulary::states(), "",
                  QT_TRANSLATE_NOOP("xs::StepTable", "Comment"),
                  {need("text").asked(QT_TRANSLATE_NOOP("xs::StepTable", "Comment"))}),
             &noEffect},
        };
    }();
    return table;
}

const CommandRule* ruleFor(const QString& command)
{
    for (const CommandRule& rule : commandRules()) {
        if (command == rule.step.command)
            return &rule;
    }
    return nullptr;
}

QString appendEvent(const QJsonObject& record, const QString& command, QJsonObject arguments,
                    const RegistrationContext& context)
{
    QJsonArray events = structuredValue(record.value(QStringLiteral("events"))).toArray();
    events.append(QJsonObject{{QStringLiteral("at"), context.now},
                              {QStringLiteral("by"), context.user},
                              {QStringLiteral("action"), command},
                              {QStringLiteral("arguments"), arguments}});
    while (events.size() > MaxEvents)
        events.removeFirst();
    // The timeline is one field of at most EventsLength characters: the oldest events give way
    // (they stay in the audit trail) rather than the step or the record failing.
    QString text = jsonText(events);
    while (text.size() > EventsLength && events.size() > 1) {
        events.removeFirst();
        text = jsonText(events);
    }
    return text;
}

} // namespace

const StepTable& steps()
{
    static const StepTable table = [] {
        QList<StepDefinition> definitions;
        for (const CommandRule& rule : commandRules())
            definitions << rule.step;
        return StepTable(definitions);
    }();
    return table;
}

QStringList commands()
{
    return steps().commands();
}

QStringList commandOnlyFields()
{
    return {State,
            StepStarted,
            Deadline,
            Provisional,
            DeadlineFrom,
            DeadlineWorkdays,
            MovedFrom,
            QStringLiteral("remaining_workdays"),
            QStringLiteral("assignee"),
            QStringLiteral("missing_materials"),
            QStringLiteral("materials_notice_sent"),
            QStringLiteral("decision_reason"),
            QStringLiteral("objection"),
            QStringLiteral("registration_code"),
            QStringLiteral("coded_on"),
            QStringLiteral("expires_on"),
            QStringLiteral("events"),
            AmendmentPending,
            QStringLiteral("applied_on")};
}

bool roleMayAct(Role role)
{
    return reviewersAct(role);
}

QStringList requiredArguments(const QString& command)
{
    QStringList names;
    if (const StepDefinition* step = steps().find(command)) {
        for (const ArgumentSpec& argument : step->arguments) {
            if (argument.required)
                names << argument.name;
        }
    }
    return names;
}

QString actionLabel(const QString& action)
{
    if (const StepDefinition* step = steps().find(action))
        return step->title();
    if (action == QLatin1String("submit"))
        return QCoreApplication::translate("xs::StepTable", "Submitted");
    return action;
}

QStringList availableCommands(const QJsonObject& record, Role role, const QDate& today,
                              const DeadlineRules& rules, const WorkingCalendar& calendar)
{
    QStringList available;
    if (!roleMayAct(role))
        return available;
    for (const QString& name : steps().available(record.value(State).toString(), role)) {
        // Steps whose timing is wrong today are left out rather than offered and refused; counting a
        // deadline again follows a published schedule, not a person's choice.
        if (name == RecomputeDeadline || takenByHubOnly(name) ||
            (name == QLatin1String("close_notice") && today <= dateOf(record, Deadline)) ||
            (name == QLatin1String("object") && today > dateOf(record, Deadline)) ||
            (name == QLatin1String("renew") &&
             (today < renewalWindowStart(dateOf(record, QStringLiteral("expires_on")), rules, calendar) ||
              today > dateOf(record, QStringLiteral("expires_on")))))
            continue;
        available << name;
    }
    return available;
}

RegistrationStep initialize(const QJsonObject& fields, const RegistrationContext& context)
{
    if (const QList<FieldProblem> problems = RegistrationIntake::check(fields, false); !problems.isEmpty())
        return refused("invalid", problems.constFirst().message);
    QDate submitted = dateOf(fields, QStringLiteral("submitted_on"));
    if (!submitted.isValid())
        submitted = context.today;
    RegistrationStep step{{},
                          merged({{State, QStringLiteral("submitted")},
                                  {QStringLiteral("submitted_on"), iso(submitted)},
                                  {StepStarted, iso(submitted)},
                                  {QStringLiteral("materials_notice_sent"), false}},
                                 stepDeadline(DeadlineRules::Acceptance, submitted, context))};
    step.effect.insert(QStringLiteral("events"), appendEvent({}, QStringLiteral("submit"), {}, context));
    // Whatever else a new record brings in the procedure's fields (a code, an expiry) is dropped:
    // they come from steps only.
    for (const QString& field : commandOnlyFields()) {
        if (!step.effect.contains(field))
            step.effect.insert(field, QJsonValue::Null);
    }
    return step;
}

RegistrationStep apply(const QJsonObject& record, const QString& command, const QJsonObject& arguments,
                       const RegistrationContext& context)
{
    const CommandRule* rule = ruleFor(command);
    if (!rule)
        return refused("unknown_command",
                       XS_MESSAGE("xs::RegistrationWorkflow", "\"%1\" is not a registration step")
                           .arg(command.left(64)));
    if (!roleMayAct(context.role))
        return refused("forbidden",
                       XS_MESSAGE("xs::RegistrationWorkflow",
                                  "Only reviewers of the registration body take registration steps."));
    const QString state = record.value(State).toString();
    if (!rule->step.from.contains(state))
        return refused("invalid_state", XS_MESSAGE("xs::RegistrationWorkflow",
                                                   "This step does not apply to a registration that is %1.")
                                            .argTerm("xs::RegistrationVocabulary",
                                                     RegistrationVocabulary::stateLabelSource(state), state));
    // Only declared arguments, each within the size of the field it is copied into.
    if (const Refusal refusal = checkArguments(rule->step.arguments, arguments); refusal.isRefused())
        return {refusal, {}};
    RegistrationStep step = rule->run(Input{record, arguments, context});
    if (step.isRefused())
        return step;
    // The table is the contract the desktop's buttons and the import read: a step's code may not
    // lead anywhere the table does not say (a step without State in its effect is only proposed,
    // or keeps the state).
    if (step.effect.contains(State) &&
        !steps().outcomes(command).contains(step.effect.value(State).toString())) {
        qCCritical(lcRegistration) << "step" << command << "led to an undeclared state"
                                   << step.effect.value(State).toString();
        return refused("invalid_state", XS_MESSAGE("xs::RegistrationWorkflow",
                                                   "This step does not apply to a registration that is %1.")
                                            .argTerm("xs::RegistrationVocabulary",
                                                     RegistrationVocabulary::stateLabelSource(state), state));
    }
    if (step.effect.isEmpty() && command == RecomputeDeadline)
        return step; // nothing moved: no event either
    step.effect.insert(QStringLiteral("events"),
                       appendEvent(record, command, merged(arguments, step.eventDetails), context));
    return step;
}

QDate renewalWindowStart(const QDate& expiresOn, const DeadlineRules& rules, const WorkingCalendar& calendar)
{
    if (!expiresOn.isValid())
        return {};
    const DeadlineRule window = rules.rule(DeadlineRules::RenewalWindow);
    // The N days that end on the expiry date, itself included.
    if (window.unit == DeadlineRule::Unit::WorkingDays)
        return calendar.addWorkdays(expiresOn.addDays(1), -window.value).date;
    return expiresOn.addDays(1 - window.value);
}

QDate latestExpiryInRenewalWindow(const QDate& today, const DeadlineRules& rules,
                                  const WorkingCalendar& calendar)
{
    // Today's own window has opened; a later expiry's opens later.
    return lastDayWhere(
        today, today.addDays(calendarDaysHolding(rules.rule(DeadlineRules::RenewalWindow).value)),
        [&](const QDate& expires) { return renewalWindowStart(expires, rules, calendar) <= today; });
}

} // namespace xs::RegistrationWorkflow
