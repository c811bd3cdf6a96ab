#pragma once

#include "models/storage/DatabaseError.h"

#include <QDate>
#include <QMap>
#include <QSqlDatabase>

namespace xs {

/// The figures of the managers' dashboard (DOMAIN.md §3–4), each one SQL aggregate: active grants
/// by mode, domain and 市州, grants expiring soon, overdue disclosures, products by use class,
/// registrations in progress and overdue, and the catalog's size, coverage and overdue resources.
/// The rules come from where they live (GrantRules, RegistrationVocabulary, the catalog's overdue
/// facet); this only counts.
struct GrantKpis
{
    qint64 activeGrants = 0; // operating, under evaluation or renewed
    QMap<QString, qint64> activeByMode;
    QMap<QString, qint64> activeByDomain;
    QMap<QString, qint64> activeByDivision; // division code of the 市州 (430000: the province)
    qint64 expiringSoon = 0;                // active, ending within GrantQuery::ExpiringWithinDays
    qint64 overdueDisclosures = 0;          // (agreement, year, kind) past 31 March with nothing submitted
    qint64 overdueReports = 0;              // (agreement, year) past 31 March with no operating report
    qint64 overdueFirstRegistrations = 0;   // operating past the first registration's due date without one
    QDate firstRegistrationOverdueFrom;     // the latest start that is late (GrantFilter, to drill down)
    QMap<QString, qint64> productsByUseClass;
    qint64 productsOnExchange = 0; // products listed and trading on a data exchange (场内交易)
    qint64 withdrawnResources = 0; // agreements not ended naming a resource no longer authorized
    qint64 registrationsInProgress = 0;
    qint64 registrationsOverdue = 0;
    qint64 catalogEntries = 0;
    qint64 catalogOverdue = 0;
    qint64 departments = 0;
    qint64 departmentsWithPublishedEntries = 0; // coverage: departments that publish anything
    DatabaseError error;

    /// from/to (either may be invalid: open): only agreements whose term overlaps the range, and
    /// their products.
    static GrantKpis compute(QSqlDatabase database, const QDate& today, const QDate& from = {},
                             const QDate& to = {});
};

} // namespace xs
