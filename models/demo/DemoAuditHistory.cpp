#include "models/demo/DemoAuditHistory.h"

#include "models/audit/AuditTrail.h"

#include <QSqlError>
#include <QSqlQuery>

namespace xs {

DatabaseError DemoAuditHistory::write(QSqlDatabase database, int kept)
{
    // The newest steps, then put back in time order: the trail's order is the order things happened.
    QSqlQuery steps(database);
    steps.setForwardOnly(true);
    steps.prepare(QStringLiteral(
        "SELECT at, actor, id, action, reason FROM ("
        "  SELECT json_extract(e.value, '$.at') AS at, json_extract(e.value, '$.by') AS actor, r.id AS id,"
        "         json_extract(e.value, '$.action') AS action, e.key AS step,"
        "         CASE json_extract(e.value, '$.action') WHEN 'refuse' THEN r.decision_reason END AS reason"
        "  FROM registration r, json_each(r.events) e"
        "  WHERE r.deleted = 0 AND json_valid(r.events)"
        "  ORDER BY at DESC, id DESC, step DESC LIMIT ?)"
        " ORDER BY at, id, step"));
    steps.addBindValue(kept);
    if (!steps.exec())
        return DatabaseError::fromSqlError(steps.lastError());
    QList<AuditRecord> trail;
    while (steps.next()) {
        AuditRecord row;
        row.at = steps.value(0).toString();
        row.actor = steps.value(1).toString();
        row.entity = QStringLiteral("registration");
        row.recordId = steps.value(2).toString();
        row.action = QStringLiteral("command");
        row.field = steps.value(3).toString();
        row.reason = steps.value(4).toString();
        trail.append(row);
    }
    return AuditTrail(database).append(trail);
}

} // namespace xs
