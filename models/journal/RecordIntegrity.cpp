#include "models/journal/RecordIntegrity.h"

#include <QCoreApplication>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::RecordIntegrity)
};

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
    if (const QString problem = entity.validate(fields); !problem.isEmpty())
        return IntegrityProblem{{}, QStringLiteral("invalid"), problem};
    for (const FieldSchema& field : entity.fields) {
        const QJsonValue value = fields.value(field.name);
        if (field.required && blank(value))
            return IntegrityProblem{field.name, QStringLiteral("invalid"),
                                    Text::tr("\"%1\" of %2 is required").arg(field.name, entity.name)};
        if (!field.allowed.isEmpty() && !blank(value) && !field.allowed.contains(value.toString()))
            return IntegrityProblem{field.name, QStringLiteral("invalid"),
                                    Text::tr("\"%1\" is not an allowed value of \"%2\"")
                                        .arg(value.toString().left(64), field.name)};
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
            return IntegrityProblem{field.name, QStringLiteral("duplicate"),
                                    Text::tr("another %1 already has %2 \"%3\"")
                                        .arg(entity.name, field.name, value.toString().left(64))};
        if (withParents && !field.parent.isEmpty() && !lookup.exists(field.parent, value.toString()))
            return IntegrityProblem{
                field.name, QStringLiteral("missing_parent"),
                Text::tr("%1 \"%2\" does not exist").arg(field.parent, value.toString().left(64))};
    }
    return std::nullopt;
}

} // namespace RecordIntegrity

} // namespace xs
