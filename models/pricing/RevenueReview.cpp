#include "models/pricing/RevenueReview.h"

#include "models/storage/PreparedQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace xs {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("xs::RevenueReview", text);
}

struct AgreementReports
{
    QString title;
    QString cycles;
    QList<EvaluationCycles::ReportYear> years;
    QHash<int, QDate> submitted;
};

/// Every submitted report of the selected agreements, one per year (the latest submitted, if a year
/// was reported twice), in agreement order.
bool readReports(QSqlQuery& query, const GrantFilter& filter,
                 QList<std::pair<QString, AgreementReports>>* out, DatabaseError* error)
{
    const SqlCondition agreements = GrantQuery::where(filter);
    const QString sql =
        QStringLiteral("SELECT a.id, coalesce(a.title, ''), coalesce(a.evaluation_cycles, ''), r.year, "
                       "coalesce(r.max_revenue_fen, 0), coalesce(r.actual_revenue_fen, 0), r.submitted_on "
                       "FROM grant_report r JOIN grant_agreement a ON a.id = r.agreement_id "
                       "WHERE r.deleted = 0 AND r.year IS NOT NULL AND r.submitted_on IS NOT NULL AND %1 "
                       "ORDER BY a.id, r.year, r.submitted_on")
            .arg(agreements.sql);
    if (!runPrepared(query, sql, agreements.bindings, error))
        return false;
    while (query.next()) {
        const QString id = query.value(0).toString();
        if (out->isEmpty() || out->constLast().first != id)
            out->append({id, {query.value(1).toString(), query.value(2).toString(), {}, {}}});
        AgreementReports& reports = out->last().second;
        const EvaluationCycles::ReportYear year{query.value(3).toInt(), query.value(4).toLongLong(),
                                                query.value(5).toLongLong()};
        EvaluationCycles::addReport(reports.years, year);
        reports.submitted.insert(year.year, QDate::fromString(query.value(6).toString(), Qt::ISODate));
    }
    return true;
}

/// For each review that asks for action, the first month after its report's month in which one of
/// the agreement's products has another price (or cap) than it had in that month.
bool readChanges(QSqlQuery& query, QList<RevenueReview>* reviews, DatabaseError* error)
{
    QJsonArray asked;
    for (const RevenueReview& review : *reviews) {
        if (review.action != RevenueReview::Action::None && review.reportedOn.isValid())
            asked.append(QJsonArray{review.agreementId, review.reportedOn.toString(QStringLiteral("yyyy-MM")),
                                    review.action == RevenueReview::Action::ReviewCaps ? 1 : 0});
    }
    if (asked.isEmpty())
        return true;
    // Per product, the first later month that differs, found through the (product_id, month) index
    // and stopping there: most changes come a month or two after the report.
    const QString sql = QStringLiteral(
        "SELECT json_extract(j.value, '$[0]'), min((SELECT later.month FROM grant_price later "
        "WHERE later.product_id = base.product_id AND later.deleted = 0 AND later.month > base.month "
        "AND CASE json_extract(j.value, '$[2]') WHEN 1 THEN later.cap_fen IS NOT base.cap_fen "
        "ELSE later.price_fen IS NOT base.price_fen END ORDER BY later.month LIMIT 1)) FROM json_each(?) j "
        "JOIN grant_product p ON p.agreement_id = json_extract(j.value, '$[0]') AND p.deleted = 0 "
        "JOIN grant_price base ON base.product_id = p.id AND base.deleted = 0 "
        "AND base.month = json_extract(j.value, '$[1]') "
        "GROUP BY json_extract(j.value, '$[0]')");
    if (!runPrepared(query, sql, {QString::fromUtf8(QJsonDocument(asked).toJson(QJsonDocument::Compact))},
                     error))
        return false;
    QHash<QString, QString> firstChange;
    while (query.next()) {
        if (!query.value(1).isNull())
            firstChange.insert(query.value(0).toString(), query.value(1).toString());
    }
    for (RevenueReview& review : *reviews)
        review.doneIn = firstChange.value(review.agreementId);
    return true;
}

} // namespace

QString RevenueReview::deviationText(int bp)
{
    return QStringLiteral("%1%2%").arg(bp > 0 ? QStringLiteral("+") : QString()).arg(bp / 100.0, 0, 'f', 2);
}

RevenueReview::Action RevenueReview::actionFor(const EvaluationCycles::YearOutcome& year)
{
    if (year.capsReviewed())
        return Action::ReviewCaps;
    return year.operatorAdjustsPrices() ? Action::AdjustPrices : Action::None;
}

QString RevenueReview::ruleOf(Action action)
{
    switch (action) {
    case Action::AdjustPrices:
        return DeadlineRules::PriceAdjustment;
    case Action::ReviewCaps:
        return DeadlineRules::CapReview;
    case Action::None:
        break;
    }
    return {};
}

QString RevenueReview::actionText(Action action)
{
    switch (action) {
    case Action::AdjustPrices:
        return tr("Operator adjusts prices");
    case Action::ReviewCaps:
        return tr("Caps reviewed");
    case Action::None:
        break;
    }
    return tr("No adjustment");
}

QString RevenueReview::explanation() const
{
    QStringList lines;
    lines << tr("%1: actual revenue %2 yuan against a maximum of %3 yuan, a deviation of %4.")
                 .arg(year.year)
                 .arg(PricingRules::yuan(year.actualFen), PricingRules::yuan(year.maxFen),
                      deviationText(year.check.deviationBp));
    if (year.deductedFen > 0)
        lines << tr("The year's own maximum is %1 yuan; %2 yuan of the previous cycle's excess comes off it.")
                     .arg(PricingRules::yuan(year.ownMaxFen), PricingRules::yuan(year.deductedFen));
    lines << (action == Action::ReviewCaps     ? tr("More than 10% off: the caps are reviewed.")
              : action == Action::AdjustPrices ? tr("Within 10%: the operator adjusts its prices.")
                                               : tr("On the maximum: nothing to adjust."));
    lines << QString() << cycle.explanation();
    return lines.join(QLatin1Char('\n'));
}

qint64 RevenueReviews::count(RevenueReview::Action action) const
{
    return std::count_if(reviews.cbegin(), reviews.cend(),
                         [action](const RevenueReview& review) { return review.action == action; });
}

qint64 RevenueReviews::overdue(const QDate& today) const
{
    return std::count_if(reviews.cbegin(), reviews.cend(),
                         [&today](const RevenueReview& review) { return review.overdue(today); });
}

QStringList RevenueReviews::outOfBandAgreements() const
{
    QStringList ids;
    for (const RevenueReview& review : reviews) {
        if (review.outOfBand())
            ids << review.agreementId;
    }
    return ids;
}

RevenueReviews RevenueReviews::compute(QSqlDatabase database, const GrantFilter& filter,
                                       const DeadlineRules& rules, const WorkingCalendar& calendar)
{
    RevenueReviews result;
    QSqlQuery query(database);
    QList<std::pair<QString, AgreementReports>> agreements;
    if (!readReports(query, filter, &agreements, &result.error))
        return result;
    for (const auto& [id, reports] : agreements) {
        const QList<EvaluationCycles::CycleOutcome> cycles = EvaluationCycles::evaluate(
            EvaluationCycles::fromJson(reports.cycles).value_or(QList<EvaluationCycles::Span>{}),
            reports.years);
        if (cycles.isEmpty())
            continue;
        RevenueReview review;
        review.agreementId = id;
        review.agreementTitle = reports.title;
        review.cycle = cycles.constLast();
        review.year = review.cycle.years.constLast();
        review.action = RevenueReview::actionFor(review.year);
        review.reportedOn = reports.submitted.value(review.year.year);
        if (review.action != RevenueReview::Action::None && review.reportedOn.isValid())
            review.dueOn = rules.deadline(RevenueReview::ruleOf(review.action), review.reportedOn, calendar);
        result.reviews.append(review);
    }
    if (!readChanges(query, &result.reviews, &result.error))
        return result;
    std::sort(
        result.reviews.begin(), result.reviews.end(), [](const RevenueReview& a, const RevenueReview& b) {
            return std::tie(a.agreementTitle, a.agreementId) < std::tie(b.agreementTitle, b.agreementId);
        });
    return result;
}

} // namespace xs
