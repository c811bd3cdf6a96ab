#include "models/journal/FieldLabels.h"

#include "models/journal/EntitySchema.h"

#include <QCoreApplication>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::FieldLabels)
};

} // namespace

const char* entityLabelSource(const QString& entity)
{
    const EntitySchema* schema = findEntity(entity);
    return schema ? schema->label : nullptr;
}

const char* fieldLabelSource(const QString& entity, const QString& field)
{
    const EntitySchema* schema = findEntity(entity);
    const FieldSchema* known = schema ? schema->field(field) : nullptr;
    return known ? known->label : nullptr;
}

QString entityLabel(const QString& entity)
{
    const char* text = entityLabelSource(entity);
    return text ? QCoreApplication::translate("xs::FieldLabels", text) : entity;
}

QString fieldLabel(const QString& entity, const QString& field)
{
    const char* text = fieldLabelSource(entity, field);
    return text ? QCoreApplication::translate("xs::FieldLabels", text) : field;
}

QString withFieldLabel(const QString& entity, const QString& field, const QString& reason)
{
    return field.isEmpty() ? reason : Text::tr("%1: %2").arg(fieldLabel(entity, field), reason);
}

QString refusalText(const QString& entity, const Refusal& refusal)
{
    return withFieldLabel(entity, refusal.field, refusal.reason());
}

QString roleLabel(const QString& role)
{
    const std::optional<Role> known = roleFromName(role);
    return known ? QCoreApplication::translate("xs::FieldLabels", roleLabelSource(*known)) : role;
}

QString rejectionLabel(const QString& reasonCode)
{
    if (reasonCode == QLatin1String("forbidden"))
        return Text::tr("Not allowed for your role or department");
    if (reasonCode == QLatin1String("invalid_state"))
        return Text::tr("Not allowed in the record's current state");
    if (reasonCode == QLatin1String("not_found"))
        return Text::tr("The record no longer exists on the hub");
    if (reasonCode == QLatin1String("unknown_command") || reasonCode == QLatin1String("unknown_entity"))
        return Text::tr("The hub does not know this kind of change");
    if (reasonCode == QLatin1String("depends_on_rejected"))
        return Text::tr("Made after a change the hub rejected");
    if (reasonCode == QLatin1String("invalid"))
        return Text::tr("A value is not acceptable");
    return reasonCode.isEmpty() ? Text::tr("Refused by the hub") : reasonCode;
}

QString displayValue(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return Text::tr("(empty)");
    case QJsonValue::Bool:
        return value.toBool() ? Text::tr("Yes") : Text::tr("No");
    case QJsonValue::Double:
        return value.toDouble() == double(value.toInteger()) ? QString::number(value.toInteger())
                                                             : QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return Text::tr("(not shown)");
}

} // namespace xs
