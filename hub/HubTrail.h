#pragma once

#include "models/audit/AuditTrail.h"

#include <QString>

namespace xs {

class HubStore;
struct Operation;
struct OperationResult;

/// The hub's own trail (hub_trail): every operation it accepted or refused, every login (and
/// lockout), every administrative act, hash-chained exactly like a desktop's audit trail (the same
/// AuditTrail code, on the hub's table), so `xiangshu-hub verify` finds a row altered, inserted or
/// removed, as `xiangshu-cli verify` does on a desktop.
///
/// Rows are appended inside the write they record (an operation's answer and its trail row commit
/// together), one process at a time: a counter row lock (the same kind that orders changes) keeps
/// two hubs on one PostgreSQL from chaining onto the same head.
class HubTrail
{
public:
    explicit HubTrail(HubStore& store);

    /// The table, on either dialect (from HubStore's schema set-up).
    static QString createStatement(const QString& autoIncrementKey);

    /// Appends inside the caller's write transaction.
    bool append(AuditRecord record, QString* error);
    /// Appends in a write of its own (logins, administrative acts outside another write).
    bool appendAlone(const AuditRecord& record, QString* error);

    /// The row for an operation's answer.
    static AuditRecord forOperation(const QString& user, const Operation& operation,
                                    const OperationResult& result);
    /// A row for a login, an administrative act or another event of the hub: who, what (action),
    /// about what (entity and record id) and anything worth keeping (detail).
    static AuditRecord event(const QString& actor, const QString& action, const QString& entity,
                             const QString& recordId, const QString& detail = {});
    /// Who runs an administrative command on the hub's machine (the system account).
    static QString commandActor();

    AuditTrail::Verdict verify(QString* error) const;

private:
    HubStore& m_store;
};

} // namespace xs
