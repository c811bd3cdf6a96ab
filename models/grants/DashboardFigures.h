#pragma once

#include "models/calendar/CalendarRepository.h"
#include "models/grants/GrantKpis.h"
#include "models/grants/GrantQuery.h"
#include "models/pricing/PricingSeries.h"
#include "models/pricing/RevenueReview.h"
#include "models/registration/RegistrationRepository.h"

namespace xs {

/// Everything the managers' dashboards show for one filter: the KPI figures of authorized
/// operation and the series of the pricing charts. Computed off the UI thread (DashboardLoader)
/// and measured by tests/bench/dashboard_bench.
struct DashboardFigures
{
    GrantFilter filter;
    GrantKpis kpis;
    PricingSeries pricing;
    RevenueReviews revenueReviews;

    DatabaseError error() const
    {
        for (const DatabaseError* error : {&kpis.error, &pricing.error, &revenueReviews.error}) {
            if (error->isError())
                return *error;
        }
        return {};
    }

    /// filter: its today and date range apply to the KPIs; all of it to the pricing series.
    /// source: BaseTables only as the yardstick of benchmarks (PricingSeries::Source).
    static DashboardFigures
    compute(QSqlDatabase database, const GrantFilter& filter,
            PricingSeries::Source source = PricingSeries::Source::MaintainedAggregates)
    {
        DashboardFigures figures;
        figures.filter = filter;
        figures.kpis = GrantKpis::compute(database, filter.today, filter.from, filter.to);
        if (!figures.kpis.error.isError())
            figures.pricing = PricingSeries::compute(database, filter, source);
        if (!figures.pricing.error.isError())
            figures.revenueReviews =
                RevenueReviews::compute(database, filter, RegistrationRepository::deadlineRulesIn(database),
                                        CalendarRepository(database).load());
        return figures;
    }
};

} // namespace xs
