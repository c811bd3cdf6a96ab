#include "models/registration/RegistrationAmendment.h"

#include "models/common/StructuredField.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/RecordIntegrity.h"
#include "models/registration/RegistrationVocabulary.h"

#include <QJsonDocument>

namespace xs::RegistrationAmendment {

namespace {

const QString Entity = RegistrationWorkflow::Entity;
const QString Related = QStringLiteral("related_registration_id");
const QString ChangesField = QStringLiteral("changes");
const QString Pending = QStringLiteral("amendment_pending");

QString text(const QJsonObject& fields, const char* name)
{
    return fields.value(QLatin1String(name)).toString();
}

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// What an amendment's changes would do to the registration: problems with the fields they name.
void checkChanges(const QJsonObject& changes, const std::optional<RecordState>& registration,
                  QList<FieldProblem>& problems)
{
    if (changes.isEmpty()) {
        problems.append({ChangesField, XS_MESSAGE("xs::RegistrationAmendment",
                                                  "give at least one new value for the registration")});
        return;
    }
    const QStringList amendable = amendableFields();
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (!amendable.contains(it.key())) {
            problems.append({ChangesField, XS_MESSAGE("xs::RegistrationAmendment",
                                                      "\"%1\" is not changed by a change registration")
                                               .arg(it.key().left(64))});
            return;
        }
    }
    if (const Message wrong = findEntity(Entity)->validationProblem(changes); !wrong.isEmpty()) {
        problems.append({ChangesField, wrong});
        return;
    }
    if (registration && std::ranges::all_of(changes.keys(), [&](const QString& field) {
            return registration->fields.value(field) == changes.value(field);
        }))
        problems.append(
            {ChangesField, XS_MESSAGE("xs::RegistrationAmendment",
                                      "the new values are those the registration already holds")});
}

// The hub's step on the registration an amendment names: its changes written in, or (a
// cancellation) the registration cancelled.
RegistrationStep stepOnTheRegistration(const RecordState& amendment, const QJsonObject& registration,
                                       const RegistrationContext& context)
{
    const QString number = text(amendment.fields, "number");
    if (changesFields(text(amendment.fields, "type")))
        return RegistrationWorkflow::apply(
            registration, RegistrationWorkflow::Amend,
            {{QStringLiteral("amendment"), amendment.id},
             {QStringLiteral("number"), number},
             {QStringLiteral("changes"), jsonText(changesOf(amendment.fields))}},
            context);
    return RegistrationWorkflow::apply(
        registration, QStringLiteral("cancel"),
        {{QStringLiteral("reason"), QStringLiteral("依注销登记申请（%1）注销。").arg(number)}}, context);
}

} // namespace

QStringList amendableFields()
{
    return {QStringLiteral("data_name"), QStringLiteral("summary"), QStringLiteral("applicants"),
            QStringLiteral("catalog_entry_id"), QStringLiteral("operating_term_end")};
}

bool changesFields(const QString& type)
{
    return type == QLatin1String("change") || type == QLatin1String("correction");
}

bool actsOnARegistration(const QString& type)
{
    return changesFields(type) || type == QLatin1String("cancellation");
}

QJsonObject changesOf(const QJsonObject& amendment)
{
    return structuredField(amendment, "changes").toObject();
}

QList<FieldProblem> check(const RuleInput& input)
{
    const QJsonObject& record = input.next.fields;
    const QString type = text(record, "type");
    const QJsonObject changes = changesOf(record);
    QList<FieldProblem> problems;
    if (!changesFields(type) && !changes.isEmpty())
        problems.append(
            {ChangesField, XS_MESSAGE("xs::RegistrationAmendment",
                                      "only a change or correction registration carries changes")});
    // Judged while it is open; once decided it stays as it was, whatever became of the registration.
    if (!actsOnARegistration(type) || !RegistrationVocabulary::isOpen(text(record, "state")))
        return problems;
    const QString relatedId = text(record, "related_registration_id");
    const std::optional<RecordState> registration =
        relatedId.isEmpty() ? std::nullopt : input.stored.find(Entity, relatedId);
    if (!registration || registration->deleted ||
        text(registration->fields, "state") != QLatin1String("registered")) {
        problems.append(
            {Related, XS_MESSAGE("xs::RegistrationAmendment",
                                 "name the registration it changes, corrects or cancels: one that "
                                 "is registered and valid")});
        return problems;
    }
    for (const RecordState& other : input.stored.liveWith(Entity, Related, relatedId)) {
        if (other.id != input.next.id && actsOnARegistration(text(other.fields, "type")) &&
            RegistrationVocabulary::isOpen(text(other.fields, "state"))) {
            problems.append({Related, XS_MESSAGE("xs::RegistrationAmendment",
                                                 "the registration has an open application %1 already: "
                                                 "continue that one")
                                          .arg(text(other.fields, "number").left(64))});
            return problems;
        }
    }
    if (changesFields(type))
        checkChanges(changes, registration, problems);
    return problems;
}

QList<RecordState> pending(const AuthorityStore& hub)
{
    return hub.liveFlagged(Entity, Pending);
}

QList<Rederived> applyPending(const QList<RecordState>& amendments, const AuthorityStore& hub,
                              const RegistrationContext& context)
{
    const EntitySchema* entity = findEntity(Entity);
    QList<Rederived> rewritten;
    for (RecordState amendment : amendments) {
        amendment.fields.insert(Pending, QJsonValue::Null);
        const QString type = text(amendment.fields, "type");
        std::optional<RecordState> registration =
            hub.find(Entity, text(amendment.fields, "related_registration_id"));
        const QJsonObject details{
            {QStringLiteral("amendment"), amendment.id},
            {QStringLiteral("registration"), registration ? registration->id : QString()},
            {QStringLiteral("type"), type}};
        const RegistrationStep step = registration && !registration->deleted
                                          ? stepOnTheRegistration(amendment, registration->fields, context)
                                          : RegistrationStep{Refusal::of("not_found", {}), {}};
        RecordState amended = registration.value_or(RecordState{});
        for (auto it = step.effect.constBegin(); it != step.effect.constEnd(); ++it)
            amended.fields.insert(it.key(), it.value());
        if (step.isRefused() || RecordIntegrity::checkFields(*entity, amended.fields)) {
            // The registration changed since the amendment was checked (it lapsed, or was revoked):
            // the amendment is done but acted on nothing, which its record and the log say.
            amendment.fields.insert(QStringLiteral("applied_on"), QJsonValue::Null);
            rewritten.append({amendment, QStringLiteral("amendment_not_applied"), details});
            continue;
        }
        amendment.fields.insert(QStringLiteral("applied_on"), context.today.toString(Qt::ISODate));
        if (changesFields(type))
            amendment.fields.insert(QStringLiteral("registration_code"),
                                    amended.fields.value(QStringLiteral("registration_code")));
        rewritten.append({amended, QStringLiteral("registration_amended"), details});
        rewritten.append({amendment, QStringLiteral("registration_amended"), details});
    }
    return rewritten;
}

} // namespace xs::RegistrationAmendment
