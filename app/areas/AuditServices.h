#pragma once

#include "models/audit/AuditTrail.h"
#include "models/audit/ChainAnchors.h"

#include <QSqlDatabase>

#include <memory>

namespace xs {

class AuditLogModel;
class Clock;

/// What the audit page gets from the application: the clock, the log's model and the check of
/// its hash chain. The page never sees the database (shared/ARCHITECTURE.md, Dependencies).
class AuditServices
{
public:
    /// clock: "today" for the default export name (it must outlive the services); databaseId: whose
    /// receipts the hub's anchors must be.
    AuditServices(QSqlDatabase database, const Clock& clock, QString databaseId);

    const Clock& clock() const { return m_clock; }
    std::unique_ptr<AuditLogModel> newLogModel() const;
    /// Checks every row's hash against the one before it.
    AuditTrail::Verdict verify(DatabaseError* error) const;
    /// Checks the hub's receipts against the trail (under the hub key the sync settings trust).
    ChainAnchors::Verdict verifyAnchors(DatabaseError* error) const;

private:
    QSqlDatabase m_database;
    const Clock& m_clock;
    QString m_databaseId;
};

} // namespace xs
