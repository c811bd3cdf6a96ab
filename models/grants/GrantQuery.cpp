#include "models/grants/GrantQuery.h"

#include "models/grants/AgreementScope.h"
#include "models/grants/GrantRules.h"
#include "models/grants/GrantVocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace xs::GrantQuery {

namespace {

/// "" rather than a null QString, which would be bound as NULL and match nothing.
QString nonNull(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

void append(SqlCondition& condition, const QString& sql, const QVariantList& bindings = {})
{
    condition.sql += QStringLiteral(" AND ") + sql;
    condition.bindings += bindings;
}

} // namespace

int lastDueYear(const QDate& today)
{
    return today > GrantRules::annualDueDate(today.year() - 1) ? today.year() - 1 : today.year() - 2;
}

QString owedYears()
{
    return QStringLiteral(
        "(WITH RECURSIVE series(y) AS (SELECT 1990 UNION ALL SELECT y + 1 FROM series WHERE y < ?) "
        "SELECT y FROM series) years");
}

QString owedYearsAndKinds()
{
    QStringList kinds;
    for (const QString& kind : GrantVocabulary::disclosureKinds())
        kinds << QStringLiteral("SELECT '%1' AS kind").arg(kind); // fixed ASCII codes
    return QStringLiteral("%1 CROSS JOIN (%2) k").arg(owedYears(), kinds.join(QLatin1String(" UNION ALL ")));
}

namespace {

// The years of the agreement's term (its first year to its last, or on if it has no end).
QString yearInTerm()
{
    return QStringLiteral("a.starts_on IS NOT NULL "
                          "AND years.y BETWEEN CAST(substr(a.starts_on, 1, 4) AS INTEGER) "
                          "AND CAST(substr(coalesce(a.ends_on, '9999'), 1, 4) AS INTEGER)");
}

} // namespace

QString missingDisclosure()
{
    return yearInTerm() +
           QStringLiteral(
               " AND NOT EXISTS (SELECT 1 FROM grant_disclosure d WHERE d.agreement_id = a.id "
               "AND d.year = years.y AND d.kind = k.kind AND d.deleted = 0 AND d.submitted_on IS NOT NULL)");
}

QString revenueShares()
{
    // Synced or older data may hold any JSON there; json_each and json_extract fail on the wrong
    // shapes, so anything but an array counts as no shares.
    return QStringLiteral("CASE WHEN json_valid(a.revenue_shares) AND json_type(a.revenue_shares) = 'array' "
                          "THEN a.revenue_shares ELSE '[]' END");
}

QString missingReport()
{
    return yearInTerm() +
           QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM grant_report r WHERE r.agreement_id = a.id "
                          "AND r.year = years.y AND r.deleted = 0 AND r.submitted_on IS NOT NULL)");
}

QString firstRegistrationMissing()
{
    return QStringLiteral("a.state IN ('operating', 'evaluation', 'renewed') AND a.starts_on <= ? "
                          "AND NOT EXISTS (SELECT 1 FROM registration g WHERE g.agreement_id = a.id "
                          "AND g.deleted = 0 AND g.type = 'first')");
}

SqlCondition where(const GrantFilter& filter)
{
    SqlCondition condition{QStringLiteral("a.deleted = 0"), {}};
    if (filter.activeOnly || filter.expiringSoon)
        append(condition, QStringLiteral("a.state IN ('operating', 'evaluation', 'renewed')"));
    if (filter.from.isValid())
        append(condition, QStringLiteral("coalesce(a.ends_on, '9999-12-31') >= ?"),
               {filter.from.toString(Qt::ISODate)});
    if (filter.to.isValid())
        append(condition, QStringLiteral("coalesce(a.starts_on, '0000-01-01') <= ?"),
               {filter.to.toString(Qt::ISODate)});
    if (filter.expiringSoon)
        append(condition, QStringLiteral("a.ends_on >= ? AND a.ends_on <= ?"),
               {filter.today.toString(Qt::ISODate),
                filter.today.addDays(ExpiringWithinDays).toString(Qt::ISODate)});
    for (const auto& [column, value] :
         {std::pair{QStringLiteral("mode"), filter.mode}, std::pair{QStringLiteral("domain"), filter.domain},
          std::pair{QStringLiteral("division_code"), filter.division}}) {
        if (value)
            append(condition, QStringLiteral("coalesce(a.%1, '') = ?").arg(column), {nonNull(*value)});
    }
    if (filter.productUseClass)
        append(condition,
               QStringLiteral("EXISTS (SELECT 1 FROM grant_product p WHERE p.agreement_id = a.id "
                              "AND p.deleted = 0 AND coalesce(p.use_class, '') = ?)"),
               {nonNull(*filter.productUseClass)});
    if (filter.shareParty)
        append(condition,
               QStringLiteral("EXISTS (SELECT 1 FROM json_each(%1) s WHERE s.type = 'object' "
                              "AND coalesce(json_extract(s.value, '$.party'), '') = ?)")
                   .arg(revenueShares()),
               {nonNull(*filter.shareParty)});
    if (filter.reportYear > 0)
        append(condition,
               QStringLiteral("EXISTS (SELECT 1 FROM grant_report r WHERE r.agreement_id = a.id "
                              "AND r.deleted = 0 AND r.year = ?)"),
               {filter.reportYear});
    if (filter.overdueReport)
        append(condition,
               QStringLiteral("EXISTS (SELECT 1 FROM %1 WHERE %2)").arg(owedYears(), missingReport()),
               {lastDueYear(filter.today)});
    if (filter.firstRegistrationOverdueFrom.isValid())
        append(condition, firstRegistrationMissing(),
               {filter.firstRegistrationOverdueFrom.toString(Qt::ISODate)});
    if (filter.listedOnExchange)
        append(condition, QStringLiteral("EXISTS (SELECT 1 FROM grant_product p WHERE p.agreement_id = a.id "
                                         "AND p.deleted = 0 AND p.listing_status = 'listed')"));
    if (filter.withdrawnResource)
        append(condition, AgreementScope::namesWithdrawnResource());
    if (filter.agreementIds)
        append(condition, QStringLiteral("a.id IN (SELECT value FROM json_each(?))"),
               {QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*filter.agreementIds))
                                      .toJson(QJsonDocument::Compact))});
    if (filter.overdueDisclosure)
        append(condition,
               QStringLiteral("EXISTS (SELECT 1 FROM %1 WHERE %2)")
                   .arg(owedYearsAndKinds(), missingDisclosure()),
               {lastDueYear(filter.today)});
    return condition;
}

} // namespace xs::GrantQuery
