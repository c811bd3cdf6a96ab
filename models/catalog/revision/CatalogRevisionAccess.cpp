#include "models/catalog/revision/CatalogRevisionAccess.h"

#include "models/calendar/CalendarRepository.h"
#include "models/calendar/CalendarYear.h"
#include "models/calendar/ProvisionalRecount.h"
#include "models/catalog/CatalogPermissions.h"
#include "models/catalog/CatalogRules.h"
#include "models/catalog/revision/CatalogRevisionWorkflow.h"
#include "models/common/Clock.h"
#include "models/common/StructuredField.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/StepCheck.h"

namespace xs::CatalogRevisionAccess {

namespace {

namespace Flow = CatalogRevisionWorkflow;

const QString EntryEntity = QStringLiteral("catalog_entry");

QString text(const QJsonObject& fields, const char* name)
{
    return fields.value(QLatin1String(name)).toString();
}

QDate day(const QJsonObject& fields, const char* name)
{
    return QDate::fromString(text(fields, name), Qt::ISODate);
}

// The entry's department writes, submits, extends and discards; administrators act for it.
Refusal checkDepartment(const Principal& principal, const RecordState* entry)
{
    if (!entry || entry->deleted)
        return Refusal::of("not_found",
                           XS_MESSAGE("xs::AccessPolicy", "the catalog entry does not exist on the hub"),
                           QStringLiteral("entry_id"));
    if (!CatalogPermissions(principal.role, principal.department)
             .canEdit(text(entry->fields, "department_code")))
        return Refusal::of("forbidden",
                           XS_MESSAGE("xs::AccessPolicy", "only the entry's department revises it"));
    return {};
}

Refusal checkRevision(const AccessRequest& request)
{
    const Operation& operation = request.operation;
    const Principal& principal = request.principal;
    if (operation.kind == Operation::Kind::Command) {
        Refusal refusal = StepCheck::check(request, Flow::steps(), Flow::StateField,
                                           {"xs::CatalogRevisionWorkflow", Flow::states()});
        if (refusal.isRefused() || Flow::reviewerGives(operation.command))
            return refusal;
        return checkDepartment(principal, request.parentEntry);
    }
    if (operation.kind == Operation::Kind::Delete)
        return principal.role == Role::Admin
                   ? Refusal{}
                   : Refusal::of("forbidden", XS_MESSAGE("xs::AccessPolicy",
                                                         "only administrators delete revisions: discard it"));
    if (const Refusal refusal = checkDepartment(principal, request.parentEntry); refusal.isRefused())
        return refusal;
    const RecordState* current = request.current;
    if (!current || current->deleted)
        return {};
    if (text(current->fields, "state") != Flow::initialState())
        return Refusal::of(
            "invalid_state",
            XS_MESSAGE("xs::AccessPolicy", "a revision is changed only while it is being revised"));
    if (text(fieldsAfter(current, operation), "entry_id") != text(current->fields, "entry_id"))
        return Refusal::of("invalid", XS_MESSAGE("xs::AccessPolicy", "a revision stays with its entry"),
                           QStringLiteral("entry_id"));
    // The department's deadline follows the day the law or its duties changed: the hub counts it
    // again on every edit (decideRevision), so what a desktop sends for it is neither a change nor
    // a refusal.
    static const QStringList stepWritten = [] {
        QStringList fields = Flow::stepFields();
        fields.removeAll(QStringLiteral("due_on"));
        fields.removeAll(QStringLiteral("due_provisional"));
        return fields;
    }();
    return StepCheck::keepsStepFields(request, stepWritten);
}

// The department's deadline runs from the day the law or its duties changed (or, for a
// correction, from the day the revision is opened), plus the one extension.
QJsonObject updateDeadline(const QJsonObject& revision, AuthorityStore& hub)
{
    const QDate cause = day(revision, "cause_on");
    const QDate from = cause.isValid() ? cause : hub.clock().today();
    const int days = Flow::UpdateWorkdays +
                     (revision.value(QStringLiteral("extended")).toBool() ? Flow::ExtensionWorkdays : 0);
    QJsonObject effect;
    writeDeadline(effect, "due", hubDeadline(hub, from, days));
    return effect;
}

QList<QJsonObject> itemsOf(const StoredRecords& stored, const QString& entryId)
{
    QList<QJsonObject> items;
    for (const RecordState& item :
         stored.liveWith(QStringLiteral("data_item"), QStringLiteral("entry_id"), entryId))
        items << item.fields;
    return items;
}

AuthorityDecision decideRevision(const AccessRequest& request, AuthorityStore& hub, QString*)
{
    const Operation& operation = request.operation;
    if (operation.kind == Operation::Kind::Delete)
        return {};
    const QJsonObject after = fieldsAfter(request.current, operation);
    if (operation.kind == Operation::Kind::Upsert) {
        QJsonObject effect;
        if (!request.current || request.current->deleted) {
            for (const QString& field : Flow::stepFields())
                effect.insert(field, QJsonValue::Null);
            effect.insert(Flow::StateField, Flow::initialState());
            effect.insert(QStringLiteral("extended"), false);
        }
        QJsonObject counted = after;
        for (auto it = effect.constBegin(); it != effect.constEnd(); ++it)
            counted.insert(it.key(), it.value());
        const QJsonObject due = updateDeadline(counted, hub);
        for (auto it = due.constBegin(); it != due.constEnd(); ++it)
            effect.insert(it.key(), it.value());
        return {{}, effect};
    }
    const QString& command = operation.command;
    const QJsonObject& current = request.current->fields;
    const QDate today = hub.clock().today();
    const QString isoToday = today.toString(Qt::ISODate);
    QJsonObject effect = StepCheck::stateAfter(request, Flow::steps(), Flow::StateField);
    if (command == QLatin1String("submit")) {
        effect.insert(QStringLiteral("submitted_by"), request.principal.user);
        effect.insert(QStringLiteral("submitted_on"), isoToday);
        writeDeadline(effect, "review_due", hubDeadline(hub, today, Flow::ReviewWorkdays));
    } else if (command == QLatin1String("extend")) {
        if (current.value(QStringLiteral("extended")).toBool())
            return {Refusal::of("invalid_state",
                                XS_MESSAGE("xs::AccessPolicy", "a revision's period is extended only once")),
                    {}};
        QJsonObject extended = current;
        extended.insert(QStringLiteral("extended"), true);
        effect = updateDeadline(extended, hub);
        effect.insert(QStringLiteral("extended"), true);
        effect.insert(QStringLiteral("extension_reason"),
                      operation.arguments.value(QStringLiteral("reason")));
    } else if (command == QLatin1String("approve") || command == QLatin1String("return")) {
        // Four eyes: whoever submitted the revision does not decide on it.
        if (request.principal.user == text(current, "submitted_by"))
            return {Refusal::of("forbidden", XS_MESSAGE("xs::AccessPolicy",
                                                        "the person who submitted a revision does not decide "
                                                        "on it: another reviewer does")),
                    {}};
        if (command == QLatin1String("approve")) {
            const std::optional<RecordState> entry = hub.find(EntryEntity, text(current, "entry_id"));
            if (!entry || entry->deleted || text(entry->fields, "status") != QLatin1String("published"))
                return {Refusal::of("invalid_state",
                                    XS_MESSAGE("xs::AccessPolicy", "the entry is no longer published")),
                        {}};
            const QList<FieldProblem> problems =
                CatalogRules().checkEntry(revisedEntry(entry->fields, current), itemsOf(hub, entry->id));
            if (!problems.isEmpty())
                return {Refusal::of("invalid", problems.constFirst().message, problems.constFirst().field),
                        {}};
        }
        effect.insert(QStringLiteral("decided_by"), request.principal.user);
        effect.insert(QStringLiteral("decided_on"), isoToday);
        effect.insert(QStringLiteral("decision_reason"), operation.arguments.value(QStringLiteral("reason")));
        if (command == QLatin1String("return")) { // the review deadline runs again from the next submission
            effect.insert(QStringLiteral("review_due_on"), QJsonValue::Null);
            effect.insert(QStringLiteral("review_due_provisional"), QJsonValue::Null);
        }
    }
    return {{}, effect};
}

// What a revision holds: fields of the entry's form only, each within the entry's definition, one
// open revision per entry, of a published entry, and the entry as revised keeps the catalog rules.
QList<FieldProblem> revisionRules(const RuleInput& input)
{
    const QJsonObject& revision = input.next.fields;
    if (input.next.deleted || !Flow::isOpen(text(revision, "state")))
        return {};
    QList<FieldProblem> problems;
    const QString changesField = Flow::ChangesField;
    const QJsonValue parsed = structuredField(revision, "changes");
    if (!parsed.isObject())
        return {
            {changesField, XS_MESSAGE("xs::CatalogRevisionWorkflow", "the revised fields are not readable")}};
    const QJsonObject changes = parsed.toObject();
    if (changes.isEmpty())
        problems.append(
            {changesField, XS_MESSAGE("xs::CatalogRevisionWorkflow", "the revision changes nothing")});
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (!Flow::revisableFields().contains(it.key()))
            return {{changesField, XS_MESSAGE("xs::CatalogRevisionWorkflow", "a revision does not change %1")
                                       .arg(it.key().left(64))}};
    }
    const EntitySchema* entrySchema = findEntity(EntryEntity);
    if (const Message wrong = entrySchema->validationProblem(changes); !wrong.isEmpty())
        return {{changesField, wrong}};
    const QString entryId = text(revision, "entry_id");
    const std::optional<RecordState> entry = input.stored.find(EntryEntity, entryId);
    if (!entry || entry->deleted || text(entry->fields, "status") != QLatin1String("published"))
        problems.append({QStringLiteral("entry_id"),
                         XS_MESSAGE("xs::CatalogRevisionWorkflow", "only a published entry is revised")});
    for (const RecordState& other :
         input.stored.liveWith(Flow::Entity, QStringLiteral("entry_id"), entryId)) {
        if (other.id != input.next.id && Flow::isOpen(text(other.fields, "state"))) {
            problems.append({QStringLiteral("entry_id"),
                             XS_MESSAGE("xs::CatalogRevisionWorkflow",
                                        "the entry has an open revision already: continue that one")});
            break;
        }
    }
    if (entry && !entry->deleted) {
        for (const FieldProblem& problem :
             CatalogRules().checkEntry(revisedEntry(entry->fields, revision), itemsOf(input.stored, entryId)))
            problems.append({changesField, problem.message});
    }
    const QString reason = text(revision, "reason");
    if ((reason == QLatin1String("law") || reason == QLatin1String("duties")) &&
        !day(revision, "cause_on").isValid())
        problems.append({QStringLiteral("cause_on"),
                         XS_MESSAGE("xs::CatalogRevisionWorkflow",
                                    "give the day the law or the department's duties changed")});
    if (reason == QLatin1String("other") && text(revision, "reason_note").trimmed().isEmpty())
        problems.append({QStringLiteral("reason_note"),
                         XS_MESSAGE("xs::CatalogRevisionWorkflow", "explain the reason for the revision")});
    return problems;
}

std::optional<std::pair<QDate, int>> updateBasis(const QJsonObject& revision)
{
    if (text(revision, "state") != QLatin1String("draft") || !day(revision, "cause_on").isValid())
        return std::nullopt;
    return std::pair(day(revision, "cause_on"),
                     Flow::UpdateWorkdays +
                         (revision.value(QStringLiteral("extended")).toBool() ? Flow::ExtensionWorkdays : 0));
}

std::optional<std::pair<QDate, int>> reviewBasis(const QJsonObject& revision)
{
    if (text(revision, "state") != QLatin1String("submitted"))
        return std::nullopt;
    return std::pair(day(revision, "submitted_on"), Flow::ReviewWorkdays);
}

// An approved revision not yet in its entry is written into it, by the hub, in the approver's
// write; deadlines counted on a guessed holiday schedule are counted again once it is published.
std::optional<QList<Rederived>> settle(const Principal&, AuthorityStore& hub, const QSet<QString>&,
                                       QString* error)
{
    std::optional<QList<Rederived>> rewritten =
        recountProvisionalDeadlines(hub, Flow::Entity,
                                    {{"due_on", "due_provisional", updateBasis},
                                     {"review_due_on", "review_due_provisional", reviewBasis}});
    if (!rewritten)
        return rewritten;
    const QString today = hub.clock().today().toString(Qt::ISODate);
    for (RecordState revision : hub.liveWith(Flow::Entity, Flow::StateField, QStringLiteral("approved"))) {
        if (!text(revision.fields, "applied_on").isEmpty())
            continue;
        std::optional<RecordState> entry = hub.find(EntryEntity, text(revision.fields, "entry_id"));
        if (!entry || entry->deleted) {
            *error = QStringLiteral("approved revision %1 has no entry").arg(revision.id);
            return std::nullopt;
        }
        entry->fields = revisedEntry(entry->fields, revision.fields);
        revision.fields.insert(QStringLiteral("applied_on"), today);
        const QJsonObject details{{QStringLiteral("entity"), EntryEntity},
                                  {QStringLiteral("id"), entry->id},
                                  {QStringLiteral("revision"), revision.id}};
        rewritten->append({*entry, QStringLiteral("revision_applied"), details});
        rewritten->append({revision, QStringLiteral("revision_applied"), details});
    }
    return rewritten;
}

} // namespace

QJsonObject changesOf(const QJsonObject& revision)
{
    return structuredField(revision, "changes").toObject();
}

QJsonObject revisedEntry(const QJsonObject& entry, const QJsonObject& revision)
{
    QJsonObject revised = entry;
    const QJsonObject changes = changesOf(revision);
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        revised.insert(it.key(), it.value());
    return revised;
}

QList<AccessRule> rules()
{
    AccessRule revision{Flow::Entity, checkRevision, true};
    revision.decide = decideRevision;
    revision.rules = revisionRules;
    revision.steps = &Flow::steps;
    revision.rederivedAfter = {CalendarYear::Entity, Flow::Entity};
    revision.rederive = settle;
    return {revision};
}

} // namespace xs::CatalogRevisionAccess
