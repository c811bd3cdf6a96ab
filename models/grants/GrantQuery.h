#pragma once

#include "models/storage/PreparedQuery.h" // SqlCondition

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace xs {

/// Which agreements a dashboard figure counts, or a list shows. A bar of a chart and the list it
/// opens use the same filter, so they always agree.
struct GrantFilter
{
    QDate today; // China's date by the clock; whoever builds the filter sets it
    QDate from;  // the term overlaps [from, to]; an invalid date leaves that side open
    QDate to;
    bool activeOnly = false;        // operating, under evaluation or renewed
    bool expiringSoon = false;      // active and ending within GrantQuery::ExpiringWithinDays
    bool overdueDisclosure = false; // owes a disclosure past its 31 March
    bool overdueReport = false;     // owes an annual operating report past its 31 March
    /// Operating since this day or earlier with no first registration filed: late by the rule
    /// (FirstRegistrationDeadline::latestOverdueStart). Invalid: not filtered.
    QDate firstRegistrationOverdueFrom;
    bool listedOnExchange = false;  // has a live product listed and trading on a data exchange (场内交易)
    bool withdrawnResource = false; // not ended, and names an entry no longer in the 授权运营 catalog
    // Exact codes or values; unset: any. Set to "" they select the records without one, which is
    // what the "(not given)" bar of a chart counts.
    std::optional<QString> mode;
    std::optional<QString> domain;
    std::optional<QString> division;
    std::optional<QString> productUseClass; // has a live product of this use class
    std::optional<QString> shareParty;      // shares its revenue with this party
    int reportYear = 0;                     // has an operating report for this year; 0: any
    /// Only these agreements: what a figure computed outside SQL counted (RevenueReviews). Unset: any.
    std::optional<QStringList> agreementIds;

    bool operator==(const GrantFilter&) const = default;
};

/// The SQL of GrantFilter over grant_agreement (aliased a): the one place that knows how "active",
/// "expiring", "overdue disclosure" and the date range map onto the schema.
namespace GrantQuery {

constexpr int ExpiringWithinDays = 90;

SqlCondition where(const GrantFilter& filter);

/// The last year whose disclosures are overdue today if missing (GrantRules decides the due date).
int lastDueYear(const QDate& today);

/// FROM-clause pieces for "every (agreement a, year y, kind k.kind) owed and missing": a recursive
/// series of years (bound: the last due year) and the disclosure kinds. The condition goes into
/// WHERE. The years' bound is the first binding.
QString owedYearsAndKinds();
QString missingDisclosure();
/// The same for operating reports, one a year: FROM-clause years (bound: the last due year), and
/// the condition that the agreement has no submitted report for the year.
QString owedYears();
QString missingReport();
/// The condition that an operating agreement started on or before the bound date (binding) and has
/// no first registration naming it.
QString firstRegistrationMissing();
/// The agreement's revenue shares as a JSON array for json_each, or an empty one if the text is
/// anything else (its entries may still be other than objects: check s.type = 'object').
QString revenueShares();

} // namespace GrantQuery

} // namespace xs
