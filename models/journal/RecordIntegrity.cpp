#include "models/journal/RecordIntegrity.h"

#include "models/journal/FieldLabels.h"

namespace xs {

namespace {

bool blank(const QJsonValue& value)
{
    return value.isNull() || value.isUndefined() ||
           (value.isString() && value.toString().trimmed().isEmpty());
}

} // namespace

RecordLookup::~RecordLookup() = default;

namespace RecordIntegrity {

std::optional<IntegrityProblem> checkFields(const EntitySchema& entity, const QJsonObject& fields)
{
    if (const Message problem = entity.validationProblem(fields); !problem.isEmpty())
        return IntegrityProblem{{}, QStringLiteral("invalid"), problem};
    for (const FieldSchema& field : entity.fields) {
        const QJsonValue value = fields.value(field.name);
        if (field.required && blank(value))
            return IntegrityProblem{
                field.name, QStringLiteral("invalid"),
                XS_MESSAGE("xs::RecordIntegrity", "\"%1\" of %2 is required")
                    .argTerm("xs::FieldLabels", fieldLabelSource(entity.name, field.name), field.name)
                    .argTerm("xs::FieldLabels", entityLabelSource(entity.name), entity.name)};
        if (!field.allowed.isEmpty() && !blank(value) && !field.allowed.contains(value.toString()))
            return IntegrityProblem{
                field.name, QStringLiteral("invalid"),
                XS_MESSAGE("xs::RecordIntegrity", "\"%1\" is not an allowed value of \"%2\"")
                    .arg(value.toString().left(64))
                    .argTerm("xs::FieldLabels", fieldLabelSource(entity.name, field.name), field.name)};
    }
    return std::nullopt;
}

std::optional<IntegrityProblem> check(const EntitySchema& entity, const RecordState& record,
                                      const RecordLookup& lookup, bool withParents)
{
    if (std::optional<IntegrityProblem> problem = checkFields(entity, record.fields))
        return problem;
    for (const FieldSchema& field : entity.fields) {
        const QJsonValue value = record.fields.value(field.name);
        if (blank(value))
            continue;
        if (field.unique && lookup.taken(entity.name, field.name, value, record.id))
            return IntegrityProblem{
                field.name, QStringLiteral("duplicate"),
                XS_MESSAGE("xs::RecordIntegrity", "another %1 already has %2 \"%3\"")
                    .argTerm("xs::FieldLabels", entityLabelSource(entity.name), entity.name)
                    .argTerm("xs::FieldLabels", fieldLabelSource(entity.name, field.name), field.name)
                    .arg(value.toString().left(64))};
        if (withParents && !field.parent.isEmpty() && !lookup.exists(field.parent, value.toString()))
            return IntegrityProblem{
                field.name, QStringLiteral("missing_parent"),
                XS_MESSAGE("xs::RecordIntegrity", "%1 \"%2\" does not exist")
                    .argTerm("xs::FieldLabels", entityLabelSource(field.parent), field.parent)
                    .arg(value.toString().left(64))};
    }
    return std::nullopt;
}

} // namespace RecordIntegrity

} // namespace xs
