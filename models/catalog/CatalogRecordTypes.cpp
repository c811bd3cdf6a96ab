#include "models/catalog/CatalogRecordTypes.h"

#include "models/catalog/Divisions.h"

namespace xs {

using namespace Fields;

namespace {

QStringList divisionCodes()
{
    QStringList codes;
    for (const Division& division : hunanDivisions())
        codes << division.code;
    return codes;
}

} // namespace

QList<EntitySchema> catalogRecordTypes()
{
    return {
        // The desktop's table holds every field NOT NULL, code UNIQUE, kind CHECK and division
        // REFERENCES (tst_syncapplier compares the definitions with the tables).
        entity("department", QT_TRANSLATE_NOOP("xs::FieldLabels", "Department"),
               {required(unique(text("code", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Department code")))),
                required(text("name", 200, QT_TRANSLATE_NOOP("xs::FieldLabels", "Department name"))),
                required(oneOf(text("kind", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Kind")),
                               {QStringLiteral("provincial"), QStringLiteral("prefectural"),
                                QStringLiteral("utility")})),
                required(oneOf(
                    text("division_code", 6, QT_TRANSLATE_NOOP("xs::FieldLabels", "Administrative division")),
                    divisionCodes())),
                required(integer("sort_order", QT_TRANSLATE_NOOP("xs::FieldLabels", "Sort order")))}),
        // 目录条目 (a resource), DOMAIN.md §1.
        entity("catalog_entry", QT_TRANSLATE_NOOP("xs::FieldLabels", "Catalog entry"),
               {text("name", 300, QT_TRANSLATE_NOOP("xs::FieldLabels", "Resource name")),
                text("code", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Resource code")),
                text("department_code", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Provider department")),
                text("abstract", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Abstract")),
                text("format_class", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Format class")),
                text("format_type", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Format type")),
                text("update_frequency", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Update frequency")),
                text("share_attribute", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Sharing attribute")),
                text("share_method", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Sharing method")),
                text("share_conditions", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Conditions of use")),
                text("share_scope", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Sharing scope")),
                text("share_purpose", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Purpose of use")),
                text("no_share_reason", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Reason for not sharing")),
                text("no_share_basis", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Basis for not sharing")),
                text("open_attribute", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Open attribute")),
                text("open_conditions", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Open conditions")),
                text("grade", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Data grade")),
                text("related_codes", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Related resource codes")),
                date("published_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Publication date")),
                date("last_updated_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Last updated")),
                boolean("in_share_catalog", QT_TRANSLATE_NOOP("xs::FieldLabels", "In the sharing catalog")),
                boolean("in_open_catalog", QT_TRANSLATE_NOOP("xs::FieldLabels", "In the open catalog")),
                boolean("in_authorized_catalog",
                        QT_TRANSLATE_NOOP("xs::FieldLabels", "In the authorized-operation catalog")),
                text("data_scope", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Data scope")),
                text("quality_statement", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Quality statement")),
                text("status", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Status"))}),
        // 数据项, DOMAIN.md §1.
        entity("data_item", QT_TRANSLATE_NOOP("xs::FieldLabels", "Data item"),
               {required(parentOf(text("entry_id", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Catalog entry")),
                                  "catalog_entry")),
                integer("position", QT_TRANSLATE_NOOP("xs::FieldLabels", "Position")),
                text("name", 200, QT_TRANSLATE_NOOP("xs::FieldLabels", "Chinese name")),
                text("identifier", 128, QT_TRANSLATE_NOOP("xs::FieldLabels", "Identifier")),
                text("data_type", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Data type")),
                integer("length", QT_TRANSLATE_NOOP("xs::FieldLabels", "Length")),
                text("description", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Description")),
                boolean("sensitive", QT_TRANSLATE_NOOP("xs::FieldLabels", "Sensitive")),
                text("min_grade", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Minimum grade")),
                boolean("authoritative", QT_TRANSLATE_NOOP("xs::FieldLabels", "Authoritative source"))})};
}

} // namespace xs
