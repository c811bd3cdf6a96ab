#include "models/catalog/revision/CatalogRevisionWorkflow.h"

#include "models/journal/EntitySchema.h"
#include "models/journal/Roles.h"

namespace xs::CatalogRevisionWorkflow {

namespace {

constexpr VocabularyTerm States[] = {
    {"draft", QT_TRANSLATE_NOOP("xs::CatalogRevisionWorkflow", "Being revised")},
    {"submitted", QT_TRANSLATE_NOOP("xs::CatalogRevisionWorkflow", "Awaiting review")},
    {"approved", QT_TRANSLATE_NOOP("xs::CatalogRevisionWorkflow", "Approved and published")},
    {"discarded", QT_TRANSLATE_NOOP("xs::CatalogRevisionWorkflow", "Discarded")},
};

constexpr VocabularyTerm Reasons[] = {
    {"law", QT_TRANSLATE_NOOP("xs::CatalogRevisionWorkflow", "Change of law or regulation")},
    {"duties", QT_TRANSLATE_NOOP("xs::CatalogRevisionWorkflow", "Change of the department's duties")},
    {"correction", QT_TRANSLATE_NOOP("xs::CatalogRevisionWorkflow", "Correction of an error")},
    {"other", QT_TRANSLATE_NOOP("xs::CatalogRevisionWorkflow", "Other")},
};

const QString Draft = QStringLiteral("draft");
const QString Submitted = QStringLiteral("submitted");

bool departmentGives(Role role)
{
    return role == Role::Cataloguer || role == Role::Admin;
}

bool reviewerRole(Role role)
{
    return role == Role::Reviewer || role == Role::Admin;
}

} // namespace

std::span<const VocabularyTerm> states()
{
    return States;
}

QString initialState()
{
    return Draft;
}

QString stateLabel(const QString& state)
{
    return vocabularyLabel("xs::CatalogRevisionWorkflow", States, state);
}

bool isOpen(const QString& state)
{
    return state == Draft || state == Submitted;
}

std::span<const VocabularyTerm> reasons()
{
    return Reasons;
}

QString reasonLabel(const QString& reason)
{
    return vocabularyLabel("xs::CatalogRevisionWorkflow", Reasons, reason);
}

const StepTable& steps()
{
    static const StepTable table({
        {QStringLiteral("submit"),
         {Draft},
         Submitted,
         departmentGives,
         {},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Submit the revision")},
        {QStringLiteral("approve"),
         {Submitted},
         QStringLiteral("approved"),
         reviewerRole,
         {},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Approve and publish the revision")},
        {QStringLiteral("return"),
         {Submitted},
         Draft,
         reviewerRole,
         {needArgument("reason").asked(QT_TRANSLATE_NOOP("xs::StepTable", "What must change"))},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Return the revision")},
        {QStringLiteral("extend"),
         {Draft},
         {},
         departmentGives,
         {needArgument("reason").asked(QT_TRANSLATE_NOOP("xs::StepTable", "Why more time is needed"))},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Extend by 5 working days")},
        {QStringLiteral("discard"),
         {Draft},
         QStringLiteral("discarded"),
         departmentGives,
         {},
         {},
         QT_TRANSLATE_NOOP("xs::StepTable", "Discard the revision")},
    });
    return table;
}

bool reviewerGives(const QString& command)
{
    return command == QLatin1String("approve") || command == QLatin1String("return");
}

const QStringList& stepFields()
{
    static const QStringList fields{StateField,
                                    QStringLiteral("due_on"),
                                    QStringLiteral("due_provisional"),
                                    QStringLiteral("extended"),
                                    QStringLiteral("extension_reason"),
                                    QStringLiteral("submitted_by"),
                                    QStringLiteral("submitted_on"),
                                    QStringLiteral("review_due_on"),
                                    QStringLiteral("review_due_provisional"),
                                    QStringLiteral("decided_by"),
                                    QStringLiteral("decided_on"),
                                    QStringLiteral("decision_reason"),
                                    QStringLiteral("applied_on")};
    return fields;
}

const QStringList& revisableFields()
{
    static const QStringList fields = [] {
        QStringList names;
        for (const FieldSchema& field : findEntity(QStringLiteral("catalog_entry"))->fields) {
            if (field.editor != FieldEditor::None)
                names << field.name;
        }
        return names;
    }();
    return fields;
}

namespace {

bool isBlank(const QJsonValue& value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty());
}

} // namespace

QJsonObject changesFrom(const QJsonObject& published, const QJsonObject& values)
{
    QJsonObject changes;
    for (const QString& field : revisableFields()) {
        const QJsonValue revised = values.value(field);
        const QJsonValue before = published.value(field);
        if (revised != before && !(isBlank(revised) && isBlank(before)))
            changes.insert(field, revised.isUndefined() ? QJsonValue(QJsonValue::Null) : revised);
    }
    return changes;
}

std::optional<QString> changedInPlace(const QJsonObject& published, const QJsonObject& change)
{
    for (auto it = change.constBegin(); it != change.constEnd(); ++it) {
        if (it.key() != QLatin1String("last_updated_on") && revisableFields().contains(it.key()) &&
            it.value() != published.value(it.key()))
            return it.key();
    }
    return std::nullopt;
}

} // namespace xs::CatalogRevisionWorkflow
