// Who may change what, per record type, put together from the areas' rules (see
// SyncedRecordTypes.cpp for why this lives here).
#include "models/calendar/CalendarAccess.h"
#include "models/catalog/CatalogAccess.h"
#include "models/catalog/revision/CatalogRevisionAccess.h"
#include "models/fieldaudit/FieldAuditAccess.h"
#include "models/grants/GrantAccess.h"
#include "models/journal/AccessPolicy.h"
#include "models/opendata/OpenDataAccess.h"
#include "models/quality/QualityFeedbackAccess.h"
#include "models/rectification/RectificationAccess.h"
#include "models/registration/RegistrationAccess.h"
#include "models/scorecard/ScorecardAccess.h"
#include "models/securityreview/SecurityReviewAccess.h"
#include "models/sharing/SharingAccess.h"

namespace xs {

const QList<AccessRule>& accessRules()
{
    static const QList<AccessRule> rules = [] { // a constant table, built once
        QList<AccessRule> all;
        all << CalendarAccess::rules() << CatalogAccess::rules() << CatalogRevisionAccess::rules()
            << RegistrationAccess::rules() << GrantAccess::rules() << FieldAuditAccess::rules()
            << RectificationAccess::rules() << SharingAccess::rules() << QualityFeedbackAccess::rules()
            << OpenDataAccess::rules() << SecurityReviewAccess::rules() << ScorecardAccess::rules();
        return all;
    }();
    return rules;
}

} // namespace xs
