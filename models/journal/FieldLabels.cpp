#include "models/journal/FieldLabels.h"

#include <QCoreApplication>
#include <QHash>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::FieldLabels)
};

struct Label
{
    const char* entity;
    const char* field; // null: the entity itself
    const char* text;
};

// English source texts; the Chinese ones come from translations/xiangshu_zh_CN.ts.
constexpr Label Labels[] = {
    {"registration", nullptr, QT_TRANSLATE_NOOP("xs::FieldLabels", "Registration")},
    {"registration", "number", QT_TRANSLATE_NOOP("xs::FieldLabels", "Application number")},
    {"registration", "type", QT_TRANSLATE_NOOP("xs::FieldLabels", "Registration type")},
    {"registration", "applicants", QT_TRANSLATE_NOOP("xs::FieldLabels", "Applicants")},
    {"registration", "data_name", QT_TRANSLATE_NOOP("xs::FieldLabels", "Data name")},
    {"registration", "summary", QT_TRANSLATE_NOOP("xs::FieldLabels", "Summary")},
    {"registration", "catalog_entry_id", QT_TRANSLATE_NOOP("xs::FieldLabels", "Catalog entry")},
    {"registration", "related_registration_id", QT_TRANSLATE_NOOP("xs::FieldLabels", "Related registration")},
    {"registration", "materials", QT_TRANSLATE_NOOP("xs::FieldLabels", "Materials")},
    {"registration", "submitted_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Submitted on")},
    {"registration", "operating_term_end", QT_TRANSLATE_NOOP("xs::FieldLabels", "End of operating term")},
    {"registration", "state", QT_TRANSLATE_NOOP("xs::FieldLabels", "State")},
    {"registration", "step_started_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Step started on")},
    {"registration", "step_deadline", QT_TRANSLATE_NOOP("xs::FieldLabels", "Step deadline")},
    {"registration", "remaining_workdays",
     QT_TRANSLATE_NOOP("xs::FieldLabels", "Working days left (paused)")},
    {"registration", "assignee", QT_TRANSLATE_NOOP("xs::FieldLabels", "Assignee")},
    {"registration", "missing_materials", QT_TRANSLATE_NOOP("xs::FieldLabels", "Missing materials")},
    {"registration", "materials_notice_sent",
     QT_TRANSLATE_NOOP("xs::FieldLabels", "Missing-materials notice sent")},
    {"registration", "decision_reason", QT_TRANSLATE_NOOP("xs::FieldLabels", "Reason of the decision")},
    {"registration", "objection", QT_TRANSLATE_NOOP("xs::FieldLabels", "Objection")},
    {"registration", "registration_code", QT_TRANSLATE_NOOP("xs::FieldLabels", "Registration code")},
    {"registration", "coded_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Coded on")},
    {"registration", "expires_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Valid until")},
    {"registration", "events", QT_TRANSLATE_NOOP("xs::FieldLabels", "Timeline")},
    {"deadline_rule", nullptr, QT_TRANSLATE_NOOP("xs::FieldLabels", "Deadline rule")},
    {"deadline_rule", "step", QT_TRANSLATE_NOOP("xs::FieldLabels", "Step")},
    {"deadline_rule", "value", QT_TRANSLATE_NOOP("xs::FieldLabels", "Value")},
    {"deadline_rule", "unit", QT_TRANSLATE_NOOP("xs::FieldLabels", "Unit")},
    {"deadline_rule", "source", QT_TRANSLATE_NOOP("xs::FieldLabels", "Source")},
    {"calendar_year", nullptr, QT_TRANSLATE_NOOP("xs::FieldLabels", "Holiday schedule")},
    {"calendar_year", "year", QT_TRANSLATE_NOOP("xs::FieldLabels", "Year")},
    {"calendar_year", "source", QT_TRANSLATE_NOOP("xs::FieldLabels", "Source notice")},
    {"calendar_year", "issued_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Issued on")},
    {"calendar_year", "holidays", QT_TRANSLATE_NOOP("xs::FieldLabels", "Holidays")},
    {"calendar_year", "workdays", QT_TRANSLATE_NOOP("xs::FieldLabels", "Make-up working days")},
    {"department", nullptr, QT_TRANSLATE_NOOP("xs::FieldLabels", "Department")},
    {"department", "code", QT_TRANSLATE_NOOP("xs::FieldLabels", "Department code")},
    {"department", "name", QT_TRANSLATE_NOOP("xs::FieldLabels", "Department name")},
    {"department", "kind", QT_TRANSLATE_NOOP("xs::FieldLabels", "Kind")},
    {"department", "division_code", QT_TRANSLATE_NOOP("xs::FieldLabels", "Administrative division")},
    {"department", "sort_order", QT_TRANSLATE_NOOP("xs::FieldLabels", "Sort order")},
    {"catalog_entry", nullptr, QT_TRANSLATE_NOOP("xs::FieldLabels", "Catalog entry")},
    {"catalog_entry", "name", QT_TRANSLATE_NOOP("xs::FieldLabels", "Resource name")},
    {"catalog_entry", "code", QT_TRANSLATE_NOOP("xs::FieldLabels", "Resource code")},
    {"catalog_entry", "department_code", QT_TRANSLATE_NOOP("xs::FieldLabels", "Provider department")},
    {"catalog_entry", "abstract", QT_TRANSLATE_NOOP("xs::FieldLabels", "Abstract")},
    {"catalog_entry", "format_class", QT_TRANSLATE_NOOP("xs::FieldLabels", "Format class")},
    {"catalog_entry", "format_type", QT_TRANSLATE_NOOP("xs::FieldLabels", "Format type")},
    {"catalog_entry", "update_frequency", QT_TRANSLATE_NOOP("xs::FieldLabels", "Update frequency")},
    {"catalog_entry", "share_attribute", QT_TRANSLATE_NOOP("xs::FieldLabels", "Sharing attribute")},
    {"catalog_entry", "share_method", QT_TRANSLATE_NOOP("xs::FieldLabels", "Sharing method")},
    {"catalog_entry", "share_conditions", QT_TRANSLATE_NOOP("xs::FieldLabels", "Conditions of use")},
    {"catalog_entry", "share_scope", QT_TRANSLATE_NOOP("xs::FieldLabels", "Sharing scope")},
    {"catalog_entry", "share_purpose", QT_TRANSLATE_NOOP("xs::FieldLabels", "Purpose of use")},
    {"catalog_entry", "no_share_reason", QT_TRANSLATE_NOOP("xs::FieldLabels", "Reason for not sharing")},
    {"catalog_entry", "no_share_basis", QT_TRANSLATE_NOOP("xs::FieldLabels", "Basis for not sharing")},
    {"catalog_entry", "open_attribute", QT_TRANSLATE_NOOP("xs::FieldLabels", "Open attribute")},
    {"catalog_entry", "open_conditions", QT_TRANSLATE_NOOP("xs::FieldLabels", "Open conditions")},
    {"catalog_entry", "grade", QT_TRANSLATE_NOOP("xs::FieldLabels", "Data grade")},
    {"catalog_entry", "related_codes", QT_TRANSLATE_NOOP("xs::FieldLabels", "Related resource codes")},
    {"catalog_entry", "published_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Publication date")},
    {"catalog_entry", "last_updated_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Last updated")},
    {"catalog_entry", "in_share_catalog", QT_TRANSLATE_NOOP("xs::FieldLabels", "In the sharing catalog")},
    {"catalog_entry", "in_open_catalog", QT_TRANSLATE_NOOP("xs::FieldLabels", "In the open catalog")},
    {"catalog_entry", "in_authorized_catalog",
     QT_TRANSLATE_NOOP("xs::FieldLabels", "In the authorized-operation catalog")},
    {"catalog_entry", "data_scope", QT_TRANSLATE_NOOP("xs::FieldLabels", "Data scope")},
    {"catalog_entry", "quality_statement", QT_TRANSLATE_NOOP("xs::FieldLabels", "Quality statement")},
    {"catalog_entry", "status", QT_TRANSLATE_NOOP("xs::FieldLabels", "Status")},
    {"data_item", nullptr, QT_TRANSLATE_NOOP("xs::FieldLabels", "Data item")},
    {"data_item", "entry_id", QT_TRANSLATE_NOOP("xs::FieldLabels", "Catalog entry")},
    {"data_item", "position", QT_TRANSLATE_NOOP("xs::FieldLabels", "Position")},
    {"data_item", "name", QT_TRANSLATE_NOOP("xs::FieldLabels", "Chinese name")},
    {"data_item", "identifier", QT_TRANSLATE_NOOP("xs::FieldLabels", "Identifier")},
    {"data_item", "data_type", QT_TRANSLATE_NOOP("xs::FieldLabels", "Data type")},
    {"data_item", "length", QT_TRANSLATE_NOOP("xs::FieldLabels", "Length")},
    {"data_item", "description", QT_TRANSLATE_NOOP("xs::FieldLabels", "Description")},
    {"data_item", "sensitive", QT_TRANSLATE_NOOP("xs::FieldLabels", "Sensitive")},
    {"data_item", "min_grade", QT_TRANSLATE_NOOP("xs::FieldLabels", "Minimum grade")},
    {"data_item", "authoritative", QT_TRANSLATE_NOOP("xs::FieldLabels", "Authoritative source")},
};

const char* find(const QString& entity, const QString& field)
{
    for (const Label& label : Labels) {
        if (entity == QLatin1String(label.entity) &&
            (label.field ? field == QLatin1String(label.field) : field.isNull()))
            return label.text;
    }
    return nullptr;
}

} // namespace

const char* entityLabelSource(const QString& entity)
{
    return find(entity, QString());
}

const char* fieldLabelSource(const QString& entity, const QString& field)
{
    return find(entity, field.isNull() ? QStringLiteral("") : field);
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
