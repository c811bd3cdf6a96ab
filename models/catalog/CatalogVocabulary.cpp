#include "models/catalog/CatalogVocabulary.h"

#include <QCoreApplication>
#include <QHash>

namespace xs::CatalogVocabulary {

namespace {

struct Term
{
    const char* value; // as stored: the official term (or a state key)
    const char* label; // English source text; zh_CN translates it back to the official term
};

// clang-format off
constexpr Term Terms[] = {
    {"无条件共享", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Unconditional sharing")},
    {"有条件共享", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Conditional sharing")},
    {"不予共享", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Not shared")},
    {"服务接口", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Service interface")},
    {"批量交换", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Batch exchange")},
    {"文件下载", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "File download")},
    {"无条件开放", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Unconditionally open")},
    {"有条件开放", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Conditionally open")},
    {"不予开放", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Not open")},
    {"核心数据", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Core data")},
    {"重要数据", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Important data")},
    {"一般数据", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "General data")},
    {"实时", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Real time")},
    {"每日", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Daily")},
    {"每周", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Weekly")},
    {"每月", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Monthly")},
    {"每季度", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Quarterly")},
    {"每半年", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Half-yearly")},
    {"每年", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Yearly")},
    {"不定期", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Irregular")},
    {"电子表格", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Spreadsheet")},
    {"数据库", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Database")},
    {"文本", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Text")},
    {"图形图像", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Graphics and images")},
    {"流媒体", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Streaming media")},
    {"接口", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Interface")},
    {"其他", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Other")},
    {"医疗健康", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Health care")},
    {"文化教育", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Culture and education")},
    {"交通出行", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Transport")},
    {"气象服务", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Meteorological services")},
    {"社会保障", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Social security")},
    {"draft", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Draft")},
    {"submitted", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Submitted")},
    {"published", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Published")},
    {"withdrawn", QT_TRANSLATE_NOOP("xs::CatalogVocabulary", "Withdrawn")},
};
// clang-format on

QStringList values(int first, int count)
{
    QStringList list;
    for (int index = first; index < first + count; ++index)
        list.append(QString::fromUtf8(Terms[index].value));
    return list;
}

const QHash<QString, const char*>& labels()
{
    static const QHash<QString, const char*> table = [] {
        QHash<QString, const char*> built;
        for (const Term& term : Terms)
            built.insert(QString::fromUtf8(term.value), term.label);
        return built;
    }();
    return table;
}

} // namespace

QString unconditionalShare()
{
    return QString::fromUtf8(Terms[0].value);
}

QString conditionalShare()
{
    return QString::fromUtf8(Terms[1].value);
}

QString noShare()
{
    return QString::fromUtf8(Terms[2].value);
}

QStringList shareAttributes()
{
    return values(0, 3);
}

QStringList shareMethods()
{
    return values(3, 3);
}

QString unconditionalOpen()
{
    return QString::fromUtf8(Terms[6].value);
}

bool mayOpenUnconditionally(const QString& grade)
{
    return gradeRank(grade) < gradeRank(grades().at(1));
}

QString conditionalOpen()
{
    return QString::fromUtf8(Terms[7].value);
}

QStringList openAttributes()
{
    return values(6, 3);
}

QStringList grades()
{
    return values(9, 3);
}

int gradeRank(const QString& grade)
{
    const qsizetype position = grades().indexOf(grade);
    return position < 0 ? 0 : int(3 - position);
}

QStringList defaultUpdateFrequencies()
{
    return values(12, 8);
}

QStringList formatClasses()
{
    return values(20, 7);
}

QStringList vocabulary(const QString& name)
{
    static const QHash<QString, QStringList (*)()> lists{
        {QStringLiteral("grade"), &grades},
        {QStringLiteral("format_class"), &formatClasses},
        {QStringLiteral("share_attribute"), &shareAttributes},
        {QStringLiteral("share_method"), &shareMethods},
        {QStringLiteral("open_attribute"), &openAttributes},
        {QStringLiteral("update_frequency"), &defaultUpdateFrequencies},
    };
    const auto list = lists.constFind(name);
    return list == lists.cend() ? QStringList() : (*list)();
}

QStringList priorityOpenDomains()
{
    return values(27, 5);
}

QStringList statuses()
{
    return values(32, 4);
}

QString catalogKey(Catalog catalog)
{
    switch (catalog) {
    case Catalog::Share:
        return QStringLiteral("share");
    case Catalog::Open:
        return QStringLiteral("open");
    case Catalog::Authorized:
        return QStringLiteral("authorized");
    }
    return {};
}

QString catalogField(Catalog catalog)
{
    return QStringLiteral("in_%1_catalog").arg(catalogKey(catalog));
}

QString catalogLabel(Catalog catalog)
{
    switch (catalog) {
    case Catalog::Share:
        return QCoreApplication::translate("xs::CatalogVocabulary", "Government data sharing catalog");
    case Catalog::Open:
        return QCoreApplication::translate("xs::CatalogVocabulary", "Public data open catalog");
    case Catalog::Authorized:
        return QCoreApplication::translate("xs::CatalogVocabulary", "Authorized operation catalog");
    }
    return {};
}

const char* labelSource(const QString& value)
{
    return labels().value(value, nullptr);
}

QString label(const QString& value)
{
    const auto found = labels().constFind(value);
    if (found == labels().cend())
        return value;
    return QCoreApplication::translate("xs::CatalogVocabulary", *found);
}

} // namespace xs::CatalogVocabulary
