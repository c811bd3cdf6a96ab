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
        // 更新频率, the vocabulary entries choose from (DOMAIN.md: common practice, kept editable):
        // administrators add one, change its limit or retire it; never deleted, so an entry keeps
        // a frequency it once had (UpdateFrequencies, UpdateFrequencyAccess).
        entity("update_frequency", QT_TRANSLATE_NOOP("xs::FieldLabels", "Update frequency"),
               {required(text("name", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Name"))),
                integer("max_age_days", QT_TRANSLATE_NOOP("xs::FieldLabels", "Overdue after (days)")),
                required(integer("sort_order", QT_TRANSLATE_NOOP("xs::FieldLabels", "Sort order"))),
                boolean("retired", QT_TRANSLATE_NOOP("xs::FieldLabels", "Retired"))}),
        // 目录条目 (a resource), DOMAIN.md §1. Fields in the order the form shows them and files
        // hold them; the search index has the searchable ones as its columns, in this order.
        // 来源信息系统: the information system that holds the data, which field auditors check on site.
        entity(
            "catalog_entry", QT_TRANSLATE_NOOP("xs::FieldLabels", "Catalog entry"),
            {text("name", 300, QT_TRANSLATE_NOOP("xs::FieldLabels", "Resource name"))
                 .inFiles("目录名称")
                 .inSearch(),
             text("code", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Resource code"))
                 .inFiles("信息资源代码")
                 .inSearch(),
             text("department_code", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Provider department"))
                 .choice("department")
                 .inFiles("提供单位代码"),
             text("abstract", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Abstract"))
                 .multiLine()
                 .inFiles("摘要")
                 .inSearch(),
             text("grade", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Data grade"))
                 .choice("grade")
                 .inFiles("数据分级"),
             text("update_frequency", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Update frequency"))
                 .choice("update_frequency")
                 .inFiles("更新频率"),
             date("last_updated_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Last updated"))
                 .inFiles("最近更新日期"),
             text("format_class", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Format class"))
                 .choice("format_class")
                 .inFiles("数据格式分类"),
             text("format_type", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Format type"))
                 .inFiles("数据格式类型"),
             text("share_attribute", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Sharing attribute"))
                 .choice("share_attribute")
                 .inFiles("共享属性"),
             text("share_method", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Sharing method"))
                 .choice("share_method")
                 .inFiles("共享方式"),
             text("share_scope", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Sharing scope"))
                 .inFiles("共享范围"),
             text("share_purpose", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Purpose of use"))
                 .inFiles("使用用途"),
             text("share_conditions", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Conditions of use"))
                 .multiLine()
                 .inFiles("使用条件"),
             text("no_share_reason", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Reason for not sharing"))
                 .inFiles("不予共享理由"),
             text("no_share_basis", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Basis for not sharing"))
                 .inFiles("不予共享依据"),
             text("open_attribute", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Open attribute"))
                 .choice("open_attribute")
                 .inFiles("开放属性"),
             text("open_conditions", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Open conditions"))
                 .inFiles("开放条件"),
             boolean("in_share_catalog", QT_TRANSLATE_NOOP("xs::FieldLabels", "In the sharing catalog"))
                 .inFiles("共享目录"),
             boolean("in_open_catalog", QT_TRANSLATE_NOOP("xs::FieldLabels", "In the open catalog"))
                 .inFiles("开放目录"),
             boolean("in_authorized_catalog",
                     QT_TRANSLATE_NOOP("xs::FieldLabels", "In the authorized-operation catalog"))
                 .inFiles("授权运营目录"),
             text("data_scope", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Data scope")).inFiles("数据范围"),
             text("quality_statement", 4000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Quality statement"))
                 .multiLine()
                 .inFiles("质量声明"),
             text("source_system", 200, QT_TRANSLATE_NOOP("xs::FieldLabels", "Source information system"))
                 .inFiles("来源信息系统")
                 .inSearch(),
             text("related_codes", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Related resource codes"))
                 .inFiles("关联资源代码"),
             // The impact assessment and the head's sign-off that precede a first submission
             // (CatalogSignOff); the sign-off is written by its step, never typed.
             text("impact_confidentiality", 2000,
                  QT_TRANSLATE_NOOP("xs::FieldLabels", "Confidentiality impact assessment"))
                 .multiLine()
                 .inFiles("保密影响评估"),
             text("impact_personal_info", 2000,
                  QT_TRANSLATE_NOOP("xs::FieldLabels", "Personal-information impact assessment"))
                 .multiLine()
                 .inFiles("个人信息影响评估"),
             text("impact_conclusion", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Assessment conclusion"))
                 .choice("impact_conclusion")
                 .inFiles("影响评估结论"),
             text("signed_off_by", 64, QT_TRANSLATE_NOOP("xs::FieldLabels", "Signed off by"))
                 .notInForms()
                 .inFiles("签发人"),
             date("signed_off_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Signed off on"))
                 .notInForms()
                 .inFiles("签发日期"),
             text("sign_off_comment", 2000, QT_TRANSLATE_NOOP("xs::FieldLabels", "Sign-off comment"))
                 .notInForms()
                 .inFiles("签发意见"),
             date("published_on", QT_TRANSLATE_NOOP("xs::FieldLabels", "Publication date"))
                 .inFiles("发布日期"),
             text("status", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Status"))
                 .notInForms()
                 .inFiles("状态")}),
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

const QStringList& catalogSearchColumns()
{
    static const QStringList columns = findEntity(QStringLiteral("catalog_entry"))->searchableFieldNames();
    return columns;
}

} // namespace xs
