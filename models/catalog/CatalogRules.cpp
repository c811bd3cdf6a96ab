#include "models/catalog/CatalogRules.h"

#include "models/catalog/CatalogVocabulary.h"
#include "models/catalog/UpdateFrequencies.h"

#include <QRegularExpression>

#include <algorithm>

namespace xs {

namespace {

QString text(const QJsonObject& record, const char* field)
{
    return record.value(QLatin1String(field)).toString().trimmed();
}

bool flag(const QJsonObject& record, const char* field)
{
    return record.value(QLatin1String(field)).toBool();
}

void require(QList<FieldProblem>& problems, const QJsonObject& record, const char* field,
             const Message& message)
{
    if (text(record, field).isEmpty())
        problems.append({QString::fromLatin1(field), message});
}

void requireOneOf(QList<FieldProblem>& problems, const QJsonObject& record, const char* field,
                  const QStringList& allowed, const Message& missing)
{
    const QString value = text(record, field);
    if (value.isEmpty())
        problems.append({QString::fromLatin1(field), missing});
    else if (!allowed.contains(value))
        problems.append(
            {QString::fromLatin1(field), XS_MESSAGE("xs::CatalogRules", "「%1」 is not one of: %2.")
                                             .arg(value, allowed.join(QStringLiteral("、")))});
}

} // namespace

CatalogRules::CatalogRules(CatalogRuleSettings settings)
    : m_settings(std::move(settings))
{}

QList<FieldProblem> CatalogRules::checkEntry(const QJsonObject& entry, const QList<QJsonObject>& items) const
{
    QList<FieldProblem> problems;
    require(problems, entry, "name", XS_MESSAGE("xs::CatalogRules", "Enter the catalog name."));
    const QString code = text(entry, "code");
    if (code.isEmpty())
        problems.append({QStringLiteral("code"), XS_MESSAGE("xs::CatalogRules", "Enter the resource code.")});
    else if (!QRegularExpression(m_settings.codePattern).match(code).hasMatch())
        problems.append(
            {QStringLiteral("code"),
             XS_MESSAGE("xs::CatalogRules",
                        "The resource code must be the class part (类 1 digit, 项 2, 目 3, 细目 3), "
                        "a slash and a 6-digit sequence, e.g. 101001001/000001.")});
    require(problems, entry, "department_code",
            XS_MESSAGE("xs::CatalogRules", "Choose the provider department."));

    const QString share = text(entry, "share_attribute");
    requireOneOf(problems, entry, "share_attribute", CatalogVocabulary::shareAttributes(),
                 XS_MESSAGE("xs::CatalogRules", "Choose the sharing attribute."));
    if (share == CatalogVocabulary::conditionalShare()) {
        require(problems, entry, "share_scope",
                XS_MESSAGE("xs::CatalogRules", "Conditional sharing needs the sharing scope."));
        require(problems, entry, "share_purpose",
                XS_MESSAGE("xs::CatalogRules", "Conditional sharing needs the purpose of use."));
    }
    if (share == CatalogVocabulary::noShare()) {
        require(problems, entry, "no_share_reason",
                XS_MESSAGE("xs::CatalogRules", "Not sharing needs a reason."));
        require(
            problems, entry, "no_share_basis",
            XS_MESSAGE("xs::CatalogRules",
                       "Not sharing needs its legal basis (laws, regulations or State Council decisions)."));
    } else if (!share.isEmpty()) {
        requireOneOf(problems, entry, "share_method", CatalogVocabulary::shareMethods(),
                     XS_MESSAGE("xs::CatalogRules", "Choose how the data is shared."));
    }
    if (!text(entry, "open_attribute").isEmpty())
        requireOneOf(problems, entry, "open_attribute", CatalogVocabulary::openAttributes(), {});
    if (text(entry, "open_attribute") == CatalogVocabulary::conditionalOpen())
        require(problems, entry, "open_conditions",
                XS_MESSAGE("xs::CatalogRules", "Conditional opening needs the open conditions."));

    requireOneOf(problems, entry, "grade", CatalogVocabulary::grades(),
                 XS_MESSAGE("xs::CatalogRules", "Choose the data grade."));
    const QString needed = requiredGrade(items);
    if (CatalogVocabulary::gradeRank(text(entry, "grade")) < CatalogVocabulary::gradeRank(needed))
        problems.append(
            {QStringLiteral("grade"),
             XS_MESSAGE("xs::CatalogRules",
                        "A data item is graded %1, so the resource must be graded at least %1.")
                 .argTerm("xs::CatalogVocabulary", CatalogVocabulary::labelSource(needed), needed)});
    if (text(entry, "open_attribute") == CatalogVocabulary::unconditionalOpen() &&
        !CatalogVocabulary::mayOpenUnconditionally(text(entry, "grade")))
        problems.append(
            {QStringLiteral("open_attribute"),
             XS_MESSAGE("xs::CatalogRules", "Data graded %1 is never opened unconditionally: open it under "
                                            "conditions, or not at all.")
                 .argTerm("xs::CatalogVocabulary", CatalogVocabulary::labelSource(text(entry, "grade")),
                          text(entry, "grade"))});
    require(problems, entry, "update_frequency",
            XS_MESSAGE("xs::CatalogRules", "Choose the update frequency."));

    if (flag(entry, "in_authorized_catalog")) {
        require(problems, entry, "data_scope",
                XS_MESSAGE("xs::CatalogRules", "The authorized-operation catalog needs the data scope."));
        require(
            problems, entry, "quality_statement",
            XS_MESSAGE("xs::CatalogRules", "The authorized-operation catalog needs a quality statement."));
    }
    return problems;
}

QList<FieldProblem> CatalogRules::checkItem(const QJsonObject& item) const
{
    QList<FieldProblem> problems;
    require(problems, item, "name", XS_MESSAGE("xs::CatalogRules", "Enter the data item's Chinese name."));
    const QString identifier = text(item, "identifier");
    if (identifier.isEmpty())
        problems.append({QStringLiteral("identifier"),
                         XS_MESSAGE("xs::CatalogRules", "Enter the data item's identifier.")});
    else if (!QRegularExpression(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$")).match(identifier).hasMatch())
        problems.append(
            {QStringLiteral("identifier"),
             XS_MESSAGE("xs::CatalogRules",
                        "The identifier starts with a letter and holds only letters, digits and _.")});
    require(problems, item, "data_type", XS_MESSAGE("xs::CatalogRules", "Choose the data type."));
    const QJsonValue length = item.value(QLatin1String("length"));
    if (!length.isNull() && !length.isUndefined() && length.toInteger() <= 0)
        problems.append({QStringLiteral("length"),
                         XS_MESSAGE("xs::CatalogRules", "The length must be a positive number.")});
    if (!text(item, "min_grade").isEmpty())
        requireOneOf(problems, item, "min_grade", CatalogVocabulary::grades(), {});
    return problems;
}

QList<FieldProblem> CatalogRules::checkItemOf(const QJsonObject& item, const QJsonObject& entry) const
{
    QList<FieldProblem> problems = checkItem(item);
    const QString grade = text(item, "min_grade");
    if (CatalogVocabulary::gradeRank(grade) > CatalogVocabulary::gradeRank(text(entry, "grade")))
        problems.append(
            {QStringLiteral("min_grade"),
             XS_MESSAGE("xs::CatalogRules", "The resource is graded lower than %1: raise its grade first.")
                 .argTerm("xs::CatalogVocabulary", CatalogVocabulary::labelSource(grade), grade)});
    return problems;
}

QString CatalogRules::requiredGrade(const QList<QJsonObject>& items)
{
    QString highest;
    for (const QJsonObject& item : items) {
        const QString grade = text(item, "min_grade");
        if (CatalogVocabulary::gradeRank(grade) > CatalogVocabulary::gradeRank(highest))
            highest = grade;
    }
    return highest;
}

bool CatalogRules::changeNeedsReason(const QString& status)
{
    return status == QLatin1String("published");
}

QualityScores CatalogRules::quality(const QList<FieldProblem>& problems, const QJsonObject& entry,
                                    const QList<QJsonObject>& items, int conflictingItems,
                                    const UpdateFrequencies& frequencies, const QDate& today)
{
    QualityScores scores;
    scores.accuracy = std::max(0, 100 - 25 * int(problems.size()));

    QList<const char*> expected{"name",           "code",        "department_code",  "abstract",
                                "format_class",   "format_type", "update_frequency", "share_attribute",
                                "open_attribute", "grade",       "last_updated_on"};
    if (text(entry, "share_attribute") != CatalogVocabulary::noShare())
        expected.append("share_method");
    if (flag(entry, "in_authorized_catalog"))
        expected << "data_scope"
                 << "quality_statement";
    const auto filled = std::count_if(expected.cbegin(), expected.cend(),
                                      [&](const char* field) { return !text(entry, field).isEmpty(); });
    const qsizetype expectedCount = expected.size() + 1; // and at least one data item
    scores.completeness = int((100 * (filled + (items.isEmpty() ? 0 : 1))) / expectedCount);

    const QString frequency = text(entry, "update_frequency");
    const QDate lastUpdated = QDate::fromString(text(entry, "last_updated_on"), Qt::ISODate);
    const std::optional<int> limit = frequencies.maxAgeDays(frequency);
    if (!lastUpdated.isValid())
        scores.timeliness = 0;
    else if (!limit || !frequencies.isOverdue(frequency, lastUpdated, today))
        scores.timeliness = 100;
    else
        scores.timeliness = int(100 * qint64(*limit) / std::max<qint64>(1, lastUpdated.daysTo(today)));

    scores.consistency = items.isEmpty() ? 100 : int(100 * (items.size() - conflictingItems) / items.size());
    return scores;
}

} // namespace xs
