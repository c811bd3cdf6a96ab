#include "models/pricing/OperatingReport.h"

#include "models/grants/GrantRules.h"
#include "models/storage/PreparedQuery.h"

#include <QSqlQuery>

namespace xs {

namespace {

bool readAgreement(QSqlQuery& query, OperatingReport* report, QString* cycles, DatabaseError* error)
{
    if (!runPrepared(query,
                     QStringLiteral("SELECT coalesce(a.title, ''), coalesce(o.name, ''), "
                                    "coalesce(a.evaluation_cycles, '') FROM grant_agreement a "
                                    "LEFT JOIN grant_operator o ON o.id = a.operator_id AND o.deleted = 0 "
                                    "WHERE a.id = ? AND a.deleted = 0"),
                     {report->agreementId}, error) ||
        !query.next())
        return false;
    report->agreementTitle = query.value(0).toString();
    report->operatorName = query.value(1).toString();
    *cycles = query.value(2).toString();
    return true;
}

/// Every submitted year (the latest submission of a year stands), and the inputs of the year asked.
bool readReports(QSqlQuery& query, OperatingReport* report, QList<EvaluationCycles::ReportYear>* years,
                 DatabaseError* error)
{
    if (!runPrepared(
            query,
            QStringLiteral("SELECT year, coalesce(max_revenue_fen, 0), coalesce(actual_revenue_fen, 0), "
                           "submitted_on, coalesce(cost_fen, 0), coalesce(rate_bp, 0), "
                           "coalesce(taxes_fen, 0), coalesce(product_sales, '') FROM grant_report "
                           "WHERE agreement_id = ? AND deleted = 0 AND year IS NOT NULL "
                           "AND submitted_on IS NOT NULL ORDER BY year, submitted_on"),
            {report->agreementId}, error))
        return false;
    bool found = false;
    while (query.next()) {
        const EvaluationCycles::ReportYear year{query.value(0).toInt(), query.value(1).toLongLong(),
                                                query.value(2).toLongLong()};
        EvaluationCycles::addReport(*years, year);
        if (year.year != report->year)
            continue;
        found = true;
        report->submittedOn = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        report->costFen = query.value(4).toLongLong();
        report->rateBp = query.value(5).toInt();
        report->taxesFen = query.value(6).toLongLong();
        report->actualFen = year.actualFen;
        report->sales = PricingRecords::salesFromJson(query.value(7).toString())
                            .value_or(QList<PricingRecords::ProductSale>{});
    }
    return found;
}

/// Each month of the year in which a product's price or cap differs from its month before.
bool readPriceChanges(QSqlQuery& query, OperatingReport* report, DatabaseError* error)
{
    const QString sql = QStringLiteral(
        "SELECT name, month, before_price, price, before_cap, cap FROM ("
        "SELECT coalesce(p.name, p.id) AS name, pr.month AS month, pr.price_fen AS price, pr.cap_fen AS cap, "
        "lag(pr.price_fen) OVER byMonth AS before_price, lag(pr.cap_fen) OVER byMonth AS before_cap "
        "FROM grant_product p JOIN grant_price pr ON pr.product_id = p.id AND pr.deleted = 0 "
        "WHERE p.agreement_id = ? AND p.deleted = 0 AND pr.month <= ? "
        "WINDOW byMonth AS (PARTITION BY pr.product_id ORDER BY pr.month)) "
        "WHERE month >= ? AND before_price IS NOT NULL "
        "AND (price IS NOT before_price OR cap IS NOT before_cap) ORDER BY name, month");
    if (!runPrepared(query, sql,
                     {report->agreementId, QStringLiteral("%1-12").arg(report->year),
                      QStringLiteral("%1-01").arg(report->year)},
                     error))
        return false;
    while (query.next())
        report->priceChanges.append({query.value(0).toString(), query.value(1).toString(),
                                     query.value(2).toLongLong(), query.value(3).toLongLong(),
                                     query.value(4).toLongLong(), query.value(5).toLongLong()});
    return true;
}

} // namespace

std::optional<OperatingReport> OperatingReport::load(QSqlDatabase database, const QString& agreementId,
                                                     int year, const DeadlineRules& rules,
                                                     const WorkingCalendar& calendar, DatabaseError* error)
{
    OperatingReport report;
    report.agreementId = agreementId;
    report.year = year;
    report.dueOn = GrantRules::annualDueDate(year);
    QSqlQuery query(database);
    QString cycles;
    QList<EvaluationCycles::ReportYear> years;
    if (!readAgreement(query, &report, &cycles, error) || !readReports(query, &report, &years, error))
        return std::nullopt;
    const QList<EvaluationCycles::CycleOutcome> evaluated = EvaluationCycles::evaluate(
        EvaluationCycles::fromJson(cycles).value_or(QList<EvaluationCycles::Span>{}), years);
    for (const EvaluationCycles::CycleOutcome& cycle : evaluated) {
        if (cycle.span.contains(year))
            report.cycle = cycle;
    }
    report.outcome = *EvaluationCycles::yearOf(evaluated, year); // the year was read above
    report.action = RevenueReview::actionFor(report.outcome);
    if (report.action != RevenueReview::Action::None)
        report.actionDueOn =
            rules.deadline(RevenueReview::ruleOf(report.action), report.submittedOn, calendar);
    if (!readPriceChanges(query, &report, error))
        return std::nullopt;
    return report;
}

} // namespace xs
