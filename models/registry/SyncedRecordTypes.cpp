// The one place that knows every area: it puts their record types together, parents before
// children, for the journal, the sync applier, the wire codec and the hub, which name none.
// A new record type is defined in its area's *RecordTypes.cpp and listed here once.
#include "models/calendar/CalendarRecordTypes.h"
#include "models/catalog/CatalogRecordTypes.h"
#include "models/catalog/revision/CatalogRevisionRecordTypes.h"
#include "models/fieldaudit/FieldAuditRecordTypes.h"
#include "models/grants/GrantRecordTypes.h"
#include "models/journal/EntitySchema.h"
#include "models/opendata/OpenDataRecordTypes.h"
#include "models/pricing/PricingRecordTypes.h"
#include "models/quality/QualityFeedbackRecordTypes.h"
#include "models/rectification/RectificationRecordTypes.h"
#include "models/registration/RegistrationRecordTypes.h"
#include "models/scorecard/ScorecardRecordTypes.h"
#include "models/securityreview/SecurityReviewRecordTypes.h"
#include "models/sharing/SharingRecordTypes.h"

namespace xs {

const QList<EntitySchema>& syncedEntities()
{
    // Built once and never changed: a constant table, not state.
    static const QList<EntitySchema> entities = [] {
        QList<EntitySchema> all;
        all << calendarRecordTypes() << catalogRecordTypes() << catalogRevisionRecordTypes()
            << registrationRecordTypes() << grantRecordTypes() << pricingRecordTypes()
            << fieldAuditRecordTypes() << rectificationRecordTypes() << sharingRecordTypes()
            << qualityFeedbackRecordTypes() << openDataRecordTypes() << securityReviewRecordTypes()
            << scorecardRecordTypes();
        return all;
    }();
    return entities;
}

} // namespace xs
