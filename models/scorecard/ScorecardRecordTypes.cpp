#include "models/scorecard/ScorecardRecordTypes.h"

namespace xs {

using namespace Fields;

QList<EntitySchema> scorecardRecordTypes()
{
    // One record per measure it changes; ScorecardAccess keeps it one.
    return {entity("scorecard_weight", QT_TRANSLATE_NOOP("xs::FieldLabels", "Scorecard weight"),
                   {required(oneOf(text("measure", 32, QT_TRANSLATE_NOOP("xs::FieldLabels", "Measure")),
                                   {QStringLiteral("catalog_coverage"), QStringLiteral("entries_current"),
                                    QStringLiteral("requests_on_time"), QStringLiteral("feedback_on_time"),
                                    QStringLiteral("orders_on_time"), QStringLiteral("open_data_answered")})),
                    required(integer("weight", QT_TRANSLATE_NOOP("xs::FieldLabels", "Weight (%)")))})};
}

} // namespace xs
