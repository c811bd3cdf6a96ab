#pragma once

#include "models/storage/DatabaseError.h"

#include <QSqlDatabase>

namespace xs {

/// The demo's own history in the audit trail (审计记录): every step its registrations say they went
/// through (submitted, accepted, materials requested, approved, coded…), by whom and when, appended
/// in time order and chained like any other row. Without it, the 审计 page of a fresh demo is empty
/// although its records show months of work. Written after the registrations, inside the demo's
/// transaction.
class DemoAuditHistory
{
public:
    /// The newest steps kept: a few months of a bureau's work to browse, and quick to write at every
    /// demo scale (the bench scale's registrations hold hundreds of thousands of steps).
    static constexpr int Kept = 3000;

    static DatabaseError write(QSqlDatabase database, int kept = Kept);
};

} // namespace xs
