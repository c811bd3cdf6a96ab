#include "models/fieldaudit/FieldAuditOverview.h"

#include "models/fieldaudit/AuditTaskList.h"
#include "models/fieldaudit/FieldAuditVocabulary.h"
#include "models/fieldaudit/FieldAuditWorkflow.h"
#include "models/rectification/RectificationWorkflow.h"

#include <QSet>

namespace xs {

FieldAuditOverview FieldAuditOverview::compute(const QList<RecordState>& tasks,
                                               const QList<RecordState>& findings,
                                               const QList<RecordState>& orders, const QDate& today)
{
    FieldAuditOverview overview;
    for (const AuditTaskRow& task : AuditTaskList::load(tasks, today)) {
        ++overview.tasksByState[task.state];
        overview.overdueTasks += task.overdue ? 1 : 0;
    }
    QSet<QString> closed;
    for (const RecordState& order : orders) {
        if (order.deleted)
            continue;
        if (order.fields.value(RectificationWorkflow::StateField).toString() == QLatin1String("closed") &&
            order.fields.value(QStringLiteral("subject_entity")).toString() ==
                FieldAuditWorkflow::FindingEntity)
            closed.insert(order.fields.value(QStringLiteral("subject_id")).toString());
        overview.overdueOrders += RectificationWorkflow::isOverdue(order.fields, today) ? 1 : 0;
    }
    for (const RecordState& finding : findings) {
        if (!finding.deleted && !closed.contains(finding.id))
            ++overview.openFindingsBySeverity[finding.fields.value(QStringLiteral("severity")).toString()];
    }
    // The usual severities in their order (一般, 较重, 严重), then those templates added.
    for (const QString& severity : FieldAuditVocabulary::defaultSeverities()) {
        if (overview.openFindingsBySeverity.contains(severity))
            overview.severities.append(severity);
    }
    for (const QString& severity : overview.openFindingsBySeverity.keys()) {
        if (!overview.severities.contains(severity))
            overview.severities.append(severity);
    }
    return overview;
}

} // namespace xs
