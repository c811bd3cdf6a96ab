#include "models/journal/EntitySchema.h"

#include "models/catalog/Divisions.h"
#include "models/journal/FieldLabels.h"

#include <QDate>
#include <QJsonValue>

namespace xs {

namespace {

FieldSchema text(const char* name, int maxLength = 0)
{
    return {QString::fromLatin1(name), FieldType::Text, maxLength};
}

FieldSchema integer(const char* name)
{
    return {QString::fromLatin1(name), FieldType::Integer, 0};
}

FieldSchema boolean(const char* name)
{
    return {QString::fromLatin1(name), FieldType::Boolean, 0};
}

FieldSchema date(const char* name)
{
    return {QString::fromLatin1(name), FieldType::Date, 0};
}

FieldSchema required(FieldSchema field)
{
    field.required = true;
    return field;
}

FieldSchema unique(FieldSchema field)
{
    field.unique = true;
    return field;
}

FieldSchema oneOf(FieldSchema field, QStringList allowed)
{
    field.allowed = std::move(allowed);
    return field;
}

FieldSchema parentOf(FieldSchema field, const char* entity)
{
    field.parent = QString::fromLatin1(entity);
    return field;
}

QStringList divisionCodes()
{
    QStringList codes;
    for (const Division& division : hunanDivisions())
        codes << division.code;
    return codes;
}

QList<EntitySchema> buildEntities()
{
    return {
        // 节假日安排: one year of the official schedule (models/calendar). The hub publishes a new
        // year as soon as the State Council does; the lists travel as JSON text.
        {QStringLiteral("calendar_year"),
         QStringLiteral("calendar_year"),
         {integer("year"), text("source", 1000), date("issued_on"), text("holidays", 8000),
          text("workdays", 4000)},
         {}},
        // 登记时限: one deadline rule of registration (models/registration/DeadlineRules).
        {QStringLiteral("deadline_rule"),
         QStringLiteral("deadline_rule"),
         {text("step", 64), integer("value"), text("unit", 32), text("source", 1000)},
         {}},
        // The desktop's table holds every field NOT NULL, code UNIQUE, kind CHECK and division
        // REFERENCES (tst_syncapplier compares the definitions with the tables).
        {QStringLiteral("department"),
         QStringLiteral("department"),
         {required(unique(text("code", 32))), required(text("name", 200)),
          required(oneOf(text("kind", 32), {QStringLiteral("provincial"), QStringLiteral("prefectural"),
                                            QStringLiteral("utility")})),
          required(oneOf(text("division_code", 6), divisionCodes())), required(integer("sort_order"))},
         {}},
        // 目录条目 (a resource), DOMAIN.md §1.
        {QStringLiteral("catalog_entry"),
         QStringLiteral("catalog_entry"),
         {text("name", 300),
          text("code", 64),
          text("department_code", 32),
          text("abstract", 4000),
          text("format_class", 64),
          text("format_type", 64),
          text("update_frequency", 32),
          text("share_attribute", 32),
          text("share_method", 32),
          text("share_conditions", 2000),
          text("share_scope", 2000),
          text("share_purpose", 2000),
          text("no_share_reason", 2000),
          text("no_share_basis", 2000),
          text("open_attribute", 32),
          text("open_conditions", 2000),
          text("grade", 32),
          text("related_codes", 2000),
          date("published_on"),
          date("last_updated_on"),
          boolean("in_share_catalog"),
          boolean("in_open_catalog"),
          boolean("in_authorized_catalog"),
          text("data_scope", 4000),
          text("quality_statement", 4000),
          text("status", 32)},
         {}},
        // 数据项, DOMAIN.md §1.
        {QStringLiteral("data_item"),
         QStringLiteral("data_item"),
         {required(parentOf(text("entry_id", 64), "catalog_entry")), integer("position"), text("name", 200),
          text("identifier", 128), text("data_type", 32), integer("length"), text("description", 2000),
          boolean("sensitive"), text("min_grade", 32), boolean("authoritative")},
         {}},
        // 登记申请 (DOMAIN.md §2). Lists and objects travel as JSON text; the fields after
        // operating_term_end change only through workflow commands (RegistrationWorkflow).
        {QStringLiteral("registration"),
         QStringLiteral("registration"),
         {text("number", 64),
          text("type", 32),
          text("applicants", 4000),
          text("data_name", 300),
          text("summary", 4000),
          parentOf(text("catalog_entry_id", 64), "catalog_entry"),
          parentOf(text("related_registration_id", 64), "registration"),
          text("materials", 2000),
          date("submitted_on"),
          date("operating_term_end"),
          text("state", 32),
          date("step_started_on"),
          date("step_deadline"),
          integer("remaining_workdays"),
          text("assignee", 128),
          text("missing_materials", 2000),
          boolean("materials_notice_sent"),
          text("decision_reason", 4000),
          text("objection", 4000),
          text("registration_code", 64),
          date("coded_on"),
          date("expires_on"),
          text("events", 16000),
          boolean("deadline_provisional"),
          date("deadline_from"),
          integer("deadline_workdays"),
          date("deadline_moved_from")},
         {}},
        // 授权运营 (DOMAIN.md §3, models/grants). state fields change only through commands.
        {QStringLiteral("grant_operator"),
         QStringLiteral("grant_operator"),
         {text("name", 300), text("credit_code", 18), text("contact", 1000), text("qualifications", 4000)},
         {}},
        {QStringLiteral("grant_plan"),
         QStringLiteral("grant_plan"),
         {text("title", 300), text("domain", 64), text("division_code", 6), text("sections", 16000),
          text("state", 32), text("reference", 300)},
         {}},
        {QStringLiteral("grant_agreement"),
         QStringLiteral("grant_agreement"),
         {text("title", 300), parentOf(text("plan_id", 64), "grant_plan"),
          parentOf(text("operator_id", 64), "grant_operator"), text("mode", 32), text("selection_method", 32),
          text("domain", 64), text("division_code", 6), text("resources", 8000), date("starts_on"),
          date("ends_on"), text("revenue_shares", 4000), text("state", 32), text("handover", 4000)},
         {}},
        {QStringLiteral("grant_product"),
         QStringLiteral("grant_product"),
         {required(parentOf(text("agreement_id", 64), "grant_agreement")), text("name", 300),
          text("use_class", 32), text("billing_unit", 32), text("registration_code", 64), integer("cap_fen"),
          integer("price_fen"), boolean("trial"), text("tiers", 4000)},
         {}},
        {QStringLiteral("grant_disclosure"),
         QStringLiteral("grant_disclosure"),
         {required(parentOf(text("agreement_id", 64), "grant_agreement")), text("kind", 32), integer("year"),
          text("content", 8000), date("submitted_on")},
         {}},
        // 定价 (DOMAIN.md §4, models/pricing): monthly prices and annual operating reports.
        {QStringLiteral("grant_price"),
         QStringLiteral("grant_price"),
         {required(parentOf(text("product_id", 64), "grant_product")), text("month", 7), integer("price_fen"),
          integer("cap_fen")},
         {}},
        {QStringLiteral("grant_report"),
         QStringLiteral("grant_report"),
         {required(parentOf(text("agreement_id", 64), "grant_agreement")), integer("year"),
          integer("cost_fen"), integer("rate_bp"), integer("taxes_fen"), integer("treasury_yield_bp"),
          integer("yield_year"), integer("cost_survey_year"), integer("carry_over_fen"),
          integer("max_revenue_fen"), integer("actual_revenue_fen"), text("content", 8000),
          date("submitted_on")},
         {}},
    };
}

bool typeMatches(const QJsonValue& value, FieldType type)
{
    if (value.isNull())
        return true;
    switch (type) {
    case FieldType::Text:
        return value.isString();
    case FieldType::Integer:
        return value.isDouble() && value.toDouble() == double(value.toInteger());
    case FieldType::Real:
        return value.isDouble();
    case FieldType::Boolean:
        return value.isBool();
    case FieldType::Date:
        return value.isString() && QDate::fromString(value.toString(), Qt::ISODate).isValid();
    }
    return false;
}

} // namespace

const FieldSchema* EntitySchema::field(const QString& fieldName) const
{
    const auto found = fieldIndex.constFind(fieldName);
    return found == fieldIndex.cend() ? nullptr : &fields.at(*found);
}

QList<const FieldSchema*> EntitySchema::parentFields() const
{
    QList<const FieldSchema*> parents;
    for (const FieldSchema& candidate : fields) {
        if (!candidate.parent.isEmpty())
            parents << &candidate;
    }
    return parents;
}

QStringList EntitySchema::fieldNames() const
{
    QStringList names;
    for (const FieldSchema& candidate : fields)
        names << candidate.name;
    return names;
}

QString EntitySchema::validate(const QJsonObject& values) const
{
    return validationProblem(values).text();
}

Message EntitySchema::validationProblem(const QJsonObject& values) const
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const FieldSchema* schema = field(it.key());
        if (!schema)
            return XS_MESSAGE("xs::EntitySchema", "unknown field \"%1\" for %2").arg(it.key(), name);
        if (!typeMatches(it.value(), schema->type))
            return XS_MESSAGE("xs::EntitySchema", "field \"%1\" has the wrong type")
                .argTerm("xs::FieldLabels", fieldLabelSource(name, it.key()), it.key());
        const int limit = schema->maxLength > 0 ? schema->maxLength : WireLimits::MaxTextLength;
        if (it.value().isString() && it.value().toString().size() > limit)
            return XS_MESSAGE("xs::EntitySchema", "field \"%1\" is longer than %2 characters")
                .argTerm("xs::FieldLabels", fieldLabelSource(name, it.key()), it.key())
                .arg(qint64(limit));
    }
    return {};
}

const QList<EntitySchema>& syncedEntities()
{
    static const QList<EntitySchema> entities = [] {
        QList<EntitySchema> built = buildEntities(); // immutable table, built once
        for (EntitySchema& entity : built) {
            for (qsizetype i = 0; i < entity.fields.size(); ++i)
                entity.fieldIndex.insert(entity.fields.at(i).name, i);
        }
        return built;
    }();
    return entities;
}

const EntitySchema* findEntity(const QString& name)
{
    for (const EntitySchema& entity : syncedEntities()) {
        if (entity.name == name)
            return &entity;
    }
    return nullptr;
}

} // namespace xs
